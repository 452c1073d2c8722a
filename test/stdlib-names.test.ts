// Real code nobody here wrote: `--write` over a copy of the python3 lib
// directory (site-packages included). Every name each fix inserts must be
// bound to the socket module, or the right member of it, where it is used, as
// Python's own symtable and ast see it (scripts/check_fix_names.py); and one
// `--write` must reach the fixed point.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CLI, ROOT } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-libnames-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lib = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();

function pysockfix(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' }, timeout: 600_000 });
}

it('every name a fix inserts in the python3 lib directory resolves to the socket module, and one --write reaches the fixed point', () => {
  const original = path.join(work, 'original');
  const fixed = path.join(work, 'fixed');
  // Only Python sources are needed; the copy skips compiled files and shared objects.
  const filter = (src: string) => !/\.(pyc|so|a|o)$/.test(src) && !src.includes('__pycache__');
  cpSync(lib, original, { recursive: true, filter, verbatimSymlinks: true });
  cpSync(lib, fixed, { recursive: true, filter, verbatimSymlinks: true });
  const first = pysockfix(['--write', '--no-respect-gitignore', '--output-format', 'json', fixed]);
  const report = JSON.parse(first.stdout);
  const changed: string[] = report.files.filter((f: { status: string }) => f.status === 'changed').map((f: { path: string }) => path.relative(fixed, path.resolve(ROOT, f.path)));
  expect(changed.length).toBeGreaterThan(20);
  const check = spawnSync('python3', [path.join(ROOT, 'scripts', 'check_fix_names.py'), original, fixed, ...changed], { encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).toMatch(/checked [1-9]\d+ inserted names in \d+ files .*, 0 wrong/);
  // The fixed point: a second --write finds nothing more to fix safely and changes nothing.
  const second = pysockfix(['--write', '--no-respect-gitignore', '--output-format', 'json', fixed]);
  const again = JSON.parse(second.stdout);
  expect(again.files.filter((f: { status: string }) => f.status === 'changed').map((f: { path: string }) => f.path)).toEqual([]);
  expect(again.diagnostics.filter((d: { outcome: string }) => d.outcome === 'fix-safe')).toEqual([]);
  // The first run's report says so too: every safe finding it reported, it fixed.
  const unfixed = report.diagnostics.filter((d: { outcome: string; fixed?: boolean }) => d.outcome === 'fix-safe' && !d.fixed);
  expect(unfixed).toEqual([]);
  expect(readFileSync(path.join(fixed, changed[0]), 'utf8')).toContain('.shutdown(');
}, 900_000);

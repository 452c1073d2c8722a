// dist/ is committed so that installs without devDependencies (pre-commit 4's
// `npm install -g git+file://...`) have the built CLI. This proves that the
// committed dist/ is exactly what the committed src/ builds to.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-dist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

it('the committed dist/ is what the committed src/ builds to', () => {
  const tree = path.join(work, 'head');
  execFileSync('git', ['worktree', 'add', '--detach', '-q', tree, 'HEAD'], { cwd: ROOT });
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    // Built inside the checkout, under its package.json ("type": "module"), as `npm run build` builds dist/.
    const out = path.join(tree, 'built');
    const tsc = createRequire(path.join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', path.join(tree, 'tsconfig.json'), '--outDir', out], { encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const bundle = spawnSync(process.execPath, [path.join(tree, 'scripts', 'bundle.mjs'), out], { encoding: 'utf8' });
    expect(bundle.status, bundle.stdout + bundle.stderr).toBe(0);
    const committed = path.join(tree, 'dist');
    const built = files(out).sort();
    expect(files(committed).sort(), 'run `npm run build` and commit dist/').toEqual(built);
    const stale = built.filter((f) => readFileSync(path.join(out, f), 'utf8') !== readFileSync(path.join(committed, f), 'utf8'));
    expect(stale, 'run `npm run build` and commit dist/').toEqual([]);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
  }
}, 120_000);

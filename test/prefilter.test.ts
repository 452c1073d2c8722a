// The byte-level prefilter only skips work: over the CPython standard library,
// a run with it and a run without it give the same JSON, byte for byte.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const stdlib = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();

describe('prefilter', () => {
  it('never changes a result on the standard library', () => {
    const args = [stdlib, '--exclude', 'site-packages', '--no-respect-gitignore', '--output-format', 'json', '--show-skipped'];
    const fast = runCli(args);
    const full = runCli([...args, '--no-prefilter']);
    expect(fast.code).toBe(full.code);
    const doc = JSON.parse(fast.stdout);
    expect(doc.files.length).toBeGreaterThan(1500);
    expect(doc.diagnostics.length).toBeGreaterThan(300);
    expect(fast.stdout).toBe(full.stdout);
  }, 300_000);
});

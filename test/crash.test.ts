// Crash-safe writes: SIGKILL at random moments during --write, two --write
// runs at once, and a file-size limit hit while writing. Afterwards every file
// is its original or its fully fixed version, never truncated or mixed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng } from './fuzz/generator.js';
import { CLI, runCli } from './helpers.js';

const FILES = 2000;
const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-crash-'));
const original = path.join(work, 'original');
const fixed = path.join(work, 'fixed');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function source(i: number): string {
  // Files of different sizes, most with a fix, some without.
  const pad = '# padding line\n'.repeat(i % 40);
  return i % 5 === 0
    ? `x = ${i}\n${pad}`
    : `import socket\n${pad}\n\ndef f${i}(addr):\n    s = socket.create_connection(addr)\n    s.sendall(b"${i}")\n    s.close()\n`;
}

function listPy(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.py')).sort();
}

beforeAll(() => {
  for (let i = 0; i < FILES; i++) {
    const file = path.join(original, `pkg${i % 20}`, `mod${i}.py`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, source(i));
  }
  cpSync(original, fixed, { recursive: true });
  const r = runCli(['--write', '--jobs', '2', '.'], { cwd: fixed });
  expect(r.code, r.stderr).toBe(0);
}, 300_000);

/** Every .py file under `dir` equals its original or its fixed version; returns how many were fixed. */
function checkTree(dir: string): number {
  expect(listPy(dir)).toEqual(listPy(original));
  let done = 0;
  for (const rel of listPy(original)) {
    const now = readFileSync(path.join(dir, rel));
    const before = readFileSync(path.join(original, rel));
    const after = readFileSync(path.join(fixed, rel));
    const ok = now.equals(before) || now.equals(after);
    expect(ok, `${rel} is neither its original nor its fixed version`).toBe(true);
    if (!before.equals(after) && now.equals(after)) done++;
  }
  return done;
}

describe('crash safety', () => {
  it('SIGKILL at random moments during --write leaves every file whole (20 trials)', async () => {
    const random = rng(8);
    const t0 = Date.now();
    runCli(['--write', '--jobs', '2', '.'], { cwd: (cpSync(original, path.join(work, 'timing'), { recursive: true }), path.join(work, 'timing')) });
    const fullRun = Date.now() - t0;
    const progress: number[] = [];
    for (let trial = 0; trial < 20; trial++) {
      const dir = path.join(work, `trial${trial}`);
      cpSync(original, dir, { recursive: true });
      const child = spawn(process.execPath, [CLI, '--write', '--jobs', '2', '.'], { cwd: dir, stdio: 'ignore' });
      const delay = Math.floor(random() * fullRun);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      progress.push(checkTree(dir));
      // Leftover temporaries are hidden and end in .tmp: a later run never reads them as source.
      const again = runCli(['--write', '.'], { cwd: dir });
      expect(again.code, again.stdout + again.stderr).toBe(0);
      expect(checkTree(dir)).toBe(FILES - FILES / 5);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`SIGKILL trials (${FILES} files, full run ${fullRun} ms): files already fixed at the kill: ${progress.join(', ')}`);
    // The trials must have cut runs at different points, not all before or all after the writes.
    expect(new Set(progress).size).toBeGreaterThan(2);
  }, 600_000);

  it('two --write runs at once give the same result as one', async () => {
    const dir = path.join(work, 'concurrent');
    cpSync(original, dir, { recursive: true });
    const runs = [0, 1].map(
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [CLI, '--write', '--jobs', '2', '.'], { cwd: dir, stdio: 'ignore' });
          child.on('exit', (code) => resolve(code));
        }),
    );
    const codes = await Promise.all(runs);
    for (const code of codes) expect([0, 2]).toContain(code); // 2: "changed on disk since it was read" for the loser
    expect(checkTree(dir)).toBe(FILES - FILES / 5);
  }, 300_000);

  it('a file-size limit hit while writing keeps the original, and the error names the file', () => {
    const dir = path.join(work, 'ulimit');
    mkdirSync(dir);
    const big = `import socket\nx = "${'a'.repeat(3000)}"\ns = socket.socket()\ns.close()\n`;
    writeFileSync(path.join(dir, 'big.py'), big);
    writeFileSync(path.join(dir, 'small.py'), 'import socket\ns = socket.socket()\ns.close()\n');
    const r = spawnSync('bash', ['-c', `ulimit -f 2; exec "${process.execPath}" "${CLI}" --write --jobs 1 .`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('big.py: error: cannot write: file too large to write (EFBIG)');
    expect(readFileSync(path.join(dir, 'big.py'), 'utf8')).toBe(big);
    expect(readFileSync(path.join(dir, 'small.py'), 'utf8')).toContain('s.shutdown');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

// The `pysockfix` launcher (src/cli.ts): it runs the one-file bundle
// (dist/pysockfix.cjs) with V8's code cache. A run with a cache, without one,
// with a corrupt or unwritable one, or without the bundle at all gives the
// same answer; only the time differs.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ESM_CLI, ROOT, dedent, runCli, runCliAsync } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-launcher-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const project = path.join(work, 'project');
mkdirSync(project);
for (let i = 0; i < 6; i++) {
  writeFileSync(
    path.join(project, `m${i}.py`),
    dedent(`
      import socket

      def talk(host):
          s = socket.create_connection((host, ${8000 + i}))
          s.sendall(b"hi")
          s.close()
    `),
  );
}

/** A run's report and what became of the code cache (--timings says). */
function run(args: string[], env: NodeJS.ProcessEnv): { stdout: string; code: number | null; codeCache: string } {
  const r = runCli([...args, '--timings', '--no-cache', '--output-format', 'json'], { cwd: project, env });
  const line = r.stderr.split('\n').find((l) => l.startsWith('{"wall"'));
  expect(line, r.stderr).toBeTruthy();
  return { stdout: r.stdout, code: r.code, codeCache: JSON.parse(line!).codeCache };
}

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.bin')) : []);

describe('the V8 code cache', () => {
  it('is written by the first run, taken by the next, and changes no answer', () => {
    const dir = path.join(work, 'fresh');
    const env = { PYSOCKFIX_CODE_CACHE_DIR: dir };
    const first = run(['m0.py'], env);
    expect(first.codeCache).toBe('none');
    expect(first.code).toBe(1);
    expect(entries(dir)).toHaveLength(1);
    const [name] = entries(dir);
    expect(name).toMatch(new RegExp(`^${process.version.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]+-[0-9a-f]+\\.bin$`));
    if (process.platform !== 'win32') {
      expect(statSync(path.join(dir, name)).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    }
    const second = run(['m0.py'], env);
    expect(second.codeCache).toBe('accepted');
    expect(second.stdout).toBe(first.stdout);
    // Ex) a run that takes the cache writes nothing
    expect(entries(dir)).toEqual([name]);
  });

  it('a corrupt entry is rejected, the answer is the same, and the run writes a good one', () => {
    const dir = path.join(work, 'corrupt');
    const env = { PYSOCKFIX_CODE_CACHE_DIR: dir };
    const good = run(['m1.py'], env);
    const [name] = entries(dir);
    writeFileSync(path.join(dir, name), Buffer.alloc(4096, 0x5a));
    const bad = run(['m1.py'], env);
    expect(bad.codeCache).toBe('rejected');
    expect(bad.stdout).toBe(good.stdout);
    expect(run(['m1.py'], env).codeCache).toBe('accepted');
  });

  it('PYSOCKFIX_NO_CODE_CACHE turns it off; an unwritable place only costs time', () => {
    const off = path.join(work, 'off');
    const plain = run(['m2.py'], { PYSOCKFIX_CODE_CACHE_DIR: off, PYSOCKFIX_NO_CODE_CACHE: '1' });
    expect(plain.codeCache).toBe('off');
    expect(existsSync(off)).toBe(false);
    // Ex) the cache directory's place is taken by a file
    const blocked = path.join(work, 'blocked');
    writeFileSync(blocked, 'not a directory');
    const r = run(['m2.py'], { PYSOCKFIX_CODE_CACHE_DIR: blocked });
    expect(r.codeCache).toBe('none');
    expect(r.stdout).toBe(plain.stdout);
    expect(run(['m2.py'], { PYSOCKFIX_CODE_CACHE_DIR: blocked }).codeCache).toBe('none');
  });

  it('is found under XDG_CACHE_HOME, else under ~/.cache', () => {
    const xdg = path.join(work, 'xdg');
    run(['m3.py'], { PYSOCKFIX_CODE_CACHE_DIR: '', XDG_CACHE_HOME: xdg });
    expect(entries(path.join(xdg, 'pysockfix', 'code'))).toHaveLength(1);
    const home = path.join(work, 'home');
    mkdirSync(home);
    run(['m3.py'], { PYSOCKFIX_CODE_CACHE_DIR: '', XDG_CACHE_HOME: '', HOME: home, USERPROFILE: home });
    expect(entries(path.join(home, '.cache', 'pysockfix', 'code'))).toHaveLength(1);
  });

  it('runs under other Node flags keep their own entry (V8 rejects an entry made under other flags)', () => {
    const dir = path.join(work, 'flags');
    const env = { ...process.env, NO_COLOR: '1', PYSOCKFIX_CODE_CACHE_DIR: dir };
    const flagged = () =>
      spawnSync(process.execPath, ['--stack-size=900', CLI, 'm5.py', '--no-cache', '--timings'], { cwd: project, encoding: 'utf8', env });
    run(['m5.py'], { PYSOCKFIX_CODE_CACHE_DIR: dir });
    expect(flagged().stderr).toContain('"codeCache":"none"');
    expect(entries(dir)).toHaveLength(2);
    expect(run(['m5.py'], { PYSOCKFIX_CODE_CACHE_DIR: dir }).codeCache).toBe('accepted');
    expect(flagged().stderr).toContain('"codeCache":"accepted"');
  });

  it('two installs keep their own entries (pre-commit keeps one install per pinned version)', () => {
    const dir = path.join(work, 'installs');
    const env = { ...process.env, NO_COLOR: '1', PYSOCKFIX_CODE_CACHE_DIR: dir };
    const other = path.join(work, 'other-install');
    mkdirSync(other);
    cpSync(path.join(ROOT, 'dist'), path.join(other, 'dist'), { recursive: true });
    for (const name of ['package.json', 'grammars', 'node_modules']) symlinkSync(path.join(ROOT, name), path.join(other, name));
    const state = (cli: string) =>
      /"codeCache":"(\w+)"/.exec(spawnSync(process.execPath, [cli, 'm5.py', '--no-cache', '--timings'], { cwd: project, encoding: 'utf8', env }).stderr)?.[1];
    expect(state(CLI)).toBe('none');
    expect(state(path.join(other, path.relative(ROOT, CLI)))).toBe('none');
    expect(entries(dir)).toHaveLength(2);
    expect(state(CLI)).toBe('accepted');
    expect(state(path.join(other, path.relative(ROOT, CLI)))).toBe('accepted');
    // Ex) node dist/cli.js   (the ES module entry runs the same launcher: the same entry)
    expect(state(ESM_CLI)).toBe('accepted');
  });

  it('a long first run keeps the bytecode of its start-up for the entry it writes (V8 flushes none)', () => {
    // Ex) the first run ever is --jobs 1 over 40 modules: V8 dropped the bytecode of the code the run
    // started with (454 functions here) before the exit wrote the entry, and every later run compiled it again
    const big = path.join(work, 'long-run');
    mkdirSync(big);
    const body = Array.from({ length: 300 }, (_, j) => `def talk_${j}(host):\n    s = socket.create_connection((host, ${j}))\n    f = open("x")\n    s.sendall(b"x")\n    f.close()\n    s.close()\n\n`);
    for (let i = 0; i < 40; i++) writeFileSync(path.join(big, `m${i}.py`), `import socket\n\n${body.join('')}`);
    const dir = path.join(work, 'long-run-cache');
    const env = { ...process.env, NO_COLOR: '1', PYSOCKFIX_CODE_CACHE_DIR: dir };
    const r = spawnSync(process.execPath, ['--trace-flush-bytecode', CLI, big, '--jobs', '1', '--no-cache', '--statistics'], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('12000');
    expect(entries(dir)).toHaveLength(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('discarding compiled metadata'))).toEqual([]);
  }, 60_000);

  it('two first runs at once both answer right and leave one whole entry', async () => {
    const dir = path.join(work, 'race');
    const env = { PYSOCKFIX_CODE_CACHE_DIR: dir };
    const expected = run(['m4.py'], { PYSOCKFIX_NO_CODE_CACHE: '1' }).stdout;
    const both = await Promise.all([0, 1].map(() => runCliAsync(['m4.py', '--no-cache', '--output-format', 'json'], { cwd: project, env })));
    for (const r of both) expect(r.stdout).toBe(expected);
    expect(entries(dir)).toHaveLength(1);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(run(['m4.py'], env).codeCache).toBe('accepted');
  });
});

describe('the bundle', () => {
  it('runs the worker pool (tinypool by the launcher\'s import) and agrees with one thread', () => {
    // Ex) 70 files: over run.ts's POOL_THRESHOLD (64), so --jobs 2 starts the pool
    const many = path.join(project, 'many');
    mkdirSync(many);
    for (let i = 0; i < 70; i++) writeFileSync(path.join(many, `p${i}.py`), `import socket\ns = socket.create_connection(("h", ${i}))\ns.close()\n`);
    const dir = path.join(work, 'pool');
    const env = { PYSOCKFIX_CODE_CACHE_DIR: dir };
    const two = run(['many', '--jobs', '2'], env);
    // Ex) a run whose workers did the analysis leaves the entry to a run that does it in this thread
    expect(entries(dir)).toEqual([]);
    const one = run(['many', '--jobs', '1'], env);
    expect(entries(dir)).toHaveLength(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).diagnostics).toHaveLength(70);
    expect(run(['many', '--jobs', '2'], env).codeCache).toBe('accepted');
  });

  it('dist/main.js run as modules, and the launcher without the bundle, give the bundle\'s answer', () => {
    const bundled = run(['m0.py', 'm5.py'], { PYSOCKFIX_NO_CODE_CACHE: '1' });
    const modules = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'main.js'), 'm0.py', 'm5.py', '--no-cache', '--output-format', 'json', '--timings'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(modules.stdout).toBe(bundled.stdout);
    expect(modules.stderr).toContain('"codeCache":"modules"');

    // A package whose dist/ has no bundle (a tsc-only build): the launcher imports main.js.
    const pkg = path.join(work, 'pkg');
    mkdirSync(pkg);
    cpSync(path.join(ROOT, 'dist'), path.join(pkg, 'dist'), { recursive: true });
    rmSync(path.join(pkg, 'dist', 'pysockfix.cjs'));
    for (const name of ['package.json', 'grammars', 'node_modules']) symlinkSync(path.join(ROOT, name), path.join(pkg, name));
    for (const entry of [path.relative(ROOT, CLI), path.relative(ROOT, ESM_CLI)]) {
      const launched = spawnSync(process.execPath, [path.join(pkg, entry), 'm0.py', 'm5.py', '--no-cache', '--output-format', 'json', '--timings'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(launched.stdout, entry).toBe(bundled.stdout);
      expect(launched.stderr, entry).toContain('"codeCache":"modules"');
    }
  });
});

describe('the bin', () => {
  // The Node modules a run loaded, written at exit by a module preloaded with -r.
  const loaded = (entry: string): string[] => {
    const out = path.join(work, `loaded-${path.basename(entry)}.txt`);
    const preload = path.join(work, 'loaded.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`);
    const r = spawnSync(process.execPath, ['-r', preload, entry, 'm0.py', '--no-cache', '--output-format', 'json'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(1);
    return readFileSync(out, 'utf8').split('\n');
  };

  it('is CommonJS: it starts without the ES module loader that node dist/cli.js pays for, and answers the same', () => {
    expect(CLI.endsWith('.cjs')).toBe(true);
    const bin = loaded(CLI);
    const esm = loaded(ESM_CLI);
    // Ex) the loader reads an ES module entry through node:fs/promises, which loads node:readline
    expect(esm).toContain('NativeModule internal/modules/esm/module_job');
    expect(esm).toContain('NativeModule internal/fs/promises');
    expect(bin).not.toContain('NativeModule internal/modules/esm/module_job');
    expect(bin).not.toContain('NativeModule internal/fs/promises');
    const env = { PYSOCKFIX_NO_CODE_CACHE: '1' };
    const viaBin = run(['m0.py', 'm1.py'], env);
    const viaEsm = spawnSync(process.execPath, [ESM_CLI, 'm0.py', 'm1.py', '--no-cache', '--output-format', 'json'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    expect(viaEsm.stdout).toBe(viaBin.stdout);
  });
});

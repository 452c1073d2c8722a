// CLI tests (CONVENTIONS.md 12): the built binary, run as a child process on
// temporary directories; stdout, stderr, exit codes and the files on disk.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, python2, runCli } from './helpers.js';

const require = createRequire(import.meta.url);

const SAFE = 'import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n    s.close()\n';
const SAFE_FIXED =
  'import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n    try:\n        s.shutdown(socket.SHUT_RDWR)\n    except socket.error:\n        pass\n    s.close()\n';
const UNSAFE = 'import socket\n\n\ndef g(sock):\n    sock.close()\n';
const LISTENER = 'import socket\n\nsrv = socket.create_server(("127.0.0.1", 0))\nsrv.close()\n';
const CLEAN = 'x = 1\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, text: string | Buffer): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');

/**
 * Runs Python in the temporary project: after `imports`, `connect` connects to `srv`, a loopback listener;
 * a makefile() reader of `sock` is kept open, and `close` runs. The peer must see EOF at once.
 */
function expectPeerEof(imports: string, connect: string[], sock: string, close: string): void {
  const program = ['import socket', imports, 'srv = socket.create_server(("127.0.0.1", 0))', ...connect, 'peer, _ = srv.accept()', `reader = ${sock}.makefile("rb")`, close, 'peer.settimeout(5)', 'assert peer.recv(1) == b""'];
  const ran = spawnSync('python3', ['-c', program.join('\n')], { cwd: dir, encoding: 'utf8' });
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
}
const run = (args: string[], input?: string | Buffer) => runCli(args, { cwd: dir, input });

describe('check', () => {
  it('reports a finding with a code frame and the fix title, and exits 1', () => {
    write('a.py', SAFE);
    const r = run(['.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.py:6:5: SOCK001 [*] s.close() without a prior shutdown() (socket.create_connection())');
    expect(r.stdout).toContain('  6 |     s.close()\n    |     ^^^^^^^^^');
    expect(r.stdout).toContain('help: Shut the socket down (SHUT_RDWR) before closing it');
    expect(r.stdout).toContain('Checked 1 file: 1 fixable (safe), 0 need --unsafe-fixes, 0 skipped, 0 errors');
    expect(read('a.py')).toBe(SAFE);
  });
  it('counts the unsafe fixes --unsafe-fixes enables as fixable (unsafe), not as safe ones', () => {
    write('a.py', SAFE);
    write('b.py', 'def stop(sock):\n    sock.close()\n');
    expect(run(['.']).stdout).toContain('Checked 2 files: 1 fixable (safe), 1 need --unsafe-fixes, 0 skipped, 0 errors');
    expect(run(['--unsafe-fixes', '.']).stdout).toContain('Checked 2 files: 1 fixable (safe), 1 fixable (unsafe), 0 need --unsafe-fixes, 0 skipped, 0 errors');
    const json = JSON.parse(run(['--unsafe-fixes', '--output-format', 'json', '.']).stdout).summary;
    expect(json).toMatchObject({ fixable: 2, fixableUnsafe: 1, needUnsafe: 0 });
  });
  it('takes the code frame from the decoded text: stdin\'s own line, latin-1 as latin-1, \\r line ends', () => {
    write('a.py', CLEAN);
    const piped = run(['-', '--stdin-filename', 'a.py'], SAFE.replace('s.close()', 's.close()  # from stdin'));
    expect(piped.stdout).toContain('  6 |     s.close()  # from stdin\n');
    write('latin.py', Buffer.from(`# -*- coding: latin-1 -*-\n${SAFE.replace('s.close()', 's.close()  # caf\xe9')}`, 'latin1'));
    expect(run(['latin.py']).stdout).toContain('  7 |     s.close()  # caf\u00e9\n');
    write('cr.py', SAFE.replace(/\n/g, '\r'));
    const cr = run(['cr.py']);
    expect(cr.code).toBe(1);
    expect(cr.stdout).toContain('cr.py:6:5: SOCK001');
    expect(cr.stdout).toContain('  6 |     s.close()\n');
  });
  it('exits 0 on a clean tree, and checks . by default', () => {
    write('a.py', CLEAN);
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Checked 1 file');
  });
  it('hides skipped sites unless --show-skipped, and they never fail the run', () => {
    write('l.py', LISTENER);
    expect(run(['l.py']).stdout).not.toContain('srv');
    const r = run(['l.py', '--show-skipped']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[skipped: listening socket]');
    expect(r.stdout).toContain('1 skipped (listening 1)');
  });
  it('colors only when asked: never under NO_COLOR or in a pipe, with FORCE_COLOR', () => {
    write('a.py', SAFE);
    expect(run(['.']).stdout).not.toContain('\x1b[');
    const forced = runCli(['.'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\x1b[');
  });
  it('--quiet prints the diagnostics and no summary, as ruff', () => {
    write('a.py', SAFE);
    const r = run(['-q', '.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('a.py:6:5: SOCK001');
    expect(r.stdout).not.toContain('Checked');
  });
  it('--statistics counts per code, outcome and reason', () => {
    write('a.py', SAFE);
    write('b.py', UNSAFE);
    write('l.py', LISTENER);
    const r = run(['--statistics', '.']);
    expect(r.stdout).toMatch(/1 {2}SOCK001 {2}close-without-shutdown {2}fix-safe/);
    expect(r.stdout).toMatch(/1 {2}SOCK001 {2}close-without-shutdown {2}fix-unsafe {2}likely socket/);
    expect(r.stdout).toMatch(/1 {2}SOCK001 {2}close-without-shutdown {2}skipped {5}listening socket/);
  });
  it('--select and --ignore choose rules', () => {
    write('a.py', SAFE);
    expect(run(['--ignore', 'SOCK001', '.']).code).toBe(0);
    expect(run(['--select', 'SOCK', '.']).code).toBe(1);
    expect(run(['--select', 'SOCK002', '.']).code).toBe(0);
  });
});

describe('the guard a fix writes', () => {
  const guard = (rel: string) => /except (\S+):/.exec(readFileSync(path.join(dir, rel), 'utf8'))![1];
  it('is OSError where the project declares Python 3 only, socket.error where Python 2 is admitted or nothing is said', () => {
    write('modern/pyproject.toml', '[project]\nname = "m"\nrequires-python = ">=3.8"\n');
    write('modern/pkg/a.py', SAFE);
    write('modern/pkg/legacy.py', SAFE.replace('import socket\n', 'import socket\n\n\ndef old():\n    print "x"\n'));
    write('classic/setup.py', 'from setuptools import setup\nsetup(name="c", python_requires=">=2.7", classifiers=["Programming Language :: Python :: 2.7"])\n');
    write('classic/a.py', SAFE);
    write('only3/setup.cfg', '[options]\npython_requires = ~=3.6\n');
    write('only3/a.py', SAFE);
    write('unknown/a.py', SAFE);
    expect(run(['--write', '.']).code).toBe(0);
    expect(guard('modern/pkg/a.py')).toBe('OSError');
    // Ex) Python 2 syntax in the file wins over the project's word
    expect(guard('modern/pkg/legacy.py')).toBe('socket.error');
    expect(guard('classic/a.py')).toBe('socket.error');
    expect(guard('only3/a.py')).toBe('OSError');
    expect(guard('unknown/a.py')).toBe('socket.error');
  });
  it('follows --target-version over everything', () => {
    write('modern/pyproject.toml', '[project]\nrequires-python = ">=3.8"\n');
    write('modern/a.py', SAFE);
    expect(run(['--write', '--target-version', 'py27', '.']).code).toBe(0);
    expect(guard('modern/a.py')).toBe('socket.error');
  });
});

describe('--write', () => {
  it('applies safe fixes, keeps the mode bits, and a second run changes nothing', () => {
    const file = write('a.py', SAFE);
    chmodSync(file, 0o751);
    const r = run(['--write', '.']);
    expect(r.code).toBe(0);
    expect(read('a.py')).toBe(SAFE_FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o751);
    expect(r.stdout).toContain('1 fixed (safe)');
    const again = run(['--write', '.']);
    expect(again.code).toBe(0);
    expect(read('a.py')).toBe(SAFE_FIXED);
    expect(run(['.']).code).toBe(0);
  });
  it('leaves unsafe fixes alone (exit 1) unless --unsafe-fixes', () => {
    write('b.py', UNSAFE);
    const r = run(['--write', '.']);
    expect(r.code).toBe(1);
    expect(read('b.py')).toBe(UNSAFE);
    expect(r.stdout).toContain('(unsafe: use --unsafe-fixes)');
    expect(run(['--write', '--unsafe-fixes', '.']).code).toBe(0);
    expect(read('b.py')).toContain('sock.shutdown(socket.SHUT_RDWR)');
  });
  it('--exit-non-zero-on-fix exits 1 when a file changed', () => {
    write('a.py', SAFE);
    expect(run(['--write', '--exit-non-zero-on-fix', '.']).code).toBe(1);
    expect(run(['--write', '--exit-non-zero-on-fix', '.']).code).toBe(0);
  });
  it('--target-version py27 writes except socket.error', () => {
    write('a.py', SAFE);
    run(['--write', '--target-version', 'py27', '.']);
    expect(read('a.py')).toContain('except socket.error:');
  });
  it('leaves no temporary file behind', () => {
    write('a.py', SAFE);
    run(['--write', '.']);
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.trim()).toBe('a.py');
  });
});

describe('--write on links and under signals', () => {
  it('writes the target of a symlink and keeps the link', () => {
    write('shared/app.py', SAFE);
    mkdirSync(path.join(dir, 'src'));
    symlinkSync(path.join('..', 'shared', 'app.py'), path.join(dir, 'src', 'app.py'));
    const r = run(['--write', 'src/app.py']);
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'src', 'app.py')).isSymbolicLink()).toBe(true);
    expect(read('shared/app.py')).toBe(SAFE_FIXED);
    expect(readdirSync(path.join(dir, 'shared'))).toEqual(['app.py']);
  });
  it('refuses to split a hard-linked file, and says so (exit 2)', () => {
    write('a.py', SAFE);
    linkSync(path.join(dir, 'a.py'), path.join(dir, 'b.py'));
    const r = run(['--write', 'a.py']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('has 2 hard links');
    expect(read('a.py')).toBe(SAFE);
    expect(read('b.py')).toBe(SAFE);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`removes its temporary files on ${signal} and leaves every file whole`, async () => {
      for (let i = 0; i < 80; i++) write(`m${String(i).padStart(2, '0')}.py`, SAFE);
      const child = spawn(process.execPath, [CLI, '--write', '--jobs', '2', '.'], {
        cwd: dir,
        env: { ...process.env, CI: 'true', PYSOCKFIX_TEST_HOLD_WRITE_MS: '20000' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const temps = () => readdirSync(dir).filter((n) => n.includes('.pysockfix-') && n.endsWith('.tmp'));
      for (let waited = 0; temps().length === 0 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      expect(temps().length).toBeGreaterThan(0);
      child.kill(signal);
      const code = await exited;
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(stderr).toContain(`interrupted (${signal})`);
      expect(temps()).toEqual([]);
      for (let i = 0; i < 80; i++) expect([SAFE, SAFE_FIXED]).toContain(read(`m${String(i).padStart(2, '0')}.py`));
    }, 60_000);
  }
});

describe('form feeds in indentation', () => {
  it('gives a JSON fix edit that, applied, is what --write writes, and compiles', () => {
    const src = 'import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n\f    s.close()\n';
    write('ff.py', src);
    const r = run(['--output-format', 'json', 'ff.py']);
    const [d] = JSON.parse(r.stdout).diagnostics;
    const [edit] = d.fix.edits;
    const lines = src.split('\n');
    const offset = (p: { line: number; column: number }) => lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1;
    const applied = src.slice(0, offset(edit.location)) + edit.content + src.slice(offset(edit.end_location));
    expect(run(['--write', 'ff.py']).code).toBe(0);
    expect(read('ff.py')).toBe(applied);
    expect(applied).toContain('\f    try:\n        s.shutdown(socket.SHUT_RDWR)\n    except socket.error:\n        pass\n    s.close()\n');
    expect(spawnSync('python3', ['-c', 'import sys; compile(open(sys.argv[1]).read(), "ff", "exec")', path.join(dir, 'ff.py')]).status).toBe(0);
  });
});

describe('every Python encoding', () => {
  it('reads, fixes and writes back byte for byte every one-byte and multi-byte codec Python accepts in a cookie (iconv-lite)', () => {
    // Python writes each file in its own codec, and checks the result: it compiles, and the bytes outside the
    // inserted guard are the original bytes.
    const samples: Record<string, string> = {
      cp850: 'café ñ', cp437: 'café ü', cp1252: 'café €', koi8_r: 'привет', shift_jis: '表示 ソケット',
      euc_jp: '表示', gbk: '套接字', big5: '通訊端', mac_roman: 'café ∂', iso8859_15: 'œuvre €', cp1251: 'сокет',
    };
    const script = [
      'import json, sys',
      'samples = json.loads(sys.argv[2])',
      'for enc, word in samples.items():',
      '    src = "# -*- coding: %s -*-\\nimport socket\\n\\n\\ndef f(addr):\\n    s = socket.create_connection(addr)\\n    msg = %r\\n    s.close()  # %s\\n" % (enc, word, word)',
      '    open(sys.argv[1] + "/" + enc + ".py", "wb").write(src.encode(enc))',
    ].join('\n');
    expect(spawnSync('python3', ['-c', script, dir, JSON.stringify(samples)]).status).toBe(0);
    const before = Object.fromEntries(Object.keys(samples).map((e) => [e, readFileSync(path.join(dir, `${e}.py`))]));
    const r = run(['--write', '.']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${Object.keys(samples).length} fixed (safe)`);
    const guard = Buffer.from('    try:\n        s.shutdown(socket.SHUT_RDWR)\n    except socket.error:\n        pass\n');
    for (const enc of Object.keys(samples)) {
      const after = readFileSync(path.join(dir, `${enc}.py`));
      const at = after.indexOf(guard);
      expect(at, enc).toBeGreaterThan(0);
      expect(Buffer.concat([after.subarray(0, at), after.subarray(at + guard.length)]).equals(before[enc]), enc).toBe(true);
      const check = spawnSync('python3', ['-c', 'import sys; compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec")', path.join(dir, `${enc}.py`)]);
      expect(check.status, `${enc}: ${check.stderr}`).toBe(0);
    }
  });
  it('refuses bytes that are not valid in their declared codec, and names the cookie Python would refuse', () => {
    write('bad.py', Buffer.concat([Buffer.from('# -*- coding: shift_jis -*-\nx = "'), Buffer.from([0x81, 0x20]), Buffer.from('"\n')]));
    write('utf16.py', '# -*- coding: utf-16 -*-\nx = 1\n');
    write('nonsense.py', '# -*- coding: uft-8 -*-\nx = 1\n');
    const r = run(['.']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/bad\.py: error: the bytes are not valid shift_jis/);
    expect(r.stdout).toMatch(/utf16\.py: error: unknown encoding 'utf-16'/);
    expect(r.stdout).toMatch(/nonsense\.py: error: unknown encoding 'uft-8'/);
  });
});

describe("ruff's flags and formats", () => {
  const TWO = `${SAFE}\n\n${UNSAFE.split('\n\n\n')[1]}`;
  it('--fix is --write; --show-fixes lists what was fixed, per file and rule', () => {
    write('a.py', SAFE);
    const r = run(['--fix', '--show-fixes', 'a.py']);
    expect(r.code).toBe(0);
    expect(read('a.py')).toBe(SAFE_FIXED);
    expect(r.stdout).toContain('Fixed 1 finding:\n- a.py:\n    1 × SOCK001 (close-without-shutdown)\n');
  });
  it('--exit-zero exits 0 with findings, and still 2 on errors', () => {
    write('a.py', SAFE);
    expect(run(['--exit-zero', 'a.py']).code).toBe(0);
    expect(run(['--exit-zero', 'a.py', 'missing.py']).code).toBe(2);
  });
  it('-q prints the diagnostics only; -s prints nothing; both keep the exit code', () => {
    write('a.py', SAFE);
    const q = run(['-q', 'a.py']);
    expect(q.code).toBe(1);
    expect(q.stdout).toContain('a.py:6:5: SOCK001');
    expect(q.stdout).not.toContain('Checked');
    const s = run(['-s', 'a.py', 'missing.py']);
    expect(s.code).toBe(2);
    expect(s.stdout + s.stderr).toBe('');
  });
  it('--show-files lists the files a run would check; --show-settings the settings, and neither checks', () => {
    write('pyproject.toml', '[tool.pysockfix]\nignore = ["SOCK004"]\n');
    write('a.py', SAFE);
    write('pkg/b.py', CLEAN);
    const files = run(['--show-files', '.']);
    expect(files.code).toBe(0);
    expect(files.stdout).toBe('a.py\npkg/b.py\n');
    const settings = run(['--show-settings', '.']);
    expect(settings.code).toBe(0);
    const doc = JSON.parse(settings.stdout);
    expect(doc.config).toBe(path.join(dir, 'pyproject.toml'));
    expect(doc.rules).toEqual(['SOCK001', 'SOCK002', 'SOCK003']);
  });
  it('-v names each file as it is checked', () => {
    write('a.py', SAFE);
    write('b.py', CLEAN);
    const r = run(['-v', '.']);
    expect(r.stderr).toContain('pysockfix: checked a.py');
    expect(r.stderr).toContain('pysockfix: checked b.py');
  });
  it('writes concise, grouped, json-lines, junit and gitlab', () => {
    write('a.py', TWO);
    const concise = run(['--output-format', 'concise', 'a.py']).stdout.split('\n');
    expect(concise[0]).toBe('a.py:6:5: SOCK001 [*] s.close() without a prior shutdown() (socket.create_connection())');
    expect(concise[1]).toMatch(/^a\.py:10:5: SOCK001 \[\*unsafe fix\] sock\.close\(\)/);
    expect(run(['--output-format', 'grouped', 'a.py']).stdout).toMatch(/^a\.py:\n {2}6:5 {2}SOCK001 \[\*\] s\.close\(\)[^\n]*\n {2}10:5 SOCK001/);
    const lines = run(['--output-format', 'json-lines', 'a.py']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => [d.location.line, d.outcome])).toEqual([[6, 'fix-safe'], [10, 'fix-unsafe']]);
    const junit = run(['--output-format', 'junit', 'a.py']).stdout;
    expect(junit).toContain('<testsuites name="pysockfix" tests="2" failures="2" errors="0">');
    expect(junit).toContain('<testcase name="org.pysockfix.SOCK001" classname="a.py" line="6" column="5">');
    const gitlab = JSON.parse(run(['--output-format', 'gitlab', 'a.py']).stdout);
    expect(gitlab.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin)).toEqual([6, 10]);
    expect(new Set(gitlab.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(2);
    // Stable across runs.
    expect(JSON.parse(run(['--output-format', 'gitlab', 'a.py']).stdout)).toEqual(gitlab);
  });
  it('escapes XML in junit', () => {
    write('a&<b>.py', SAFE);
    const junit = run(['--output-format', 'junit', '.']).stdout;
    expect(junit).toContain('classname="a&amp;&lt;b&gt;.py"');
  });
  it('--statistics names each rule and gives totals', () => {
    write('a.py', TWO);
    const r = run(['--statistics', 'a.py']).stdout;
    expect(r).toContain('SOCK001  close-without-shutdown  fix-safe');
    expect(r).toMatch(/\n\s+2 {2}SOCK001 {2}close-without-shutdown {2}\(all outcomes\)\n\s+2 {2}total\n$/);
  });
  it('colours the diff on a terminal (FORCE_COLOR), never in a pipe or under NO_COLOR', () => {
    write('a.py', SAFE);
    expect(run(['--diff', 'a.py']).stdout).not.toContain('\x1b[');
    const forced = spawnSync(process.execPath, [CLI, '--diff', 'a.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\x1b[32m+    try:');
  });
});

describe('imports a fix adds', () => {
  // Debian's isort (python3-isort, installed by .ci/run), run with each file's own settings.
  const isort = (file: string) => spawnSync('/usr/bin/python3', ['-m', 'isort', '--check-only', '--diff', file], { cwd: dir, encoding: 'utf8' });
  const FACTORY = 'import socket\n\n\ndef connect(addr):\n    return socket.create_connection(addr)\n';
  const USE = '\n\ndef f(addr):\n    conn = connect(addr)\n    conn.close()\n';
  const CASES: Record<string, string> = {
    'only_local.py': `from .factory import connect\n${USE}`,
    'docstring.py': `"""Doc."""\nfrom .factory import connect\n${USE}`,
    'third_party.py': `import requests\n\nfrom .factory import connect\n${USE}`,
    'future.py': `from __future__ import print_function\n\nfrom .factory import connect\n${USE}`,
    'between.py': `import os\nimport sys\n\nimport requests\n\nfrom .factory import connect\n${USE}`,
    'from_stdlib.py': `from os import path\n\nfrom .factory import connect\n${USE}`,
    'local_import.py': `"""Doc."""\n\n\ndef f(addr):\n    from .factory import connect\n    conn = connect(addr)\n    conn.close()\n`,
  };
  for (const profile of [
    '',
    '[tool.isort]\nprofile = "black"\n',
    '[tool.isort]\nprofile = "google"\n',
    '[tool.isort]\nforce_sort_within_sections = true\n',
    '[tool.isort]\nforce_single_line = true\n',
  ]) {
    it(`go where isort puts them, and pass isort --check-only${profile ? ` (${profile.split('\n')[1]})` : ''}`, () => {
      if (profile) write('pyproject.toml', profile);
      write('pkg/__init__.py', '');
      write('pkg/factory.py', FACTORY);
      for (const [name, text] of Object.entries(CASES)) write(`pkg/${name}`, text);
      for (const name of Object.keys(CASES)) expect(isort(`pkg/${name}`).status, `${name} before`).toBe(0);
      const r = run(['--write', 'pkg']);
      expect(r.stdout).toContain(`${Object.keys(CASES).length} fixed (safe)`);
      for (const name of Object.keys(CASES)) {
        expect(read(`pkg/${name}`), name).toContain('import socket\n');
        const check = isort(`pkg/${name}`);
        expect(check.status, `${name}: ${check.stdout}${check.stderr}`).toBe(0);
      }
      expect(read('pkg/between.py').startsWith('import os\nimport socket\nimport sys\n\nimport requests\n')).toBe(true);
      // A file's own from-import of socket, extended the way its settings write it
      write('pkg/own_from.py', 'import os\nfrom socket import create_connection\n\n\ndef f(addr):\n    s = create_connection(addr)\n    s.close()\n');
      expect(isort('pkg/own_from.py').status).toBe(0);
      expect(run(['--write', 'pkg/own_from.py']).code).toBe(0);
      const check = isort('pkg/own_from.py');
      expect(check.status, `own_from.py: ${check.stdout}${check.stderr}`).toBe(0);
      expect(spawnSync('python3', ['-c', 'import sys; compile(open(sys.argv[1]).read(), "f", "exec")', path.join(dir, 'pkg/own_from.py')]).status).toBe(0);
    });
  }
  it('extends the file\'s own `from socket import ...` line instead of adding a second import', () => {
    write('a.py', 'from socket import create_connection\n\n\ndef f(addr):\n    s = create_connection(addr)\n    s.close()\n');
    expect(run(['--write', 'a.py']).code).toBe(0);
    expect(read('a.py')).toBe(
      'from socket import SHUT_RDWR, create_connection\nfrom socket import error as socket_error\n\n\ndef f(addr):\n    s = create_connection(addr)\n    try:\n        s.shutdown(SHUT_RDWR)\n    except socket_error:\n        pass\n    s.close()\n',
    );
    expect(isort('a.py').status).toBe(0);
    // In a Python 3 file the guard is OSError: only SHUT_RDWR joins the line.
    write('b.py', 'from socket import create_connection\n\n\nasync def f(addr):\n    s = create_connection(addr)\n    s.close()\n');
    expect(run(['--write', 'b.py']).code).toBe(0);
    expect(read('b.py').startsWith('from socket import SHUT_RDWR, create_connection\n\n\n')).toBe(true);
    expect(isort('b.py').status).toBe(0);
  });
  it('fix-style = "suppress" writes `with contextlib.suppress(OSError):` in Python 3 files, and try/except elsewhere', () => {
    write('pyproject.toml', '[tool.pysockfix]\nfix-style = "suppress"\n');
    write('py3.py', 'import os\nimport socket\n\n\nasync def f(addr):\n    s = socket.create_connection(addr)\n    s.close()\n');
    write('either.py', SAFE);
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('py3.py')).toBe(
      'import contextlib\nimport os\nimport socket\n\n\nasync def f(addr):\n    s = socket.create_connection(addr)\n    with contextlib.suppress(OSError):\n        s.shutdown(socket.SHUT_RDWR)\n    s.close()\n',
    );
    expect(isort('py3.py').status).toBe(0);
    // contextlib.suppress is Python 3.4+: a file that may be Python 2 keeps the try form.
    expect(read('either.py')).toBe(SAFE_FIXED);
    expect(run(['--fix-style', 'nope', '.']).code).toBe(2);
  });
});

describe('SOCK004', () => {
  it('prints the function to pass instead as a code block, and gives it in JSON', () => {
    write('a.py', 'import socket\n\n\ndef f(loop, addr):\n    conn = socket.create_connection(addr)\n    loop.call_soon(conn.close)\n');
    const r = run(['a.py']);
    expect(r.stdout).toContain('pass a function that shuts it down first (close_conn below)\n');
    expect(r.stdout).toContain('  suggestion:\n      def close_conn():\n          try:\n              conn.shutdown(socket.SHUT_RDWR)\n          except socket.error:\n              pass\n          conn.close()\n');
    const [d] = JSON.parse(run(['--output-format', 'json', 'a.py']).stdout).diagnostics;
    expect(d.suggestion.split('\n')[0]).toBe('def close_conn():');
  });
});

describe('--diff', () => {
  it('prints a unified diff, writes nothing, and exits 1', () => {
    write('a.py', SAFE);
    const r = run(['--diff', '.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/a.py');
    expect(r.stdout).toContain('+++ b/a.py');
    expect(r.stdout).toContain('+    try:\n+        s.shutdown(socket.SHUT_RDWR)');
    expect(read('a.py')).toBe(SAFE);
  });
  it('exits 0 with no diff', () => {
    write('a.py', CLEAN);
    expect(run(['--diff', '.']).code).toBe(0);
  });
  it('cannot be combined with --write', () => {
    expect(run(['--diff', '--write', '.']).code).toBe(2);
  });
  it('is written in each file\'s own encoding, with its BOM, so that git apply takes it and gives what --write gives', () => {
    write('lat.py', Buffer.from(`# -*- coding: latin-1 -*-\n${SAFE.replace('s.close()', 's.close()  # caf\xe9')}`, 'latin1'));
    write('bom.py', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAFE)]));
    write('cp.py', Buffer.concat([Buffer.from('# -*- coding: cp850 -*-\n'), Buffer.from(SAFE.replace('s.close()', 's.close()  # \x82'), 'latin1')]));
    spawnSync('git', ['init', '-q', dir]);
    const diff = spawnSync(process.execPath, [CLI, '--diff', '.'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    expect(diff.status).toBe(1);
    // The latin-1 context line is latin-1 bytes, not UTF-8.
    expect(diff.stdout.includes(Buffer.from('caf\xe9', 'latin1'))).toBe(true);
    const patchFile = path.join(dir, '..', `${path.basename(dir)}.diff`);
    writeFileSync(patchFile, diff.stdout);
    const apply = spawnSync('git', ['apply', patchFile], { cwd: dir, encoding: 'utf8' });
    expect(apply.status, apply.stderr).toBe(0);
    const applied = ['lat.py', 'bom.py', 'cp.py'].map((f) => readFileSync(path.join(dir, f)));
    spawnSync('git', ['apply', '-R', patchFile], { cwd: dir });
    expect(run(['--write', '.']).code).toBe(0);
    ['lat.py', 'bom.py', 'cp.py'].forEach((f, i) => expect(readFileSync(path.join(dir, f)).equals(applied[i]), f).toBe(true));
    rmSync(patchFile);
  });
});

describe('stdin', () => {
  it('checks stdin, named by --stdin-filename', () => {
    const r = run(['-', '--stdin-filename', 'pkg/mod.py'], SAFE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('pkg/mod.py:6:5: SOCK001');
  });
  it('with --write, prints the fixed source on stdout and the report on stderr', () => {
    const r = run(['--write', '-'], SAFE);
    expect(r.stdout).toBe(SAFE_FIXED);
    expect(r.stderr).toContain('1 fixed (safe)');
    expect(r.code).toBe(0);
  });
  it('with --write, echoes unchanged input', () => {
    const r = run(['--write', '-'], CLEAN);
    expect(r.stdout).toBe(CLEAN);
  });
  it('applies --max-file-size to stdin: refused with exit 2, nothing echoed, "1 error"', () => {
    const big = SAFE + `# ${'x'.repeat(5000)}\n`;
    const r = run(['--write', '--max-file-size', '1000', '-'], big);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('larger than --max-file-size');
    expect(r.stderr).toContain('0 skipped, 1 error\n');
    expect(run(['--max-file-size', '100000', '-'], big).code).toBe(1);
  });
});

describe('output formats', () => {
  it('json has the documented shape', () => {
    write('a.py', SAFE);
    write('l.py', LISTENER);
    const r = run(['--output-format', 'json', '--show-skipped', '.']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.files).toEqual([
      { path: 'a.py', status: 'unchanged' },
      { path: 'l.py', status: 'unchanged' },
    ]);
    const [safe, skipped] = doc.diagnostics;
    expect(safe).toMatchObject({
      code: 'SOCK001',
      path: 'a.py',
      location: { line: 6, column: 5 },
      end_location: { line: 6, column: 14 },
      receiver: 's',
      outcome: 'fix-safe',
      fix: { applicability: 'safe', title: 'Shut the socket down (SHUT_RDWR) before closing it' },
    });
    expect(safe.fix.edits[0]).toMatchObject({ location: { line: 6, column: 5 }, end_location: { line: 6, column: 14 } });
    expect(skipped).toMatchObject({ outcome: 'skipped', reason: 'listening socket', fix: null });
    expect(doc.summary).toMatchObject({ files: 2, fixable: 1, skipped: 1 });
  });
  it('sarif is valid SARIF 2.1.0 and carries the fixes', () => {
    write('a.py', SAFE);
    const r = run(['--output-format', 'sarif', '.']);
    const doc = JSON.parse(r.stdout);
    const Ajv = require('ajv-draft-04');
    const addFormats = require('ajv-formats');
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const result = doc.runs[0].results[0];
    expect(result.ruleId).toBe('SOCK001');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 6, startColumn: 5 });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toContain('s.shutdown(socket.SHUT_RDWR)');
    expect(doc.runs[0].tool.driver.rules[0].id).toBe('SOCK001');
  });
  it('github prints workflow commands', () => {
    write('a.py', SAFE);
    const r = run(['--output-format', 'github', '.']);
    expect(r.stdout).toMatch(/^::warning file=a\.py,line=6,col=5,endLine=6,endColumn=14,title=SOCK001::SOCK001 s\.close\(\)/m);
  });
});

describe('paths', () => {
  it('walks *.py only, respects .gitignore (nested too) and --exclude', () => {
    spawnSync('git', ['init', '-q', dir]);
    write('a.py', SAFE);
    write('stub.pyi', SAFE);
    write('notes.txt', SAFE);
    write('.gitignore', 'ignored/\n');
    write('ignored/b.py', SAFE);
    write('sub/.gitignore', 'local.py\n');
    write('sub/local.py', SAFE);
    write('sub/kept.py', SAFE);
    write('build_out/c.py', SAFE);
    write('.git/info/exclude', 'secret.py\n');
    write('secret.py', SAFE);
    const r = run(['--output-format', 'json', '--exclude', 'build_out', '.']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.py', 'sub/kept.py']);
    const all = run(['--output-format', 'json', '--no-respect-gitignore', '.']);
    expect(JSON.parse(all.stdout).files).toHaveLength(6);
  });
  it('checks a file named on the command line even if excluded, unless --force-exclude', () => {
    write('.gitignore', 'gen.py\n');
    spawnSync('git', ['init', '-q', dir]);
    write('gen.py', SAFE);
    expect(run(['gen.py']).code).toBe(1);
    expect(run(['--force-exclude', 'gen.py']).stdout).toContain('Checked 0 files');
    expect(run(['--force-exclude', '--exclude', 'gen.py', '--no-respect-gitignore', 'gen.py']).stdout).toContain('Checked 0 files');
  });
  it('checks a directory named on the command line inside a tree an ancestor .gitignore excludes (pyenv\'s /versions)', () => {
    spawnSync('git', ['init', '-q', dir]);
    write('.gitignore', '/versions\n*.tmp.py\n');
    write('versions/3.11/lib/ftp.py', SAFE);
    write('versions/3.11/lib/scratch.tmp.py', SAFE);
    write('versions/3.11/lib/sub/.gitignore', 'gen_*.py\n');
    write('versions/3.11/lib/sub/gen_a.py', SAFE);
    const r = run(['--output-format', 'json', 'versions/3.11/lib']);
    // The ancestor's other patterns still apply inside it, and so do the directory's own .gitignore files.
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['versions/3.11/lib/ftp.py']);
    expect(r.code).toBe(1);
    // Walking from the top, the excluded tree stays excluded, and the run says so.
    const top = run(['versions']);
    expect(top.stdout).toContain('Checked 1 file');
  });
  it('honours a nested .gitignore negation (!keep_gen.py), as git does', () => {
    spawnSync('git', ['init', '-q', dir]);
    write('.gitignore', 'gen_*.py\n');
    write('pkg/.gitignore', '!keep_gen.py\n');
    write('pkg/gen_a.py', SAFE);
    write('pkg/keep_gen.py', SAFE);
    const r = run(['--output-format', 'json', '.']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['pkg/keep_gen.py']);
    expect(spawnSync('git', ['-C', dir, 'check-ignore', 'pkg/keep_gen.py']).status).toBe(1);
  });
  it('warns when a named path yields no Python files, or when everything in it is excluded, and says by what', () => {
    spawnSync('git', ['init', '-q', dir]);
    write('docs/readme.txt', 'x');
    write('.gitignore', 'gen/\n');
    write('out/.gitignore', '*.py\n');
    write('out/a.py', SAFE);
    const r = run(['docs', 'out']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('pysockfix: warning: docs: no Python files found');
    expect(r.stderr).toMatch(/pysockfix: warning: out: nothing to check: 1 path\(s\) under it are excluded \(first by .*out\/\.gitignore \(\*\.py\)\)/);
  });
  it('refuses a FIFO named on the command line with exit 2, and checks the other files', () => {
    write('a.py', SAFE);
    const fifo = path.join(dir, 'pipe.py');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = run(['--write', 'pipe.py', 'a.py']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pipe.py: not a regular file (a FIFO)');
    expect(read('a.py')).toBe(SAFE_FIXED);
    // Found by the walk, a FIFO is not a source file: skipped without a word, and nothing hangs.
    const walked = run(['--output-format', 'json', '.']);
    expect(walked.code).toBe(0);
    expect(JSON.parse(walked.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.py']);
  });
  it('reports a missing path with exit 2 and goes on with the others', () => {
    write('a.py', SAFE);
    const r = run(['--write', 'missing.py', 'a.py']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.py: no such file or directory');
    expect(read('a.py')).toBe(SAFE_FIXED);
  });
  it('follows symlinked files, not symlinked directories, and never hangs on a loop', () => {
    write('real/a.py', SAFE);
    symlinkSync(path.join(dir, 'real', 'a.py'), path.join(dir, 'link.py'));
    symlinkSync(dir, path.join(dir, 'real', 'loop'));
    symlinkSync(path.join(dir, 'nowhere.py'), path.join(dir, 'broken.py'));
    const r = run(['--output-format', 'json', '.']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path).sort()).toEqual(['link.py', 'real/a.py']);
  });
  it('uses a worker pool with --jobs 2 and gives the same results as --jobs 1', () => {
    for (let i = 0; i < 80; i++) write(`pkg/m${String(i).padStart(2, '0')}.py`, i % 2 ? SAFE : CLEAN);
    const one = run(['--output-format', 'json', '--jobs', '1', '.']);
    const two = run(['--output-format', 'json', '--jobs', '2', '--no-cache', '--timings', '.']);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).diagnostics).toHaveLength(40);
    // The workers load their one-file bundle (scripts/bundle.mjs), not the forty modules it holds
    const timings = JSON.parse(two.stderr.split('\n').find((l) => l.startsWith('{"wall"'))!);
    expect(timings.worker).toBe('worker.mjs');
  });
  it('starts the pool during the walk of a cold run only: a warm run (no pool) and a run whose files all changed (a pool after the walk) give the same results and exit', () => {
    for (let i = 0; i < 70; i++) write(`pkg/m${String(i).padStart(2, '0')}.py`, i % 2 ? SAFE : CLEAN);
    const cold = run(['--output-format', 'json', '--jobs', '2', '--timings', '.']);
    const warm = run(['--output-format', 'json', '--jobs', '2', '--timings', '.']);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse(cold.stdout));
    expect(JSON.parse(cold.stdout).diagnostics).toHaveLength(35);
    const timings = (r: { stderr: string }) => JSON.parse(r.stderr.split('\n').find((l) => l.startsWith('{"wall"'))!);
    expect(timings(cold).pool).toBe('during the walk');
    expect(timings(warm).pool).toBe('none');
    // Ex) a checkout that changed every file: the cache holds entries, so no pool is loaded during the walk, and one starts after it
    for (let i = 0; i < 70; i++) write(`pkg/m${String(i).padStart(2, '0')}.py`, i % 2 ? CLEAN : SAFE);
    const changed = run(['--output-format', 'json', '--jobs', '2', '--timings', '.']);
    expect(timings(changed).pool).toBe('after the walk');
    expect(JSON.parse(changed.stdout)).toEqual(JSON.parse(run(['--output-format', 'json', '--jobs', '2', '--no-cache', '.']).stdout));
    expect(JSON.parse(changed.stdout).diagnostics).toHaveLength(35);
  });
});

describe('project-wide facts', () => {
  it('makes fixes unsafe in a module whose socket global a test replaces', () => {
    write('client.py', 'import socket\n\n\nclass C:\n    def __init__(self, a):\n        self.sock = socket.create_connection(a)\n\n    def close(self):\n        self.sock.close()\n');
    write('test_client.py', 'import client\nfrom test import mock_socket\n\nclient.socket = mock_socket\n');
    const r = run(['--output-format', 'json', '.']);
    const [d] = JSON.parse(r.stdout).diagnostics;
    expect(d).toMatchObject({ path: 'client.py', outcome: 'fix-unsafe', reason: 'socket module patched' });
    expect(d.message).toContain('client.socket is replaced elsewhere in the project');
    const alone = JSON.parse(run(['--output-format', 'json', 'client.py']).stdout).diagnostics[0];
    expect(alone.outcome).toBe('fix-safe');
  });

  it('makes fixes unsafe in a module whose socket global a test replaces through a relative import', () => {
    write('pkg/__init__.py', '');
    write('pkg/client.py', 'import socket\n\n\ndef fetch(a):\n    s = socket.create_connection(a)\n    s.close()\n');
    write('pkg/tests/__init__.py', '');
    write('pkg/tests/test_client.py', 'from .. import client\nfrom . import helpers as h\n\nclient.socket = h.mock_socket\n');
    write('pkg/tests/helpers.py', 'mock_socket = None\n');
    const [d] = JSON.parse(run(['--output-format', 'json', '.']).stdout).diagnostics;
    expect(d).toMatchObject({ path: 'pkg/client.py', outcome: 'fix-unsafe', reason: 'socket module patched' });
    expect(d.message).toContain('pkg.client.socket is replaced elsewhere in the project');
  });

  it('guards a library callback\'s socket against the doubles the project hands that callback itself (tests)', () => {
    write('server.py', 'import asyncore\n\n\nclass Acceptor(asyncore.dispatcher):\n    def handle_accepted(self, sock, addr):\n        sock.close()\n        self.closed_one = True\n\n\nclass Logged(Acceptor):\n    def handle_accepted(self, sock, addr):\n        Acceptor.handle_accepted(self, sock, addr)\n');
    const alone = JSON.parse(run(['--output-format', 'json', 'server.py']).stdout).diagnostics;
    // A subclass handing its own argument on is not a call with a double.
    expect(alone.map((d: { outcome: string }) => d.outcome)).toEqual(['fix-safe']);
    // The test's double is a class of the project without shutdown(): a safe fix whose guard also catches AttributeError.
    const test = 'import server\n\n\nclass DummySock:\n    closed = False\n\n    def close(self):\n        self.closed = True\n\n\ndef test_default():\n    sock = DummySock()\n    inst = server.Acceptor()\n    inst.handle_accepted(sock, "1")\n    assert sock.closed\n\n\nif __name__ == "__main__":\n    test_default()\n';
    write('test_server.py', test);
    type D = { path: string; outcome: string; reason?: string; message: string };
    const site = () => (JSON.parse(run(['--output-format', 'json', '.']).stdout).diagnostics as D[]).find((x) => x.path === 'server.py')!;
    expect(site()).toMatchObject({ outcome: 'fix-safe' });
    expect(site().message).toContain("the project's tests hand it doubles without shutdown() (DummySock)");
    const original = read('server.py');
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('server.py')).toContain('        except (socket.error, AttributeError):\n');
    for (const python of [python2(), 'python3']) {
      const r = spawnSync(python, ['test_server.py'], { cwd: dir, encoding: 'utf8' });
      expect([python, r.status, r.stderr]).toEqual([python, 0, '']);
    }
    // A double that answers shutdown() (its own, a library Mock's, an unreadable base's) keeps the fix unsafe.
    for (const double of ['class DummySock:\n    def shutdown(self, how):\n        self.shut = how\n', 'from unittest.mock import Mock as DummySock\n', 'from elsewhere import Base\n\n\nclass DummySock(Base):\n    pass\n']) {
      write('server.py', original);
      write('test_server.py', `import server\n${double}\n\ndef test_default():\n    inst = server.Acceptor()\n    inst.handle_accepted(DummySock(), "1")\n`);
      expect([double, site().outcome, site().reason]).toEqual([double, 'fix-unsafe', 'test doubles']);
      expect(run(['--write', '.']).code).toBe(1);
      expect(read('server.py')).not.toContain('shutdown');
    }
  });
});

describe('the project model', () => {
  it('follows a method called on an instance of a project class (kazoo\'s self.handler.create_connection)', () => {
    write('pyproject.toml', '[project]\nname = "kz"\n');
    write('kz/__init__.py', '');
    write('kz/handlers.py', 'import socket\n\n\nclass Handler:\n    def create_connection(self, addr):\n        return socket.create_connection(addr)\n\n    def make_listener(self, addr):\n        return socket.create_server(addr)\n');
    write(
      'kz/client.py',
      'from kz.handlers import Handler\n\n\nclass Direct:\n    def __init__(self):\n        self.handler = Handler()\n\n    def ping(self, addr):\n        s = self.handler.create_connection(addr)\n        s.close()\n\n    def serve(self, addr):\n        srv = self.handler.make_listener(addr)\n        srv.close()\n\n\nclass Given:\n    def __init__(self, handler=None):\n        self.handler = handler or Handler()\n\n    def ping(self, addr):\n        s = self.handler.create_connection(addr)\n        s.close()\n\n\ndef local(addr):\n    h = Handler()\n    c = h.create_connection(addr)\n    c.close()\n',
    );
    type D = { location: { line: number }; outcome: string; reason?: string };
    const sites = (args: string[]) => (JSON.parse(run(['--output-format', 'json', '--show-skipped', ...args]).stdout).diagnostics as D[]).map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    const expected = [
      [10, 'fix-safe', ''],
      [14, 'skipped', 'listening socket'],
      [23, 'fix-unsafe', 'likely socket'], // the caller may pass another handler
      [29, 'fix-safe', ''],
    ];
    expect(sites(['kz/client.py'])).toEqual(expected);
    expect(sites(['.'])).toEqual(expected);
    // A test that gives Direct a handler double makes its sockets doubles too.
    write('tests/test_client.py', 'from kz.client import Direct\n\n\nclass FakeHandler:\n    def create_connection(self, addr):\n        return object()\n\n\ndef test_ping():\n    d = Direct()\n    d.handler = FakeHandler()\n');
    expect(sites(['kz/client.py'])[0]).toEqual([10, 'fix-unsafe', 'test doubles']);
    expect(run(['--write', 'kz/client.py']).code).toBe(1);
    expect(spawnSync('python3', ['-c', 'import kz.client'], { cwd: dir }).status).toBe(0);
  });
  it('reads a class\'s own list of sockets where its base in another module never names it (circus\' tests.support.TestCase)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('tests/__init__.py', '');
    // The support module hands its tests the standard library's TestCase, and a base of its own.
    write('tests/support.py', 'from unittest import TestCase\n\n\nclass Base(TestCase):\n    def setUp(self):\n        self.calls = []\n');
    write(
      'tests/test_stats.py',
      'import socket\n\nfrom tests.support import TestCase, Base\n\n\nclass TestSockets(TestCase):\n    def setUp(self):\n        self.socks = []\n        self.clients = []\n\n    def tearDown(self):\n        for sock, _ in self.socks:\n            sock.close()\n        for sock in self.clients:\n            sock.close()\n\n    def streams(self):\n        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n        sock.bind(("127.0.0.1", 0))\n        sock.listen(1)\n        self.socks.append((sock, sock.fileno()))\n        client = socket.create_connection(sock.getsockname())\n        self.clients.append(client)\n\n\nclass TestBase(Base):\n    def setUp(self):\n        self.clients = []\n\n    def tearDown(self):\n        for sock in self.clients:\n            sock.close()\n\n    def streams(self, addr):\n        self.clients.append(socket.create_connection(addr))\n',
    );
    type D = { location: { line: number }; outcome: string; reason?: string };
    const sites = (args: string[]) => (JSON.parse(run(['--output-format', 'json', '--show-skipped', ...args]).stdout).diagnostics as D[]).map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(sites(['.'])).toEqual([
      [13, 'skipped', 'listening socket'],
      [15, 'fix-safe', ''],
      [32, 'fix-safe', ''],
    ]);
    // A base that names the list may fill it with anything: its elements are sockets only by their names.
    write('tests/support.py', 'from unittest import TestCase\n\n\nclass Base(TestCase):\n    def setUp(self):\n        self.clients = [object()]\n');
    expect(sites(['.'])).toEqual([
      [13, 'skipped', 'listening socket'],
      [15, 'fix-safe', ''],
      [32, 'fix-unsafe', 'likely socket'],
    ]);
    // The bases are read from the project whether the run names the module alone or the whole tree.
    expect(sites(['tests/test_stats.py'])).toEqual(sites(['.']));
    // A base the project does not hold (an installed package's) may fill it: unknown, as before.
    write('tests/support.py', 'from vendorlib import TestCase\n\n\nclass Base(TestCase):\n    pass\n');
    expect(sites(['.'])).toEqual([
      [13, 'fix-unsafe', 'likely socket'],
      [15, 'fix-unsafe', 'likely socket'],
      [32, 'fix-unsafe', 'likely socket'],
    ]);
  });
  it('follows self.X into the subclasses in other modules that set it (boofuzz\'s BaseSocketConnection)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/base.py', 'class BaseConn(object):\n    def __init__(self):\n        self._sock = None\n\n    def close(self):\n        self._sock.close()\n');
    write(
      'pkg/tcp.py',
      'import socket\n\nfrom pkg import base\n\n\nclass TCPConn(base.BaseConn):\n    def open(self, addr):\n        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n        self._sock.connect(addr)\n',
    );
    write('pkg/udp.py', 'import socket\n\nfrom pkg.base import BaseConn\n\n\nclass UDPConn(BaseConn):\n    def open(self):\n        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n');
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = (args: string[]) => (JSON.parse(run(['--output-format', 'json', '--show-skipped', ...args]).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('base.py'));
    const sites = (args: string[]) => diags(args).map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    // The UDP subclass's shutdown does nothing; the TCP one's ends its connection.
    expect(sites(['.'])).toEqual([[6, 'fix-safe', '']]);
    expect(diags(['.'])[0].message).toContain('in the subclasses of BaseConn in other modules');
    // A run of base.py alone does not see its subclasses: the attribute is a socket only by its name.
    expect(sites(['pkg/base.py'])).toEqual([[6, 'fix-unsafe', 'likely socket']]);
    // A subclass elsewhere that sets it to a listening socket makes the close a listener's.
    write('pkg/server.py', 'import socket\n\nfrom pkg import base\n\n\nclass ServerConn(base.BaseConn):\n    def open(self, addr):\n        self._sock = socket.create_server(addr)\n');
    expect(sites(['.'])).toEqual([[6, 'skipped', 'listening socket']]);
    rmSync(path.join(dir, 'pkg/server.py'));
    // A test's subclass that sets a double without shutdown() leaves the fix unsafe.
    write('tests/test_base.py', 'from pkg.base import BaseConn\n\n\nclass FakeSocket(object):\n    def close(self):\n        pass\n\n\nclass FakeConn(BaseConn):\n    def open(self):\n        self._sock = FakeSocket()\n');
    expect(sites(['.'])).toEqual([[6, 'fix-unsafe', 'likely socket']]);
    rmSync(path.join(dir, 'tests'), { recursive: true });
    expect(run(['--write', '.']).code).toBe(0);
    // The fixed close() ends the connection while a makefile() reader still holds the socket: the peer sees EOF.
    expectPeerEof('from pkg.tcp import TCPConn', ['c = TCPConn()', 'c.open(srv.getsockname())'], 'c._sock', 'c.close()');
  });
  it('skips a base class\'s close when a subclass in another module listens on the socket the base makes', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/base.py', 'import socket\n\n\nclass Base(object):\n    def __init__(self):\n        self.sock = socket.socket()\n\n    def close(self):\n        self.sock.close()\n');
    write('pkg/client.py', 'from pkg.base import Base\n\n\nclass Client(Base):\n    def start(self, addr):\n        self.sock.connect(addr)\n');
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = () => (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('base.py'));
    expect(diags().map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([[9, 'fix-safe', '']]);
    write('pkg/server.py', 'from pkg.base import Base\n\n\nclass Server(Base):\n    def start(self, addr):\n        self.sock.bind(addr)\n        self.sock.listen(5)\n');
    const skipped = diags();
    expect(skipped.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([[9, 'skipped', 'listening socket']]);
    expect(skipped[0].message).toContain('listening in Server (server.py)');
  });
  it('reads the calls that subclasses in other modules make of a method they inherit (flup\'s _cleanupSocket(sock))', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    // The base's own caller hands _drop() a connection; the base's module alone shows nothing else.
    write(
      'pkg/base.py',
      'import socket\n\n\nclass Base(object):\n    def fetch(self, addr):\n        conn = socket.create_connection(addr)\n        conn.sendall(b"x")\n        self._drop(conn)\n\n    def _setup(self):\n        sock = socket.socket()\n        sock.bind(("127.0.0.1", 0))\n        sock.listen(5)\n        return sock\n\n    def _drop(self, sock):\n        sock.close()\n',
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = () => (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('base.py'));
    const sites = () => diags().map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(sites()).toEqual([[17, 'fix-safe', '']]);
    // A subclass elsewhere closes its listener through the inherited method: the close is a listener's.
    write('pkg/server.py', 'from pkg.base import Base\n\n\nclass Server(Base):\n    def run(self):\n        sock = self._setup()\n        self._drop(sock)\n');
    expect(sites()).toEqual([[17, 'skipped', 'listening socket']]);
    expect(diags()[0].message).toContain('passed by every caller of Base._drop() here and in its subclasses elsewhere');
    // And a subclass of that subclass, in a third module, as well.
    write('pkg/server.py', 'from pkg.base import Base\n\n\nclass Server(Base):\n    pass\n');
    write('pkg/leaf.py', 'import socket\n\nfrom pkg.server import Server\n\n\nclass Leaf(Server):\n    def run(self):\n        sock = socket.create_server(("127.0.0.1", 0))\n        self._drop(sock)\n');
    expect(sites()).toEqual([[17, 'skipped', 'listening socket']]);
    // A method that a subclass two modules from the base inherits returns what the base's returns.
    write('pkg/other.py', 'from pkg.server import Server\n\n\nclass Other(Server):\n    def stop(self):\n        sock = self._setup()\n        sock.close()\n');
    const other = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('other.py'));
    expect(other.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([[7, 'skipped', 'listening socket']]);
    expect(other[0].message).toContain('via Base._setup(), via Server._setup()');
    rmSync(path.join(dir, 'pkg/other.py'));
    // One that hands the method to a timer has callers this search cannot see: the fix is unsafe.
    write('pkg/leaf.py', 'import threading\n\nfrom pkg.server import Server\n\n\nclass Leaf(Server):\n    def later(self, sock):\n        threading.Timer(1.0, self._drop, args=(sock,)).start()\n');
    expect(sites()).toEqual([[17, 'fix-unsafe', 'likely socket']]);
    // Subclasses that pass connections, or override the method, keep the fix safe.
    write('pkg/leaf.py', 'import socket\n\nfrom pkg.server import Server\n\n\nclass Leaf(Server):\n    def again(self, addr):\n        self._drop(socket.create_connection(addr))\n\n\nclass Quiet(Leaf):\n    def _drop(self, sock):\n        pass\n');
    expect(sites()).toEqual([[17, 'fix-safe', '']]);
    expect(run(['--write', '.']).code).toBe(0);
    // The fixed method ends the connection while a makefile() reader still holds the socket: the peer sees EOF.
    expectPeerEof('from pkg.leaf import Leaf', ['c = socket.create_connection(srv.getsockname())'], 'c', 'Leaf()._drop(c)');
  });
  it('reads what the overrides in subclasses elsewhere of the method a base makes its socket with return', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/base.py',
      'import socket\n\n\nclass Endpoint(object):\n    def __init__(self, addr):\n        self.sock = self._make_socket(addr)\n\n    def _make_socket(self, addr):\n        return socket.create_connection(addr)\n\n    def close(self):\n        self.sock.close()\n',
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const sites = () => (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('base.py')).map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(sites()).toEqual([[12, 'fix-safe', '']]);
    // A subclass in another module makes it a listener by its override: the base's close is a listener's.
    write('pkg/server.py', 'import socket\n\nfrom pkg.base import Endpoint\n\n\nclass Listener(Endpoint):\n    def _make_socket(self, addr):\n        return socket.create_server(addr)\n');
    expect(sites()).toEqual([[12, 'skipped', 'listening socket']]);
    // And a subclass of it, in a third module, by its own override.
    write('pkg/server.py', 'from pkg.base import Endpoint\n\n\nclass Middle(Endpoint):\n    pass\n');
    write('pkg/leaf.py', 'import socket\n\nfrom pkg.server import Middle\n\n\nclass Leaf(Middle):\n    def _make_socket(self, addr):\n        sock = socket.socket()\n        sock.bind(addr)\n        sock.listen(5)\n        return sock\n');
    expect(sites()).toEqual([[12, 'skipped', 'listening socket']]);
    // An override that connects keeps the fix safe.
    write('pkg/leaf.py', 'import socket\n\nfrom pkg.server import Middle\n\n\nclass Leaf(Middle):\n    def _make_socket(self, addr):\n        return socket.create_connection(addr, timeout=5)\n');
    expect(sites()).toEqual([[12, 'fix-safe', '']]);
  });
  it('reads the elements of a collection that subclasses in other modules pass to a method they inherit', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/many.py', 'import socket\n\n\nclass Many(object):\n    def fetch(self, addrs):\n        self._drop_all([socket.create_connection(a) for a in addrs])\n\n    def _drop_all(self, socks):\n        for s in socks:\n            s.close()\n');
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const sites = () =>
      (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('many.py')).map((d) => [d.location.line, d.outcome, d.reason ?? '', d.message]);
    const sub = (make: string) => write('pkg/sub.py', `import socket\n\nfrom pkg.many import Many\n\n\nclass Sub(Many):\n    def again(self, addr):\n        conn = socket.${make}(addr)\n        self._drop_all([conn])\n`);
    sub('create_connection');
    expect(sites()).toEqual([
      [10, 'fix-safe', '', 's.close() without a prior shutdown() (socket.create_connection(), an element of what every caller of Many._drop_all() here and in its subclasses elsewhere passes)'],
    ]);
    sub('create_server');
    expect(sites()).toEqual([
      [
        10,
        'skipped',
        'listening socket',
        's is a listening socket (socket.create_server(), an element of what every caller of Many._drop_all() here and in its subclasses elsewhere passes); shutdown would stop the listener',
      ],
    ]);
  });
  it('follows a handler handed to a project server class that calls it with each connection (ryu\'s hub.StreamServer)', () => {
    write('pyproject.toml', '[project]\nname = "ctl"\n');
    write('ctl/__init__.py', '');
    write(
      'ctl/hub.py',
      'import eventlet\n\n\ndef spawn(*args, **kwargs):\n    return eventlet.spawn(*args, **kwargs)\n\n\nclass StreamServer(object):\n    def __init__(self, listen_info, handle=None):\n        self.server = eventlet.listen(listen_info)\n        self.handle = handle\n\n    def serve_forever(self):\n        while True:\n            sock, addr = self.server.accept()\n            spawn(self.handle, sock, addr)\n\n\nclass Relay(object):\n    def __init__(self, listen_info, handle):\n        self.server = eventlet.listen(listen_info)\n        self.handle = handle\n\n    def serve_forever(self):\n        sock, addr = self.server.accept()\n        self.handle(sock.recv(100))\n',
    );
    write(
      'ctl/app.py',
      'from ctl.hub import StreamServer, Relay\n\n\nclass Station(object):\n    def start(self):\n        StreamServer(("0.0.0.0", 11019), self.loop).serve_forever()\n\n    def loop(self, sock, addr):\n        sock.close()\n\n\ndef factory(conn, address):\n    conn.close()\n\n\ndef on_data(sock):\n    sock.close()\n\n\nStreamServer(("0.0.0.0", 6633), handle=factory)\nRelay(("0.0.0.0", 6634), on_data)\n',
    );
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const sites = (args: string[]) => (JSON.parse(run(['--output-format', 'json', '--show-skipped', ...args]).stdout).diagnostics as D[]).map((d) => [d.location.line, d.outcome, d.reason ?? '', d.message]);
    const expected = [
      [9, 'fix-safe', '', 'sock.close() without a prior shutdown() (the connection StreamServer accepted)'],
      [13, 'fix-safe', '', 'conn.close() without a prior shutdown() (the connection StreamServer accepted)'],
      [17, 'fix-unsafe', 'likely socket', 'sock.close() without a prior shutdown(); sock is a socket only by its name'],
    ];
    // As pre-commit runs it (the server's module read on demand), and as a whole project.
    expect(sites(['ctl/app.py'])).toEqual(expected);
    expect(sites(['.'])).toEqual(expected);
  });
  it('screens the project\'s tests in a run that names a few of its files (pre-commit)', () => {
    write('pyproject.toml', '[project]\nname = "srv"\n');
    write('src/srv/__init__.py', '');
    write('src/srv/server.py', 'import asyncore\n\n\nclass Acceptor(asyncore.dispatcher):\n    def handle_accepted(self, sock, addr):\n        sock.close()\n');
    write('src/srv/patched.py', 'import socket\n\n\ndef ping(addr):\n    s = socket.create_connection(addr)\n    s.close()\n');
    // (a double with its own shutdown(): the fix stays unsafe)
    write('tests/test_server.py', 'from srv import server\n\n\nclass DummySock:\n    def close(self):\n        pass\n\n    def shutdown(self, how):\n        pass\n\n\ndef test_default():\n    inst = server.Acceptor()\n    inst.handle_accepted(DummySock(), "1")\n');
    write('tests/conftest.py', 'from srv import patched\nfrom tests import fake_socket\n\npatched.socket = fake_socket\n');
    // Ignored by git: not part of the project's tests.
    write('.gitignore', 'scratch/\n');
    write('scratch/test_more.py', 'from srv import patched\n');
    type D = { path: string; outcome: string; reason?: string };
    const outcomes = (args: string[]) => (JSON.parse(run(['--output-format', 'json', ...args]).stdout).diagnostics as D[]).map((d) => [d.path, d.outcome, d.reason ?? '']).sort();
    const whole = outcomes(['.']);
    expect(whole).toEqual([
      ['src/srv/patched.py', 'fix-unsafe', 'socket module patched'],
      ['src/srv/server.py', 'fix-unsafe', 'test doubles'],
    ]);
    expect(outcomes(['src/srv/server.py', 'src/srv/patched.py'])).toEqual(whole);
    expect(outcomes(['src'])).toEqual(whole);
    // A loose directory, with no pyproject.toml, setup.py, setup.cfg or .git above it, is not walked for tests.
    rmSync(path.join(dir, 'pyproject.toml'));
    expect(outcomes(['src/srv/server.py', 'src/srv/patched.py'])).toEqual([
      ['src/srv/patched.py', 'fix-safe', ''],
      ['src/srv/server.py', 'fix-safe', ''],
    ]);
  });
  it('follows factories and classes into the project modules a file imports, read on demand', () => {
    write('pyproject.toml', '[project]\nname = "svc"\nrequires-python = ">=3.8"\n');
    write('src/svc/__init__.py', '');
    write(
      'src/svc/factory.py',
      'import socket\n\n\ndef connect(addr):\n    return socket.create_connection(addr)\n\n\ndef create_and_bind(addr):\n    s = socket.socket()\n    s.bind(addr)\n    s.listen(5)\n    return s\n\n\nclass Conn:\n    def __init__(self, sock):\n        self.sock = sock\n\n    def close(self):\n        self.sock.close()\n',
    );
    write(
      'src/svc/app.py',
      'from svc.factory import connect\nfrom .factory import create_and_bind, Conn\nfrom . import factory\n\n\ndef run(addr):\n    s = connect(addr)\n    s.close()\n    srv = create_and_bind(addr)\n    srv.close()\n    conn = Conn(s)\n    conn.close()\n    t = factory.connect(addr)\n    t.close()\n',
    );
    // As pre-commit runs it: one file named, its imports read on demand.
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'src/svc/app.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [8, 'fix-safe', ''],
      [10, 'skipped', 'listening socket'],
      [14, 'fix-safe', ''],
    ]);
    expect(run(['--write', 'src/svc/app.py']).code).toBe(0);
    const fixed = readFileSync(path.join(dir, 'src/svc/app.py'), 'utf8');
    expect(fixed).toContain('s.shutdown(socket.SHUT_RDWR)');
    expect(fixed).toContain('t.shutdown(socket.SHUT_RDWR)');
    expect(fixed).toContain('    srv.close()\n');
    // The imported module itself is only read, never written.
    expect(readFileSync(path.join(dir, 'src/svc/factory.py'), 'utf8')).not.toContain('shutdown');
  });

  it('follows self.X into base classes of other project modules, with the kind their methods give it', () => {
    write('setup.py', 'from setuptools import setup\nsetup(name="pkg")\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/base.py',
      'import socket\n\n\nclass Connection:\n    def connect(self, addr):\n        self.sock = socket.create_connection(addr)\n\n\nclass Listener:\n    def start(self, addr):\n        self.sock = socket.socket()\n        self.sock.bind(addr)\n        self.sock.listen(5)\n',
    );
    write('pkg/client.py', 'from pkg.base import Connection, Listener\n\n\nclass Client(Connection):\n    def close(self):\n        self.sock.close()\n\n\nclass Server(Listener):\n    def stop(self):\n        self.sock.close()\n');
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/client.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [6, 'fix-safe', ''],
      [11, 'skipped', 'listening socket'],
    ]);
  });

  it('follows super().m() and self.m() into the methods of base classes in other project modules', () => {
    write('setup.py', 'from setuptools import setup\nsetup(name="pkg")\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/base.py',
      'import socket\n\n\nclass Connection:\n    def _connect(self, addr):\n        return socket.create_connection(addr)\n\n\nclass Listener:\n    def _connect(self, addr):\n        return socket.create_server(addr)\n',
    );
    write(
      'pkg/tls.py',
      'from pkg.base import Connection, Listener\n\n\nclass TLSConnection(Connection):\n    def _connect(self, addr):\n        sock = super()._connect(addr)\n        sock.close()\n\n    def reconnect(self, addr):\n        sock = self._connect(addr)\n        sock.close()\n\n\nclass TLSListener(Listener):\n    def _connect(self, addr):\n        sock = super(TLSListener, self)._connect(addr)\n        sock.close()\n\n\nclass Plain(Connection):\n    def again(self, addr):\n        sock = self._connect(addr)\n        sock.close()\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/tls.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [7, 'fix-safe', ''],
      // (the class's own _connect(), which returns nothing)
      [11, 'skipped', 'not a socket'],
      [17, 'skipped', 'listening socket'],
      [23, 'fix-safe', ''],
    ]);
  });

  it('counts a subclass\'s override of the factory method a base class of another module assigns self.X from', () => {
    write('setup.py', 'from setuptools import setup\nsetup(name="pkg")\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/base.py',
      'import socket\n\n\nclass Endpoint:\n    def __init__(self, addr):\n        self.addr = addr\n        self.sock = self._make_socket()\n\n    def _make_socket(self):\n        return socket.create_connection(self.addr)\n',
    );
    write(
      'pkg/server.py',
      'import socket\n\nfrom pkg.base import Endpoint\n\n\nclass Listener(Endpoint):\n    def _make_socket(self):\n        sock = socket.socket()\n        sock.bind(self.addr)\n        sock.listen(5)\n        return sock\n\n    def stop(self):\n        self.sock.close()\n\n\nclass Client(Endpoint):\n    def _make_socket(self):\n        return socket.create_connection(self.addr, timeout=5)\n\n    def stop(self):\n        self.sock.close()\n\n\nclass Plain(Endpoint):\n    def stop(self):\n        self.sock.close()\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/server.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [14, 'skipped', 'listening socket'],
      [22, 'fix-safe', ''],
      [27, 'fix-safe', ''],
    ]);
  });

  it('takes what a mixin\'s self.method() returns where every class that mixes it in has the method from a base of another module', () => {
    write('pyproject.toml', '[project]\nname = "suite"\n');
    write(
      'base.py',
      'import socket\n\n\nclass ServerTest(object):\n    @classmethod\n    def openConnection(cls, port):\n        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n        sock.connect(("127.0.0.1", port))\n        return sock\n\n    def openListener(self):\n        sock = socket.socket()\n        sock.bind(("127.0.0.1", 0))\n        sock.listen(1)\n        return sock\n',
    );
    write(
      'test_conn.py',
      'from base import ServerTest\n\n\nclass ConnTests(object):\n    def checkConnection(self):\n        sock = self.openConnection(self._port)\n        sock.sendall(b"x")\n        sock.close()\n\n    def checkListener(self):\n        sock = self.openListener()\n        sock.close()\n\n\nclass OtherTests(object):\n    def checkConnection(self):\n        sock = self.openConnection(self._port)\n        sock.close()\n\n\nclass TestPlain(ServerTest, ConnTests):\n    _port = 5300\n\n\nclass TestTLS(ServerTest, ConnTests):\n    _port = 5301\n\n\nclass TestBare(OtherTests):\n    _port = 5302\n\n\nclass TestMixed(ServerTest, OtherTests):\n    _port = 5303\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'test_conn.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [8, 'fix-safe', ''],
      [12, 'skipped', 'listening socket'],
      // (TestBare mixes OtherTests in without a base that has openConnection(): a socket only by its name)
      [18, 'fix-unsafe', 'likely socket'],
    ]);
    expect(JSON.parse(r.stdout).diagnostics[0].message).toContain('via ServerTest.openConnection()');
  });

  it('takes what a method of a class in another project module returns through a local name, when that is a definite socket', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/config.py',
      'import socket\n\n\nclass Config:\n    def bind_socket(self, addr):\n        sock = socket.socket()\n        sock.bind(addr)\n        sock.set_inheritable(True)\n        return sock\n\n    def open_connection(self, addr):\n        sock = socket.socket()\n        sock.connect(addr)\n        return sock\n\n    def wrapped(self, addr):\n        conn = Wrapper(self.open_connection(addr))\n        return conn\n\n\nclass Wrapper:\n    def __init__(self, sock):\n        self.sock = sock\n\n    def shutdown(self, how):\n        self.sock.shutdown(how)\n\n    def close(self):\n        self.sock.close()\n',
    );
    write(
      'pkg/main.py',
      'from pkg.config import Config\n\n\ndef run(addr):\n    config = Config()\n    sock = config.bind_socket(addr)\n    sock.close()\n    conn = config.open_connection(addr)\n    conn.close()\n    other = config.wrapped(addr)\n    other.close()\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/main.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [7, 'skipped', 'not connected'],
      [9, 'fix-safe', ''],
      // (not line 11: a wrapper with its own shutdown(how) is only a likely socket, and a method that returns one
      // through a name says nothing of it, so `other`, not named like a socket, is not reported)
    ]);
  });

  it('reads the threads another project module starts on a function as its calls (eventlet.spawn_n(f, sock=sock), Thread(target=m.f, args=...))', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/util.py', 'def shutdown_server(sock, pool, wait_time=2):\n    pool.resize(0)\n    sock.close()\n\n\ndef finish(conn):\n    conn.sendall(b"bye")\n    conn.close()\n\n\ndef drop(conn):\n    conn.close()\n');
    write(
      'pkg/app.py',
      'import threading\n\nimport eventlet\n\nfrom pkg import util\nfrom pkg.util import shutdown_server\n\n\ndef run(host, port, pool):\n    sock = eventlet.listen((host, port))\n\n    def queue_shutdown(signum, frame):\n        eventlet.spawn_n(shutdown_server, sock=sock, pool=pool, wait_time=3)\n\n    return queue_shutdown\n\n\ndef serve(listener, args):\n    conn, _ = listener.accept()\n    threading.Thread(target=util.finish, args=(conn,)).start()\n    threading.Thread(target=util.drop, args=args).start()\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', '.']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [3, 'skipped', 'listening socket'],
      [8, 'fix-safe', ''],
      // (not line 12: a thread whose arguments cannot be read passes drop() nothing known)
    ]);
  });

  it('counts what a function of another project module does to the socket passed to it (it accepts, binds, sets SO_LINGER)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/netutil.py',
      'import socket\nimport struct\n\n\ndef add_accept_handler(sock, callback):\n    def accept_handler(fd, events):\n        connection, address = sock.accept()\n        callback(connection, address)\n    return accept_handler\n\n\ndef bind_to(sock, addr):\n    _bind(sock, addr)\n\n\ndef _bind(s, addr):\n    s.bind(addr)\n\n\ndef abort_on_close(sock):\n    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))\n\n\ndef send_all(sock, data):\n    sock.sendall(data)\n',
    );
    write(
      'pkg/app.py',
      'import socket\n\nfrom pkg import netutil\nfrom pkg.netutil import add_accept_handler, send_all\n\n\ndef serve(addr):\n    s = socket.socket()\n    s.setblocking(False)\n    add_accept_handler(s, print)\n    s.close()\n\n\ndef bound(addr):\n    s = socket.socket()\n    netutil.bind_to(s, addr)\n    s.close()\n\n\ndef reset(addr):\n    c = socket.create_connection(addr)\n    netutil.abort_on_close(c)\n    c.close()\n\n\ndef client(addr):\n    c = socket.create_connection(addr)\n    send_all(c, b"x")\n    c.close()\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/app.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string; message: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [11, 'skipped', 'listening socket'],
      [17, 'skipped', 'not connected'],
      [23, 'skipped', 'abortive close'],
      [29, 'fix-safe', ''],
    ]);
    expect(JSON.parse(r.stdout).diagnostics[0].message).toContain('(in add_accept_handler())');
  });

  it('follows the tuples and lists a factory in another module returns (tornado\'s bind_sockets, bind_unused_port)', () => {
    write('setup.cfg', '[metadata]\nname = web\n');
    write('web/__init__.py', '');
    write(
      'web/netutil.py',
      'import socket\n\n\ndef bind_sockets(port):\n    sockets = []\n    for res in socket.getaddrinfo(None, port, 0, socket.SOCK_STREAM):\n        sock = socket.socket(res[0], res[1], res[2])\n        sock.bind(res[4])\n        sock.listen(128)\n        sockets.append(sock)\n    return sockets\n\n\ndef bind_unused_port():\n    sock = bind_sockets(0)[0]\n    return sock, sock.getsockname()[1]\n\n\ndef connected_pair():\n    a, b = socket.socketpair()\n    return a, b\n',
    );
    write(
      'web/test_net.py',
      'from web import netutil\nfrom web.netutil import bind_unused_port, connected_pair\n\n\ndef test_ports():\n    sockets = netutil.bind_sockets(0)\n    for sock in sockets:\n        sock.close()\n    server_sock, port = bind_unused_port()\n    server_sock.close()\n    left, right = connected_pair()\n    left.close()\n    right.close()\n',
    );
    const r = run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'web/test_net.py']);
    const got = JSON.parse(r.stdout).diagnostics.map((d: { location: { line: number }; outcome: string; reason?: string }) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(got).toEqual([
      [8, 'skipped', 'listening socket'],
      [10, 'skipped', 'listening socket'],
      [12, 'fix-safe', ''],
      [13, 'fix-safe', ''],
    ]);
  });
  it('takes a parameter from every caller in the project when the run covers it, and only then', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/handler.py',
      'class Handler:\n    def __init__(self, conn, addr):\n        self.conn = conn\n        self.addr = addr\n\n    def finish(self):\n        self.conn.close()\n\n\ndef close_quietly(sock):\n    sock.close()\n\n\ndef stop(sock):\n    sock.close()\n\n\ndef hand_off(sock):\n    sock.close()\n\n\ndef drop(sock):\n    sock.close()\n',
    );
    write(
      'pkg/server.py',
      'import socket\nfrom pkg.handler import Handler, close_quietly\nfrom pkg import handler\n\n\ndef serve(addr, register):\n    srv = socket.create_server(addr)\n    conn, peer = srv.accept()\n    Handler(conn, peer).finish()\n    c = socket.create_connection(addr)\n    close_quietly(c)\n    handler.stop(srv)\n    register(handler.hand_off)\n    handler.hand_off(c)\n    handler.drop(c)\n',
    );
    // A test hands drop() a double without shutdown().
    write('tests/test_handler.py', 'from pkg.handler import drop\n\n\nclass FakeSock:\n    def close(self):\n        pass\n\n\ndef test_drop():\n    drop(FakeSock())\n');
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const sites = (args: string[]) =>
      (JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', ...args]).stdout).diagnostics as D[])
        .filter((d) => d.path.endsWith('handler.py'))
        .map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(sites(['.'])).toEqual([
      [7, 'fix-safe', ''], // Handler(conn, peer) with conn from accept()
      [11, 'fix-safe', ''], // close_quietly(create_connection())
      [15, 'skipped', 'listening socket'], // stop(create_server())
      [19, 'fix-unsafe', 'likely socket'], // hand_off is also passed as a callback: some callers are unseen
      [23, 'skipped', 'not a socket'], // drop() also gets the test's FakeSock
    ]);
    // As pre-commit runs it: callers in files the run does not cover stay unseen, so nothing is proven.
    expect(sites(['pkg/handler.py']).every(([, outcome]) => outcome !== 'fix-safe')).toBe(true);
    expect(run(['--write', '.']).code).toBe(1);
    const fixed = read('pkg/handler.py');
    expect(fixed).toContain('        try:\n            self.conn.shutdown(socket.SHUT_RDWR)\n');
    expect(fixed).toMatch(/^import socket\n/);
    expect(spawnSync('python3', ['-c', 'import pkg.server, pkg.handler'], { cwd: dir }).status).toBe(0);
  });
  it('leaves a MicroPython package alone: a manifest.py that packages it says its sockets have no shutdown()', () => {
    // Ex) micropython-lib's umqtt.simple: umqtt/simple.py imports only socket, struct and binascii
    write('pyproject.toml', '[project]\nname = "lib"\n');
    write('micropython/umqtt.simple/manifest.py', 'metadata(description="MQTT client", version="1.8.0")\n\nrequire("ssl")\n\npackage("umqtt")\n');
    const client = 'import socket\n\n\nclass MQTTClient:\n    def connect(self, addr):\n        self.sock = socket.socket()\n        self.sock.connect(addr)\n\n    def disconnect(self):\n        self.sock.close()\n';
    write('micropython/umqtt.simple/umqtt/simple.py', client);
    // A manifest.py that is not MicroPython's (a plain script of that name) says nothing
    write('tools/manifest.py', 'import json\nprint(json.dumps({}))\n');
    write('tools/client.py', client);
    type D = { path: string; outcome: string; reason?: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    const at = (p: string) => diags.find((d) => d.path.endsWith(p))!;
    expect(at('umqtt/simple.py').outcome).toBe('skipped');
    expect(at('umqtt/simple.py').reason).toBe('MicroPython');
    expect(at('umqtt/simple.py').message).toContain('umqtt.simple/manifest.py');
    expect(at('tools/client.py').outcome).toBe('fix-safe');
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('tools/client.py')).toContain('self.sock.shutdown(');
    expect(read('micropython/umqtt.simple/umqtt/simple.py')).toBe(client);
  });
  it('leaves MicroPython\'s own source tree alone (its root has py/mpconfig.h), but not its host tools', () => {
    // Ex) micropython/tests/multi_net/tcp_data.py: plain `import socket`, run on the board by run-multitests.py
    write('py/mpconfig.h', '#ifndef MICROPY_INCLUDED_PY_MPCONFIG_H\n#define MICROPY_INCLUDED_PY_MPCONFIG_H\n#endif\n');
    const client = 'import socket\n\n\ndef instance1(addr):\n    s = socket.socket()\n    s.connect(addr)\n    s.send(b"client to server")\n    print(s.recv(16))\n    s.close()\n';
    write('tests/multi_net/tcp_data.py', client);
    write('examples/network/http_client.py', client);
    write('tools/host_client.py', client);
    type D = { path: string; outcome: string; reason?: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    const at = (p: string) => diags.find((d) => d.path.endsWith(p))!;
    for (const p of ['tests/multi_net/tcp_data.py', 'examples/network/http_client.py']) {
      expect(at(p).outcome).toBe('skipped');
      expect(at(p).reason).toBe('MicroPython');
      expect(at(p).message).toContain('py/mpconfig.h');
    }
    expect(at('tools/host_client.py').outcome).toBe('fix-safe');
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('tests/multi_net/tcp_data.py')).toBe(client);
    expect(read('tools/host_client.py')).toContain('s.shutdown(');
  });
  it('finds a module where a test directory puts its parent on sys.path, itself or through the helper it imports', () => {
    // Ex) mosquitto's test/broker/*.py: from mosq_test_helper import *, whose sys.path.insert() finds test/mosq_test.py
    write('pyproject.toml', '[project]\nname = "t"\n');
    write('test/mq.py', 'import socket\n\n\ndef client(port):\n    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    sock.connect(("127.0.0.1", port))\n    return sock\n');
    write(
      'test/broker/helper.py',
      'import inspect, os, sys\n\ncmd_subfolder = os.path.realpath(os.path.abspath(os.path.join(os.path.split(inspect.getfile(inspect.currentframe()))[0], "..")))\nif cmd_subfolder not in sys.path:\n    sys.path.insert(0, cmd_subfolder)\n\nimport mq\n',
    );
    write('test/broker/01-client.py', 'from helper import *\n\n\ndef run(port):\n    sock = mq.client(port)\n    sock.close()\n');
    write('test/broker/direct.py', 'import os\nimport sys\n\nsys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))\nimport mq\n\n\ndef run(port):\n    sock = mq.client(port)\n    sock.close()\n');
    // A path from the working directory says nothing of where the file is: not followed
    write('test/broker/cwd.py', 'import os\nimport sys\n\nsys.path.insert(0, os.path.join(os.getcwd(), ".."))\nimport mq\n\n\ndef run(port):\n    sock = mq.client(port)\n    sock.close()\n');
    type D = { path: string; outcome: string; reason?: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    const outcome = (name: string) => diags.find((d) => d.path.endsWith(`broker/${name}.py`))?.outcome;
    expect(outcome('01-client')).toBe('fix-safe');
    expect(outcome('direct')).toBe('fix-safe');
    expect(outcome('cwd')).toBe('fix-unsafe');
    expect(run(['--write', '.']).code).toBe(1);
    // Run where the scripts run: the rewritten client ends the connection for the peer.
    const check = 'import importlib, socket\nsrv = socket.create_server(("127.0.0.1", 0))\nfor name in ("01-client", "direct"):\n    importlib.import_module(name).run(srv.getsockname()[1])\n    c, _ = srv.accept()\n    assert c.recv(1) == b""\n';
    expect(spawnSync('python3', ['-c', check], { cwd: path.join(dir, 'test', 'broker'), encoding: 'utf8' }).stderr).toBe('');
    expect(read('test/broker/01-client.py')).toContain('    try:\n        sock.shutdown(');
  });
  it('guards with `except Exception` in a module that runs on MicroPython too, and the rewrite runs on both', () => {
    // Ex) pylogix: if not is_micropython(): ...   (MicroPython's socket module has no SHUT_RDWR or error, its sockets no shutdown())
    write(
      'plc.py',
      'import socket\nimport sys\n\n\ndef is_micropython():\n    return sys.implementation.name == "micropython"\n\n\nclass Connection(object):\n    def __init__(self, addr):\n        self.sock = socket.socket()\n        self.sock.connect(addr)\n\n    def close(self):\n        self.sock.close()\n',
    );
    type D = { outcome: string; message: string };
    const [d] = JSON.parse(run(['--output-format', 'json', 'plc.py']).stdout).diagnostics as D[];
    expect(d.outcome).toBe('fix-safe');
    expect(d.message).toContain('the module runs on MicroPython too (is_micropython())');
    expect(run(['--write', 'plc.py']).code).toBe(0);
    expect(read('plc.py')).toContain('            self.sock.shutdown(socket.SHUT_RDWR)\n        except Exception:\n            pass\n        self.sock.close()\n');
    // On CPython the peer sees the end; with a socket module as MicroPython's (no SHUT_RDWR, no error, sockets without
    // shutdown()) the close still runs, and the peer sees the end too
    const check = (micro: boolean) =>
      [
        'import socket as real, sys, types',
        'srv = real.create_server(("127.0.0.1", 0))',
        ...(micro
          ? [
              'class S(object):',
              '    def __init__(self): self._s = real.socket()',
              '    def connect(self, a): self._s.connect(a)',
              '    def close(self): self._s.close()',
              'fake = types.ModuleType("socket"); fake.socket = S; sys.modules["socket"] = fake',
            ]
          : []),
        'import plc',
        'c = plc.Connection(srv.getsockname())',
        'peer, _ = srv.accept()',
        'c.close()',
        'assert peer.recv(1) == b""',
      ].join('\n');
    for (const micro of [false, true]) expect(spawnSync('python3', ['-c', check(micro)], { cwd: dir, encoding: 'utf8' }).stderr, String(micro)).toBe('');
  });
  it('follows `from . import name` to a function of the package __init__.py (psutil tests)', () => {
    // Ex) psutil's tests/test_connections.py: from . import bind_socket, where tests/__init__.py defines it
    write('pyproject.toml', '[project]\nname = "t"\n');
    write(
      'tests/__init__.py',
      'import socket\n\n\ndef bind_socket(family=socket.AF_INET, type=socket.SOCK_STREAM, addr=("127.0.0.1", 0)):\n    sock = socket.socket(family, type)\n    sock.bind(addr)\n    if type == socket.SOCK_STREAM:\n        sock.listen(5)\n    return sock\n\n\ndef tcp_pair(addr):\n    server = bind_socket(addr=addr)\n    client = socket.create_connection(server.getsockname())\n    conn, _ = server.accept()\n    server.close()\n    return conn, client\n',
    );
    write(
      'tests/test_conns.py',
      'from contextlib import closing\n\nfrom . import bind_socket\nfrom . import tcp_pair\n\n\ndef test_listen():\n    with closing(bind_socket()) as sock:\n        assert sock.getsockname()\n\n\ndef test_pair():\n    server, client = tcp_pair(("127.0.0.1", 0))\n    server.close()\n    data = client.recv(1)\n    client.close()\n    return data\n',
    );
    type D = { path: string; line: number; outcome: string; reason?: string; message: string };
    const diags = (JSON.parse(run(['--output-format', 'json', '--show-skipped', 'tests/test_conns.py']).stdout).diagnostics as D[]).map((d) => ({ ...d, line: (d as unknown as { location: { line: number } }).location.line }));
    expect(diags.find((d) => d.line === 8)).toMatchObject({ outcome: 'skipped', reason: 'listening socket' });
    expect(diags.find((d) => d.line === 8)!.message).toContain('via .bind_socket()');
    expect(diags.find((d) => d.line === 14)).toMatchObject({ outcome: 'fix-safe' });
    expect(diags.find((d) => d.line === 16)).toMatchObject({ outcome: 'fix-safe' });
    expect(run(['--write', 'tests/test_conns.py']).code).toBe(0);
    // The rewritten test runs: the server's shutdown reaches the client as the end of the stream
    const check = 'from tests import test_conns\ntest_conns.test_listen()\nassert test_conns.test_pair() == b""\n';
    expect(spawnSync('python3', ['-c', check], { cwd: dir, encoding: 'utf8' }).stderr).toBe('');
  });
  it('reads a star import of the module itself (as pyspark tests run as scripts do) as binding nothing new', () => {
    // Ex) pyspark/tests/test_daemon.py: if __name__ == "__main__": from pyspark.tests.test_daemon import *
    write('pyproject.toml', '[project]\nname = "t"\n');
    write('pkg/__init__.py', '');
    write('pkg/tests/__init__.py', '');
    const test = (self: string) =>
      `import unittest\n\n\nclass DaemonTests(unittest.TestCase):\n    def connect(self, port):\n        from socket import socket, AF_INET, SOCK_STREAM\n        sock = socket(AF_INET, SOCK_STREAM)\n        sock.connect(("127.0.0.1", port))\n        sock.send(b"x")\n        sock.close()\n        return True\n\n\nif __name__ == "__main__":\n    from ${self} import *  # noqa: F401\n    unittest.main()\n`;
    write('pkg/tests/test_daemon.py', test('pkg.tests.test_daemon'));
    write('pkg/tests/test_plain.py', test('test_plain'));
    // Another module's star import, with no __all__ and a star import of its own, may still bind any name
    write('pkg/tests/helper.py', 'from os import *\n');
    write('pkg/tests/test_other.py', test('pkg.tests.helper'));
    type D = { path: string; outcome: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '.']).stdout).diagnostics as D[];
    const outcome = (name: string) => diags.find((d) => d.path.endsWith(`${name}.py`))!;
    expect(outcome('test_daemon').outcome).toBe('fix-safe');
    expect(outcome('test_plain').outcome).toBe('fix-safe');
    expect(outcome('test_other').outcome).toBe('fix-unsafe');
    expect(outcome('test_other').message).toContain('`from pkg.tests.helper import *` may bind any name');
    expect(run(['--write', '--unsafe-fixes', '.']).code).toBe(0);
    // `socket` is the class in connect(): every rewritten test imports the names it writes (the unsafe one too)
    for (const name of ['test_daemon', 'test_plain', 'test_other']) expect(read(`pkg/tests/${name}.py`)).toContain('sock.shutdown(SHUT_RDWR)');
    const check = 'import importlib, socket\nsrv = socket.create_server(("127.0.0.1", 0))\nfor name in ("test_daemon", "test_plain", "test_other"):\n    t = importlib.import_module("pkg.tests." + name).DaemonTests()\n    assert t.connect(srv.getsockname()[1])\n    c, _ = srv.accept()\n    assert c.recv(8) == b"x"\n    assert c.recv(1) == b""\n';
    expect(spawnSync('python3', ['-c', check], { cwd: dir, encoding: 'utf8' }).stderr).toBe('');
  });
  it('takes the names a star import of a project module binds from its __all__, and only a sure one', () => {
    write('pyproject.toml', '[project]\nname = "t"\n');
    write('tests/__init__.py', '');
    const site = (support: string) => `import socket\nfrom ${support} import *\n\n\ndef test_peer(addr):\n    s = socket.create_connection(addr)\n    s.close()\n`;
    write('tests/support_all.py', '__all__ = ["helper", "Fake"]  # what a star import gives\n\n\ndef helper():\n    pass\n\n\nclass Fake(object):\n    pass\n');
    write('tests/support_socket.py', 'import socket as socket\n__all__ = ["socket"]\n');
    write('tests/support_extended.py', '__all__ = ["helper"]\n__all__ += ["other"]\n\n\ndef helper():\n    pass\n\n\ndef other():\n    pass\n');
    write('tests/support_none.py', 'import socket\n\n\ndef helper():\n    pass\n');
    write('tests/support_open.py', 'from os import *\n\n\ndef helper():\n    pass\n');
    for (const s of ['all', 'socket', 'extended', 'none', 'open']) write(`tests/test_${s}.py`, site(`support_${s}`));
    // The same star import below the test function: it runs after the def, so no import the fix adds binds last
    write('tests/test_late.py', 'import socket\n\n\ndef test_peer(addr):\n    s = socket.create_connection(addr)\n    s.close()\n\n\nfrom support_extended import *\n');
    type D = { path: string; outcome: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    const outcome = (name: string) => diags.find((d) => d.path.endsWith(`test_${name}.py`))!;
    expect(outcome('all').outcome).toBe('fix-safe');
    // `socket` may be rebound by the star import: the fix imports the names it writes from socket (below);
    // so without __all__, where the module's own `import socket` is one of the public names it gives
    expect(outcome('socket').outcome).toBe('fix-safe');
    expect(outcome('none').outcome).toBe('fix-safe');
    // a += to __all__, or no __all__ and a star import of its own: any name, but the fix's own import after it binds last
    for (const name of ['extended', 'open']) expect(outcome(name).outcome, name).toBe('fix-safe');
    expect(outcome('late').outcome).toBe('fix-unsafe');
    expect(outcome('late').message).toContain('`from support_extended import *` may bind any name');
    expect(run(['--write', '.']).code).toBe(1);
    expect(read('tests/test_extended.py')).toMatch(/^import socket\nfrom support_extended import \*\nfrom socket import SHUT_RDWR, error as socket_error\n\n\ndef test_peer/);
    // Run from tests/, as a test runner puts it on sys.path: the fixed test ends the connection for the peer.
    const check = 'import socket, threading\nimport test_all\nsrv = socket.create_server(("127.0.0.1", 0))\ntest_all.test_peer(srv.getsockname())\nc, _ = srv.accept()\nassert c.recv(1) == b""\n';
    expect(spawnSync('python3', ['-c', check], { cwd: path.join(dir, 'tests'), encoding: 'utf8' }).stderr).toBe('');
    expect(read('tests/test_all.py')).toContain('    try:\n        s.shutdown(socket.SHUT_RDWR)\n');
    expect(read('tests/test_socket.py')).toMatch(/^import socket\nfrom socket import SHUT_RDWR, error as socket_error\n\nfrom support_socket import \*\n/);
    expect(read('tests/test_socket.py')).toContain('        s.shutdown(SHUT_RDWR)\n');
    expect(read('tests/test_none.py')).toContain('        s.shutdown(SHUT_RDWR)\n');
    expect(spawnSync('python3', ['-c', 'import test_none, test_socket, test_extended, test_open'], { cwd: path.join(dir, 'tests'), encoding: 'utf8' }).stderr).toBe('');
    const checkOpen = 'import socket\nimport test_open\nsrv = socket.create_server(("127.0.0.1", 0))\ntest_open.test_peer(srv.getsockname())\nc, _ = srv.accept()\nassert c.recv(1) == b""\n';
    expect(spawnSync('python3', ['-c', checkOpen], { cwd: path.join(dir, 'tests'), encoding: 'utf8' }).stderr).toBe('');
  });
  it('follows a parameter passed on through a module that closes nothing itself', () => {
    // server.py -> relay.py (no close(): not analysed, its importers still indexed) -> util.py
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/util.py', 'def finish(sock):\n    sock.close()\n\n\ndef stop(sock):\n    sock.close()\n');
    write('pkg/relay.py', 'from pkg.util import finish, stop\n\n\ndef relay(conn):\n    finish(conn)\n\n\ndef park(listener):\n    stop(listener)\n');
    write(
      'pkg/server.py',
      'import socket\nfrom pkg import relay\n\n\ndef serve(addr):\n    srv = socket.create_server(addr)\n    conn, peer = srv.accept()\n    relay.relay(conn)\n    relay.park(srv)\n',
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('util.py'));
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      [2, 'fix-safe', ''],
      [6, 'skipped', 'listening socket'],
    ]);
    expect(diags[0].message).toContain('passed by every caller of relay() in the project');
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('pkg/util.py')).toMatch(/^import socket\n/);
    // The fixed finish() ends the connection for the peer (b sees EOF) and closes its socket.
    const check = 'import socket\nfrom pkg.util import finish\na, b = socket.socketpair()\nfinish(a)\nassert b.recv(1) == b"" and a.fileno() == -1\n';
    expect(spawnSync('python3', ['-c', check], { cwd: dir }).status).toBe(0);
  });
  it('follows the connection of an accept() pair held whole and indexed (conn[0]) into another module', () => {
    // shadowsocks' shape: conn = self._server_socket.accept(); TCPRelayHandler(..., conn[0], ...)
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/handler.py', 'class Handler(object):\n    def __init__(self, local_sock):\n        self._local_sock = local_sock\n\n    def destroy(self):\n        if self._local_sock:\n            self._local_sock.close()\n            self._local_sock = None\n');
    write(
      'pkg/server.py',
      'import socket\nfrom pkg.handler import Handler\n\n\nclass Server(object):\n    def __init__(self, addr):\n        self._server_socket = socket.create_server(addr)\n\n    def handle_event(self):\n        conn = self._server_socket.accept()\n        return Handler(conn[0])\n',
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('handler.py'));
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([[7, 'fix-safe', '']]);
    expect(diags[0].message).toContain('accept(), passed by every caller of Handler() in the project');
    expect(run(['--write', '.']).code).toBe(0);
    // The fixed destroy() ends the connection for the client (EOF) and closes the accepted socket.
    const check = [
      'import socket',
      'from pkg.server import Server',
      'srv = Server(("127.0.0.1", 0))',
      'c = socket.create_connection(srv._server_socket.getsockname())',
      'h = srv.handle_event()',
      'conn = h._local_sock',
      'h.destroy()',
      'assert c.recv(1) == b"" and conn.fileno() == -1',
      '',
    ].join('\n');
    const done = spawnSync('python3', ['-c', check], { cwd: dir, encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
  });
  it('follows the socket module a project module re-exports (swift\'s concurrency shim) and writes names that run there', () => {
    // swift's shape: swift/common/concurrency.py does `from eventlet.green import socket`; the others import it from there
    write('pyproject.toml', '[project]\nname = "svc"\n');
    write('svc/__init__.py', '');
    write('svc/compat.py', 'try:\n    from eventlet.green import socket\nexcept ImportError:\n    import socket\n');
    write(
      'svc/app.py',
      'from svc.compat import socket\n\n\ndef ping(addr):\n    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    s.connect(addr)\n    s.sendall(b"x")\n    s.close()\n    return s\n\n\ndef listener():\n    srv = socket.socket()\n    srv.bind(("127.0.0.1", 0))\n    srv.listen(5)\n    return srv\n\n\ndef stop(srv):\n    srv = socket.socket()\n    srv.bind(("127.0.0.1", 0))\n    srv.listen(5)\n    srv.close()\n',
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.path, d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      ['svc/app.py', 8, 'fix-safe', ''],
      ['svc/app.py', 23, 'skipped', 'listening socket'],
    ]);
    expect(run(['--write', '.']).code).toBe(0);
    const fixed = readFileSync(path.join(dir, 'svc/app.py'), 'utf8');
    // The module's own `socket` stays the shim's: the fix imports the constant and the error under names of their own.
    expect(fixed).toContain('from svc.compat import socket\n');
    expect(fixed).not.toMatch(/^import socket$/m);
    // The fixed ping() ends the connection: the peer reads its byte, then EOF.
    const check = [
      'from svc.app import listener, ping',
      'srv = listener()',
      'ping(srv.getsockname())',
      'conn, _ = srv.accept()',
      'conn.settimeout(5)',
      'assert conn.recv(1) == b"x" and conn.recv(1) == b""',
      '',
    ].join('\n');
    const done = spawnSync('python3', ['-c', check], { cwd: dir, encoding: 'utf8' });
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
  });
  it('skips the close of sockets a class hands to a child process through another module\'s function', () => {
    // uvicorn's reloader: get_subprocess(sockets=self.sockets) in _subprocess.py starts a spawn Process with them
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/_subprocess.py',
      'import multiprocessing\n\nspawn = multiprocessing.get_context("spawn")\n\n\ndef get_subprocess(config, target, sockets):\n    kwargs = {"config": config, "target": target, "sockets": sockets}\n    return spawn.Process(target=target, kwargs=kwargs)\n\n\ndef describe(config, sockets):\n    return "%s %d" % (config, len(sockets))\n',
    );
    write(
      'pkg/reload.py',
      'from pkg._subprocess import describe, get_subprocess\n\n\nclass Reloader(object):\n    def __init__(self, config, target, sockets):\n        self.config = config\n        self.target = target\n        self.sockets = sockets\n\n    def startup(self):\n        self.process = get_subprocess(self.config, self.target, sockets=self.sockets)\n        self.process.start()\n\n    def shutdown(self):\n        self.process.join()\n        for sock in self.sockets:\n            sock.close()\n\n\nclass Logger(object):\n    def __init__(self, config, socks):\n        self.config = config\n        self.socks = socks\n\n    def log(self):\n        return describe(self.config, self.socks)\n\n    def stop(self):\n        for sock in self.socks:\n            sock.close()\n',
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('reload.py'));
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      [17, 'skipped', 'fork handoff'],
      [30, 'fix-unsafe', 'likely socket'],
    ]);
    expect(diags[0].message).toContain('an element of self.sockets, which get_subprocess() at line 11 hands to a child process');
  });
  it('reads past importers that name the function only in a comment, a string or a longer word', () => {
    // Nine modules import util and hold `finish` without using it: each once counted against the eight
    // importers the search parses, and the search gave up before it could say "every caller"
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/util.py', 'def finish(sock):\n    sock.close()\n\n\ndef skip_unless_finish(f):\n    return f\n');
    for (let i = 0; i < 9; i++) {
      write(`pkg/m${i}.py`, `from pkg import util\n\n\n@util.skip_unless_finish\ndef about${i}():\n    """finish(sock) is for the server."""\n    return "finish"  # not finish(conn)\n`);
    }
    write('pkg/server.py', 'from pkg import util\n\n\ndef serve(srv):\n    conn, peer = srv.accept()\n    util.finish(conn)\n');
    type D = { path: string; outcome: string; message: string };
    const diags = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path.endsWith('util.py'));
    expect(diags.map((d) => d.outcome)).toEqual(['fix-safe']);
    expect(diags[0].message).toContain('passed by every caller of finish() in the project');
  });
  it('indexes a module named like an Object.prototype member (toString.py) as any other', () => {
    // The index once answered `toString` with Object.prototype's function: an internal error on util.py
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/util.py', 'def finish(sock):\n    sock.close()\n');
    write('pkg/toString.py', 'from pkg.util import finish\n\n\ndef relay(conn):\n    finish(conn)\n');
    write('pkg/server.py', 'import socket\nfrom pkg import toString\n\n\ndef serve(srv):\n    conn, peer = srv.accept()\n    toString.relay(conn)\n');
    const r = run(['--output-format', 'json', '--show-skipped', '.']);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.every((f: { status: string }) => f.status !== 'error')).toBe(true);
    expect(doc.diagnostics.map((d: { path: string; outcome: string }) => [path.basename(d.path), d.outcome])).toEqual([['util.py', 'fix-safe']]);
  });
  it('leaves callers in another project unparsed, and a function they name unproven', () => {
    // Two projects side by side, run together: b's `from pkg.helpers import finish` is its own pkg's (or an installed one)
    write('a/pyproject.toml', '[project]\nname = "a"\n');
    write('a/pkg/__init__.py', '');
    write('a/pkg/helpers.py', 'def finish(sock):\n    sock.close()\n\n\ndef done(sock):\n    sock.close()\n');
    write('a/pkg/app.py', 'import socket\nfrom pkg.helpers import done, finish\n\n\ndef main(addr):\n    finish(socket.create_connection(addr))\n    done(socket.create_connection(addr))\n');
    write('b/pyproject.toml', '[project]\nname = "b"\n');
    write('b/pkg/__init__.py', '');
    write('b/pkg/user.py', 'from pkg.helpers import finish\n\n\ndef main(thing):\n    finish(thing)\n');
    type D = { path: string; location: { line: number }; outcome: string; reason?: string };
    const sites = (JSON.parse(run(['--output-format', 'json', '--show-skipped', 'a', 'b']).stdout).diagnostics as D[])
      .filter((d) => d.path.endsWith('helpers.py'))
      .map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(sites).toEqual([
      [2, 'fix-unsafe', 'likely socket'], // b names finish(): a caller this search cannot place
      [6, 'fix-safe', ''], // done() is called only in a, with a connection
    ]);
  });
  it('takes a base class\'s __init__ parameter from its subclasses\' Base.__init__(self, sock) and super().__init__(sock) (rpyc\'s registry)', () => {
    write('pyproject.toml', '[project]\nname = "reg"\n');
    write(
      'reg.py',
      [
        'import socket',
        '',
        '',
        'class Server(object):',
        '    def __init__(self, listenersock, timeout=None):',
        '        self.sock = listenersock',
        '',
        '    def stop(self):',
        '        self.sock.close()',
        '',
        '',
        'class UDPServer(Server):',
        '    def __init__(self, host="127.0.0.1", port=0):',
        '        family, socktype, proto, _, sockaddr = socket.getaddrinfo(host, port, 0, socket.SOCK_DGRAM)[0]',
        '        sock = socket.socket(family, socktype, proto)',
        '        sock.bind(sockaddr)',
        '        Server.__init__(self, sock, timeout=1)',
        '',
        '',
        'class TCPServer(Server):',
        '    def __init__(self, host="127.0.0.1", port=0):',
        '        family, socktype, proto, _, sockaddr = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]',
        '        sock = socket.socket(family, socktype, proto)',
        '        sock.bind(sockaddr)',
        '        sock.listen(10)',
        '        super(TCPServer, self).__init__(sock)',
        '',
        '',
        'class Peer(object):',
        '    def __init__(self, conn):',
        '        self.conn = conn',
        '',
        '    def stop(self):',
        '        self.conn.close()',
        '',
        '',
        'class Dialer(Peer):',
        '    def __init__(self, addr):',
        '        super().__init__(socket.create_connection(addr))',
        '',
        '',
        'class Datagram(object):',
        '    def __init__(self, host, port):',
        '        family, socktype, proto, _, sockaddr = socket.getaddrinfo(host, port, 0, socket.SOCK_DGRAM)[0]',
        '        self.sock = socket.socket(family, socktype, proto)',
        '',
        '    def stop(self):',
        '        self.sock.close()',
        '',
      ].join('\n'),
    );
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'reg.py']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      [9, 'skipped', 'listening socket'], // TCPServer listens on what it hands up
      [34, 'fix-unsafe', 'likely socket'], // a connected socket from Dialer, but Peer(...) may be given anything
      [48, 'skipped', 'datagram socket'], // getaddrinfo(..., SOCK_DGRAM)[0] unpacked
    ]);
    expect(diags[0].message).toContain('listening in TCPServer.__init__()');
    expect(diags[1].message).toContain('passed by every caller of Peer.__init__() here');
    // Only the connected one is rewritten, and the registry still runs on loopback.
    run(['--write', '--unsafe-fixes', 'reg.py']);
    const fixed = read('reg.py');
    expect(fixed).toContain('        try:\n            self.conn.shutdown(socket.SHUT_RDWR)\n');
    expect(fixed.match(/shutdown/g)).toHaveLength(1);
    const py = 'import reg, socket\nt = reg.TCPServer(); u = reg.UDPServer()\nc = socket.create_connection(t.sock.getsockname()[:2])\na, _ = t.sock.accept(); p = reg.Peer(a)\np.stop(); assert c.recv(1) == b""\nt.stop(); u.stop(); c.close()\nprint("ok")\n';
    const r = spawnSync('python3', ['-c', py], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('ok');
  });
  it('follows a name a module re-exports, through if/else branches that agree (scapy\'s CANSocket), and tells a shutdown(how) wrapper from a memcache client', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', 'from .conn import Conn\n');
    write('pkg/supersocket.py', 'import socket\n\n\nclass SuperSocket:\n    def __init__(self, family=socket.AF_INET, type=socket.SOCK_STREAM):\n        self.ins = socket.socket(family, type)\n\n    def close(self):\n        self.ins.close()\n');
    write('pkg/native.py', 'from pkg.supersocket import SuperSocket\n\n\nclass CANSocket(SuperSocket):\n    pass\n');
    write('pkg/other.py', 'from pkg.supersocket import SuperSocket\n\n\nclass CANSocket(SuperSocket):\n    def send(self, x):\n        pass\n');
    write('pkg/cansocket.py', 'import sys\n\nif sys.platform == "linux":\n    from pkg.native import CANSocket\nelse:\n    from pkg.other import CANSocket\n');
    write(
      'pkg/conn.py',
      'import socket\n\n\nclass Conn(socket.socket):\n    pass\n\n\nclass Wrapped:\n    def __init__(self, sock):\n        self._sock = sock\n\n    def shutdown(self, how):\n        self._sock.shutdown(how)\n\n    def close(self):\n        self._sock.close()\n\n\nclass Memcache:\n    def __init__(self, sock):\n        self.sock = sock\n\n    def shutdown(self, graceful=False):\n        self.sock.sendall(b"shutdown\\r\\n")\n\n    def close(self):\n        self.sock.close()\n',
    );
    write(
      'pkg/tool.py',
      'import socket\nfrom pkg.cansocket import CANSocket\nfrom pkg import Conn\nfrom pkg.conn import Wrapped, Memcache\n\n\ndef can(ch):\n    can_socket = CANSocket(ch)\n    can_socket.close()\n\n\ndef conn():\n    sock = Conn()\n    sock.close()\n\n\ndef wrapped(addr):\n    sock = Wrapped(socket.create_connection(addr))\n    sock.close()\n\n\ndef cache(addr):\n    sock = Memcache(socket.create_connection(addr))\n    sock.close()\n',
    );
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/tool.py']).stdout).diagnostics as D[]);
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      [9, 'skipped', 'not a socket'], // both branches' CANSocket are SuperSockets, which have no shutdown()
      [14, 'fix-safe', ''], // pkg/__init__.py re-exports a socket.socket subclass
      [19, 'fix-unsafe', 'likely socket'], // a wrapper with its own shutdown(how)
      [24, 'skipped', 'not a socket'], // shutdown(graceful=False) is no socket's
    ]);
    expect(diags[2].message).toContain('pkg.conn.Wrapped is a project class with its own shutdown(how)');
    // If one branch's class were a socket, the name would be nothing known.
    write('pkg/other.py', 'import socket\n\n\nclass CANSocket(socket.socket):\n    pass\n');
    const again = (JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/tool.py']).stdout).diagnostics as D[]);
    expect(again.map((d) => [d.location.line, d.outcome, d.reason ?? ''])[0]).toEqual([9, 'fix-unsafe', 'likely socket']);
    run(['--write', '--unsafe-fixes', 'pkg/tool.py']);
    const fixed = read('pkg/tool.py');
    expect(fixed).toContain('sock.shutdown(socket.SHUT_RDWR)');
    expect(fixed).not.toMatch(/Memcache\(socket\.create_connection\(addr\)\)\n\s+try:/);
    expect(spawnSync('python3', ['-c', 'import pkg.tool'], { cwd: dir }).status).toBe(0);
  });
  it('reads PEP 484 type comments and module-level class aliases as annotations (scapy\'s SuperSocket)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/supersocket.py', 'import socket\n\n\nclass SuperSocket(object):\n    def __init__(self, sock):\n        self.ins = sock\n\n    def close(self):\n        self.ins.close()\n');
    write(
      'pkg/isotp.py',
      'import sys\nfrom pkg.supersocket import SuperSocket\n\n\nclass NativeSocket(SuperSocket):\n    pass\n\n\nclass SoftSocket(SuperSocket):\n    pass\n\n\nif sys.platform == "linux":\n    ISOTPSocket = NativeSocket\nelse:\n    ISOTPSocket = SoftSocket\n',
    );
    write(
      'pkg/tool.py',
      [
        'import socket',
        'from pkg.supersocket import SuperSocket',
        'from pkg.isotp import ISOTPSocket',
        '',
        '',
        'def send(x, iface=None,',
        '         socket=None,  # type: Optional[SuperSocket]',
        '         ):',
        '    # type: (...) -> None',
        '    socket = socket or make(iface)',
        '    socket.close()',
        '',
        '',
        'class Automaton(object):',
        '    def __init__(self, factory):',
        '        self.send_sock = None  # type: Optional[SuperSocket]',
        '        self.factory = factory',
        '',
        '    def run(self):',
        '        self.send_sock = self.factory()',
        '',
        '    def stop(self):',
        '        self.send_sock.close()',
        '',
        '',
        'def scan(ch):',
        '    isock = ISOTPSocket(ch)',
        '    isock.close()',
        '',
        '',
        'def plain(make):',
        '    sock = make()  # type: ignore',
        '    sock.close()',
        '',
        '',
        'def typed(make):',
        '    sock = make()  # type: socket.socket',
        '    sock.close()',
        '',
      ].join('\n'),
    );
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'pkg/tool.py']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      [11, 'skipped', 'not a socket'], // the parameter's type comment
      [23, 'skipped', 'not a socket'], // the attribute's type comment
      [28, 'skipped', 'not a socket'], // ISOTPSocket = NativeSocket / SoftSocket: both SuperSockets
      [33, 'fix-unsafe', 'likely socket'], // `# type: ignore` says nothing
      [38, 'fix-unsafe', 'likely socket'], // `# type: socket.socket` of an untraced value, as `sock: socket.socket = make()`
    ]);
    expect(diags[0].message).toContain('SuperSocket');
    expect(diags[3].message).toContain('a socket only by its name');
    expect(diags[4].message).toContain('(annotated socket.socket)');
  });
  it('follows obj.X of a project class whose base in a third module assigns X (pyvisa-py\'s SrqInterruptTCPServer(rpc.TCPServer).sock)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/rpc.py',
      'import socket\n\n\nclass TCPServer(object):\n    def __init__(self, host, port):\n        self.host, self.port = host, port\n        self.connect()\n\n    def connect(self):\n        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n        self.sock.bind((self.host, self.port))\n\n\nclass TCPClient(object):\n    def connect(self, addr):\n        self.sock = socket.create_connection(addr)\n',
    );
    write('pkg/vxi.py', 'from pkg import rpc\n\n\nclass SrqServer(rpc.TCPServer):\n    def connect(self):\n        super().connect()\n        self.sock.listen(1)\n\n\nclass Link(rpc.TCPClient):\n    pass\n');
    write(
      'pkg/tcpip.py',
      ['from pkg import vxi', '', '', 'def stop(port):', '    server = vxi.SrqServer("", port)', '    server.sock.close()', '', '', 'def drop(addr):', '    link = vxi.Link()', '    link.connect(addr)', '    link.sock.close()', ''].join('\n'),
    );
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', '.']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.path, d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      ['pkg/tcpip.py', 6, 'skipped', 'listening socket'], // the subclass listens on what its base made
      ['pkg/tcpip.py', 12, 'fix-safe', ''], // the base's connection, through a subclass that adds nothing
    ]);
    expect(diags[0].message).toContain('the .sock of a pkg.vxi.SrqServer');
  });
  it('follows obj.X where obj is an instance of a project class, or of a socketserver server (gunicorn\'s conn.sock, a test\'s srv.socket)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write('pkg/conn.py', 'class Conn(object):\n    def __init__(self, sock, addr):\n        self.sock = sock\n        self.addr = addr\n');
    write(
      'pkg/server.py',
      [
        'import socket',
        'import socketserver',
        'from pkg.conn import Conn',
        '',
        '',
        'def serve_one(listener):',
        '    sock, addr = listener.accept()',
        '    c = Conn(sock, addr)',
        '    c.sock.sendall(b"bye")',
        '    c.sock.close()',
        '',
        '',
        'def stop(addr, handler):',
        '    srv = socketserver.TCPServer(addr, handler)',
        '    srv.socket.close()',
        '',
        '',
        'def reset(listener):',
        '    c = Conn(None, None)',
        '    c.sock = listener',
        '    c.sock.close()',
        '',
      ].join('\n'),
    );
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', '.']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.location.line, d.outcome, d.reason ?? ''])).toEqual([
      [10, 'fix-safe', ''], // every caller of Conn() in the project passes an accepted socket
      [15, 'skipped', 'listening socket'], // a socketserver server's own socket
      [21, 'fix-unsafe', 'likely socket'], // set right here: only its name says socket
    ]);
    expect(diags[0].message).toContain('the .sock of a pkg.conn.Conn');
    expect(run(['--write', '.']).code).toBe(1);
    const fixed = read('pkg/server.py');
    expect(fixed).toContain('    try:\n        c.sock.shutdown(socket.SHUT_RDWR)\n');
    expect(fixed).toContain('    srv.socket.close()\n');
    const py = 'import socket, threading\nfrom pkg import server\nl = socket.create_server(("127.0.0.1", 0))\nc = socket.create_connection(l.getsockname())\nt = threading.Thread(target=server.serve_one, args=(l,)); t.start(); t.join()\nprint(c.recv(10), c.recv(10))\n';
    const r = spawnSync('python3', ['-c', py], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe("b'bye' b''");
  });
  it('takes the directory it was given for the project root of a tree with no pyproject.toml, setup.py or .git', () => {
    // Ex) a deployed copy of a service: tests/ (no __init__.py) imports pkg/ beside it, as `python -m pytest` run there does
    write('pkg/__init__.py', '');
    write('pkg/conn.py', 'class Conn(object):\n    def __init__(self, sock, addr):\n        self.sock = sock\n        self.addr = addr\n');
    write(
      'tests/test_conn.py',
      [
        'import socket',
        '',
        'from pkg.conn import Conn',
        '',
        '',
        'def test_exchange():',
        '    a, b = socket.socketpair()',
        '    c = Conn(a, None)',
        '    c.sock.sendall(b"hi")',
        '    c.sock.close()',
        '    assert b.recv(10) == b"hi"',
        '    assert b.recv(10) == b""',
        '    b.close()',
        '',
        '',
        'if __name__ == "__main__":',
        '    test_exchange()',
        '    print("ok")',
        '',
      ].join('\n'),
    );
    type D = { location: { line: number }; outcome: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--select', 'SOCK001', '.']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.location.line, d.outcome])).toEqual([
      [10, 'fix-safe'],
      [13, 'fix-safe'],
    ]);
    expect(diags[0].message).toContain('the .sock of a pkg.conn.Conn');
    // Given the test file alone, the run knows no root above it: pkg is not found, and the site is unsafe by name
    const alone = JSON.parse(run(['--output-format', 'json', '--select', 'SOCK001', 'tests/test_conn.py']).stdout).diagnostics as D[];
    expect(alone.map((d) => [d.location.line, d.outcome])).toEqual([
      [10, 'fix-unsafe'],
      [13, 'fix-safe'],
    ]);
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('tests/test_conn.py')).toContain('    try:\n        c.sock.shutdown(socket.SHUT_RDWR)\n');
    const r = spawnSync('python3', ['-m', 'tests.test_conn'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('ok');
  });
  it('takes the src/ of the directory it was given for an import root too, in a tree with no root marker', () => {
    // Ex) the .py files of a src-layout project, without its pyproject.toml: tests/ imports pkg from src/pkg
    write('src/pkg/__init__.py', '');
    write('src/pkg/conn.py', 'class Conn(object):\n    def __init__(self, sock):\n        self.sock = sock\n');
    write('tests/test_conn.py', 'import socket\n\nfrom pkg.conn import Conn\n\n\ndef test_close():\n    a, b = socket.socketpair()\n    c = Conn(a)\n    c.sock.close()\n    b.close()\n');
    type D = { location: { line: number }; outcome: string; message: string };
    const diags = JSON.parse(run(['--output-format', 'json', '--select', 'SOCK001', '.']).stdout).diagnostics as D[];
    expect(diags.map((d) => [d.location.line, d.outcome])).toEqual([
      [9, 'fix-safe'],
      [10, 'fix-safe'],
    ]);
    expect(diags[0].message).toContain('the .sock of a pkg.conn.Conn');
  });
  it('guards self.X where a test of the project sets X to a double without shutdown(), and leaves it unsafe for one with shutdown()', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    const client = 'import socket\n\n\nclass Client:\n    def __init__(self):\n        self.socket = None\n\n    def open(self, addr):\n        self.socket = socket.create_connection(addr)\n\n    def close(self):\n        self.socket.close()\n';
    write('pkg/client.py', client);
    // The double comes from a helper module of the tests, as supervisor's tests/base.py gives them.
    write('tests/__init__.py', '');
    write('tests/base.py', 'class SocketBase(object):\n    closed = False\n\n\nclass DummySocket(SocketBase):\n    def close(self):\n        self.closed = True\n');
    const test = 'from pkg.client import Client\nfrom tests.base import DummySocket\n\n\ndef test_close():\n    inst = Client()\n    inst.socket = DummySocket()\n    inst.close()\n    assert inst.socket.closed\n\n\nif __name__ == "__main__":\n    test_close()\n';
    write('tests/test_client.py', test);
    type D = { path: string; location: { line: number }; outcome: string; reason?: string; message: string };
    const [site] = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    expect([site.location.line, site.outcome, site.reason]).toEqual([12, 'fix-safe', undefined]);
    expect(site.message).toContain("the project's tests hand it doubles without shutdown() (DummySocket): the guard also catches AttributeError");
    // The project's test still passes after --write: the double's AttributeError is caught, and it is closed.
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('pkg/client.py')).toContain('        except (socket.error, AttributeError):\n');
    const env = { ...process.env, PYTHONPATH: dir };
    for (const python of [python2(), 'python3']) {
      const r = spawnSync(python, ['tests/test_client.py'], { cwd: dir, env, encoding: 'utf8' });
      expect([python, r.status, r.stderr]).toEqual([python, 0, '']);
    }
    // A double whose base class gives it shutdown(): the fix stays unsafe.
    write('pkg/client.py', client);
    write('tests/base.py', 'class SocketBase(object):\n    closed = False\n\n    def shutdown(self, how):\n        raise AssertionError("shut down")\n\n\nclass DummySocket(SocketBase):\n    def close(self):\n        self.closed = True\n');
    const [unsafe] = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    expect([unsafe.location.line, unsafe.outcome, unsafe.reason]).toEqual([12, 'fix-unsafe', 'test doubles']);
    expect(unsafe.message).toContain('sets .socket to a test double');
    expect(run(['--write', '.']).code).toBe(1);
    expect(spawnSync('python3', ['tests/test_client.py'], { cwd: dir, env }).status).toBe(0);
    // As pre-commit runs it (the one file named), and a run of pkg/ alone: the project's tests are screened too.
    const outcomes = (args: string[]) => (JSON.parse(run(['--output-format', 'json', ...args]).stdout).diagnostics as D[]).map((d) => [d.outcome, d.reason ?? '']);
    expect(outcomes(['pkg/client.py'])).toEqual([['fix-unsafe', 'test doubles']]);
    expect(outcomes(['pkg'])).toEqual([['fix-unsafe', 'test doubles']]);
    expect(run(['--write', 'pkg/client.py']).code).toBe(1);
    expect(spawnSync('python3', ['tests/test_client.py'], { cwd: dir, env }).status).toBe(0);
    // A test that sets it to a library Mock, which answers shutdown() and records it: unsafe too.
    write('tests/base.py', 'class DummySocket(object):\n    closed = False\n');
    write('tests/test_mock.py', 'from unittest import mock\nfrom pkg.client import Client\n\n\ndef test_close():\n    inst = Client()\n    inst.socket = mock.Mock()\n    inst.close()\n    assert inst.socket.method_calls == [mock.call.close()]\n');
    expect(outcomes(['pkg/client.py'])).toEqual([['fix-unsafe', 'test doubles']]);
    // Without the tests, nothing hands the class a double: a safe fix, with the plain guard.
    rmSync(path.join(dir, 'tests'), { recursive: true });
    expect(outcomes(['pkg/client.py'])).toEqual([['fix-safe', '']]);
    expect(run(['--write', 'pkg/client.py']).code).toBe(0);
    expect(read('pkg/client.py')).toContain('        except socket.error:\n');
  });
  it('knows a private self.__sock by its mangled name where a test that imports only the package sets it to a double (PySyncObj\'s MockSocket)', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', 'from .conn import TcpConn\n');
    const conn = 'import socket\n\n\nclass TcpConn:\n    def __init__(self, addr):\n        self.__sock = socket.create_connection(addr)\n        self.closed = False\n\n    def disconnect(self):\n        if self.__sock is not None:\n            self.__sock.close()\n            self.__sock = None\n        self.closed = True\n';
    write('pkg/conn.py', conn);
    const test = 'import socket\nfrom pkg import TcpConn\n\n\nclass MockSocket(object):\n    def __init__(self, sock):\n        self.sock = sock\n\n    def close(self):\n        self.sock.close()\n\n\ndef test_drop():\n    srv = socket.create_server(("127.0.0.1", 0))\n    c = TcpConn(srv.getsockname())\n    c._TcpConn__sock = MockSocket(c._TcpConn__sock)\n    c.disconnect()\n    assert c.closed\n    srv.close()\n\n\nif __name__ == "__main__":\n    test_drop()\n';
    write('tests/test_conn.py', test);
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const [site] = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    expect([site.location.line, site.outcome, site.reason]).toEqual([11, 'fix-safe', undefined]);
    expect(site.message).toContain("the project's tests hand it doubles without shutdown() (MockSocket): the guard also catches AttributeError");
    // (1: the double's own self.sock.close() is an unsafe fix by name)
    expect(run(['--write', '.']).code).toBe(1);
    expect(read('pkg/conn.py')).toContain('            except (socket.error, AttributeError):\n');
    // The test passes after --write: the double's missing shutdown() is caught, and disconnect() runs to its end.
    const r = spawnSync('python3', ['tests/test_conn.py'], { cwd: dir, env: { ...process.env, PYTHONPATH: dir }, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    // A public attribute of the same name, set the same way, says nothing about the private one.
    write('pkg/conn.py', conn);
    write('tests/test_conn.py', test.replace(/_TcpConn__sock/g, '_sock'));
    const [plain] = JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[];
    expect([plain.outcome, plain.message.includes('MockSocket')]).toEqual(['fix-safe', false]);
  });
  it('keeps a with block unsafe where the tests hand it a bare double: that fix\'s shutdown does not catch AttributeError', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/client.py',
      'import socket\n\n\nclass Client:\n    def __init__(self):\n        self.socket = None\n\n    def open(self, addr):\n        self.socket = socket.create_connection(addr)\n\n    def send(self, data):\n        with self.socket:\n            self.socket.sendall(data)\n\n    def close(self):\n        self.socket.close()\n',
    );
    write('tests/test_client.py', 'from pkg.client import Client\n\n\nclass DummySocket(object):\n    def __enter__(self):\n        return self\n\n    def __exit__(self, *a):\n        pass\n\n    def sendall(self, data):\n        pass\n\n    def close(self):\n        pass\n\n\ndef test_send():\n    inst = Client()\n    inst.socket = DummySocket()\n    inst.send(b"x")\n    inst.close()\n');
    type D = { code: string; location: { line: number }; outcome: string; reason?: string };
    const sites = (JSON.parse(run(['--output-format', 'json', '.']).stdout).diagnostics as D[]).map((d) => [d.code, d.location.line, d.outcome, d.reason ?? '']);
    expect(sites).toEqual([
      ['SOCK001', 16, 'fix-safe', ''],
      ['SOCK003', 12, 'fix-unsafe', 'test doubles'],
    ]);
  });
  it('finds every construction of a class, through a test factory (`self._getTargetClass()(...)`), to prove a parameter stays None', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/chat.py',
      'import asyncore\nimport socket\n\n\nclass Handler(asyncore.dispatcher):\n    def __init__(self, listener, conn=None, map=None):\n        asyncore.dispatcher.__init__(self, conn, map)\n        self.listener = listener\n\n    def get(self, addr):\n        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)\n        self.connect(addr)\n\n    def close(self):\n        self.del_channel()\n        self.socket.close()\n',
    );
    write('pkg/ctl.py', 'from pkg import chat\n\n\ndef fetch(listener, addr):\n    h = chat.Handler(listener)\n    h.get(addr)\n    return h\n');
    const test = (factoryUse: string) =>
      `import unittest\n\n\nclass DummySocket(object):\n    closed = False\n\n    def close(self):\n        self.closed = True\n\n\nclass ListenerTests(unittest.TestCase):\n    def _getTargetClass(self):\n        return dict\n\n    def test_it(self):\n        self.assertEqual(self._getTargetClass()(), {})\n\n\nclass HandlerTests(unittest.TestCase):\n    def _getTargetClass(self):\n        from pkg.chat import Handler\n        return Handler\n\n    def _makeOne(self, listener=None):\n${factoryUse}\n\n    def test_close(self):\n        inst = self._makeOne()\n        inst.socket = DummySocket()\n        inst.close()\n        self.assertTrue(inst.socket.closed)\n\n\nif __name__ == "__main__":\n    unittest.main()\n`;
    type D = { path: string; outcome: string; reason?: string; message: string };
    const site = () => (JSON.parse(run(['--output-format', 'json', '--show-skipped', '.']).stdout).diagnostics as D[]).filter((d) => d.path === 'pkg/chat.py').map((d) => [d.outcome, d.reason ?? '']);
    // Every construction leaves conn=None: no set_socket(), so self.socket is the one create_socket() made.
    write('tests/__init__.py', '');
    write('tests/test_chat.py', test('        return self._getTargetClass()(listener, map={})'));
    expect(site()).toEqual([['fix-safe', '']]);
    const original = read('pkg/chat.py');
    expect(run(['--write', '.']).code).toBe(0);
    expect(read('pkg/chat.py')).toContain('            self.socket.shutdown(socket.SHUT_RDWR)\n        except (socket.error, AttributeError):\n');
    for (const python of [python2(), 'python3']) {
      const r = spawnSync(python, ['-m', 'unittest', 'tests.test_chat'], { cwd: dir, encoding: 'utf8' });
      expect([python, r.status, r.stderr.split('\n').filter((l) => /^(OK|FAILED)/.test(l))]).toEqual([python, 0, ['OK']]);
    }
    write('pkg/chat.py', original);
    // The factory's result kept and called later, or a construction that passes conn: not proven.
    for (const use of ['        klass = self._getTargetClass()\n        return klass(listener, map={})', '        return self._getTargetClass()(listener, self.conn, map={})']) {
      write('tests/test_chat.py', test(use));
      expect([use, ...site()[0]]).toEqual([use, 'fix-unsafe', 'likely socket']);
    }
  });
  it('guards sockets from an injected socket module against a test\'s module double, and leaves them unsafe when its sockets have shutdown()', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/client.py',
      'import socket\n\n\nclass Client:\n    def __init__(self, server, socket_module=socket):\n        self.server = server\n        self.socket_module = socket_module\n        self.sock = None\n\n    def connect(self):\n        s = self.socket_module\n        sock = s.socket(s.AF_INET, s.SOCK_STREAM)\n        sock.connect(self.server)\n        self.sock = sock\n\n    def ping(self):\n        s = self.socket_module\n        sock = s.socket(s.AF_INET, s.SOCK_STREAM)\n        sock.connect(self.server)\n        sock.close()\n\n    def close(self):\n        try:\n            self.sock.close()\n        except Exception:\n            pass\n        self.sock = None\n',
    );
    write(
      'tests/test_client.py',
      'from pkg.client import Client\n\n\nclass MockSocket:\n    def connect(self, addr):\n        pass\n\n    def close(self):\n        self.closed = True\n\n\nclass MockSocketModule:\n    AF_INET = 2\n    SOCK_STREAM = 1\n\n    def socket(self, family, type):\n        return MockSocket()\n\n\ndef test_client():\n    client = Client(("h", 1), socket_module=MockSocketModule())\n    client.ping()\n    client.connect()\n    client.close()\n    assert client.sock is None\n\n\nif __name__ == "__main__":\n    test_client()\n',
    );
    type D = { location: { line: number }; outcome: string; reason?: string; message: string };
    const sites = (args: string[]) => (JSON.parse(run(['--output-format', 'json', ...args]).stdout).diagnostics as D[]).map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    const original = read('pkg/client.py');
    const test = read('tests/test_client.py');
    // The test's module double makes MockSocket, a class of the project without shutdown(): safe fixes whose guards catch AttributeError.
    expect(sites(['.'])).toEqual([
      [20, 'fix-safe', ''],
      [24, 'fix-safe', ''], // and in `except Exception`, the double is still closed
    ]);
    expect(run(['--write', '.']).code).toBe(0);
    const env = { ...process.env, PYTHONPATH: dir };
    const passes = () => {
      const r = spawnSync('python3', ['tests/test_client.py'], { cwd: dir, env, encoding: 'utf8' });
      return [r.status, r.stderr];
    };
    expect(passes()).toEqual([0, '']);
    expect(read('pkg/client.py').split('except (socket.error, AttributeError):').length).toBe(3);
    // Its MockSocket given shutdown() (that a test may count): unsafe, and the close in `except Exception` a safe fix
    // whose guard still catches AttributeError (another test's double may lack it).
    write('pkg/client.py', original);
    write('tests/test_client.py', test.replace('    def close(self):\n        self.closed = True\n', '    def close(self):\n        self.closed = True\n\n    def shutdown(self, how):\n        self.shut = how\n'));
    expect(sites(['.'])).toEqual([
      [20, 'fix-unsafe', 'test doubles'],
      [24, 'fix-safe', ''],
    ]);
    // As pre-commit runs it: the test that injects the module is found among the project's tests.
    expect(sites(['pkg/client.py'])).toEqual(sites(['.']));
    // A mock module passed through a helper's **kwargs is found through the helper's callers.
    write('tests/test_client.py', test.replace('def test_client():\n    client = Client(("h", 1), socket_module=MockSocketModule())', 'def make_client(**kwargs):\n    return Client(("h", 1), **kwargs)\n\n\ndef test_client():\n    client = make_client(socket_module=MockSocketModule())').replace('    def close(self):\n        self.closed = True\n', '    def close(self):\n        self.closed = True\n\n    def shutdown(self, how):\n        self.shut = how\n'));
    expect(sites(['.'])).toEqual([
      [20, 'fix-unsafe', 'test doubles'],
      [24, 'fix-safe', ''],
    ]);
    write('tests/test_client.py', test);
    expect(run(['--write', '.']).code).toBe(0);
    expect(passes()).toEqual([0, '']);
    expect(read('pkg/client.py')).toContain('                self.sock.shutdown(socket.SHUT_RDWR)\n            except (socket.error, AttributeError):\n');
  });
  it('follows module-level names of other project modules, imported by name or through the module', () => {
    write('pyproject.toml', '[project]\nname = "pkg"\n');
    write('pkg/__init__.py', '');
    write(
      'pkg/config.py',
      'import socket\n\nADDR = ("127.0.0.1", 0)\nLISTEN_SOCK = socket.socket()\nLISTEN_SOCK.bind(ADDR)\nLISTEN_SOCK.listen(5)\nCLIENT_SOCK = socket.create_connection(LISTEN_SOCK.getsockname())\nPEER_SOCK = socket.create_connection(ADDR)\n_sock = socket.socket()\n_sock.listen(5)\nSERVER_SOCK = _sock\n_peer = socket.create_connection(ADDR)\nPEER_ALIAS = _peer\n\n\ndef reset(wrapper):\n    global PEER_SOCK\n    PEER_SOCK = wrapper(PEER_SOCK)\n',
    );
    write(
      'pkg/app.py',
      'from pkg import config\nfrom pkg.config import CLIENT_SOCK, LISTEN_SOCK, PEER_ALIAS, PEER_SOCK, SERVER_SOCK\n\n\ndef stop():\n    CLIENT_SOCK.close()\n    LISTEN_SOCK.close()\n    config.CLIENT_SOCK.close()\n    PEER_SOCK.close()\n    SERVER_SOCK.close()\n    PEER_ALIAS.close()\n',
    );
    type D = { location: { line: number }; outcome: string; reason?: string };
    const sites = (JSON.parse(run(['--output-format', 'json', '--show-skipped', 'pkg/app.py']).stdout).diagnostics as D[]).map((d) => [d.location.line, d.outcome, d.reason ?? '']);
    expect(sites).toEqual([
      [6, 'fix-safe', ''],
      [7, 'skipped', 'listening socket'],
      [8, 'fix-safe', ''],
      [9, 'fix-unsafe', 'likely socket'], // a function rebinds it with `global`
      [10, 'skipped', 'listening socket'], // SERVER_SOCK = _sock, and _sock listens
      [11, 'fix-safe', ''], // PEER_ALIAS = _peer, a connection
    ]);
  });
});

describe('bad input', () => {
  it('reports undecodable and binary files, exits 2, and leaves them untouched', () => {
    const bad = Buffer.from([0x73, 0x2e, 0x63, 0x6c, 0x6f, 0x73, 0x65, 0x28, 0x29, 0xff, 0x0a]);
    write('bad.py', bad);
    write('bin.py', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    write('a.py', SAFE);
    const r = run(['--write', '.']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('bad.py: error: not valid UTF-8 and no PEP 263 coding cookie');
    expect(r.stdout).toContain('bin.py: error: binary file (contains a NUL byte)');
    expect(readFileSync(path.join(dir, 'bad.py')).equals(bad)).toBe(true);
    expect(read('a.py')).toBe(SAFE_FIXED);
  });
  it('reports an unreadable file with the reason', () => {
    write('a.py', SAFE);
    chmodSync(path.join(dir, 'a.py'), 0o000);
    chmodSync(dir, 0o755);
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(asNobody[0], [...asNobody.slice(1), CLI, 'a.py'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('a.py: error: cannot read: permission denied');
  });
  it('writes nothing to a file that does not parse when its fixes would move the parser\'s recovery (a second run would fix more)', () => {
    // (a fuzz input, reduced: the first reading takes the last close for an expression, the fixed text for a statement)
    const broken = [
      'from SocketServer ie_connection(addr)',
      '    def close(self):',
      'class LogHandler(object):',
      '    def __init__(self, addr):',
      '        self.conn = socket.create_connection(addr)',
      '        self.conn.close()',
      '(\tinit__(self, path):',
      '        self.conn = open(path, "wb")',
      'class Transfer(object):',
      '    def ntransfercmd(self, cmd):',
      '        conn = socket.create_connection(("127.0.0.1", 21))',
      '        return conn, None',
      '        conn.close(); x = 1',
      '    return ssl.create_default_context()',
      '',
    ].join('\n');
    write('broken.py', broken);
    const r = run(['--write', 'broken.py']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('broken.py: error: the file does not parse, and its fixes would change how the parser reads the rest of it');
    expect(read('broken.py')).toBe(broken);
    // What a run writes, a second run leaves as it is.
    expect(run(['--write', 'broken.py']).code).toBe(2);
    expect(read('broken.py')).toBe(broken);
  });
  it('names a usage error with exit 2', () => {
    const r = run(['--output-format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid");
    expect(run(['--jobs', '0']).code).toBe(2);
  });
});

describe('configuration', () => {
  it('reads [tool.pysockfix] from the nearest pyproject.toml', () => {
    write('pyproject.toml', '[tool.pysockfix]\nunsafe-fixes = true\nper-file-ignores = { "legacy/*.py" = ["SOCK001"] }\nsocket-names = ["chan"]\nextend-exclude = ["vendored"]\n');
    write('pkg/b.py', UNSAFE);
    write('legacy/old.py', SAFE);
    write('vendored/x.py', SAFE);
    write('pkg/c.py', 'import socket\ndef h(chan):\n    chan.close()\n');
    const r = run(['--write', '.']);
    expect(r.code).toBe(0);
    expect(read('pkg/b.py')).toContain('sock.shutdown');
    expect(read('pkg/c.py')).toContain('chan.shutdown');
    expect(read('legacy/old.py')).toBe(SAFE);
    expect(read('vendored/x.py')).toBe(SAFE);
  });
  it('command-line options override the file', () => {
    write('pyproject.toml', '[tool.pysockfix]\nignore = ["SOCK001"]\n');
    write('a.py', SAFE);
    expect(run(['.']).code).toBe(0);
    expect(run(['--config', path.join(dir, 'pyproject.toml'), '.']).code).toBe(0);
    write('other.toml', '[tool.pysockfix]\nselect = ["SOCK001"]\n');
    expect(run(['--config', 'other.toml', '.']).code).toBe(1);
  });
  it.each([
    ['[tool.pysockfix]\nselct = ["SOCK001"]\n', /pyproject\.toml:2: unknown key 'selct'/],
    ['[tool.pysockfix]\nunsafe-fixes = "yes"\n', /pyproject\.toml:2: 'unsafe-fixes' must be a boolean/],
    ['[tool.pysockfix]\nselect = ["FOO"]\n', /pyproject\.toml:2: Unknown rule selector `FOO` in 'select'/],
    ['[tool.pysockfix]\nignore = ["SOCK1"]\n', /pyproject\.toml:2: Unknown rule selector `SOCK1` in 'ignore'/],
    ['[tool.pysockfix]\nper-file-ignores = { "t/*.py" = ["SOCK001", "BAR"] }\n', /pyproject\.toml:2: Unknown rule selector `BAR` in 'per-file-ignores'/],
    ['[tool.pysockfix]\ntarget-version = "py2"\n', /'target-version' must be "py27" or "py3"/],
    ['[tool.pysockfix\nselect = 1\n', /pyproject\.toml:1:\d+: invalid TOML/],
  ])('rejects a bad config with the file, key and line (exit 2): %j', (toml, message) => {
    write('pyproject.toml', toml);
    write('a.py', SAFE);
    const r = run(['.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('suppressions and rule docs', () => {
  it('noqa and pysockfix: ignore suppress; skip-file skips; unused ones are reported on request', () => {
    write('a.py', SAFE.replace('s.close()', 's.close()  # noqa: SOCK001'));
    write('b.py', SAFE.replace('s.close()', 's.close()  # pysockfix: ignore[SOCK001]'));
    write('c.py', `# pysockfix: skip-file\n${SAFE}`);
    write('d.py', 'x = 1  # noqa: SOCK001\n');
    const r = run(['--report-unused-suppressions', '--output-format', 'text', '.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('d.py:1:1: unused suppression # noqa: SOCK001');
    expect(r.stdout).not.toContain('a.py:');
  });
  it('a bare `# pysockfix: ignore` suppresses every code, as a bare `# noqa` does', () => {
    write('a.py', SAFE.replace('s.close()', 's.close()  # pysockfix: ignore'));
    const r = run(['--output-format', 'json', 'a.py']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toEqual([]);
  });
  it('reads suppressions from comments only: a `# noqa` inside a string suppresses nothing', () => {
    write('a.py', SAFE.replace('    s.close()\n', '    note = "# noqa"; s.close()\n'));
    write('b.py', SAFE.replace('    s.close()\n', "    note = '''\n    # noqa\n    '''; s.close()\n"));
    const r = run(['--output-format', 'json', '.']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { path: string }) => path.basename(d.path)).sort()).toEqual(['a.py', 'b.py']);
  });
  it('warns of an unknown code in a suppression and goes on; other linters\' codes in a noqa are theirs', () => {
    write('a.py', SAFE.replace('s.close()', 's.close()  # pysockfix: ignore[SOCK9]'));
    write('b.py', SAFE.replace('s.close()', 's.close()  # noqa: E501, SOCK001'));
    write('c.py', 'x = 1  # noqa: SOCK042\n');
    const r = run(['.']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pysockfix: warning: a.py:6: Unknown rule code `SOCK9` in `# pysockfix: ignore[SOCK9]`');
    expect(r.stderr).toContain('pysockfix: warning: c.py:1: Unknown rule code `SOCK042`');
    expect(r.stderr).not.toContain('E501');
    expect(r.stdout).not.toContain('b.py');
  });
  it('refuses unknown rule selectors on the command line, as ruff does, with exit 2', () => {
    write('a.py', SAFE);
    for (const args of [['--select', 'FOO'], ['--ignore', 'SOCK001,SOCK7']]) {
      const r = run([...args, '.']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Unknown rule selector `(FOO|SOCK7)`/);
    }
    expect(run(['--select', 'sock00', '.']).code).toBe(1);
    expect(run(['--select', 'ALL', '--ignore', 'SOCK', '.']).code).toBe(0);
  });
  it('--explain prints the rule doc; --version the version', () => {
    const r = run(['--explain', 'SOCK001']);
    expect(r.code).toBe(0);
    for (const h of ['## What it does', '## Why is this bad?', '## Example', '## Use instead', '## Fix safety', '## References']) {
      expect(r.stdout).toContain(h);
    }
    expect(run(['--explain', 'SOCK999']).code).toBe(2);
    expect(run(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version);
  });
  it('has one version: package.json, --version, the README\'s pre-commit rev and mirror pin, and the CHANGELOG\'s latest release', () => {
    const version = JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version;
    expect(run(['--version']).stdout.trim()).toBe(version);
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    expect([...readme.matchAll(/rev: v(\S+)/g)].map((m) => m[1])).toEqual([version]);
    expect([...readme.matchAll(/pysockfix@([\w.-]+)/g)].map((m) => m[1])).toEqual([version]);
    const changelog = readFileSync(path.join(__dirname, '..', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## [Unreleased]');
    // The first released section is this version (keep-a-changelog: newest first).
    expect(/^## \[(\d[^\]]*)\]/m.exec(changelog)?.[1]).toBe(version);
  });
  it('--verbose says how many files and how long', () => {
    write('a.py', CLEAN);
    expect(run(['--verbose', '.']).stderr).toMatch(/1 files in \d+ ms/);
  });
});

describe('README', () => {
  it('has the rule table generated from the rules (npm run docs)', async () => {
    const { ruleTable } = await import('../src/rules/table.js');
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(`<!-- rules:start -->\n${ruleTable()}\n<!-- rules:end -->`);
  });
  it('has the reasons table generated from src/model/reasons.ts (npm run docs)', async () => {
    const { reasonTable } = await import('../src/model/reasons.js');
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(`<!-- reasons:start -->\n${reasonTable()}\n<!-- reasons:end -->`);
  });
  it('documents every option of --help', () => {
    const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const help = runCli(['--help']).stdout;
    for (const m of help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)) {
      if (m[1] === '--help') continue;
      expect(readme, m[1]).toContain(m[1]);
    }
  });
});

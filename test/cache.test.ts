// The cache (src/runner/cache.ts): a second run gives what a run without it
// gives, byte for byte, after every kind of change that can change a result:
// the file itself, a module its analysis read, a module that did not exist, a
// pyproject.toml, the settings, a touch; and a warm run parses nothing.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, runCliAsync } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const FACTORY = 'import socket\n\n\ndef make(addr):\n    return socket.create_connection(addr)\n';
const APP = 'from factory import make\n\n\ndef run(addr):\n    conn = make(addr)\n    conn.send(b"x")\n    conn.close()\n';
const ENV = { PYSOCKFIX_CACHE_DIR: '', PYSOCKFIX_NO_CACHE: '' };

/** The JSON of a run, with and without the cache: they must agree. Returns the cached run's. */
function checked(dir: string, args: string[] = ['.']): { doc: { diagnostics: { path: string; outcome: string; message: string; fix?: unknown }[] }; stdout: string; parsed: number } {
  const base = [...args, '--output-format', 'json', '--show-skipped', '--timings'];
  const cached = runCli(base, { cwd: dir, env: ENV });
  const cold = runCli([...base, '--no-cache'], { cwd: dir, env: ENV });
  expect(cached.stdout).toBe(cold.stdout);
  expect(cached.code).toBe(cold.code);
  const timings = JSON.parse(cached.stderr.split('\n').find((l) => l.startsWith('{"wall"'))!);
  return { doc: JSON.parse(cached.stdout), stdout: cached.stdout, parsed: timings.files.parsed };
}

const outcomeOf = (doc: { diagnostics: { path: string; outcome: string }[] }, file: string) => doc.diagnostics.filter((d) => d.path.endsWith(file)).map((d) => d.outcome);

describe('cache', () => {
  it('is made beside the project, ignores itself for git, and a warm run parses nothing', () => {
    const dir = project('warm', { 'pyproject.toml': '[tool.pysockfix]\n', 'factory.py': FACTORY, 'app.py': APP, 'plain.py': 'x = 1\n' });
    const first = checked(dir);
    expect(first.parsed).toBeGreaterThan(0);
    expect(outcomeOf(first.doc, 'app.py')).toEqual(['fix-safe']);
    const cacheDir = path.join(dir, '.pysockfix_cache');
    expect(readFileSync(path.join(cacheDir, '.gitignore'), 'utf8')).toContain('*');
    expect(readFileSync(path.join(cacheDir, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55/);
    const second = checked(dir);
    expect(second.parsed).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('--no-cache and PYSOCKFIX_NO_CACHE read and write none; --cache-dir and PYSOCKFIX_CACHE_DIR move it', () => {
    const dir = project('off', { 'app.py': APP, 'factory.py': FACTORY });
    runCli(['.', '--no-cache'], { cwd: dir, env: ENV });
    runCli(['.'], { cwd: dir, env: { ...ENV, PYSOCKFIX_NO_CACHE: '1' } });
    expect(existsSync(path.join(dir, '.pysockfix_cache'))).toBe(false);
    runCli(['.', '--cache-dir', path.join(work, 'elsewhere')], { cwd: dir, env: ENV });
    runCli(['.'], { cwd: dir, env: { ...ENV, PYSOCKFIX_CACHE_DIR: path.join(work, 'from-env') } });
    expect(existsSync(path.join(dir, '.pysockfix_cache'))).toBe(false);
    expect(readdirSync(path.join(work, 'elsewhere'))).toContain('CACHEDIR.TAG');
    expect(readdirSync(path.join(work, 'from-env'))).toContain('CACHEDIR.TAG');
  });

  it('follows an edit of the file, of a module its analysis read, and the creation of a module it looked for', () => {
    const dir = project('deps', { 'factory.py': FACTORY, 'app.py': APP, 'other.py': 'from helpers import make\n\n\ndef f(a):\n    conn = make(a)\n    conn.close()\n' });
    const first = checked(dir);
    expect(outcomeOf(first.doc, 'app.py')).toEqual(['fix-safe']);
    const before = outcomeOf(first.doc, 'other.py');
    // The factory now returns a file: app.py's conn is no socket (its file did not change)
    writeFileSync(path.join(dir, 'factory.py'), 'def make(addr):\n    return open(addr)\n');
    const edited = checked(dir);
    expect(outcomeOf(edited.doc, 'app.py')).not.toEqual(['fix-safe']);
    // helpers.py did not exist: other.py's conn was a guess; now it is a socket
    writeFileSync(path.join(dir, 'helpers.py'), FACTORY);
    const created = checked(dir);
    expect(outcomeOf(created.doc, 'other.py')).toEqual(['fix-safe']);
    expect(before).not.toEqual(['fix-safe']);
    // The file itself
    writeFileSync(path.join(dir, 'other.py'), 'x = 1\n');
    expect(outcomeOf(checked(dir).doc, 'other.py')).toEqual([]);
  });

  it('follows a helper module that starts or stops listening on the socket passed to it, read as text or parsed', () => {
    const helper = (body: string) => `def start(sock, addr):\n    sock.bind(addr)\n${body}`;
    const app = 'import socket\n\nfrom helper import start\n\n\ndef run(addr):\n    s = socket.socket()\n    start(s, addr)\n    s.connect(addr)\n    s.close()\n';
    const dir = project('kinds', { 'helper.py': helper('    sock.listen(5)\n'), 'app.py': app });
    expect(outcomeOf(checked(dir, ['app.py']).doc, 'app.py')).toEqual(['skipped']);
    // No call that decides the kind is left in its text: the module is not parsed for the question, and the answer changes
    writeFileSync(path.join(dir, 'helper.py'), 'def start(sock, addr):\n    pass\n');
    expect(outcomeOf(checked(dir, ['app.py']).doc, 'app.py')).toEqual(['fix-safe']);
    writeFileSync(path.join(dir, 'helper.py'), helper('    sock.listen(5)\n'));
    expect(outcomeOf(checked(dir, ['app.py']).doc, 'app.py')).toEqual(['skipped']);
  });

  it('a pre-commit run of one file reads its imports from outside the run, and follows their edits', () => {
    const dir = project('precommit', { 'factory.py': FACTORY, 'app.py': APP });
    expect(outcomeOf(checked(dir, ['app.py']).doc, 'app.py')).toEqual(['fix-safe']);
    writeFileSync(path.join(dir, 'factory.py'), 'def make(addr):\n    return open(addr)\n');
    expect(outcomeOf(checked(dir, ['app.py']).doc, 'app.py')).not.toEqual(['fix-safe']);
  });

  it('follows a pyproject.toml that changes the Python a fix is written for', () => {
    const dir = project('python', {
      'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.8"\n',
      'app.py': 'import socket\n\n\ndef f(a):\n    s = socket.create_connection(a)\n    s.close()\n',
    });
    const py3 = JSON.stringify(checked(dir).doc.diagnostics[0].fix);
    expect(py3).toContain('except OSError');
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\nrequires-python = ">=2.7"\n');
    const py2 = JSON.stringify(checked(dir).doc.diagnostics[0].fix);
    expect(py2).toContain('except socket.error');
  });

  it('a touched file with the same bytes is not analysed again; one with other bytes of the same size is', () => {
    const dir = project('touch', { 'app.py': 'import socket\n\n\ndef f(a):\n    s = socket.create_connection(a)\n    s.close()\n' });
    checked(dir);
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, 'app.py'), later, later);
    expect(checked(dir).parsed).toBe(0);
    // Same size, other bytes, and the old time put back: the content hash is what tells
    const text = readFileSync(path.join(dir, 'app.py'), 'utf8');
    writeFileSync(path.join(dir, 'app.py'), text.replace('s.close()', 's.clos()'));
    utimesSync(path.join(dir, 'app.py'), later, later);
    expect(checked(dir).doc.diagnostics).toEqual([]);
  });

  it('other settings get their own results; --write after a check run still writes', () => {
    const dir = project('settings', { 'app.py': 'import socket\n\n\ndef f(a):\n    s = socket.create_connection(a)\n    s.close()\n' });
    expect(checked(dir).doc.diagnostics).toHaveLength(1);
    expect(checked(dir, ['.', '--ignore', 'SOCK001']).doc.diagnostics).toHaveLength(0);
    const w = runCli(['--write', '.'], { cwd: dir, env: ENV });
    expect(w.code, w.stdout).toBe(0);
    expect(readFileSync(path.join(dir, 'app.py'), 'utf8')).toContain('s.shutdown(socket.SHUT_RDWR)');
    expect(checked(dir).doc.diagnostics).toHaveLength(0);
  });

  it('a rebuilt tool starts afresh: a changed module of dist/ or query of the grammar keys a new cache, a type declaration does not', () => {
    // A copy of the package, whose files can change under the run
    const pkg = path.join(work, 'package-copy');
    for (const part of ['dist', 'grammars', 'package.json']) cpSync(path.join(ROOT, part), path.join(pkg, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'));
    const dir = project('rebuilt', { 'app.py': APP, 'factory.py': FACTORY });
    const cacheDir = path.join(work, 'rebuilt-cache');
    const run = () => {
      const r = spawnSync(process.execPath, [path.join(pkg, 'dist', 'cli.cjs'), '.', '--cache-dir', cacheDir], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...ENV, PYSOCKFIX_NO_CODE_CACHE: '1' } });
      expect(r.stdout).toContain('app.py');
      const version = readdirSync(cacheDir).find((n) => /^\d/.test(n))!;
      return readdirSync(path.join(cacheDir, version)).filter((n) => n.endsWith('.json')).length;
    };
    expect(run()).toBe(1);
    expect(run()).toBe(1);
    appendFileSync(path.join(pkg, 'dist', 'analysis', 'facts.js'), '\n// rebuilt\n');
    expect(run()).toBe(2);
    appendFileSync(path.join(pkg, 'grammars', 'python', 'facts.scm'), '\n; rebuilt\n');
    expect(run()).toBe(3);
    appendFileSync(path.join(pkg, 'dist', 'analysis', 'facts.d.ts'), '\n// rebuilt\n');
    expect(run()).toBe(3);
  });

  it('a corrupt cache is ignored and rebuilt; two runs at once both answer right and leave a whole cache', async () => {
    const dir = project('concurrent', { 'factory.py': FACTORY, 'app.py': APP });
    const expected = runCli(['.', '--output-format', 'json', '--no-cache'], { cwd: dir, env: ENV }).stdout;
    runCli(['.'], { cwd: dir, env: ENV });
    const versionDir = path.join(dir, '.pysockfix_cache', readdirSync(path.join(dir, '.pysockfix_cache')).find((n) => /^\d/.test(n))!);
    const file = path.join(versionDir, readdirSync(versionDir)[0]);
    writeFileSync(file, '{"format": 1, "files": {"trunc');
    expect(runCli(['.', '--output-format', 'json'], { cwd: dir, env: ENV }).stdout).toBe(expected);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
    rmSync(path.join(dir, '.pysockfix_cache'), { recursive: true });
    const runs = await Promise.all([0, 1, 2, 3].map(() => runCliAsync(['.', '--output-format', 'json'], { cwd: dir, env: ENV })));
    for (const r of runs) expect(r.stdout).toBe(expected);
    for (const name of readdirSync(versionDir)) expect(() => JSON.parse(readFileSync(path.join(versionDir, name), 'utf8'))).not.toThrow();
    expect(runCli(['.', '--output-format', 'json'], { cwd: dir, env: ENV }).stdout).toBe(expected);
  });
});

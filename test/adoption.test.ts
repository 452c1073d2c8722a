// Adoption paths, tested for real: the pre-commit hooks through the real
// pre-commit program, the npm tarball installed into an empty project, and
// --add-noqa for legacy code.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-adopt-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SAFE = 'import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n    s.close()\n';

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
}

// Every pre-commit program to test with: the one on PATH, and those that
// PYSOCKFIX_PRE_COMMITS names (colon-separated). .ci/run names Debian's 3.x and
// a 4.x from the machine's wheel mirror; CI must have both majors.
function preCommits(): { bin: string; version: string }[] {
  const bins = new Set<string>(['pre-commit', ...(process.env.PYSOCKFIX_PRE_COMMITS ?? '').split(':').filter(Boolean)]);
  const found = new Map<string, { bin: string; version: string }>();
  for (const bin of bins) {
    const r = sh(bin, ['--version'], ROOT);
    const version = /pre-commit (\S+)/.exec(r.stdout ?? '')?.[1];
    if (r.status === 0 && version && !found.has(version)) found.set(version, { bin, version });
  }
  return [...found.values()];
}
const PRE_COMMITS = preCommits();

if (process.env.CI) {
  it('CI has pre-commit 3.x and 4.x', () => {
    expect(new Set(PRE_COMMITS.map((p) => p.version.split('.')[0]))).toEqual(new Set(['3', '4']));
  });
}

// The same project for every hook style: a finding in app.py, the same code in an excluded directory.
function hookProject(name: string, config: string): { proj: string; git: (...args: string[]) => void } {
  const proj = path.join(work, name);
  mkdirSync(proj);
  const git = (...args: string[]) => {
    sh('git', ['-c', 'user.email=ci@example.invalid', '-c', 'user.name=ci', ...args], proj);
  };
  git('init', '-q');
  writeFileSync(path.join(proj, 'app.py'), SAFE);
  writeFileSync(path.join(proj, 'pyproject.toml'), '[tool.pysockfix]\nextend-exclude = ["generated"]\n');
  mkdirSync(path.join(proj, 'generated'));
  writeFileSync(path.join(proj, 'generated', 'gen.py'), SAFE);
  writeFileSync(path.join(proj, '.pre-commit-config.yaml'), config);
  git('add', '-A');
  git('commit', '-qm', 'init');
  return { proj, git };
}

// Check fails on the finding, the fix hook rewrites it, the excluded file stays, and a second check passes.
function checkFixPass(bin: string, proj: string, git: (...args: string[]) => void, fixHook: string) {
  const env = { PRE_COMMIT_HOME: path.join(proj, '..', `${path.basename(proj)}-home`) };
  const check = sh(bin, ['run', '--all-files'], proj, env);
  expect(check.status, check.stdout + check.stderr).toBe(1);
  expect(check.stdout).toContain('app.py:6:5: SOCK001');
  expect(check.stdout).not.toContain('gen.py');
  const fix = sh(bin, ['run', '--all-files', '--hook-stage', 'manual', fixHook], proj, env);
  expect(fix.status, fix.stdout + fix.stderr).toBe(1); // files were modified
  expect(readFileSync(path.join(proj, 'app.py'), 'utf8')).toContain('s.shutdown(socket.SHUT_RDWR)');
  expect(readFileSync(path.join(proj, 'generated', 'gen.py'), 'utf8')).toBe(SAFE);
  git('add', '-A');
  const again = sh(bin, ['run', '--all-files'], proj, env);
  expect(again.status, again.stdout + again.stderr).toBe(0);
}

let tarballForHooks: string | null = null;
function packOnce(): string {
  if (tarballForHooks) return tarballForHooks;
  const dir = mkdtempSync(path.join(work, 'hook-pack-'));
  const pack = sh('npm', ['pack', '--pack-destination', dir, '--json', '--loglevel=error', '--ignore-scripts'], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  tarballForHooks = path.join(dir, JSON.parse(pack.stdout)[0].filename);
  return tarballForHooks;
}

describe.each(PRE_COMMITS)('pre-commit $version', ({ bin, version }) => {
  it('installs the hooks from this repository, fails on a finding, fixes it, then passes', () => {
    // The hook repository: a clone of this project at its committed HEAD (with its committed dist/).
    const hookRepo = path.join(work, `hook-repo-${version}`);
    expect(sh('git', ['clone', '-q', ROOT, hookRepo], work).status).toBe(0);
    const rev = sh('git', ['rev-parse', 'HEAD'], hookRepo).stdout.trim();
    const { proj, git } = hookProject(
      `proj-${version}`,
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: pysockfix\n      - id: pysockfix-fix\n        stages: [manual]\n`,
    );
    checkFixPass(bin, proj, git, 'pysockfix-fix');
  }, 600_000);

  it('installs the package named in additional_dependencies (the mirror style)', () => {
    const tarball = packOnce();
    const hook = (id: string, entry: string, extra = '') =>
      `      - id: ${id}\n        name: ${id}\n        entry: ${entry}\n        language: node\n        types: [python]\n        additional_dependencies: ["${tarball}"]\n${extra}`;
    const { proj, git } = hookProject(
      `mirror-${version}`,
      `repos:\n  - repo: local\n    hooks:\n${hook('pysockfix', 'pysockfix --force-exclude')}${hook('pysockfix-fix', 'pysockfix --write --exit-non-zero-on-fix --force-exclude', '        stages: [manual]\n')}`,
    );
    checkFixPass(bin, proj, git, 'pysockfix-fix');
  }, 600_000);
});

describe('npm package', () => {
  it('packs dist, grammars, README, CHANGELOG, LICENSE and package.json only, and works installed', () => {
    const packDir = path.join(work, 'pack');
    mkdirSync(packDir);
    const pack = sh('npm', ['pack', '--pack-destination', packDir, '--json', '--loglevel=error', '--ignore-scripts'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout);
    const files: string[] = info.files.map((f: { path: string }) => f.path);
    for (const must of ['dist/cli.cjs', 'dist/cli.js', 'dist/env.cjs', 'dist/pysockfix.cjs', 'dist/index.js', 'dist/index.d.ts', 'grammars/python/facts.scm', 'grammars/python/tree-sitter-python.wasm', 'README.md', 'CHANGELOG.md', 'LICENSE', 'package.json']) {
      expect(files).toContain(must);
    }
    expect(files.filter((f) => /^(test|fixtures|src|scripts|bench|examples)\//.test(f))).toEqual([]);
    const tarball = path.join(packDir, readdirSync(packDir).find((f) => f.endsWith('.tgz'))!);

    const app = path.join(work, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
    const install = sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
    expect(install.status, install.stderr).toBe(0);
    const version = sh('npx', ['--no-install', 'pysockfix', '--version'], app);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    writeFileSync(path.join(app, 'sample.py'), SAFE);
    const check = sh('npx', ['--no-install', 'pysockfix', 'sample.py'], app);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('sample.py:6:5: SOCK001');
    // The library API, with its types, from the installed package.
    const lib = sh(process.execPath, ['--input-type=module', '-e', "import { initParser, lintSource } from 'pysockfix'; await initParser(); console.log(lintSource('import socket\\ns = socket.socket()\\ns.close()\\n').findings[0].outcome)"], app);
    expect(lib.stdout.trim()).toBe('fix-safe');
  }, 600_000);
});

describe('--add-noqa', () => {
  it('adds noqa to every finding, merges codes, keeps bare noqa, and is idempotent', () => {
    const dir = mkdtempSync(path.join(work, 'noqa-'));
    const file = path.join(dir, 'a.py');
    writeFileSync(
      file,
      'import socket\n\n\ndef f(a, sock):\n    s = socket.create_connection(a)\n    s.close()  # noqa: E501\n    sock.close()\n    srv = socket.create_server(a)\n    srv.close()\n',
    );
    const r = runCli(['--add-noqa', 'a.py'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Added 2 noqa directives to 1 file.');
    expect(readFileSync(file, 'utf8')).toBe(
      'import socket\n\n\ndef f(a, sock):\n    s = socket.create_connection(a)\n    s.close()  # noqa: E501, SOCK001\n    sock.close()  # noqa: SOCK001\n    srv = socket.create_server(a)\n    srv.close()\n',
    );
    expect(runCli(['--add-noqa', 'a.py'], { cwd: dir }).stdout).toContain('Added 0 noqa directives');
    expect(runCli(['a.py'], { cwd: dir }).code).toBe(0);
  });
});

describe('multi-repository runs', () => {
  it('json gives per-path results', () => {
    const dir = mkdtempSync(path.join(work, 'fleet-'));
    for (const repo of ['repo-a', 'repo-b']) {
      mkdirSync(path.join(dir, repo));
      writeFileSync(path.join(dir, repo, 'svc.py'), repo === 'repo-a' ? SAFE : 'x = 1\n');
    }
    const r = runCli(['--write', 'repo-a', 'repo-b', '--output-format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).paths).toEqual([
      { path: 'repo-a', files: 1, changed: 1, failed: 0, diagnostics: 1 },
      { path: 'repo-b', files: 1, changed: 0, failed: 0, diagnostics: 0 },
    ]);
  });
});

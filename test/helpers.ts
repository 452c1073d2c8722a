// Shared test helpers: dedent for inline cases, and the built CLI.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The command users run: the package's bin (dist/cli.cjs). */
export const CLI = path.join(ROOT, (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.pysockfix);
const FIXTURES = path.join(ROOT, 'fixtures');

/** Every fixtures/<CODE>/<case>.py (not the .fixed.py files), by code and name. */
export function fixtureCases(): { code: string; name: string; file: string }[] {
  const out: { code: string; name: string; file: string }[] = [];
  for (const code of readdirSync(FIXTURES).sort()) {
    for (const f of readdirSync(path.join(FIXTURES, code)).sort()) {
      if (f.endsWith('.py') && !f.endsWith('.fixed.py')) out.push({ code, name: f.slice(0, -3), file: path.join(FIXTURES, code, f) });
    }
  }
  return out;
}

/** The ES module entry scripts name (`node dist/cli.js`): it runs the bin. */
export const ESM_CLI = path.join(ROOT, 'dist', 'cli.js');

/** Strips the common indentation of a template literal, and its first newline. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI's cache goes to a directory of this test process, so no test leaves
 * a `.pysockfix_cache` in the tree it checks (test/cache.test.ts asks for the
 * default place itself, with PYSOCKFIX_CACHE_DIR set empty).
 */
const CACHE_DIR = mkdtempSync(path.join(tmpdir(), 'pysockfix-test-cache-'));
/** The launcher's V8 code cache (src/cli.ts) too: not the user's ~/.cache (test/launcher.test.ts asks for its own). */
export const CODE_CACHE_DIR = path.join(CACHE_DIR, 'code');
// Ex) a test that spawns the CLI itself with {...process.env}
process.env.PYSOCKFIX_CACHE_DIR = CACHE_DIR;
process.env.PYSOCKFIX_CODE_CACHE_DIR = CODE_CACHE_DIR;

function cliEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', CI: 'true', PYSOCKFIX_CACHE_DIR: CACHE_DIR, PYSOCKFIX_CODE_CACHE_DIR: CODE_CACHE_DIR, ...env };
}

/** runCli without blocking: for runs that must overlap. */
export function runCliAsync(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: cliEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number } = {}): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: cliEnv(options.env),
    timeout: options.timeout ?? 60_000,
    // A whole tree's JSON is several MB: the default 1 MB buffer would cut it (and both runs the same way)
    maxBuffer: 1 << 30,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** pyenv's Python 2.7 (CI's machine has it; `pyenv versions`). */
export function python2(): string {
  const root = spawnSync('pyenv', ['root'], { encoding: 'utf8' }).stdout?.trim() || path.join(process.env.HOME ?? '/root', '.pyenv');
  const versions = existsSync(path.join(root, 'versions')) ? readdirSync(path.join(root, 'versions')).filter((v) => v.startsWith('2.7')) : [];
  return versions.length ? path.join(root, 'versions', versions.sort().at(-1)!, 'bin', 'python') : 'python2.7';
}

#!/usr/bin/env node
// Proof on real code: rewrite a copy of the CPython standard library with
// `pysockfix --write`, check that it still compiles and that a second run
// changes nothing, then run CPython's own test modules on the rewritten copy and
// on an untouched copy and compare them test by test.
//
//   npm run proof:stdlib                 # the full run
//   npm run proof:stdlib -- --short      # CI: rewrite, compile, idempotency + 4 test modules
//   npm run proof:stdlib -- --modules test_ftplib,test_poplib --out DIR --keep
//
// Network safety: no module runs with `-u network` except test_socketserver,
// which refuses to run without it but stays on loopback (checked below first).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const BASE_MODULES = [
  'test_socketserver', 'test_ftplib', 'test_poplib', 'test_smtplib', 'test_imaplib', 'test_telnetlib',
  'test_logging', 'test_httplib', 'test_urllib2_localnet', 'test_xmlrpc', 'test_wsgiref', 'test_asyncio',
  'test_socket', 'test_ssl', 'test_selectors', 'test_urllib2', 'test_nntplib',
];
const SHORT_MODULES = ['test_socketserver', 'test_ftplib', 'test_poplib', 'test_smtplib'];
/** Modules that may use the network resource: only this one, and only after the loopback check. */
const NETWORK_ALLOWED = new Set(['test_socketserver']);
/** Extra regrtest arguments per module. */
const MODULE_ARGS = { test_socket: ['-i', '*VSOCK*'] };

const { values: opts } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    modules: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    jobs: { type: 'string' },
    timeout: { type: 'string', default: '1200' },
  },
});

const log = (...a) => console.log(...a);
const python = 'python3';

function sh(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (r.error) throw r.error;
  return r;
}

function stdlibDir() {
  return sh(python, ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).stdout.trim();
}

/** Runs one regrtest module on a copy; returns per-test results parsed from its JUnit XML. */
function runModule(copy, module, outDir, label) {
  return new Promise((resolve) => {
    const xml = path.join(outDir, `${label}-${module}.xml`);
    const args = ['-m', 'test', module, '--junit-xml', xml, '--timeout', opts.timeout, ...(MODULE_ARGS[module] ?? [])];
    if (NETWORK_ALLOWED.has(module)) args.push('-u', 'network');
    const child = spawn(python, args, {
      cwd: outDir,
      env: { ...process.env, PYTHONPATH: copy, PYTHONDONTWRITEBYTECODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), (Number(opts.timeout) + 120) * 1000);
    child.on('close', (code) => {
      clearTimeout(killer);
      writeFileSync(path.join(outDir, `${label}-${module}.log`), output);
      const tests = new Map();
      if (existsSync(xml)) {
        for (const m of readFileSync(xml, 'utf8').matchAll(/<testcase name="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
          const body = m[3] ?? '';
          const state = /<failure|<error/.test(body) ? 'failed' : /<skipped/.test(body) ? 'skipped' : 'passed';
          tests.set(m[1], state);
        }
      }
      const resourceSkip = /skipped -- Use of the '(\w+)' resource not enabled/.exec(output);
      resolve({ module, code, tests, resourceSkip: resourceSkip?.[1] ?? null, output });
    });
  });
}

async function pool(items, size, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

/** test_socketserver needs the network resource: check that it only talks to loopback. */
function checkSocketserverLoopback(copy) {
  const source = readFileSync(path.join(copy, 'test', 'test_socketserver.py'), 'utf8');
  const helper = readFileSync(path.join(copy, 'test', 'support', 'socket_helper.py'), 'utf8');
  const host = /^HOST = "([^"]+)"/m.exec(helper)?.[1];
  const usesHelperHost = /^HOST = socket_helper\.HOST$/m.test(source);
  const literals = [...source.matchAll(/["']((?:\d{1,3}\.){3}\d{1,3}|[a-z0-9-]+\.(?:com|org|net|io))["']/gi)].map((m) => m[1]);
  const foreign = literals.filter((h) => !h.startsWith('127.') && h !== '0.0.0.0');
  const ok = host === 'localhost' && usesHelperHost && foreign.length === 0;
  log(`loopback check for test_socketserver: HOST=${host}, uses socket_helper.HOST=${usesHelperHost}, other hosts: ${foreign.join(', ') || 'none'} => ${ok ? 'ok' : 'REFUSED'}`);
  return ok;
}

function changedTestModules(changed, copy) {
  const mods = new Set();
  for (const rel of changed) {
    const parts = rel.split('/');
    if (parts[0] === 'test') {
      const name = parts[1].replace(/\.py$/, '');
      if (name.startsWith('test_') && (parts.length === 2 || existsSync(path.join(copy, 'test', name, '__init__.py')))) mods.add(name);
      continue;
    }
    const candidate = `test_${parts[0].replace(/\.py$/, '')}`;
    if (existsSync(path.join(copy, 'test', `${candidate}.py`)) || existsSync(path.join(copy, 'test', candidate))) mods.add(candidate);
  }
  return mods;
}

async function main() {
  if (!existsSync(CLI)) throw new Error('build first: npm run build');
  const stdlib = stdlibDir();
  const work = opts.out ? path.resolve(opts.out) : mkdtempSync(path.join(tmpdir(), 'pysockfix-proof-'));
  mkdirSync(work, { recursive: true });
  const rewritten = path.join(work, 'rewritten');
  const untouched = path.join(work, 'untouched');
  const filter = (src) => !src.includes(`${path.sep}site-packages`) && !src.includes(`${path.sep}__pycache__`);
  log(`copying ${stdlib} (without site-packages) to ${work}`);
  for (const dest of [rewritten, untouched]) {
    rmSync(dest, { recursive: true, force: true });
    cpSync(stdlib, dest, { recursive: true, filter, verbatimSymlinks: true });
  }

  // 2. The rewrite, with its JSON report.
  const t0 = Date.now();
  const run = sh(process.execPath, [CLI, '--write', '--output-format', 'json', '--show-skipped', '--no-respect-gitignore', rewritten], { cwd: work });
  writeFileSync(path.join(work, 'pysockfix.json'), run.stdout);
  const report = JSON.parse(run.stdout);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const changed = report.files.filter((f) => f.status === 'changed').map((f) => path.relative(rewritten, path.resolve(work, f.path)));
  const failedFiles = report.files.filter((f) => f.status === 'failed');
  log(`pysockfix --write: ${report.files.length} files in ${seconds} s, ${changed.length} changed, ${failedFiles.length} failed to read (exit ${run.status})`);
  for (const f of failedFiles) log(`  not read: ${f.path}: ${f.error}`);

  // 3. Every changed file compiles; a second run changes nothing.
  const pycDir = path.join(work, 'pyc');
  mkdirSync(pycDir, { recursive: true });
  const compile = sh(python, [
    '-c',
    'import os, py_compile, sys\nfor i, f in enumerate(sys.argv[2:]): py_compile.compile(f, cfile=os.path.join(sys.argv[1], "%d.pyc" % i), doraise=True)',
    pycDir,
    ...changed.map((c) => path.join(rewritten, c)),
  ]);
  const compiles = compile.status === 0;
  log(`py_compile of ${changed.length} changed files: ${compiles ? 'ok' : `FAILED\n${compile.stderr}`}`);
  const second = sh(process.execPath, [CLI, '--diff', '--no-respect-gitignore', '-q', rewritten], { cwd: work });
  const idempotent = second.stdout.trim() === '';
  log(`second run (--diff): ${idempotent ? 'no changes' : `CHANGES\n${second.stdout.slice(0, 2000)}`}`);

  // The copy is what python imports: show it.
  const where = sh(python, ['-c', 'import socket, socketserver, ftplib, test; print(socket.__file__); print(socketserver.__file__); print(ftplib.__file__); print(test.__file__)'], {
    env: { ...process.env, PYTHONPATH: rewritten },
  }).stdout.trim();
  log(`imported from the rewritten copy:\n  ${where.split('\n').join('\n  ')}`);
  if (!where.split('\n').every((l) => l.startsWith(rewritten))) throw new Error('the rewritten copy is not the one imported');

  // 4. The test modules, on both copies.
  let modules = opts.modules ? opts.modules.split(',') : opts.short ? SHORT_MODULES : [...BASE_MODULES];
  if (!opts.short && !opts.modules) {
    for (const m of changedTestModules(changed, rewritten)) if (!modules.includes(m)) modules.push(m);
  }
  if (modules.includes('test_socketserver') && !checkSocketserverLoopback(untouched)) modules = modules.filter((m) => m !== 'test_socketserver');
  const jobs = Number(opts.jobs ?? Math.max(1, availableParallelism()));
  log(`running ${modules.length} test modules on both copies, ${jobs} at a time: ${modules.join(' ')}`);
  const resultsDir = path.join(work, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const pairs = await pool(modules, jobs, async (m) => {
    const before = await runModule(untouched, m, resultsDir, 'untouched');
    const after = await runModule(rewritten, m, resultsDir, 'rewritten');
    log(`  ${m}: untouched exit ${before.code}, rewritten exit ${after.code}`);
    return { m, before, after };
  });

  // 5. Compare per module and per test case.
  const rows = [];
  let regressions = 0;
  for (const { m, before, after } of pairs) {
    const count = (r, s) => [...r.tests.values()].filter((x) => x === s).length;
    const lost = [...before.tests].filter(([name, s]) => s === 'passed' && after.tests.get(name) !== 'passed').map(([n]) => n);
    const notRun = before.resourceSkip || before.tests.size === 0;
    regressions += lost.length;
    if (!notRun && after.tests.size === 0) regressions++;
    rows.push({
      module: m,
      run: notRun ? `not run${before.resourceSkip ? ` (resource ${before.resourceSkip})` : ''}` : String(before.tests.size - count(before, 'skipped')),
      before: count(before, 'failed'),
      after: count(after, 'failed'),
      lost,
    });
  }
  const table = ['| module | tests run | failures before | failures after | passing before, not after |', '|---|---|---|---|---|'];
  for (const r of rows) table.push(`| ${r.module} | ${r.run} | ${r.before} | ${r.after} | ${r.lost.length ? r.lost.join(', ') : 0} |`);
  log(`\n${table.join('\n')}\n`);

  // 6. The report.
  const byOutcome = {};
  const byReason = {};
  for (const d of report.diagnostics) {
    const key = d.outcome === 'skipped' ? 'skipped' : `${d.outcome}${d.fixed ? ' (fixed)' : ''}`;
    byOutcome[key] = (byOutcome[key] ?? 0) + 1;
    if (d.outcome === 'skipped') byReason[d.reason] = (byReason[d.reason] ?? 0) + 1;
  }
  const samples = [];
  const sampled = changed.filter((_, i) => i % Math.max(1, Math.floor(changed.length / 20)) === 0).slice(0, 20);
  for (const rel of sampled) {
    const a = readFileSync(path.join(untouched, rel), 'latin1');
    const b = readFileSync(path.join(rewritten, rel), 'latin1');
    samples.push(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, a, b, '', '', { context: 2 }).replace(/^=+\n/, ''));
  }
  const md = [
    '# pysockfix on the CPython standard library',
    '',
    `- python: ${sh(python, ['--version']).stdout.trim()} (${stdlib})`,
    `- files scanned: ${report.files.length}; changed: ${changed.length}; not readable: ${failedFiles.length}`,
    `- findings by outcome: ${JSON.stringify(byOutcome)}`,
    `- skipped by reason: ${JSON.stringify(byReason)}`,
    `- every changed file compiles: ${compiles}; second run changes nothing: ${idempotent}`,
    `- test modules: ${modules.length}; regressions: ${regressions}`,
    '',
    table.join('\n'),
    '',
    '## Sampled rewrites',
    '',
    ...samples.map((s) => `\`\`\`diff\n${s}\`\`\``),
  ].join('\n');
  writeFileSync(path.join(work, 'report.md'), md);
  log(`report: ${path.join(work, 'report.md')}`);
  log(`files scanned ${report.files.length}, changed ${changed.length}, fixes ${JSON.stringify(byOutcome)}, skipped ${JSON.stringify(byReason)}`);
  log(`${regressions === 0 && compiles && idempotent ? 'PASS' : 'FAIL'}: ${regressions} regressions`);
  if (!opts.keep && !opts.out) rmSync(work, { recursive: true, force: true });
  process.exitCode = regressions === 0 && compiles && idempotent ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});

#!/usr/bin/env node
// The speed benchmark (npm run bench): pysockfix against its peer (ast-grep)
// and the I/O floor (grep), on the python3 lib directory and on that tree
// copied 4 times, all in this one run, each command run --runs times
// (default 5) interleaved after a warm-up. Prints medians, peak RSS, the
// ratios, and where pysockfix's time goes.
//
//   npm run bench                 # the full run
//   npm run bench -- --runs 3     # fewer rounds
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The command users run (the package's bin, as npm links it and pre-commit calls it): dist/cli.cjs.
const CLI = path.join(ROOT, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).bin.pysockfix);
const AST_GREP = path.join(ROOT, 'node_modules', '.bin', 'ast-grep');
const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } } });
const RUNS = Math.max(1, Number(opts.runs));

/** Joins the .py files under argv[1] (its top level, then one level down, by name) into argv[2] until argv[3] bytes. */
const BIG_FILE_SCRIPT = `
import glob, os, sys
root, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
parts, size = [], 0
for f in sorted(glob.glob(os.path.join(root, '*.py'))) + sorted(glob.glob(os.path.join(root, '*', '*.py'))):
    try:
        text = open(f, encoding='utf-8').read()
        compile(text, f, 'exec')
    except Exception:
        continue
    if 'from __future__' in text:
        continue
    parts.append(text if text.endswith('\\n') else text + '\\n')
    size += len(parts[-1].encode())
    if size >= limit:
        break
open(out, 'w', encoding='utf-8').write(''.join(parts))
`;

function libDir() {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' });
  return r.stdout.trim();
}

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MB. */
function measure(cmd, args, before) {
  before?.();
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  // pysockfix exits 2 on the corpus: a few CPython test files are undecodable on purpose.
  if (r.status !== 0 && r.status !== 1 && r.status !== 2) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return { wall, rss, stdout: r.stdout, stderr: r.stderr };
}

/** A small file (1 KB) of ordinary socket code: the start-up cost without much to parse. */
const SMALL_FILE = `import socket


def fetch(host, port, request):
    sock = socket.create_connection((host, port), timeout=5)
    try:
        sock.sendall(request)
        chunks = []
        while True:
            data = sock.recv(4096)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)
    finally:
        sock.close()


class Client(object):
    def __init__(self, host, port):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.connect((host, port))

    def send(self, data):
        self.sock.sendall(data)

    def close(self):
        self.sock.close()
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function main() {
  for (const need of [CLI, AST_GREP, '/usr/bin/time']) if (!existsSync(need)) throw new Error(`missing ${need} (npm ci, npm run build; apt-get install time)`);
  const lib = libDir();
  const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-bench-'));
  // Copies outside any git checkout, so every tool sees the same files (pyenv's .gitignore hides versions/).
  const c1 = path.join(work, 'c1');
  const c4 = path.join(work, 'c4');
  console.log(`copying ${lib} to ${c1} and 4 times to ${c4}`);
  const filter = (src) => !src.includes(`${path.sep}__pycache__`);
  cpSync(lib, c1, { recursive: true, filter, verbatimSymlinks: true });
  for (let i = 0; i < 4; i++) cpSync(c1, path.join(c4, `copy${i}`), { recursive: true, verbatimSymlinks: true });
  const oneFile = path.join(work, 'one_file.py');
  writeFileSync(oneFile, readFileSync(path.join(lib, 'ftplib.py')));
  const smallFile = path.join(work, 'small_file.py');
  writeFileSync(smallFile, SMALL_FILE);
  // The dense line: a 5 MB list of numbers on one line, and a close beside it.
  const denseFile = path.join(work, 'dense_line.py');
  writeFileSync(denseFile, `import socket\ns = socket.socket()\nx = [${'1,'.repeat(2_500_000)}1]\ns.close()\n`);
  const denseMB = statSync(denseFile).size / 2 ** 20;
  // The 20 MB file: the lib directory's modules (its top level, then one level down, by name) end to end,
  // those that compile and hold no `from __future__` (which must open a module), until 20 MB.
  const bigFile = path.join(work, 'big_file.py');
  const joined = spawnSync('python3', ['-c', BIG_FILE_SCRIPT, c1, bigFile, String(20 * 2 ** 20)], { encoding: 'utf8' });
  if (joined.status !== 0) throw new Error(`building ${bigFile}: ${joined.stderr}`);
  const bigMB = statSync(bigFile).size / 2 ** 20;
  // The launcher's V8 code cache (src/cli.ts) is the bench's own; the warm-up round fills it, as any first run does.
  process.env.PYSOCKFIX_CODE_CACHE_DIR = path.join(work, 'code-cache');
  // A pre-commit run: a project whose cache is warm (filled by the warm-up), and 5 of its files changed since.
  // The 5 are the first top-level modules, by name, that import socket (not picked for size).
  const pc = path.join(work, 'pc');
  cpSync(c1, pc, { recursive: true, verbatimSymlinks: true });
  const changed = readdirSync(pc)
    .filter((n) => n.endsWith('.py') && /^(import socket|from socket import)/m.test(readFileSync(path.join(pc, n), 'utf8')))
    .sort()
    .slice(0, 5)
    .map((n) => path.join(pc, n));
  let edits = 0;
  const change = () => {
    edits++;
    for (const f of changed) appendFileSync(f, `# edit ${edits}\n`);
  };

  // Cold runs read and write no cache; the warm run has its own, filled by the warm-up round.
  const py = (dir, jobs) => [CLI, dir, '--output-format', 'json', '--no-respect-gitignore', '--no-cache', ...(jobs ? ['--jobs', String(jobs)] : [])];
  const cacheDir = path.join(work, 'cache');
  const warm = [CLI, c1, '--output-format', 'json', '--no-respect-gitignore', '--cache-dir', cacheDir];
  const commands = [
    { name: 'pysockfix c1 (default jobs)', corpus: 1, cmd: process.execPath, args: py(c1) },
    { name: 'pysockfix c1 --jobs 1', corpus: 1, cmd: process.execPath, args: py(c1, 1) },
    { name: 'pysockfix c1 warm (cache)', corpus: 1, cmd: process.execPath, args: warm },
    { name: 'ast-grep c1', corpus: 1, cmd: AST_GREP, args: ['run', '--lang', 'python', '-p', '$S.close()', '--globs', '*.py', c1] },
    { name: 'grep c1', corpus: 1, cmd: 'grep', args: ['-rl', '\\.close(', '--include=*.py', c1] },
    { name: 'pysockfix c4 (default jobs)', corpus: 4, cmd: process.execPath, args: py(c4) },
    { name: 'ast-grep c4', corpus: 4, cmd: AST_GREP, args: ['run', '--lang', 'python', '-p', '$S.close()', '--globs', '*.py', c4] },
    { name: 'grep c4', corpus: 4, cmd: 'grep', args: ['-rl', '\\.close(', '--include=*.py', c4] },
    { name: 'pysockfix one_file.py', corpus: 0, cmd: process.execPath, args: [CLI, oneFile, '--no-cache'] },
    { name: 'pysockfix small_file.py', corpus: 0, cmd: process.execPath, args: [CLI, smallFile, '--no-cache'] },
    { name: 'pysockfix dense_line.py', corpus: 0, cmd: process.execPath, args: [CLI, denseFile, '--no-cache'] },
    { name: 'pysockfix big_file.py (20 MB)', corpus: 0, cmd: process.execPath, args: [CLI, bigFile, '--no-cache', '--max-file-size', '0'] },
    { name: 'pysockfix pre-commit 5 files', corpus: 0, cmd: process.execPath, args: [CLI, '--cache-dir', path.join(work, 'pc-cache'), ...changed], before: change },
    { name: 'node -e 0', corpus: 0, cmd: process.execPath, args: ['-e', '0'] },
  ];
  console.log(`warm-up, then ${RUNS} interleaved rounds of ${commands.length} commands`);
  // Ex) the pre-commit project's cache is filled by a whole run first
  measure(process.execPath, [CLI, pc, '--output-format', 'json', '--no-respect-gitignore', '--cache-dir', path.join(work, 'pc-cache')]);
  for (const c of commands) measure(c.cmd, c.args, c.before);
  const samples = new Map(commands.map((c) => [c.name, { wall: [], rss: [] }]));
  for (let round = 0; round < RUNS; round++) {
    for (const c of commands) {
      const m = measure(c.cmd, c.args, c.before);
      samples.get(c.name).wall.push(m.wall);
      samples.get(c.name).rss.push(m.rss);
    }
    console.log(`  round ${round + 1}/${RUNS} done`);
  }
  const med = (name) => median(samples.get(name).wall);
  const peak = (name) => Math.max(...samples.get(name).rss);

  const files = JSON.parse(measure(process.execPath, py(c1)).stdout).files.length;
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(`\nmachine: ${cpus().length} cores (${cpu}), node ${process.version}; corpus 1: ${lib} (${files} .py files), corpus 2: 4 copies\n`);
  console.log('| command | median s | peak RSS MB |');
  console.log('|---|---|---|');
  for (const c of commands) console.log(`| ${c.name} | ${med(c.name).toFixed(3)} | ${peak(c.name).toFixed(0)} |`);

  const ratios = [
    ['pysockfix / ast-grep (c1)', med('pysockfix c1 (default jobs)') / med('ast-grep c1'), '<= 0.2'],
    ['pysockfix / ast-grep (c4)', med('pysockfix c4 (default jobs)') / med('ast-grep c4'), '<= 0.2'],
    ['pysockfix warm (cache) / ast-grep (c1)', med('pysockfix c1 warm (cache)') / med('ast-grep c1'), '<= 0.05'],
    ['pysockfix / grep (c1)', med('pysockfix c1 (default jobs)') / med('grep c1'), ''],
    ['4x corpus / 1x corpus (pysockfix)', med('pysockfix c4 (default jobs)') / med('pysockfix c1 (default jobs)'), '<= 4.2'],
    ['jobs 1 / default (c1)', med('pysockfix c1 --jobs 1') / med('pysockfix c1 (default jobs)'), ''],
    ['small file - node -e 0 (ms)', (med('pysockfix small_file.py') - med('node -e 0')) * 1000, '<= 80'],
    ['one file (ftplib.py) - node -e 0 (ms)', (med('pysockfix one_file.py') - med('node -e 0')) * 1000, '<= 100'],
    ['pre-commit, 5 changed files, warm - node -e 0 (ms)', (med('pysockfix pre-commit 5 files') - med('node -e 0')) * 1000, '<= 150'],
    ['dense 5 MB line (MB/s)', denseMB / med('pysockfix dense_line.py'), '>= 1'],
    ['dense 5 MB line, peak RSS (MB)', peak('pysockfix dense_line.py'), `<= ${(5 * denseMB + 300).toFixed(0)} (5x the file + 300)`],
    [`${bigMB.toFixed(0)} MB file of modules (MB/s)`, bigMB / med('pysockfix big_file.py (20 MB)'), '>= 1'],
    [`${bigMB.toFixed(0)} MB file of modules, peak RSS (MB)`, peak('pysockfix big_file.py (20 MB)'), `<= ${(5 * bigMB + 300).toFixed(0)} (5x the file + 300)`],
  ];
  console.log('\n| ratio | value | target |');
  console.log('|---|---|---|');
  for (const [name, value, target] of ratios) console.log(`| ${name} | ${value.toFixed(2)} | ${target} |`);

  // Where the time goes: one --jobs 1 run with the hidden --timings breakdown.
  const t = measure(process.execPath, [...py(c1, 1), '--timings']);
  const breakdown = JSON.parse(t.stderr.split('\n').find((l) => l.startsWith('{"wall"')));
  const grepFloor = med('grep c1') * 1000;
  console.log(`\nwhere pysockfix's time goes (--jobs 1, corpus 1, ms): ${JSON.stringify(breakdown)}`);
  const outside = breakdown.wall.walk + breakdown.wall.report + breakdown.threads.read + breakdown.threads.decode + breakdown.threads.prefilter;
  console.log(`outside parsing and analysis: ${outside.toFixed(0)} ms = ${(outside / grepFloor).toFixed(2)}x the grep floor (${grepFloor.toFixed(0)} ms); target <= 2x`);
  if (!opts.keep) rmSync(work, { recursive: true, force: true });
}

main();

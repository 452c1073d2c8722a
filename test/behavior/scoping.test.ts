// Safe fixes must run: every name a fix writes resolves, where it writes it,
// to the socket module (Python's own scoping), and a Python 2 file's guard
// catches Python 2's socket.error. Each program is checked by the real CLI,
// rewritten with --write, and then run under the Python its header names.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { python2, ROOT, runCli } from '../helpers.js';

const PROGRAMS = path.join(ROOT, 'test', 'behavior', 'scoping');
const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-scoping-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PYTHONS = { python3: 'python3', python2: python2() };

function header(text: string, key: string): string | null {
  return new RegExp(`^# ${key}: (.*)$`, 'm').exec(text)?.[1] ?? null;
}

interface Program {
  name: string;
  source: string;
}

/** The SOCK001 finding, the rewritten file, and what the rewritten program prints. */
function checkAndRun(program: Program) {
  const python = header(program.source, 'python') as keyof typeof PYTHONS;
  const [outcome, ...reason] = header(program.source, 'outcome')!.split(' ');
  const dir = mkdtempSync(path.join(work, 'case-'));
  copyFileSync(path.join(PROGRAMS, 'harness.py'), path.join(dir, 'harness.py'));
  const file = path.join(dir, 'prog.py');
  writeFileSync(file, program.source);
  // The program runs as written.
  const before = spawnSync(PYTHONS[python], [file], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  expect(before.status, before.stderr).toBe(0);
  const json = JSON.parse(runCli(['--output-format', 'json', '--show-skipped', '--select', 'SOCK001', 'prog.py'], { cwd: dir }).stdout);
  const findings = json.diagnostics.filter((d: { code: string }) => d.code === 'SOCK001');
  expect(findings.map((d: { outcome: string; reason?: string }) => [d.outcome, d.reason ?? ''])).toEqual([[outcome, reason.join(' ')]]);
  const write = runCli(['--write', ...(outcome === 'fix-unsafe' ? ['--unsafe-fixes'] : []), 'prog.py'], { cwd: dir });
  expect([0, 1], write.stderr).toContain(write.code);
  const fixed = readFileSync(file, 'utf8');
  expect(fixed).toContain('.shutdown(');
  const after = spawnSync(PYTHONS[python], [file], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  return { outcome, fixed, after, safeOnly: runCli(['--write', 'prog.py'], { cwd: dir }) };
}

const files = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py') && f !== 'harness.py').sort();

describe.each(files)('%s', (name) => {
  const source = readFileSync(path.join(PROGRAMS, name), 'utf8');
  it('gets the outcome its header names, and the rewritten program runs', () => {
    const { outcome, fixed, after } = checkAndRun({ name, source });
    // A safe fix must run: the program prints OK after the rewrite. So must an unsafe one,
    // unless the header says why it may not (that is what made it unsafe).
    if (outcome === 'fix-safe' || header(source, 'unsafe-fix-breaks') !== 'yes') {
      expect(after.status, `${fixed}\n${after.stderr}`).toBe(0);
      expect(after.stdout.trim()).toBe('OK');
    }
    const except = header(source, 'except');
    if (except) expect(fixed).toContain(`except ${except}:`);
  });
});

// Python 2: each file below uses one piece of syntax only Python 2 has (and nothing else that
// tells). The fix's guard must catch Python 2's socket.error: connect_ex() to a closed port
// leaves the socket unconnected, so the shutdown raises ENOTCONN there.
const PY2_MARKERS: [string, string][] = [
  ['raise with a message', 'raise ValueError, "legacy"'],
  ['backticks', 'return `1`'],
  ['ur string', 'return ur"legacy"'],
  ['old octal', 'return 0777'],
  ['long literal', 'return 10L'],
  ['<> operator', 'return 1 <> 2'],
  ['print chevron', 'print >>sys.stderr, "legacy"'],
  ['print statement', 'print "legacy"'],
  ['except comma', 'try:\n        pass\n    except ValueError, e:\n        pass'],
  ['no marker at all', 'return None'],
];

describe.each(PY2_MARKERS)('Python 2 file with %s', (_name, marker) => {
  it('gets a guard that catches socket.error, and runs under Python 2.7', () => {
    const source = [
      '# python: python2',
      '# outcome: fix-safe',
      'import socket',
      'import sys',
      '',
      'from harness import refused_address',
      '',
      '',
      'def legacy():',
      `    ${marker}`,
      '',
      '',
      'def probe(addr):',
      '    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)',
      '    s.connect_ex(addr)',
      '    s.close()',
      '    return s',
      '',
      '',
      'probe(refused_address())',
      'sys.stdout.write("OK\\n")',
      '',
    ].join('\n');
    const { fixed, after } = checkAndRun({ name: 'py2', source });
    expect(fixed).toContain('except socket.error:');
    expect(after.status, `${fixed}\n${after.stderr}`).toBe(0);
    expect(after.stdout.trim()).toBe('OK');
  });
});

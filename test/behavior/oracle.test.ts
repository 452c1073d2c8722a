// The shared oracle (../shared/oracle): each case's original.py is rewritten by
// the real pysockfix, run on loopback, and its key must match the column that
// EXPECTED.md names (the oracle's own original.py or fixed.py).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const ORACLE = path.resolve(ROOT, '..', 'shared', 'oracle');
const present = existsSync(path.join(ORACLE, 'EXPECTED.md'));
// CI always has the oracle beside the clone; elsewhere it may be absent.
const suite = present || process.env.CI ? describe : describe.skip;

interface Row {
  name: string;
  action: string;
  column: 'fixed.py' | 'original.py' | 'either';
}

function expectedRows(): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(path.join(ORACLE, 'EXPECTED.md'), 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || !/^[a-z]\d?_/.test(cells[1])) continue;
    const column = cells[4].startsWith('either') ? 'either' : (cells[4] as Row['column']);
    rows.push({ name: cells[1], action: cells[3], column });
  }
  return rows;
}

interface OracleResult {
  case: string;
  original: { key?: string };
  fixed: { key?: string };
}

function runOracle(dir: string, noCheck: boolean): Map<string, OracleResult> {
  const r = spawnSync('python3', ['run_oracle.py', '--json', ...(noCheck ? ['--no-check'] : [])], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 240_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return new Map((JSON.parse(r.stdout) as OracleResult[]).map((x) => [x.case, x]));
}

suite('the shared behaviour oracle', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-oracle-'));
  let reference: Map<string, OracleResult>;
  let ours: Map<string, OracleResult>;
  const rows = present ? expectedRows() : [];

  beforeAll(() => {
    const refDir = path.join(work, 'reference');
    const ourDir = path.join(work, 'ours');
    cpSync(ORACLE, refDir, { recursive: true });
    cpSync(ORACLE, ourDir, { recursive: true });
    // CI lays shared/ out without write bits, and pysockfix leaves read-only files alone.
    for (const dir of [refDir, ourDir]) spawnSync('chmod', ['-R', 'u+w', dir]);
    for (const row of rows) {
      const caseDir = path.join(ourDir, 'cases', row.name);
      const fixed = path.join(caseDir, 'fixed.py');
      writeFileSync(fixed, readFileSync(path.join(caseDir, 'original.py')));
      const r = runCli(['--write', fixed]);
      expect([0, 1], r.stderr).toContain(r.code);
    }
    reference = runOracle(refDir, false);
    ours = runOracle(ourDir, true);
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('covers every case in EXPECTED.md', () => {
    expect(rows.length).toBeGreaterThanOrEqual(11);
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const ref = reference.get(row.name)!;
    const mine = ours.get(row.name)!;
    expect(mine.fixed.key, 'the rewritten program ran to completion').toBeTruthy();
    const want = row.column === 'original.py' ? ref.original.key : ref.fixed.key;
    if (row.column === 'either') expect(ref.original.key).toBe(ref.fixed.key);
    expect(mine.fixed.key).toBe(want);
  });
});

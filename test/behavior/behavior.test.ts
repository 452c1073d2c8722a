// Behaviour on loopback: each program runs as written and after
// `pysockfix --write`, and must print the key its header gives. This is the
// oracle's question asked of our own programs: does the rewrite help where it
// should, and leave alone the sites where shutdown would break the program?
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const PROGRAMS = path.join(ROOT, 'test', 'behavior', 'programs');
const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-behavior-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function header(text: string, key: string): string | null {
  return new RegExp(`^# ${key}: (.*)$`, 'm').exec(text)?.[1] ?? null;
}

function runPython(file: string): string {
  const r = spawnSync('python3', [file], { encoding: 'utf8', timeout: 15_000, cwd: path.dirname(file) });
  expect(r.status, `${file} exited ${r.status}: ${r.stderr}`).toBe(0);
  return r.stdout.trim();
}

/** Is the `# target` close preceded by pysockfix's guarded shutdown? */
function targetGuarded(text: string): boolean {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes('# target'));
  const receiver = /(\S+)\.close\(\)/.exec(lines[i])![1];
  return lines[i - 1]?.trim() === 'pass' && lines[i - 3]?.includes(`${receiver}.shutdown(`);
}

const programs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).sort();

describe.each(programs)('%s', (name) => {
  const source = readFileSync(path.join(PROGRAMS, name), 'utf8');
  const expectation = header(source, 'expect');

  it('is rewritten where shutdown helps, untouched where it breaks, and behaves as the header says', () => {
    const dir = mkdtempSync(path.join(work, 'case-'));
    copyFileSync(path.join(PROGRAMS, 'keycert.pem'), path.join(dir, 'keycert.pem'));
    const original = path.join(dir, 'original.py');
    const fixed = path.join(dir, 'fixed.py');
    copyFileSync(path.join(PROGRAMS, name), original);
    copyFileSync(path.join(PROGRAMS, name), fixed);
    const r = runCli(['--write', fixed]);
    expect([0, 1]).toContain(r.code);
    const after = readFileSync(fixed, 'utf8');
    expect(targetGuarded(after)).toBe(expectation === 'fix');
    expect(runPython(original)).toBe(header(source, 'original-key'));
    expect(runPython(fixed)).toBe(header(source, expectation === 'fix' ? 'fixed-key' : 'original-key'));
  });
});

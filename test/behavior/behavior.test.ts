// Behaviour on loopback: each program runs as written and after
// `pysockfix --write`, and must print the key its header gives. This is the
// oracle's question asked of our own programs: does the rewrite help where it
// should, and leave alone the sites where shutdown would break the program?
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { python2, ROOT, runCli } from '../helpers.js';

const PROGRAMS = path.join(ROOT, 'test', 'behavior', 'programs');
const work = mkdtempSync(path.join(tmpdir(), 'pysockfix-behavior-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function header(text: string, key: string): string | null {
  return new RegExp(`^# ${key}: (.*)$`, 'm').exec(text)?.[1] ?? null;
}

/** A program runs under python3, or under Python 2.7 when its header says `# python: python2`. */
function runPython(file: string, python: string | null): string {
  const r = spawnSync(python === 'python2' ? python2() : 'python3', [file], { encoding: 'utf8', timeout: 15_000, cwd: path.dirname(file) });
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
    const python = header(source, 'python');
    expect(runPython(original, python)).toBe(header(source, 'original-key'));
    expect(runPython(fixed, python)).toBe(header(source, expectation === 'fix' ? 'fixed-key' : 'original-key'));
    // A program that must be left alone also says what the fix would have done: the key its forced rewrite prints.
    const forcedKey = header(source, 'forced-key');
    if (forcedKey) {
      const forced = path.join(dir, 'forced.py');
      const lines = source.split('\n');
      const i = lines.findIndex((l) => l.includes('# target'));
      const indent = /^\s*/.exec(lines[i])![0];
      const receiver = /(\S+)\.close\(\)/.exec(lines[i])![1];
      lines.splice(i, 0, `${indent}try:`, `${indent}    ${receiver}.shutdown(socket.SHUT_RDWR)`, `${indent}except socket.error:`, `${indent}    pass`);
      writeFileSync(forced, lines.join('\n'));
      expect(runPython(forced, python)).toBe(forcedKey);
    }
  });
});

// Every rule has a complete doc block (CONVENTIONS.md 2) and a fixture directory.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/index.js';
import { ROOT } from './helpers.js';

const HEADINGS = ['## What it does', '## Why is this bad?', '## Example', '## Use instead', '## Fix safety', '## References'];

describe.each(RULES.map((r) => [r.meta.code, r] as const))('%s', (code, rule) => {
  it('has every doc heading, in order', () => {
    const positions = HEADINGS.map((h) => rule.meta.doc.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
  it('has a code of the form SOCK plus three digits, and fixtures', () => {
    expect(code).toMatch(/^SOCK\d{3}$/);
    expect(existsSync(path.join(ROOT, 'fixtures', code))).toBe(true);
  });
});

describe('rule codes', () => {
  it('codes.ts lists exactly the registry\'s codes', async () => {
    const { RULE_CODES, RULE_NAMES } = await import('../src/rules/codes.js');
    expect([...RULE_CODES]).toEqual(RULES.map((r) => r.meta.code));
    expect(RULE_NAMES).toEqual(Object.fromEntries(RULES.map((r) => [r.meta.code, r.meta.name])));
  });
});

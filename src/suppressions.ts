// `# noqa`, `# noqa: SOCK001`, `# pysockfix: ignore[SOCK001]` on a line, and
// `# pysockfix: skip-file` near the top of a file.
import { comments } from './code-text.js';
import { isRuleSelector } from './rules/codes.js';

export interface Suppression {
  line: number;
  /** null: every code (a bare `# noqa`). */
  codes: string[] | null;
  /** The comment's own text, for unused-suppression reports. */
  text: string;
  used: boolean;
}

const NOQA = /#\s*noqa(?::[\s]*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/gi;
/** `# pysockfix: ignore[SOCK001, SOCK003]`, or a bare `# pysockfix: ignore` (every code, as a bare `# noqa`). */
const IGNORE = /#\s*pysockfix:\s*ignore\b(?:\[([^\]]*)\])?/gi;
const SKIP_FILE = /#\s*pysockfix:\s*skip-file\b/;

export function skipFile(text: string): boolean {
  // The first 10 lines, found without splitting the whole file.
  let end = -1;
  for (let i = 0; i < 10; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) break;
  }
  return SKIP_FILE.test(end === -1 ? text : text.slice(0, end));
}

/** A code a suppression names that no rule has: `# pysockfix: ignore[SOCK9]`, or a SOCK code in a `# noqa`. */
export interface InvalidCode {
  line: number;
  code: string;
  text: string;
}

/**
 * The suppressions of a file, by line. Only real comments count: a `# noqa`
 * inside a string is text (the lexer of code-text.ts finds the comments; where
 * it is unsure of a string, every line's `#` is read as before).
 */
export function findSuppressions(text: string, invalid?: InvalidCode[]): Map<number, Suppression[]> {
  const out = new Map<number, Suppression[]>();
  if (!/noqa|pysockfix/i.test(text)) return out;
  const found = comments(text);
  const list = found ?? everyHash(text);
  // Line numbers from offsets: one pass over the newlines, in order.
  let line = 1;
  let scanned = 0;
  for (const c of list) {
    if (!/noqa|pysockfix/i.test(c.text)) continue;
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < c.start; i = text.indexOf('\n', i + 1)) {
      line++;
      scanned = i + 1;
    }
    const here: Suppression[] = [];
    for (const m of c.text.matchAll(NOQA)) {
      const codes = m[1] ? m[1].split(/[\s,]+/).filter(Boolean).map((x) => x.toUpperCase()) : null;
      // Ex) # noqa: E501, SOCK001   (other linters' codes are theirs; only an unknown SOCK code is ours to flag)
      for (const code of codes ?? []) if (code.startsWith('SOCK') && !isRuleSelector(code)) invalid?.push({ line, code, text: m[0].trim() });
      here.push({ line, codes, text: m[0].trim(), used: false });
    }
    for (const m of c.text.matchAll(IGNORE)) {
      const codes = m[1] === undefined ? null : m[1].split(/[\s,]+/).filter(Boolean).map((x) => x.toUpperCase());
      for (const code of codes ?? []) if (!isRuleSelector(code)) invalid?.push({ line, code, text: m[0].trim() });
      here.push({ line, codes, text: m[0].trim(), used: false });
    }
    if (here.length) out.set(line, [...(out.get(line) ?? []), ...here]);
  }
  return out;
}

/** Each line's text from its first `#`: the comments as they were read before the lexer, for files it is unsure of. */
function everyHash(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const at = line.indexOf('#');
    if (at !== -1) out.push({ start: start + at, text: line.slice(at) });
    start += line.length + 1;
  }
  return out;
}

/** Marks and reports whether a finding on one of `lines` is suppressed for `code`. */
export function isSuppressed(map: Map<number, Suppression[]>, lines: number[], code: string): boolean {
  for (const line of lines) {
    for (const s of map.get(line) ?? []) {
      if (s.codes === null || s.codes.includes(code)) {
        s.used = true;
        return true;
      }
    }
  }
  return false;
}

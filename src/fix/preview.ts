// A fix as a reviewer reads it: the lines it changes with a few around them,
// before and after, per region (an added `import socket` at the top is its own
// hunk). Plain data, small and bounded per site, for the HTML report's diffs.
import { lineAt } from '../code-text.js';
import type { Edit, Fix } from './edit.js';

export interface Hunk {
  /** 1-based number of the first line of `before`. */
  line: number;
  before: string[];
  after: string[];
}

/** Lines of context around each change. */
const CONTEXT = 3;
/** Longer lines are cut (a minified line must not make the report huge). */
const MAX_LINE = 400;

function cut(line: string): string {
  const bare = line.endsWith('\r') ? line.slice(0, -1) : line;
  return bare.length > MAX_LINE ? `${bare.slice(0, MAX_LINE)}…` : bare;
}

/** The hunks of one fix over `text`, whose line starts are `starts`. */
export function previewOf(text: string, starts: number[], fix: Fix): Hunk[] {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  const groups: Edit[][] = [];
  for (const e of edits) {
    const last = groups[groups.length - 1];
    if (last && lineAt(starts, e.start) - lineAt(starts, last[last.length - 1].end) <= 2 * CONTEXT) last.push(e);
    else groups.push([e]);
  }
  const lastLine = starts.length - 1 - (text.endsWith('\n') ? 1 : 0);
  return groups.map((group) => {
    const first = Math.max(0, lineAt(starts, group[0].start) - CONTEXT);
    const end = Math.min(lastLine, lineAt(starts, group[group.length - 1].end) + CONTEXT);
    const from = starts[first];
    const to = end + 1 < starts.length ? starts[end + 1] : text.length;
    let after = '';
    let at = from;
    for (const e of group) {
      after += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    after += text.slice(at, to);
    const lines = (s: string) => (s.endsWith('\n') ? s.slice(0, -1) : s).split('\n').map(cut);
    return { line: first + 1, before: lines(text.slice(from, to)), after: lines(after) };
  });
}

// The one applier: takes fixes in order of their first edit, applies each one
// whole or defers it when it overlaps an edit already taken. An edit identical
// to one already taken (the shared `import socket`) is applied once.
import { overlaps, sameEdit, type Edit, type Fix } from './edit.js';

export interface ApplyResult {
  output: string;
  applied: Fix[];
  deferred: Fix[];
}

export function applyFixes(text: string, fixes: Fix[]): ApplyResult {
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  const taken: Edit[] = [];
  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  for (const fix of ordered) {
    const fresh = fix.edits.filter((e) => !taken.some((t) => sameEdit(t, e)));
    if (fresh.some((e) => taken.some((t) => overlaps(t, e)) || fresh.some((o) => o !== e && overlaps(o, e)))) {
      deferred.push(fix);
      continue;
    }
    taken.push(...fresh);
    applied.push(fix);
  }
  taken.sort((a, b) => a.start - b.start || a.end - b.end);
  let output = '';
  let at = 0;
  for (const e of taken) {
    output += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  output += text.slice(at);
  return { output, applied, deferred };
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.start));
}

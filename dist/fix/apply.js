// The one applier: takes fixes in order of their first edit, applies each one
// whole or defers it when it overlaps an edit already taken. An edit identical
// to one already taken (the shared `import socket`) is applied once.
import { overlaps } from './edit.js';
export function applyFixes(text, fixes) {
    const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
    const taken = []; // kept sorted by start, then end
    const takenKeys = new Set();
    const applied = [];
    const deferred = [];
    const key = (e) => `${e.start}:${e.end}:${e.text}`;
    for (const fix of ordered) {
        const fresh = fix.edits.filter((e) => !takenKeys.has(key(e)));
        if (fresh.some((e) => overlapsTaken(taken, e) || fresh.some((o) => o !== e && overlaps(o, e)))) {
            deferred.push(fix);
            continue;
        }
        for (const e of fresh) {
            taken.splice(insertionPoint(taken, e), 0, e);
            takenKeys.add(key(e));
        }
        applied.push(fix);
    }
    let output = '';
    let at = 0;
    for (const e of taken) {
        output += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    output += text.slice(at);
    return { output, applied, deferred };
}
/** Where `e` goes in the sorted list (binary search on start, then end). */
function insertionPoint(sorted, e) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = sorted[mid];
        if (m.start < e.start || (m.start === e.start && m.end <= e.end))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Does `e` overlap an edit already taken? Only its neighbours in start order can. */
function overlapsTaken(sorted, e) {
    const i = insertionPoint(sorted, e);
    for (let k = i - 1; k >= 0; k--) {
        if (overlaps(sorted[k], e))
            return true;
        // Edits taken never overlap each other, so once one ends before e starts, earlier ones do too.
        if (sorted[k].end < e.start)
            break;
    }
    for (let k = i; k < sorted.length && sorted[k].start <= e.end; k++)
        if (overlaps(sorted[k], e))
            return true;
    return false;
}
function firstStart(fix) {
    return Math.min(...fix.edits.map((e) => e.start));
}

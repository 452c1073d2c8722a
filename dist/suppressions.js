// `# noqa`, `# noqa: SOCK001`, `# pysockfix: ignore[SOCK001]` on a line, and
// `# pysockfix: skip-file` near the top of a file.
const NOQA = /#\s*noqa(?::[\s]*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*))?/gi;
const IGNORE = /#\s*pysockfix:\s*ignore\[([^\]]*)\]/gi;
const SKIP_FILE = /#\s*pysockfix:\s*skip-file\b/;
export function skipFile(text) {
    // The first 10 lines, found without splitting the whole file.
    let end = -1;
    for (let i = 0; i < 10; i++) {
        end = text.indexOf('\n', end + 1);
        if (end === -1)
            break;
    }
    return SKIP_FILE.test(end === -1 ? text : text.slice(0, end));
}
export function findSuppressions(text) {
    const out = new Map();
    if (!/noqa|pysockfix/i.test(text))
        return out;
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (!line.includes('#'))
            return;
        const found = [];
        for (const m of line.matchAll(NOQA)) {
            found.push({ line: i + 1, codes: m[1] ? m[1].split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase()) : null, text: m[0].trim(), used: false });
        }
        for (const m of line.matchAll(IGNORE)) {
            found.push({ line: i + 1, codes: m[1].split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase()), text: m[0].trim(), used: false });
        }
        if (found.length)
            out.set(i + 1, found);
    });
    return out;
}
/** Marks and reports whether a finding on one of `lines` is suppressed for `code`. */
export function isSuppressed(map, lines, code) {
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

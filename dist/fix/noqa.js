const NOQA_CODES = /#\s*noqa:\s*([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)/i;
const BARE_NOQA = /#\s*noqa(?!:)/i;
/** Edits that add `# noqa: CODE` for each finding, one per line, at the line's end. */
export function noqaEdits(text, findings) {
    const byLine = new Map();
    for (const f of findings) {
        const entry = byLine.get(f.location.line) ?? { offset: f.start, codes: new Set() };
        entry.codes.add(f.code);
        byLine.set(f.location.line, entry);
    }
    const edits = [];
    for (const { offset, codes } of byLine.values()) {
        const start = text.lastIndexOf('\n', offset - 1) + 1;
        let end = text.indexOf('\n', offset);
        if (end === -1)
            end = text.length;
        if (text[end - 1] === '\r')
            end--;
        const line = text.slice(start, end);
        if (BARE_NOQA.test(line))
            continue;
        const existing = NOQA_CODES.exec(line);
        if (existing) {
            const have = existing[1].split(/[\s,]+/).map((c) => c.toUpperCase());
            const merged = [...new Set([...have, ...codes])];
            if (merged.length === have.length)
                continue;
            const at = start + existing.index;
            edits.push({ start: at, end: at + existing[0].length, text: `# noqa: ${merged.join(', ')}` });
        }
        else {
            const trimmed = line.replace(/[ \t]+$/, '');
            edits.push({ start: start + trimmed.length, end, text: `  # noqa: ${[...codes].sort().join(', ')}` });
        }
    }
    return edits;
}

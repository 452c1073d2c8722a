// Edits are plain data, in one offset unit across the codebase: UTF-16 code
// units of the decoded text (JS string indices, which web-tree-sitter's
// startIndex/endIndex also use when it parses a JS string).
export function overlaps(a, b) {
    // Ex) two different insertions at one offset would have no defined order
    if (a.start === a.end && b.start === b.end)
        return a.start === b.start;
    return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

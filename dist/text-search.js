// Substring search for the screen, which asks 13,000 files a run whether they hold a word.
//
// V8's indexOf (and Buffer's) finds a short needle by looking for its first character and
// comparing the rest wherever that character stands: the cost of a search that finds nothing is
// the count of that character in the text. `socket` stops at every `s` (4% of Python source),
// while `ket` stops at every `k` (0.4%): over the python3 lib directory (161 MB) the first took
// 117 ms and the second 31 ms. So a needle is looked for by the part of it that starts at its
// rarest character, and the whole needle is then compared where that part stands.
/**
 * The printable ASCII characters from the rarest to the commonest in Python source (their
 * frequencies in the python3 lib directory with site-packages, 13,351 files). Any other character
 * counts as rarer than all of them.
 */
const BY_RARITY = '&$^~;?!JYZQX@%|<KHVUWB}{jGz/O+M\\FLD79q8P6`RCI>54N#3AS*ET][kwv2-1x0by\'=g:h")(.mu_fp,dcloniraste';
/** An ASCII word character, as a regex's `\w` and `\b` see one (code-text's isWordChar counts non-ASCII letters too). */
export function isRegexWordChar(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
/** A character of a regex's `\s`. */
export function isRegexSpace(c) {
    return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** Where each needle is looked for from: the offset of its rarest character. */
const anchors = new Map();
function anchorOf(needle) {
    let at = anchors.get(needle);
    if (at === undefined) {
        at = 0;
        let best = Infinity;
        for (let i = 0; i < needle.length; i++) {
            // (-1: a character the table does not hold, rarer than all it holds)
            const rank = BY_RARITY.indexOf(needle[i]);
            if (rank < best) {
                best = rank;
                at = i;
            }
        }
        anchors.set(needle, at);
    }
    return at;
}
/** text.indexOf(needle, from), by the needle's rarest character. */
export function indexOfWord(text, needle, from = 0) {
    const at = anchorOf(needle);
    if (at === 0)
        return text.indexOf(needle, from);
    const tail = at === needle.length - 1 ? needle[at] : needle.slice(at);
    for (let i = text.indexOf(tail, from + at); i !== -1; i = text.indexOf(tail, i + 1)) {
        if (text.startsWith(needle, i - at))
            return i - at;
    }
    return -1;
}
/** text.includes(needle), by the needle's rarest character. */
export function holdsWord(text, needle) {
    return indexOfWord(text, needle) !== -1;
}
/**
 * /sock/i.test(text): the letters `sock` in any case, found from each `k` and `K` (0.4% of the
 * characters) instead of a case-insensitive regex's try at every position (135 -> 35 ms on the lib directory).
 */
export function holdsSockAnyCase(text) {
    for (const k of ['k', 'K']) {
        for (let i = text.indexOf(k, 3); i !== -1; i = text.indexOf(k, i + 1)) {
            if ((text.charCodeAt(i - 3) | 0x20) === 115 && (text.charCodeAt(i - 2) | 0x20) === 111 && (text.charCodeAt(i - 1) | 0x20) === 99)
                return true;
        }
    }
    return false;
}
/**
 * Every word of a text (a run of regex `\w`) used as a value, in one pass: the answers of the two
 * regexes above for every NAME at once (a NAME of `\w` only is a whole run: both need a non-word
 * character or `.` before it and `\b` after it). One regex per name over the whole text is a scan per
 * question, and a module asks one per function its callers hand a socket (16,000 private helpers in
 * 1.8 MB: 12.9 s).
 */
export function valueUses(text) {
    const attributes = new Map();
    const names = new Map();
    const n = text.length;
    forEachWordRun(text, (start, end) => {
        let after = end;
        while (after < n && isRegexSpace(text.charCodeAt(after)))
            after++;
        // Ex) f(   or   f (   (a call)
        if (text.charCodeAt(after) === 40)
            return;
        let before = start - 1;
        while (before >= 0 && isRegexSpace(text.charCodeAt(before)))
            before--;
        const word = text.slice(start, end);
        // Ex) cb = self.handle   or   x = obj.\n    handle
        if (before >= 0 && text.charCodeAt(before) === 46)
            attributes.set(word, (attributes.get(word) ?? 0) + 1);
        if (start > 0 && text.charCodeAt(start - 1) === 46)
            return;
        // Ex) def handle   or   class Handler   (a definition's own name; at least one space between)
        if (before < start - 1 && before >= 0 && isRegexWordChar(text.charCodeAt(before))) {
            let w = before;
            while (w > 0 && isRegexWordChar(text.charCodeAt(w - 1)))
                w--;
            const previous = text.slice(w, before + 1);
            if (previous === 'class' || previous === 'def')
                return;
        }
        names.set(word, (names.get(word) ?? 0) + 1);
    });
    return { attributes, names };
}
/** Calls `each(start, end)` for every run of regex `\w` characters in the text, in order. */
function forEachWordRun(text, each) {
    const n = text.length;
    let i = 0;
    while (i < n) {
        if (!isRegexWordChar(text.charCodeAt(i))) {
            i++;
            continue;
        }
        const start = i;
        while (i < n && isRegexWordChar(text.charCodeAt(i)))
            i++;
        each(start, i);
    }
}
/**
 * Every `NAME . attr` of a text by NAME, in order: where `/(?<![\w.])NAME\s*\.\s*([A-Za-z_]\w*)/g`
 * matches for each NAME at once (NAME a run of regex `\w`, not after a word character or a dot; the
 * attribute's own run). A use that starts inside the previous one of the same NAME is one the regex
 * would pass over (`a . a . x` for `a`): the caller skips it. One regex per name over the whole text
 * was a scan per question (16,000 functions each closing a parameter named like a socket: 20 s).
 */
export function attributeUses(text) {
    const uses = new Map();
    const n = text.length;
    forEachWordRun(text, (start, end) => {
        if (start > 0 && text.charCodeAt(start - 1) === 46)
            return;
        let j = end;
        while (j < n && isRegexSpace(text.charCodeAt(j)))
            j++;
        if (text.charCodeAt(j) !== 46)
            return;
        j++;
        while (j < n && isRegexSpace(text.charCodeAt(j)))
            j++;
        const c = text.charCodeAt(j);
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95))
            return;
        const attrStart = j;
        while (j < n && isRegexWordChar(text.charCodeAt(j)))
            j++;
        const name = text.slice(start, end);
        const use = { at: start, attr: text.slice(attrStart, j), end: j };
        const list = uses.get(name);
        if (list)
            list.push(use);
        else
            uses.set(name, [use]);
    });
    return uses;
}

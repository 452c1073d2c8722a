// The code of a file without its comments and string contents, for the
// prefilters: a file whose only `socket` is in a docstring, or whose only
// `sock.close()` is in a comment, is never parsed. Offsets and lines are kept
// (each blanked character becomes a space, newlines stay), and the quotes
// stay, so what is left reads like the code it was.
//
// Sound by construction: it only removes text that the parser would also read
// as a comment or a string's contents. Where it cannot be sure where a string
// ends (an unterminated string, a stray quote) it gives the text back
// unchanged. f-strings keep their text: their replacement fields are code.
// Python 2 backticks are code too and stay.

/** A comment, or the opening quote of a string. */
const START = /#[^\r\n]*|"""|'''|"|'/g;
/** The rest of a string that is not an f-string, after its opening quote, up to and with its closing quote. */
const BODY: Record<string, RegExp> = {
  '"""': /[^"\\]*(?:(?:\\[\s\S]|"(?!""))[^"\\]*)*"""/y,
  "'''": /[^'\\]*(?:(?:\\[\s\S]|'(?!''))[^'\\]*)*'''/y,
  '"': /[^"\\\r\n]*(?:\\(?:\r\n|[\s\S])[^"\\\r\n]*)*"/y,
  "'": /[^'\\\r\n]*(?:\\(?:\r\n|[\s\S])[^'\\\r\n]*)*'/y,
};
/** The next character that matters inside an f-string: a backslash, a line end, a quote, a brace. */
const INSIDE = /[\\\n\r"{}']/g;

/**
 * Walks the comments and strings of a file in order: `onComment(start, end)`
 * for each comment, `onString(start, end)` for each non-f string's contents.
 * False when it cannot be sure where a string ends (the callers then fall back).
 */
function scan(text: string, onComment: (start: number, end: number) => void, onString: (start: number, end: number) => void): boolean {
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const open = m.index;
    if (m[0][0] === '#') {
      // Ex) x = 1  # sock.close()
      onComment(open, open + m[0].length);
      continue;
    }
    let word = open;
    while (word > 0 && isWordChar(text.charCodeAt(word - 1))) word--;
    const prefix = text.slice(word, open);
    // Ex) x'a' is not Python: a word that is not a string prefix runs into the quote
    if (prefix !== '' && !/^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/.test(prefix)) return false;
    if (/[fF]/.test(prefix)) {
      const end = fStringEnd(text, open);
      if (end === -1) return false;
      START.lastIndex = end;
      continue;
    }
    const quote = m[0];
    const body = BODY[quote];
    body.lastIndex = open + quote.length;
    if (!body.exec(text)) return false;
    const end = body.lastIndex;
    onString(open + quote.length, end - quote.length);
    START.lastIndex = end;
  }
  return true;
}

/** The text with comments and (non-f) string contents replaced by spaces; the text itself when that is unsure. */
export function codeText(text: string): string {
  const out: string[] = [];
  let kept = 0;
  const blank = (from: number, to: number) => {
    if (to <= from) return;
    out.push(text.slice(kept, from));
    const line = text.indexOf('\n', from);
    if (line === -1 || line >= to) out.push(spaces(to - from));
    else out.push(text.slice(from, to).replace(/[^\n]+/g, (run) => spaces(run.length)));
    kept = to;
  };
  if (!scan(text, blank, blank) || !out.length) return text;
  out.push(text.slice(kept));
  return out.join('');
}

/** The comments of a file, in order (start offset and text), or null when the lexer is unsure of its strings. */
export function comments(text: string): { start: number; text: string }[] | null {
  const found: { start: number; text: string }[] = [];
  const ok = scan(text, (a, b) => found.push({ start: a, text: text.slice(a, b) }), () => {});
  return ok ? found : null;
}

let SPACES = ' '.repeat(256);
function spaces(length: number): string {
  while (SPACES.length < length) SPACES += SPACES;
  return SPACES.slice(0, length);
}

/** Is the char code a Python identifier character (ASCII letters, digits, `_`, or any non-ASCII)? */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
}

/** The offset just past a string that is not an f-string, opening at `i`, or -1. */
function plainEnd(text: string, i: number): number {
  const quote = text.startsWith(text[i].repeat(3), i) ? text[i].repeat(3) : text[i];
  const body = BODY[quote];
  body.lastIndex = i + quote.length;
  return body.exec(text) ? body.lastIndex : -1;
}

/**
 * The offset just past the f-string whose opening quote is at `i`, or -1 when
 * it does not end where Python would end it. Replacement fields are code and
 * may hold strings of their own (`f"{d["k"]}"`, Python 3.12).
 */
function fStringEnd(text: string, i: number): number {
  const quote = text[i];
  const triple = text.startsWith(quote.repeat(3), i);
  let j = i + (triple ? 3 : 1);
  let depth = 0;
  while (j < text.length) {
    INSIDE.lastIndex = j;
    const hit = INSIDE.exec(text);
    if (!hit) return -1;
    j = hit.index;
    const ch = text[j];
    if (ch === '\\') {
      // Ex) a backslash before \r\n continues the string over both
      j += text[j + 1] === '\r' && text[j + 2] === '\n' ? 3 : 2;
    } else if (ch === '{') {
      if (depth === 0 && text[j + 1] === '{') j += 2;
      else {
        depth++;
        j++;
      }
    } else if (ch === '}') {
      if (depth > 0) depth--;
      j++;
    } else if (depth > 0 && (ch === '"' || ch === "'")) {
      let k = j;
      while (k > 0 && /[A-Za-z]/.test(text[k - 1])) k--;
      const inner = /[fF]/.test(text.slice(k, j)) ? fStringEnd(text, j) : plainEnd(text, j);
      if (inner === -1) return -1;
      j = inner;
    } else if ((ch === '\n' || ch === '\r') && !triple && depth === 0) {
      return -1;
    } else if (ch === quote && depth === 0 && (!triple || text.startsWith(quote.repeat(3), j))) {
      return j + (triple ? 3 : 1);
    } else {
      j++;
    }
  }
  return -1;
}

/** The offset each line of `text` starts at (lines end at `\n`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line of an offset, given the line starts (a binary search). */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

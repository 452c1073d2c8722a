// Large literals of numbers, blanked before the parse. A 5 MB list such as
// `x = [1,1,...]` is 2.5 million tokens: web-tree-sitter took 7.5 s and 960 MB
// to parse it (0.7 MB/s), and nothing in it is a name, a call or a string, so
// the analysis passes over it anyway (facts.ts, numericOnly()). The parser is
// given the same text with each such literal cut down to its first element
// and a comma, the rest spaces (line breaks kept): `x = [1,      ...      ]`,
// the same length, so every offset, row and column is the same, and the
// literal keeps its kind (a list, a tuple, a set, a call's arguments, a
// subscript). The tree reads its text from the file as it is (parse.ts), so a
// node's text is never the blanked one. Within a string or a comment the blank
// changes nothing the tree holds.

/** A literal shorter than this is parsed as it is: the blank would save less than the scan costs. */
export const MIN_BLANKED_CHARS = 64 * 1024;

const CLOSER: Record<string, number> = { '[': 93, '(': 41, '{': 125 };
const OPENERS = /[[({]/g;

const isSpace = (c: number) => c === 32 || c === 9 || c === 12 || c === 13 || c === 10;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isOctal = (c: number) => c >= 48 && c <= 55;
const isBinary = (c: number) => c === 48 || c === 49;

/** Digits of a kind from `i`, single underscores between them (`1_000`): the end, or -1 if none. */
function digits(text: string, i: number, ok: (c: number) => boolean): number {
  if (!ok(text.charCodeAt(i))) return -1;
  i++;
  for (;;) {
    const c = text.charCodeAt(i);
    if (ok(c)) i++;
    else if (c === 95 && ok(text.charCodeAt(i + 1))) i += 2;
    else return i;
  }
}

/** An exponent (`e-3`) at `i`: its end, or `i` when there is none. */
function exponent(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 101 && c !== 69) return i;
  let j = i + 1;
  const s = text.charCodeAt(j);
  if (s === 43 || s === 45) j++;
  const end = digits(text, j, isDigit);
  return end === -1 ? i : end;
}

/**
 * One number at `i` that Python 2 and 3 and the grammar all read alike, and that the semantic
 * model's Python 2 test (`0777`, `10L`; PYTHON2_INTEGER in facts.ts) does not read as Python 2's:
 * `0`, `12`, `1_000`, `1.5e-3`, `.5`, `1.`, `0x1F`, `0o17`, `0b1`. Not an imaginary (`3j`) or a
 * name: the number ends before them, and the run with it. Its end, or -1.
 */
function number(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 46) {
    const end = digits(text, i + 1, isDigit);
    return end === -1 ? -1 : exponent(text, end);
  }
  if (!isDigit(c)) return -1;
  let j: number;
  if (c === 48) {
    const p = text.charCodeAt(i + 1) | 32;
    const ok = p === 120 ? isHex : p === 111 ? isOctal : p === 98 ? isBinary : null;
    if (ok) {
      // Ex) 0x1F, 0x_1F
      const at = text.charCodeAt(i + 2) === 95 ? i + 3 : i + 2;
      return digits(text, at, ok);
    }
    // Ex) 0777, 00, 0_0   (Python 2's octal, or read as it: left as they are)
    const next = text.charCodeAt(i + 1);
    if (isDigit(next) || next === 95) return -1;
    j = i + 1;
  } else j = digits(text, i, isDigit);
  if (text.charCodeAt(j) === 46) {
    j++;
    const end = digits(text, j, isDigit);
    if (end !== -1) j = end;
  }
  return exponent(text, j);
}

function spaces(text: string, i: number): number {
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** An element at `i` (white space, one minus sign or none, a number, white space: `-1`, but not `+1` or `--1`, which a case pattern does not read): its end, or -1. */
function element(text: string, i: number): number {
  i = spaces(text, i);
  if (text.charCodeAt(i) === 45) i = spaces(text, i + 1);
  const end = number(text, i);
  return end === -1 ? -1 : spaces(text, end);
}

/**
 * Elements separated by commas from `i` (a last comma allowed, line breaks too: the run sits in
 * brackets): where they end, with whether a comma came, or null when no element starts there.
 * A loop, not one regular expression: V8's backtracking stack overflows on millions of repeats.
 */
function run(text: string, i: number): { end: number; comma: number } | null {
  let end = element(text, i);
  if (end === -1) return null;
  let comma = -1;
  while (text.charCodeAt(end) === 44) {
    if (comma === -1) comma = end;
    const after = element(text, end + 1);
    if (after === -1) return { end: spaces(text, end + 1), comma };
    end = after;
  }
  return { end, comma };
}

/**
 * The bracketed literals of numbers of at least `min` characters, in order, none inside another: the
 * comma after each one's first element and its closing bracket. Linear: a run holds no bracket, so
 * each character is read by at most one attempt.
 */
function numberLiterals(text: string, min: number): { comma: number; close: number }[] {
  const found: { comma: number; close: number }[] = [];
  if (text.length < min) return found;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(text); m; m = OPENERS.exec(text)) {
    const open = m.index;
    const numbers = run(text, open + 1);
    // The run ends where its numbers do: its own closing bracket must be next. Ex) [1        ]   (one element: nothing to cut)
    if (!numbers || numbers.end - open < min || text.charCodeAt(numbers.end) !== CLOSER[text[open]] || numbers.comma === -1) continue;
    found.push({ comma: numbers.comma, close: numbers.end });
    OPENERS.lastIndex = numbers.end;
  }
  return found;
}

/** `text` with each of its literals of numbers (numberLiterals) cut down to its first element and comma (see above), or null when it holds none. */
export function numbersBlanked(text: string, min = MIN_BLANKED_CHARS): string | null {
  const literals = numberLiterals(text, min);
  if (!literals.length) return null;
  const parts: string[] = [];
  let copied = 0;
  for (const { comma, close } of literals) {
    parts.push(text.slice(copied, comma + 1), spacesKeepingLines(text, comma + 1, close));
    copied = close;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** `text[start, end)` as spaces, its line breaks kept. */
function spacesKeepingLines(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}

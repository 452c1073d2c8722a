// Large literals of numbers are blanked before the parse (src/blank-numbers.ts):
// the same answers as the parse of the file as it is, on every fixture and in
// every context a literal of numbers can sit in, and node text from the file.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initParser, lintSource } from '../src/index.js';
import { linesForAnalysis } from '../src/lint.js';
import { blanking, loadedParser } from '../src/parse.js';
import { MIN_BLANKED_CHARS, numbersBlanked } from '../src/blank-numbers.js';
import { fixtureCases } from './helpers.js';

beforeAll(async () => {
  await initParser();
});
afterEach(() => {
  blanking.min = MIN_BLANKED_CHARS;
});

/** lintSource with the blank at `min` characters (0: never), fixes on, unsafe ones too. */
function lintWith(min: number, text: string) {
  blanking.min = min;
  try {
    const r = lintSource(text, { fix: true, unsafeFixes: true });
    return { findings: r.findings, output: r.output, errors: r.errors };
  } finally {
    blanking.min = MIN_BLANKED_CHARS;
  }
}

/** The number of nodes of the tree the parser gives (blanked or not). */
function nodes(min: number, text: string): number {
  blanking.min = min;
  const tree = loadedParser()!.parse(text)!;
  try {
    return tree.rootNode.descendantCount;
  } finally {
    tree.delete();
    blanking.min = MIN_BLANKED_CHARS;
  }
}

describe('numbersBlanked', () => {
  it.each([
    ['x = [1, 2, 3, 4]\n', 'x = [1,        ]\n'],
    ['x = (-1, 0x1F, 1_000, 1.5e-3, .5, 1., 0, 0o17, 0b1, 0x_f)\n', `x = (-1,${' '.repeat(48)})\n`],
    ['f(1, 2, 3,)\n', `f(1,${' '.repeat(6)})\n`],
    ['x = [\r\n    1,\r\n    2,\n    3\r]\n', 'x = [\r\n    1,\r\n      \n     \r]\n'],
    ['s = "[1, 2, 3, 4]"  # (5, 6, 7, 8)\n', 's = "[1,        ]"  # (5,        )\n'],
    ['x = [[1, 2, 3, 4], {5, 6, 7, 8}]\n', 'x = [[1,        ], {5,        }]\n'],
    ['x = [  # [\n1, 2, 3, 4]\n', 'x = [  # [\n1,        ]\n'],
  ])('%j is blanked', (text, blanked) => {
    expect(numbersBlanked(text, 8)).toBe(blanked);
    expect(blanked.length).toBe(text.length);
  });

  it.each([
    ['a Python 2 octal', 'x = [1, 2, 0777, 4]\n'],
    ['a zero before a digit', 'x = [1, 2, 00, 4]\n'],
    ['a Python 2 long', 'x = [1, 2, 3, 10L]\n'],
    ['an imaginary', 'x = [1, 2, 3, 3j]\n'],
    ['a plus sign', 'x = [1, 2, +3, 4]\n'],
    ['two minus signs', 'x = [1, 2, --3, 4]\n'],
    ['an operator', 'x = [1, 2, 3 + 4]\n'],
    ['a dict', 'x = {1: 2, 3: 4, 5: 6}\n'],
    ['a name', 'x = [1, 2, 3, y]\n'],
    ['a string', 'x = [1, 2, 3, "4"]\n'],
    ['a comment', 'x = [1, 2, # c\n 3, 4]\n'],
    ['an attribute of a number', 'x = [1, 2, 3, 4 .real]\n'],
    ['a line continuation', 'x = [1, 2, \\\n 3, 4]\n'],
    ['two numbers without a comma', 'x = [1, 2, 3 4, 5]\n'],
    ['a double underscore', 'x = [1, 2, 3, 1__0]\n'],
    ['brackets that do not match', 'x = (1, 2, 3, 4]\n'],
    ['one element', 'x = [1                  ]\n'],
    ['a literal shorter than the minimum', 'x = [1, 2]\n'],
  ])('not with %s', (_name, text) => {
    expect(numbersBlanked(text, 8)).toBeNull();
  });

  it('a file shorter than the minimum is not read', () => {
    expect(numbersBlanked(`x = [${'1, '.repeat(100)}1]\n`)).toBeNull();
    expect(numbersBlanked(`x = [${'1, '.repeat(MIN_BLANKED_CHARS)}1]\n`)).not.toBeNull();
  });

  it('millions of elements (no regular expression to overflow its stack), linear', () => {
    const text = `x = [${'1,'.repeat(2_000_000)}1]\n`;
    const blanked = numbersBlanked(text)!;
    expect(blanked.length).toBe(text.length);
    expect(blanked.slice(0, 8)).toBe('x = [1, ');
    expect(blanked.trimEnd().endsWith(' ]')).toBe(true);
  });
});

const CLOSE = (guard: string) => `import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n    ${guard}\n    s.close()\n`;

describe('the blanked parse gives the answers of the parse of the file as it is', () => {
  // Each context holds a literal of numbers the blank cuts: the tree is smaller, the findings and fixes the same.
  const contexts = [
    ['a list', 'x = [1, 2, 3, 4, 5]'],
    ['a tuple of every kind of number', 'x = (-1, 0x1F, 1_000, 1.5e-3, .5, 1., 0, 0o17, 0b1)'],
    ['a set', 'x = {1, 2, 3, 4}'],
    ['call arguments', 'x = int(1, 2, 3, 4)'],
    ['a subscript', 'x = y[1, 2, 3, 4]'],
    ['a trailing comma', 'x = (1, 2, 3, 4,)'],
    ['nested', 'x = [[1, 2, 3, 4], (5, 6, 7, 8), {9, 10, 11}]'],
    ['lines in brackets', 'x = [\n        1,\n        2,\n        3,\n    ]'],
    ['a comment before the lines', 'x = [  # [\n1, 2, 3, 4]'],
    ['an f-string', 'x = f"{[1, 2, 3, 4]} {(5, 6, 7, 8)}"'],
    ['an f-string\'s tuple', 'x = f"{1, 2, 3, 4}"'],
    ['an operator after it, joined to the next line', 'x = [1, 2, 3, 4] +'],
    ['a decorator', '@d(1, 2, 3, 4)\n    def g(): pass'],
    ['class bases', 'class C(1, 2, 3, 4): pass'],
    ['a default', 'def g(a=(1, 2, 3, 4)): pass'],
    ['case patterns', 'match x:\n        case [1, 2, 3, 4]: pass\n        case (-1, -2, -3, -4): pass\n        case P(1, 2, 3, 4): pass'],
    ['a with item', 'with (1, 2, 3, 4): pass'],
    ['a for loop', 'for i in (1, 2, 3, 4): pass'],
    ['del', 'del (1, 2, 3, 4)'],
  ];
  const py2 = [
    ['a print statement', 'print (1, 2, 3, 4)'],
    ['a print statement to a file', 'print >>y, (1, 2, 3, 4)'],
    ['exec', 'exec "x" in (1, 2, 3, 4)'],
  ];
  // Blanked too, but the tree holds the literal as one node either way.
  const inText = [
    ['a string', 'x = "[1, 2, 3, 4]"'],
    ['a comment', 'x = 1  # (1, 2, 3, 4)'],
    ['a format spec', 'x = f"{y:[1, 2, 3, 4]}"'],
    ['a string\'s escape', 'x = "\\N{1, 2, 3, 4}"'],
    ['a Python 2 backtick (a string to the grammar)', 'x = `(1, 2, 3, 4)`'],
  ];
  it.each([...contexts, ...py2])('%s', (_name, code) => {
    const text = CLOSE(code);
    expect(numbersBlanked(text, 8)).not.toBeNull();
    expect(nodes(8, text)).toBeLessThan(nodes(0, text));
    const blanked = lintWith(8, text);
    expect(blanked).toEqual(lintWith(0, text));
    expect(blanked.findings.length).toBeGreaterThan(0);
  });

  it.each(inText)('in %s', (_name, code) => {
    const text = CLOSE(code);
    expect(numbersBlanked(text, 8)).not.toBeNull();
    expect(nodes(8, text)).toBe(nodes(0, text));
    expect(lintWith(8, text)).toEqual(lintWith(0, text));
  });

  it.each([
    ['a syntax error elsewhere', 'x = [1, 2, 3, 4]\n    def (:'],
    ['an error in the literal itself', 'x = [1, 2, 3, 4 5]'],
    ['an error right after it', 'x = [1, 2, 3, 4] + )'],
    ['a Python 2 integer among the numbers', 'x = [1, 2, 3, 4, 0777]'],
  ])('%s: the tree is the file\'s own', (_name, code) => {
    const text = CLOSE(code);
    expect(nodes(8, text)).toBe(nodes(0, text));
    expect(lintWith(8, text)).toEqual(lintWith(0, text));
  });

  it('every fixture, with a literal of numbers at its end', () => {
    for (const { file } of fixtureCases()) {
      const text = `${readFileSync(file, 'utf8')}\n_numbers = [1, 2, 3, 4]\n`;
      expect(numbersBlanked(linesForAnalysis(text), 8), file).not.toBeNull();
      expect(lintWith(8, text), file).toEqual(lintWith(0, text));
    }
  });

  it('a node reads its text from the file, not from the blanked text', () => {
    const text = 'x = [1, 2, 3, 4]\n';
    blanking.min = 8;
    const tree = loadedParser()!.parse(text)!;
    try {
      const list = tree.rootNode.descendantsOfType('list')[0]!;
      expect(list.namedChildCount).toBe(1);
      expect(list.text).toBe('[1, 2, 3, 4]');
      expect(tree.rootNode.text).toBe(text);
    } finally {
      tree.delete();
    }
  });

  it('a fix beside the literal keeps it as written', () => {
    const literal = `[${Array.from({ length: 30_000 }, (_, i) => String(i % 7)).join(', ')}]`;
    const text = `import socket\ns = socket.socket()\nx = ${literal}; s.close()\n`;
    const r = lintWith(MIN_BLANKED_CHARS, text);
    expect(nodes(MIN_BLANKED_CHARS, text)).toBeLessThan(100);
    expect(String(r.output)).toContain(`x = ${literal}\n`);
    expect(r).toEqual(lintWith(0, text));
  });
});

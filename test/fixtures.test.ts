// The fixture loop (CONVENTIONS.md 10): every fixtures/<CODE>/<case>.py is
// linted and fixed; markers say what must be reported, <case>.fixed.py what
// the output must be. UPDATE_FIXTURES=1 writes the .fixed.py files for review.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, lintSource } from '../src/index.js';
import { linesForAnalysis } from '../src/lint.js';
import { loadedParser } from '../src/parse.js';
import { capturedNodes } from '../src/analysis/facts.js';
import { fixtureCases } from './helpers.js';

const MARKER = /#\s*(SOCK\d{3})\b(?:\s+unsafe:\s*([A-Za-z/ -]*[A-Za-z])|\s+skipped:\s*([A-Za-z/ -]*[A-Za-z])|\s+(no-fix)\b)?/g;
const OK = /#\s*OK\b/;

interface Expected {
  code: string;
  outcome: string;
  reason?: string;
}

/** The markers of each line: `# SOCK001`, `# SOCK001 unsafe: reason`, `# SOCK001 skipped: reason`, `# SOCK004 no-fix`, `# OK`. */
export function markers(text: string): { expected: Map<string, Expected>; ok: Set<number> } {
  const expected = new Map<string, Expected>();
  const ok = new Set<number>();
  // Python's line ends: \n, \r\n and a lone \r
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const hash = line.indexOf('#');
    if (hash === -1) return;
    // Ex) `# noqa: SOCK001` names a code without being a marker
    const comment = line.slice(hash).replace(/noqa:\s*[A-Z0-9, ]+/g, '').replace(/ignore\[[^\]]*\]/g, '');
    const found = [...comment.matchAll(MARKER)];
    for (const m of found) {
      const outcome = m[2] ? 'fix-unsafe' : m[3] ? 'skipped' : m[4] ? 'no-fix' : 'fix-safe';
      expected.set(`${i + 1}:${m[1]}`, { code: m[1], outcome, ...(m[2] || m[3] ? { reason: m[2] ?? m[3] } : {}) });
    }
    if (!found.length && OK.test(comment)) ok.add(i + 1);
  });
  return { expected, ok };
}

beforeAll(async () => {
  await initParser();
});

const parseErrors = (text: string) => {
  // The grammar knows \n and \r\n; Python reads a lone \r as a line end too (as lintSource does).
  const tree = loadedParser()!.parse(linesForAnalysis(text))!;
  try {
    return tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
};

describe.each(fixtureCases())('$code/$name', ({ code, file }) => {
  const input = readFileSync(file);
  const fixedPath = file.replace(/\.py$/, '.fixed.py');

  it('reports exactly the marked lines', () => {
    const result = lintSource(input, { fix: false, select: [code] });
    expect(result.errors).toEqual([]);
    const text = new TextDecoder('latin1').decode(input);
    const { expected: all, ok } = markers(text);
    // Markers of other rules are checked in their own directories.
    const expected = new Map([...all].filter(([, e]) => e.code === code));
    const actual = new Map(result.findings.map((f) => [`${f.location.line}:${f.code}`, { code: f.code, outcome: f.outcome, ...(f.reason ? { reason: f.reason } : {}) }]));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    for (const line of ok) expect(result.findings.some((f) => f.location.line === line), `line ${line} is marked OK`).toBe(false);
  });

  // Ex) `# fixture: unsafe-fixes` on the first line applies unsafe fixes too (SOCK003 has only those).
  const unsafeFixes = /^# fixture: unsafe-fixes/.test(input.toString('latin1'));

  it('fixes to the .fixed.py file, which parses and is stable', () => {
    const result = lintSource(input, { fix: true, select: [code], unsafeFixes });
    expect(result.errors).toEqual([]);
    const output = Buffer.from(result.output);
    if (process.env.UPDATE_FIXTURES) writeFileSync(fixedPath, output);
    expect(existsSync(fixedPath), `${fixedPath} exists`).toBe(true);
    expect(output.equals(readFileSync(fixedPath))).toBe(true);
    const decoded = result.encoding === 'latin-1' ? output.toString('latin1') : output.toString('utf8');
    if (!result.parseErrors) expect(parseErrors(decoded)).toBe(false);
    const again = lintSource(output, { fix: true, select: [code], unsafeFixes });
    expect(again.changed).toBe(false);
    expect(again.findings.filter((f) => f.outcome === 'fix-safe')).toEqual([]);
  });
});

describe.each(fixtureCases())('all rules together on $code/$name', ({ file }) => {
  it('settle within the applier pass cap, with no overlapping fixes left behind', () => {
    const input = readFileSync(file);
    const once = lintSource(input, { fix: true, unsafeFixes: true });
    expect(once.errors).toEqual([]);
    // Fixed point: a second run over the output changes nothing.
    const twice = lintSource(once.output, { fix: true, unsafeFixes: true });
    expect(twice.errors).toEqual([]);
    expect(twice.changed).toBe(false);
    const decoded = once.encoding === 'latin-1' ? Buffer.from(once.output).toString('latin1') : Buffer.from(once.output).toString('utf8');
    if (!once.parseErrors) expect(parseErrors(decoded)).toBe(false);
  });
});

describe('SOCK001 output never triggers SOCK002', () => {
  it.each(fixtureCases().filter((c) => c.code === 'SOCK001'))('$name', ({ file }) => {
    const input = readFileSync(file);
    const fixed = lintSource(input, { fix: true, unsafeFixes: true, select: ['SOCK001'] });
    const before = lintSource(input, { select: ['SOCK002'] }).findings.map((f) => f.receiver);
    expect(lintSource(fixed.output, { select: ['SOCK002'] }).findings.map((f) => f.receiver)).toEqual(before);
  });
});

// Keywords that share a name with a node type the semantic query captures (`await`, `lambda`, `yield`, `exec`,
// `print`), Python 2's statements, error recovery, and nesting: tree-sitter's own walk returns the keywords too.
const KEYWORD_TWINS = [
  'async def f(x=lambda: 0):\n    await g(lambda y: (yield y))\n    return [await h() async for h in x]\n',
  'print "a", `x`\nexec "x = 1" in d\nprint >>f, 0777, 10L\nif x <> y: raise E, "m"\n',
  'def f(:\n    s = socket.socket(\n    s.close()\nclass C(object:\n  def g(self): yield from self.h\n',
  'x = ' + '('.repeat(40) + 'lambda: await_ + print_' + ')'.repeat(40) + '\nmatch m:\n    case [a, *b] if a: pass\n',
];

describe('the three ways to the captured nodes agree: the query, tree-sitter\'s walk (a run of a few files), the walk from JS (wide or deep code)', () => {
  const sources = [...fixtureCases().map((c) => ({ name: `${c.code}/${c.name}`, text: linesForAnalysis(readFileSync(c.file, 'utf8')) })), ...KEYWORD_TWINS.map((text, i) => ({ name: `keywords ${i}`, text }))];
  it.each(sources)('$name', ({ text }) => {
    const parser = loadedParser()!;
    const tree = parser.parse(text)!;
    try {
      for (const file of ['facts', 'semantic']) {
        const captures = parser.captures(file);
        const seen = (way: Iterable<{ name: string; node: { type: string; startIndex: number; endIndex: number } }>) => [...way].map(({ name, node }) => `${name} ${node.type} ${node.startIndex}-${node.endIndex}`);
        const queried = seen(captures.query.captures(tree.rootNode));
        expect(seen(capturedNodes(tree, captures, false, text)), `${file}: tree-sitter's walk`).toEqual(queried);
        expect(seen(capturedNodes(tree, captures, true, text)), `${file}: the walk from JS`).toEqual(queried);
        if (file === 'semantic') expect(queried.length).toBeGreaterThan(0);
      }
    } finally {
      tree.delete();
    }
  });
});

describe('the walk from JS and tree-sitter\'s walk give the same findings and fixes (parse.ts Captures.walk)', () => {
  it.each(fixtureCases())('$code/$name', ({ file }) => {
    const input = readFileSync(file);
    const all = ['facts', 'semantic'].map((name) => loadedParser()!.captures(name));
    const descended = lintSource(input, { fix: true, unsafeFixes: true });
    for (const c of all) c.walk = true;
    try {
      const walked = lintSource(input, { fix: true, unsafeFixes: true });
      expect(walked.findings).toEqual(descended.findings);
      expect(Buffer.from(walked.output).equals(Buffer.from(descended.output))).toBe(true);
    } finally {
      for (const c of all) c.walk = false;
    }
  });
});

// Inline cases for the core (CONVENTIONS.md 11): offsets, decoding, the
// applier, suppressions, and small valid/invalid tables for SOCK001.
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes, decodeSource, initParser, lintSource } from '../src/index.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HANDLED, SemanticModel, semanticModel } from '../src/analysis/semantic.js';
import { callArguments, capturedNodes, collectFacts, dottedName } from '../src/analysis/facts.js';
import { directWordAccess, loadedParser, type Tree } from '../src/parse.js';
import type { ModuleFacts } from '../src/analysis/facts.js';
import type { ProjectLookup } from '../src/analysis/summary.js';
import { ROOT, dedent } from './helpers.js';
import { displayPath } from '../src/report/reporter.js';

beforeAll(async () => {
  await initParser();
});

describe('offsets', () => {
  it('are UTF-16 code units, the same as tree-sitter indices, on non-ASCII text', () => {
    const text = 'import socket\nx = "é🌍"; s = socket.socket(); s.close()\n';
    const r = lintSource(text, { fix: true });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(text.slice(f.start, f.endOffset)).toBe('s.close()');
    // Columns count characters: the astral 🌍 is one column, two code units.
    expect(f.location).toEqual({ line: 2, column: [...'x = "é🌍"; s = socket.socket(); '].length + 1 });
    expect(r.output).toBe('import socket\nx = "é🌍"\ns = socket.socket()\ntry:\n    s.shutdown(socket.SHUT_RDWR)\nexcept socket.error:\n    pass\ns.close()\n');
  });
});

describe('decodeSource', () => {
  it('round-trips a latin-1 file with a cookie byte for byte', () => {
    const bytes = Buffer.from('# coding: latin-1\nx = "caf\xe9"\n', 'latin1');
    const d = decodeSource(bytes);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.source.text).toContain('café');
    expect(Buffer.from(d.source.encode(d.source.text)!).equals(bytes)).toBe(true);
  });
  it('keeps a UTF-8 BOM', () => {
    const bytes = Buffer.from('\ufeffx = 1\n', 'utf8');
    const d = decodeSource(bytes);
    expect(d.ok && d.source.bom).toBe(true);
    if (d.ok) expect(Buffer.from(d.source.encode(d.source.text)!).equals(bytes)).toBe(true);
  });
  it.each([
    [Buffer.from([0x78, 0x20, 0xe9, 0x0a]), /not valid UTF-8 and no PEP 263 coding cookie/],
    [Buffer.from('x = 1\0\n'), /binary file/],
    [Buffer.from('# coding: klingon\nx = 1\n'), /unknown encoding 'klingon'/],
    [Buffer.from([0xff, 0xfe, 0x78, 0x00]), /UTF-16/],
  ])('refuses %j with a clear message', (bytes, message) => {
    const d = decodeSource(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error).toMatch(message);
  });
  it('reads a one-byte encoding other than latin-1 through a one-to-one table', () => {
    const bytes = Buffer.from([...Buffer.from('# -*- coding: iso-8859-15 -*-\nx = "'), 0xa4, ...Buffer.from('"\n')]);
    const d = decodeSource(bytes);
    expect(d.ok).toBe(true);
    if (d.ok) {
      expect(d.source.text).toContain('€');
      expect(Buffer.from(d.source.encode(d.source.text)!).equals(bytes)).toBe(true);
    }
  });
});

describe('applyFixes', () => {
  const fix = (start: number, end: number, text: string) => ({ applicability: 'safe' as const, title: 't', edits: [{ start, end, text }] });
  it('applies non-overlapping fixes and defers overlapping ones', () => {
    const r = applyFixes('abcdef', [fix(0, 2, 'X'), fix(1, 3, 'Y'), fix(4, 5, 'Z')]);
    expect(r.output).toBe('XcdZf');
    expect(r.deferred).toHaveLength(1);
  });
  it('applies an edit shared by two fixes once', () => {
    const shared = { start: 0, end: 0, text: 'import socket\n' };
    const a = { applicability: 'safe' as const, title: 'a', edits: [{ start: 3, end: 4, text: 'A' }, shared] };
    const b = { applicability: 'safe' as const, title: 'b', edits: [{ start: 6, end: 7, text: 'B' }, { ...shared }] };
    expect(applyFixes('xx\nyy\nzz', [a, b]).output).toBe('import socket\nxx\nAy\nBz');
  });
});

describe('lintSource contract', () => {
  it('never throws, and says when the input cannot be decoded', () => {
    const r = lintSource(Buffer.from([0xc3, 0x28]), { fix: true });
    expect(r.errors[0]).toMatch(/UTF-8/);
    expect(r.changed).toBe(false);
  });
  it('returns bytes for bytes and text for text', () => {
    const src = 'import socket\ns = socket.socket()\ns.close()\n';
    expect(typeof lintSource(src, { fix: true }).output).toBe('string');
    expect(lintSource(Buffer.from(src), { fix: true }).output).toBeInstanceOf(Uint8Array);
  });
  it('reports unused suppressions that name a SOCK code', () => {
    const r = lintSource('import socket\nx = 1  # noqa: SOCK001\n', { reportUnusedSuppressions: true });
    expect(r.unusedSuppressions).toEqual([{ line: 2, text: '# noqa: SOCK001' }]);
  });
  it('respects select and ignore', () => {
    const src = 'import socket\ns = socket.socket()\ns.close()\n';
    expect(lintSource(src, { ignore: ['SOCK'] }).findings).toEqual([]);
    expect(lintSource(src, { select: ['SOCK001'] }).findings).toHaveLength(1);
  });
  it('the prefilter never changes a result', () => {
    const src = 'import socket\ns = socket.socket()\nx = 1\n';
    const { timings: _a, ...full } = lintSource(src, { prefilter: false });
    const { timings: _b, ...fast } = lintSource(src);
    expect(full).toEqual(fast);
  });
  it('uses except socket.error for target-version py27', () => {
    const r = lintSource('import socket\ns = socket.socket()\ns.close()\n', { fix: true, targetVersion: 'py27' });
    expect(r.output).toContain('except socket.error:');
  });
  it('applies unsafe fixes only when asked', () => {
    const src = 'import socket\ndef f(sock):\n    sock.close()\n';
    expect(lintSource(src, { fix: true }).changed).toBe(false);
    expect(lintSource(src, { fix: true, unsafeFixes: true }).changed).toBe(true);
  });
});

const valid = [
  ['a file object', `f = open("x")\nf.close()`],
  ['a closed-through-shutdown socket', `import socket\ns = socket.socket()\ns.shutdown(socket.SHUT_RDWR)\ns.close()`],
  ['an asyncio writer', `async def f(w):\n    w.close()`],
  ['close with an argument', `import socket\nsocket.close(3)`],
  ['a conn in a file with no socket import', `def f(conn):\n    conn.close()`],
  ['a multiprocessing accept()', `def f(listener):\n    conn = listener.accept()\n    conn.close()`],
];
const invalid: [string, string, string][] = [
  ['socket.socket()', `import socket\ns = socket.socket()\ns.close()`, 'fix-safe'],
  ['unknown socket type', `import socket\ndef f(t, a):\n    s = socket.socket(socket.AF_INET, t)\n    s.connect(a)\n    s.close()`, 'fix-unsafe'],
  ['made here, never connected', `import socket\ndef f(t):\n    s = socket.socket(socket.AF_INET, t)\n    s.close()`, 'skipped'],
  ['stream with flags', `import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)\ns.close()`, 'fix-safe'],
  ['raw socket', `import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_RAW)\ns.close()`, 'skipped'],
  ['bound, never connected', `import socket\ns = socket.socket()\ns.bind(("", 0))\ns.close()`, 'skipped'],
  ['adopted fd', `import socket\ns = socket.socket(fileno=3)\ns.close()`, 'fix-unsafe'],
  ['a pool class instance by name', `import socket\nclass P: pass\nsock = P()\nsock.close()`, 'skipped'],
  ['a database connect() named conn', `import socket, psycopg2\ns = socket.socket()\nconn = psycopg2.connect("")\nconn.close()`, 'skipped'],
];

describe('SOCK001 valid', () => {
  it.each(valid)('%s', (_name, src) => {
    expect(lintSource(dedent(src), { select: ['SOCK001'] }).findings).toEqual([]);
  });
});

describe('SOCK001 invalid', () => {
  it.each(invalid)('%s', (_name, src, outcome) => {
    const r = lintSource(dedent(src), { select: ['SOCK001'] });
    expect(r.findings.map((f) => f.outcome)).toEqual([outcome]);
  });
});

const otherRules: [string, string, string, string[]][] = [
  ['SOCK002', 'guarded by except OSError as e', 'import socket\ns = socket.socket()\ntry:\n    s.shutdown(2)\nexcept OSError as e:\n    pass\ns.close()', []],
  ['SOCK002', 'unguarded, close in the same block', 'import socket\ns = socket.socket()\ns.shutdown(2)\ns.close()', ['fix-safe']],
  ['SOCK002', 'except socket_error from an alias import', 'import socket\nfrom socket import error as socket_error\ns = socket.socket()\ntry:\n    s.shutdown(2)\nexcept socket_error:\n    pass\ns.close()', []],
  ['SOCK003', 'with a file', 'with open("x") as f:\n    f.read()', []],
  ['SOCK003', 'with a connection', 'import socket\nwith socket.create_connection(("h", 1)) as s:\n    s.sendall(b"x")', ['fix-unsafe']],
  ['SOCK004', 'a file close callback', 'import atexit\nf = open("x")\natexit.register(f.close)', []],
  ['SOCK004', 'a socket close callback', 'import atexit, socket\ns = socket.socket()\natexit.register(s.close)', ['no-fix']],
];

describe('SOCK002-SOCK004 valid and invalid', () => {
  it.each(otherRules)('%s: %s', (code, _name, src, outcomes) => {
    expect(lintSource(src, { select: [code] }).findings.map((f) => f.outcome)).toEqual(outcomes);
  });
});

describe('one run reaches the fixed point', () => {
  const fourSockets = dedent(`
    import socket


    def relay(a, b, c, d):
        with socket.create_connection(a) as w, socket.create_connection(b) as x, socket.create_connection(c) as y, socket.create_connection(d) as z:
            w.sendall(x.recv(1) + y.recv(1) + z.recv(1))
  `);

  it('fixes nested edits in one call, and says every finding it fixed is fixed', () => {
    const first = lintSource(fourSockets, { fix: true, unsafeFixes: true });
    expect(first.errors).toEqual([]);
    const eligible = first.findings.filter((f) => f.fix);
    expect(eligible.length).toBe(4);
    expect(eligible.every((f) => f.fixed)).toBe(true);
    const again = lintSource(first.output as string, { fix: true, unsafeFixes: true });
    expect(again.findings.filter((f) => f.fix)).toEqual([]);
    expect(again.changed).toBe(false);
  });

  it('a SOCK002 guard the fix wrote stays recognised where `socket` is a local class', () => {
    const text = dedent(`
      import socket


      def serve(addr):
          from socket import socket
          s = socket()
          s.connect(addr)
          s.shutdown(2)
          s.close()
    `);
    const first = lintSource(text, { fix: true });
    expect(first.changed).toBe(true);
    const again = lintSource(first.output as string, { fix: true });
    expect(again.findings.filter((f) => f.code === 'SOCK002')).toEqual([]);
    expect(again.changed).toBe(false);
  });
});

describe('SemanticModel walk', () => {
  it('passes over exactly the node types its switch does not handle (HANDLED lists every case)', () => {
    const source = readFileSync(path.join(ROOT, 'src', 'analysis', 'semantic.ts'), 'utf8');
    const walk = source.slice(source.indexOf('  private walk('), source.indexOf('  /** Parameters bind in the function'));
    const cases = new Set([...walk.matchAll(/case '([a-z_]+)':/g)].map((m) => m[1]));
    expect([...HANDLED].sort()).toEqual([...cases].sort());
  });

  it('reads every handled type the grammar has, through grammars/python/semantic.scm (the query, or the walk)', () => {
    const scm = readFileSync(path.join(ROOT, 'grammars', 'python', 'semantic.scm'), 'utf8');
    const queried = [...scm.matchAll(/^\(([a-z_]+)\) @([a-z_]+)$/gm)].map((m) => {
      expect(m[2]).toBe(m[1]);
      return m[1];
    });
    const byId = loadedParser()!.captures('semantic').byId;
    expect(new Set(byId.values())).toEqual(new Set(queried));
    // Ex) except_group_clause (Python 3.11's except*): in the switch for a grammar that parses it; this one does not
    const missing = [...HANDLED].filter((t) => !queried.includes(t));
    expect(missing).toEqual(['except_group_clause']);
  });

  it('gives a node under a function default, a decorator, a class base or a comprehension the scope Python evaluates it in', () => {
    const text = dedent(`
      import socket
      def outer(a=lambda: socket, *, b=[x for x in y]):
          global g
          g = 0
          if a:
              import socket as s2
          for i in []:
              q = 1
          else:
              r = 2
          try:
              t = 1
          except OSError as e:
              u = 1
          finally:
              v = 1
          del socket_alias[f()]
          return [z for z in range(3) if (w := z)]
      class C(Base, metaclass=lambda *a: a):
          m = 1
      g = 1
    `);
    const tree = loadedParser()!.parse(text)!;
    try {
      const facts = collectFacts(tree, loadedParser()!.captures('facts'), text);
      const model = semanticModel(facts);
      const outer = model.module.children.find((s) => s.kind === 'function')!;
      const show = (s: typeof model.module) => [...s.bindings.entries()].map(([n, l]) => `${n}:${l.map((b) => `${b.kind}${b.definite ? '' : '?'}`).join(',')}`).sort();
      // The default's lambda and comprehension are the module's children, not the function's.
      expect(model.module.children.map((s) => s.kind)).toEqual(['function', 'lambda', 'comprehension', 'class', 'lambda']);
      expect(show(outer)).toEqual(['a:parameter', 'b:parameter', 'e:except-target?', 'i:loop-target?', 'q:assignment?', 'r:assignment?', 's2:import?', 't:assignment', 'u:assignment?', 'v:assignment', 'w:assignment?', 'z:loop-target?']);
      expect(outer.globals).toEqual(new Set(['g']));
      expect(show(model.module)).toEqual(['C:class', 'g:assignment,global-assignment?', 'outer:function', 'socket:import', 'x:loop-target?']);
      expect(model.resolve('socket', text.indexOf('socket\n'))).toMatchObject({ t: 'bound' });
    } finally {
      tree.delete();
    }
  });
});

describe("the runtime's word access (parse.ts, directWordAccess)", () => {
  it("reads and writes a 32-bit word through the runtime's view, follows a grown memory, and hands every other type to the runtime", () => {
    const calls: string[] = [];
    let buffer = new ArrayBuffer(64);
    const runtime = {
      HEAP32: new Int32Array(buffer),
      setValue: (ptr: number, value: number, type = 'i8') => void calls.push(`set ${ptr} ${value} ${type}`),
      getValue: (ptr: number, type = 'i8') => (calls.push(`get ${ptr} ${type}`), 42),
    };
    expect(directWordAccess(runtime)).toBe(true);
    runtime.setValue(8, -5, 'i32');
    expect(runtime.HEAP32[2]).toBe(-5);
    expect(new DataView(buffer).getInt32(8, true)).toBe(-5);
    expect(runtime.getValue(8, 'i32')).toBe(-5);
    runtime.setValue(1, 7, 'i8');
    expect(runtime.getValue(4, 'i16')).toBe(42);
    runtime.setValue(2, 1);
    expect(calls).toEqual(['set 1 7 i8', 'get 4 i16', 'set 2 1 i8']);
    // The memory grows: the old buffer is detached, and the runtime makes a new view.
    const grown = new ArrayBuffer(128);
    new Int32Array(grown).set(runtime.HEAP32);
    structuredClone(buffer, { transfer: [buffer] });
    buffer = grown;
    runtime.HEAP32 = new Int32Array(grown);
    expect(runtime.getValue(8, 'i32')).toBe(-5);
    runtime.setValue(100, 2 ** 31 - 1, 'i32');
    expect(new DataView(grown).getInt32(100, true)).toBe(2 ** 31 - 1);
  });

  it('leaves a runtime without the view alone', () => {
    const runtime = { setValue: () => {}, getValue: () => 0 };
    const before = { ...runtime };
    expect(directWordAccess(runtime)).toBe(false);
    expect(runtime).toEqual(before);
  });

  it("gives the parser's nodes the same answers after the WASM memory grows", () => {
    const parser = loadedParser()!;
    const text = 'import socket\ns = socket.create_connection(("h", 1))\ns.sock.close()\n';
    const tree = parser.parse(text)!;
    const read = () =>
      tree.rootNode.descendantsOfType('call').map((c) => [c!.type, c!.startIndex, c!.endIndex, c!.childForFieldName('function')?.text, c!.childForFieldName('arguments')?.namedChildren.map((a) => a?.type)]);
    const before = read();
    expect(before).toEqual([
      ['call', 18, 52, 'socket.create_connection', ['tuple']],
      ['call', 53, 67, 's.sock.close', []],
    ]);
    // A tree of 960,008 nodes: more than the memory held.
    const big = 'x = [' + 'f(a.b, 1), '.repeat(80_000) + ']\n';
    const others = [parser.parse(big)!];
    try {
      expect(others[0].rootNode.descendantCount).toBe(960_008);
      expect(read()).toEqual(before);
    } finally {
      for (const t of others) t.delete();
      tree.delete();
    }
  });
});

describe('call facts', () => {
  it('give each call the callee, receiver, method and arguments its nodes give, and the innermost scope', () => {
    // The common shape (`a.b.c(...)`) is read from the callee's text; every other from its nodes.
    const text = dedent(`
      import socket
      s = socket.socket()
      s.close()
      self.sock.fp.close(  # why
          )
      f().close()
      a[0].b.close()
      (conn).close()
      conn . close()
      ñame.sock.close()
      def outer(x=y.z(1)):
          x.send(b"", flags=0, *rest, **kw)
          class K(Base.m()):
              def m(self):
                  return self.sock.recv(1)
          return outer.w(lambda: q.r())
      tail.x.y()
    `);
    const tree = loadedParser()!.parse(text)!;
    try {
      const facts = collectFacts(tree, loadedParser()!.captures('facts'), text);
      const calls = facts.scopes.flatMap((s) => s.calls.map((c) => ({ c, s })));
      expect(calls.length).toBe(16);
      for (const { c, s } of calls) {
        const fn = c.node.childForFieldName('function');
        const attribute = fn?.type === 'attribute';
        expect(c.callee).toBe(dottedName(fn));
        expect(c.receiver).toBe(attribute ? dottedName(fn!.childForFieldName('object')) : null);
        expect(c.method).toBe(attribute ? (fn!.childForFieldName('attribute')?.text ?? null) : null);
        expect(c.args.map((a) => a.text)).toEqual(callArguments(c.node).map((a) => a.text));
        expect(c.scope).toBe(s);
        expect(c.pos).toBe(c.node.startIndex);
        // The innermost function, lambda or class whose node holds the call.
        const inner = facts.scopes.filter((x) => x.kind !== 'module' && x.node.startIndex <= c.pos && c.node.endIndex <= x.node.endIndex);
        expect(s.node.startIndex).toBe(Math.max(0, ...inner.map((x) => x.node.startIndex)));
      }
      const show = (q: string) => calls.filter(({ c }) => c.node.text.startsWith(q)).map(({ c, s }) => [c.callee, c.receiver, c.method, c.args.length, s.name]);
      expect(show('self.sock.fp.close(')).toEqual([['self.sock.fp.close', 'self.sock.fp', 'close', 0, '<module>']]);
      expect(show('f().close')).toEqual([[null, null, 'close', 0, '<module>']]);
      expect(show('(conn).close')).toEqual([['conn.close', 'conn', 'close', 0, '<module>']]);
      expect(show('conn . close')).toEqual([['conn.close', 'conn', 'close', 0, '<module>']]);
      expect(show('x.send')).toEqual([['x.send', 'x', 'send', 4, 'outer']]);
      expect(show('self.sock.recv')).toEqual([['self.sock.recv', 'self.sock', 'recv', 1, 'm']]);
      expect(show('q.r')).toEqual([['q.r', 'q', 'r', 0, 'outer']]);
      expect(show('tail.x.y')).toEqual([['tail.x.y', 'tail.x', 'y', 0, '<module>']]);
      // A copy with other arguments (a constructor's call seen from __init__) keeps them.
      const first = calls[0].c;
      expect({ ...first, args: [] }.args).toEqual([]);
    } finally {
      tree.delete();
    }
  });
});

describe('a module parsed once for its own analysis and the project model', () => {
  const text = 'import socket\n\n\ndef f(addr):\n    s = socket.create_connection(addr)\n    s.close()\n';
  const lookup = (lent: { tree: Tree; facts: ModuleFacts } | null) => {
    const calls = { borrowed: 0, released: 0, kept: [] as Tree[] };
    const project: ProjectLookup = {
      find: () => null,
      borrow: (t) => {
        if (!lent || t !== text) return null;
        calls.borrowed++;
        return { ...lent, release: () => calls.released++ };
      },
      keep: (t, tree) => {
        expect(t).toBe(text);
        calls.kept.push(tree);
        return true;
      },
    };
    return { project, calls };
  };

  it('analyses with the tree and facts the project model lends for the same text, and gives them back', () => {
    const tree = loadedParser()!.parse(text)!;
    try {
      const facts = collectFacts(tree, loadedParser()!.captures('facts'), text);
      const { project, calls } = lookup({ tree, facts });
      const r = lintSource(text, { project });
      expect(r.findings.map((f) => f.outcome)).toEqual(lintSource(text).findings.map((f) => f.outcome));
      expect(calls).toMatchObject({ borrowed: 1, released: 1, kept: [] });
      // The lent tree is still whole: the model frees it, not the analysis.
      expect(tree.rootNode.text).toBe(text);
    } finally {
      tree.delete();
    }
  });

  it('hands a check run\'s tree to the project model, and frees it itself when fixing (the file changes)', () => {
    const check = lookup(null);
    lintSource(text, { project: check.project });
    expect(check.calls.kept).toHaveLength(1);
    expect(check.calls.kept[0].rootNode.text).toBe(text);
    check.calls.kept[0].delete();
    const fix = lookup(null);
    expect(lintSource(text, { project: fix.project, fix: true }).changed).toBe(true);
    expect(fix.calls.kept).toHaveLength(0);
    // A file whose lone \r ends lines is analysed as \n-ended text, which is not the file the model would parse.
    const cr = lookup(null);
    lintSource(text.replace(/\n/g, '\r'), { project: { ...cr.project, keep: (_t, tree) => (cr.calls.kept.push(tree), true) } });
    expect(cr.calls.kept).toHaveLength(0);
  });
});

describe('the semantic model: what the syntax says of the Python version', () => {
  // Each line alone in a file. The model reads a node's own text first (a string without a prefix, a call
  // of another name, a comparison without `<>`): built without the text, it asks the tree every time.
  const CASES: [string, 'py2' | 'py3' | 'either'][] = [
    ['print "x"\n', 'py2'],
    ['exec "x = 1"\n', 'py2'],
    ['try:\n    pass\nexcept E, e:\n    pass\n', 'py2'],
    ['raise E, "message"\n', 'py2'],
    ['x = 0777\n', 'py2'],
    ['x = 10L\n', 'py2'],
    ['x = `y`\n', 'py2'],
    ['x = ur"y"\n', 'py2'],
    ['x = a <> b\n', 'py2'],
    ['def f((a, b)):\n    pass\n', 'py2'],
    ['async def f():\n    pass\n', 'py3'],
    ['def f() -> int:\n    pass\n', 'py3'],
    ['x: int = 1\n', 'py3'],
    ['a, *b = c\n', 'py3'],
    ['if (y := 1):\n    pass\n', 'py3'],
    ['def f():\n    x = 1\n    def g():\n        nonlocal x\n', 'py3'],
    ['raise E from e\n', 'py3'],
    ['async def f():\n    await x\n', 'py3'],
    ['x = f"{y}"\n', 'py3'],
    ['x = rb"y"\n', 'py3'],
    ['def f():\n    yield from x\n', 'py3'],
    ['def f():\n    x = (yield  # a comment, # and another\n         from y)\n', 'py3'],
    ['x \\\n  : int = 1\n', 'py3'],
    ['a = b = c = d\n', 'either'],
    ['class C(B):\n    def m(self):\n        super().m()\n', 'py3'],
    ['x = [*a, *b]\n', 'py3'],
    ['x = {**a}\n', 'py3'],
    ['def f(*, a):\n    pass\n', 'py3'],
    ['match x:\n    case 1:\n        pass\n', 'py3'],
    ['x = 1\ny = "plain" + \'quotes\' + b"bytes" + r"raw" + u"text"\n', 'either'],
    ['x = f(y) if a < b else g(*c, **d)\n', 'either'],
    ['raise E\n', 'either'],
    ['raise E("a, b")\n', 'either'],
    ['def f():\n    yield x  # from here\n', 'either'],
    ['super(C, self).m()\nexecute(x); supervisor(); execfile_(y); globals_()\n', 'either'],
    ['x = {"a": 1}\ny = x[1:2]\n', 'either'],
    ['x = 0o777 + 0x1F + 10 + 0\n', 'either'],
    ['print "x"\nx = f"{y}"\n', 'either'],
  ];
  it.each(CASES)('%j: %s', (text, version) => {
    const parser = loadedParser()!;
    const tree = parser.parse(text)!;
    try {
      const nodes = () => capturedNodes(tree, parser.captures('semantic'), false, text);
      const withText = new SemanticModel(tree, nodes(), null, text);
      const withoutText = new SemanticModel(tree, nodes(), null, null);
      expect(withText.syntaxVersion).toBe(version);
      expect(withoutText.syntaxVersion).toBe(version);
      expect(withText.openNamespace).toBe(withoutText.openNamespace);
    } finally {
      tree.delete();
    }
  });
  it.each([
    ['exec("x = 1")\n', 'exec() fills the module namespace'],
    ['execfile("settings.py")\n', 'execfile() fills the module namespace'],
    ['globals()[name] = 1\n', 'globals() is written to, so the module\'s names are made at run time'],
    // (the names the text says are bindings of their own, each maybe: `x`, and each of the loop's literal keys)
    ['globals()["x"] = 1\n', null],
    ['for k, v in [("A", 1), ("B", 2)]:\n    globals()[k] = v\n', null],
    ['for k, v in [("A", 1), (b, 2)]:\n    globals()[k] = v\n', 'globals() is written to, so the module\'s names are made at run time'],
    ['globals()[f"x{i}"] = 1\n', 'globals() is written to, so the module\'s names are made at run time'],
    ['vars().update(y)\n', 'vars() is written to, so the module\'s names are made at run time'],
    ['executor("x")\nglobals_()["x"] = 1\n', null],
    // Twisted's ReactorBuilder binds test classes named for the builder and each reactor, never a module's name
    ['globals().update(SocketTestsBuilder.makeTestCaseClasses())\n', null],
    ['globals().update(SocketTestsBuilder.makeTestCaseClasses(extra))\n', 'globals() is written to, so the module\'s names are made at run time'],
    ['globals().update(makeTestCaseClasses())\n', 'globals() is written to, so the module\'s names are made at run time'],
  ])('%j: the namespace is open: %s', (text, why) => {
    const parser = loadedParser()!;
    const tree = parser.parse(text)!;
    try {
      const model = new SemanticModel(tree, capturedNodes(tree, parser.captures('semantic'), false, text), null, text);
      expect(model.openNamespace).toBe(why);
    } finally {
      tree.delete();
    }
  });
});

describe('displayPath: a path as the reports name it', () => {
  it.each([
    ['/repo', '/repo/src/app.py', 'src/app.py'],
    ['/repo', '/repo/app.py', 'app.py'],
    ['/repo', '/repo/src/../app.py', 'app.py'],
    ['/repo', '/repo/src//app.py', 'src/app.py'],
    ['/repo', '/repo/./app.py', 'app.py'],
    ['/repo', '/repo/.hidden/app.py', '.hidden/app.py'],
    ['/repo', '/repo2/app.py', '../repo2/app.py'],
    ['/repo', '/other/app.py', '../other/app.py'],
    ['/repo', '/repo', '/repo'],
    ['/', '/repo/app.py', 'repo/app.py'],
  ])('from %s: %s is %s, as path.relative() has it', (cwd, file, shown) => {
    expect(displayPath(cwd, file)).toBe(shown);
    expect(displayPath(cwd, file)).toBe(path.relative(cwd, file) || file);
  });
});

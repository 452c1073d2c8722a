// The prefilters only skip work: a run with them and a run without them give
// the same JSON, byte for byte. Over the CPython standard library (with its
// site-packages), over the repository's own fixtures, and over files built to
// sit on the edges of the code-only lexer (src/code-text.ts): a socket named
// only in a string, a close() only in a comment or inside an f-string, line
// continuations, Python 2 backticks and print statements.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const stdlib = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: 'utf8' }).stdout.trim();

function same(paths: string[]): { files: number; diagnostics: number } {
  const args = [...paths, '--no-respect-gitignore', '--output-format', 'json', '--show-skipped'];
  const fast = runCli(args, { timeout: 600_000 });
  const full = runCli([...args, '--no-prefilter'], { timeout: 600_000 });
  expect(fast.code).toBe(full.code);
  expect(fast.stdout).toBe(full.stdout);
  const doc = JSON.parse(fast.stdout);
  return { files: doc.files.length, diagnostics: doc.diagnostics.length };
}

const EDGES: Record<string, string> = {
  'only_in_docstring.py': '"""A client for socket servers: sock = socket.socket(); sock.close()."""\n\n\ndef stop(conn):\n    conn.close()\n',
  'only_in_comment.py': 'def stop(conn):\n    # sock = socket.create_connection(addr)\n    conn.close()  # sock.close()\n',
  'fstring_close.py': 'import socket\n\n\ndef f(addr):\n    sock = socket.create_connection(addr)\n    print(f"{sock.close()}")\n',
  'fstring_nested.py': 'import socket\n\n\ndef f(d, addr):\n    s = socket.create_connection(addr)\n    x = f"{d["k"]} {s!r:>{10}}"\n    s.close()\n',
  'continuation.py': 'import socket\n\n\ndef f(addr):\n    sock = \\\n        socket.create_connection(addr)\n    sock \\\n        .close()\n',
  'string_continuation.py': 'import socket\ns = "a \\\nsocket"\n\n\ndef f(addr):\n    conn = socket.create_connection(addr)\n    conn.close()\n',
  'py2_backticks.py': 'import socket\n\n\ndef f(addr):\n    sock = socket.create_connection(addr)\n    print `sock.fileno()`\n    sock.close()\n',
  'py2_print_string.py': 'import socket\nprint"socket"\n\n\ndef f(addr):\n    sock = socket.create_connection(addr)\n    sock.close()\n',
  'cr_only.py': 'import socket\r# comment\rdef f(addr):\r    sock = socket.create_connection(addr)\r    sock.close()\r',
  'with_in_string.py': 'import socket\nDOC = "with socket.create_connection(a) as s: pass"\n\n\ndef f(x):\n    with x:\n        pass\n',
  // Ex) an alias of contextlib.closing: `closing(` is nowhere in the file, the import names it
  'closing_alias.py': 'from contextlib import closing as managed\n\n\ndef f(sock):\n    with managed(sock):\n        sock.send(b"x")\n',
  // Ex) words that only look like sources: definitions, os.dup(), a name ending in `closing`
  'not_sources.py': 'import os\n\n\ndef accept(test):\n    return test\n\n\ndef is_socket(path, conn):\n    fd = os.dup(0)\n    with open(path) as f:\n        binary_closing(f, fd)\n    conn.close()\n',
  // Ex) a subclass closing what its base class in another module made: no socket word in the file
  'inherited_base.py': 'import socket\n\n\nclass Base(object):\n    def __init__(self, addr):\n        self.link = socket.create_connection(addr)\n        self.pipe = None\n',
  'inherited_child.py': 'from inherited_base import Base\n\n\nclass Child(Base):\n    def stop(self):\n        self.link.close()\n\n    def later(self, register):\n        register(self.pipe.close)\n',
  'inherited_placeholder.py': 'from inherited_base import Base\n\n\nclass Other(Base):\n    def __init__(self, addr):\n        self.link = None\n        Base.__init__(self, addr)\n\n    def stop(self):\n        self.link.close()\n',
  // Ex) with blocks on self.X that only a base class gives a value: the handler's request, a base's link
  'with_handler_request.py': 'from http.server import BaseHTTPRequestHandler\n\n\nclass H(BaseHTTPRequestHandler):\n    def handle(self):\n        with self.request:\n            self.request.sendall(b"x")\n',
  'with_inherited_items.py':
    'from contextlib import closing as managed\nfrom inherited_base import Base\n\n\nclass Child(Base):\n    def run(self, lock):\n        with (\n            lock,\n            self.link as l,\n        ):\n            l.sendall(b"x")\n\n    def stop(self):\n        with managed(self.link):\n            pass\n',
  // Ex) not items: a call's value and its arguments (self.assertRaises(self.Error)), a closing() of nothing named like a socket
  'with_not_items.py': 'import contextlib\nimport unittest\n\n\nclass T(unittest.TestCase):\n    def test(self, path):\n        with self.assertRaises(self.Error):\n            pass\n        with contextlib.closing(open(path)) as f:\n            f.read()\n',
  // Ex) sources the one-scan prefilter finds before the word it scans for (wrap_socket, SSLSocket), and a class line after a lone \r
  'with_wrap_socket.py': 'import ssl\n\n\ndef f(ctx, raw, tls_cls):\n    with ctx.wrap_socket(raw) as tls:\n        tls.sendall(b"x")\n    isinstance(raw, ssl.SSLSocket)\n',
  'with_inherited_cr.py': 'from inherited_base import Base\r\r\r# a subclass Foo(Bar) in a comment\rclass Child(Base):\r    def run(self):\r        with self.link:\r            pass\r',
  'unterminated.py': 'import socket\nx = "never closed\n\n\ndef f(addr):\n    sock = socket.create_connection(addr)\n    sock.close()\n',
};

describe('prefilter', () => {
  it('never changes a result on the standard library and its site-packages', () => {
    const { files, diagnostics } = same([stdlib]);
    expect(files).toBeGreaterThan(1500);
    expect(diagnostics).toBeGreaterThan(300);
  }, 600_000);

  it('never changes a result on the fixtures', () => {
    const { diagnostics } = same([path.join(ROOT, 'fixtures'), path.join(ROOT, 'examples')]);
    expect(diagnostics).toBeGreaterThan(100);
  }, 120_000);

  it('never changes a result on the edges of the code-only lexer', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-prefilter-'));
    mkdirSync(path.join(dir, 'edges'));
    for (const [name, text] of Object.entries(EDGES)) writeFileSync(path.join(dir, 'edges', name), text);
    const { files, diagnostics } = same([path.join(dir, 'edges')]);
    expect(files).toBe(Object.keys(EDGES).length);
    expect(diagnostics).toBeGreaterThan(4);
    // The with blocks the base classes give a socket are found (the prefilter let their files through).
    const found = JSON.parse(runCli([path.join(dir, 'edges'), '--output-format', 'json', '--select', 'SOCK003']).stdout).diagnostics as { path: string; location: { line: number } }[];
    const sites = found.map((d) => `${path.basename(d.path)}:${d.location.line}`).sort();
    expect(sites).toEqual(['closing_alias.py:5', 'with_handler_request.py:6', 'with_inherited_cr.py:7', 'with_inherited_items.py:14', 'with_inherited_items.py:9', 'with_wrap_socket.py:5']);
  }, 120_000);
});

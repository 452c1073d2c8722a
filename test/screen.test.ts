// The screen's text scans that feed the project model: import words (which
// files may call into a module) and attributes set to test doubles.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { absoluteModule, assignedSocketOwners, doubledAttributesIn, importWordsIn, patchedSocketModulesIn } from '../src/runner/patches.js';

const words = (text: string) => importWordsIn(text).sort();

describe('importWordsIn', () => {
  it('takes every module component and imported name, aliases too', () => {
    expect(words('import os.path\nfrom supervisor import http_client as hc\n')).toEqual(['hc', 'http_client', 'os', 'path', 'supervisor']);
  });
  it('reads relative imports, star imports and parenthesised lists over lines', () => {
    expect(words('from . import factory\nfrom .a.b import *\nfrom x import (\n    one,\n    two,  # note\n)\n')).toEqual(['*', 'a', 'b', 'factory', 'one', 'two', 'x']);
  });
  it('reads indented imports and several on a line', () => {
    expect(words('def f():\n    import socket; import ssl\n')).toEqual(['socket', 'ssl']);
  });
  it('follows a backslash continuation, and reads non-ASCII module names', () => {
    expect(words('import a, \\\n    b\nfrom caf\u00e9 import x\n')).toEqual(['a', 'b', 'caf\u00e9', 'x']);
  });
  it('reads a from-import after a semicolon, and not one whose `from` is part of a word', () => {
    expect(words('x = 1; from a.b import c\nfromx import y\nfrom\tq import r\n')).toEqual(['a', 'b', 'c', 'q', 'r']);
  });
  it('ignores words that only contain "import"', () => {
    expect(words('important = 1\nx.imports = reimport()\n# an important note\n')).toEqual([]);
  });
});

describe('doubledAttributesIn', () => {
  const attrs = (text: string) => doubledAttributesIn(text).sort();
  it('finds attributes set to a Dummy, Fake, Mock or Stub from outside the object', () => {
    expect(attrs('inst.socket = DummySocket()\nconn.sock = FakeSocket(body)\nc._sock = mock.Mock()\ns.conn = StubConn()\n')).toEqual(['_sock', 'conn', 'sock', 'socket']);
  });
  it('leaves self and cls, real values, comparisons and class references alone', () => {
    expect(attrs('self.sock = DummySocket()\ncls.sock = FakeSock()\nc.sock = socket.socket()\nok = c.sock == FakeSock()\nc.factory = FakeSock\n')).toEqual([]);
  });
});

describe('patchedSocketModulesIn', () => {
  const mods = (text: string) => patchedSocketModulesIn(text).sort();
  it('names the modules whose socket global is replaced, assigned or patched', () => {
    expect(mods("smtplib.socket = mock_socket\n@patch('pkg.net.socket.create_connection')\npatch.object(ftplib, 'socket')\n")).toEqual(['ftplib', 'pkg.net', 'smtplib']);
  });
  it('names a module imported from its package in full too, through an alias and a list over lines', () => {
    expect(mods('from srv import patched\nfrom srv.net import (a,\n    client as c)\npatched.socket = x\nc.socket = y\n')).toEqual(['c', 'patched', 'srv.net.client', 'srv.patched']);
  });
  it('names a module imported relatively as relative, and the run makes it absolute by the file\'s package', () => {
    expect(mods('from . import patched\nfrom ..net import client as c\nfrom .import other\npatched.socket = x\nc.socket = y\nother.socket = z\n')).toEqual(['..net.client', '.other', '.patched', 'c', 'other', 'patched']);
    const dir = mkdtempSync(path.join(tmpdir(), 'pysockfix-rel-'));
    try {
      mkdirSync(path.join(dir, 'pkg', 'tests'), { recursive: true });
      for (const f of ['pkg/__init__.py', 'pkg/tests/__init__.py', 'pkg/tests/test_x.py']) writeFileSync(path.join(dir, f), '');
      const test = path.join(dir, 'pkg', 'tests', 'test_x.py');
      expect(absoluteModule('.patched', test)).toBe('pkg.tests.patched');
      expect(absoluteModule('..net.client', test)).toBe('pkg.net.client');
      expect(absoluteModule('.sibling', path.join(dir, 'pkg', '__init__.py'))).toBe('pkg.sibling');
      expect(absoluteModule('...too.far', test)).toBeNull();
      expect(absoluteModule('smtplib', test)).toBe('smtplib');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('leaves self and cls alone', () => {
    expect(mods('self.socket = socket.socket()\ncls.socket = None\n')).toEqual([]);
  });
  it('takes the dotted owner of an assigned socket attribute, and not a comparison, a longer name or a name that starts with a digit or dot', () => {
    expect(assignedSocketOwners('a.b.socket = x\nsmtplib.socket\t=\n  mock\nx.socket == y\nx.sockets = 1\nx.socket_ = 1\n1a.socket = 2\n.c.socket = 3\nf(d).socket = 4\n')).toEqual(['a.b', 'smtplib']);
    expect(assignedSocketOwners('p.socket.socket = mock\n(q.socket) = 1\n')).toEqual(['p.socket']);
  });
  it('finds the assignments the whole-text regex found, and the second of a chain without spaces', () => {
    const regex = /(?:^|[^\w.])([A-Za-z_][\w.]*)\.socket\s*=(?!=)/gm;
    const texts = [
      'import smtplib\nsmtplib.socket = mock_socket\n',
      'ftplib.socket=fake\nif ftplib.socket==fake: pass\n',
      'x = caf\u00e9.socket = 1\n\u00e9x.socket = 2\n',
      'a.socket = b.socket = c\n',
      '   pkg.mod.socket   =   None  # restore\nself.socket = 1\n',
    ];
    for (const text of texts) expect(assignedSocketOwners(text)).toEqual(Array.from(text.matchAll(regex), (m) => m[1]));
    expect(assignedSocketOwners('a.socket=b.socket=c\n')).toEqual(['a', 'b']);
  });
});

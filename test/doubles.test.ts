// The test doubles' classes (src/analysis/doubles.ts): which ones leave a fix safe, asked of one module's facts.
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser } from '../src/index.js';
import { collectFacts, type ModuleFacts } from '../src/analysis/facts.js';
import { attributeDoubles, bareClass, callbackDoubles } from '../src/analysis/doubles.js';
import type { ProjectLookup } from '../src/analysis/summary.js';
import { loadedParser } from '../src/parse.js';
import { dedent } from './helpers.js';

beforeAll(async () => {
  await initParser();
});

function factsOf(text: string): ModuleFacts {
  const parser = loadedParser()!;
  return collectFacts(parser.parse(text)!, parser.captures('facts'), text);
}

const MODULE = dedent(`
  from unittest import mock
  from tests.base import Imported


  class Plain(object):
      closed = False

      def close(self):
          self.closed = True


  class Base:
      def shutdown(self, how):
          pass


  class Inherits(Base):
      pass


  class Lookup:
      def __getattr__(self, name):
          return lambda *a: None


  class Assigned:
      shutdown = None


  class Twice:
      pass


  class Twice:
      def shutdown(self, how):
          pass


  class Loop(Loop):
      pass


  class Unread(somewhere.Base):
      pass


  class MockSocket:
      def close(self):
          pass


  class MockModule:
      def socket(self, family, type):
          sock = MockSocket()
          return sock


  class MockModuleOfMocks:
      def socket(self, family, type):
          return mock.Mock()
`);

describe('bareClass()', () => {
  it('is true only for a class of the project with no shutdown, __getattr__ or unreadable base in its chain', () => {
    const facts = factsOf(MODULE);
    const end = facts.text.length;
    const bare = (name: string, project: ProjectLookup | null = null) => bareClass(facts, project, name, end, 'instance');
    expect(['Plain', 'MockSocket'].map((n) => bare(n))).toEqual([true, true]);
    // A shutdown of its own, a base's, a class attribute's, or what __getattr__ makes; a second class of the name; a cycle; a base read nowhere
    expect(['Base', 'Inherits', 'Lookup', 'Assigned', 'Twice', 'Loop', 'Unread'].map((n) => [n, bare(n)])).toEqual(
      ['Base', 'Inherits', 'Lookup', 'Assigned', 'Twice', 'Loop', 'Unread'].map((n) => [n, false]),
    );
    // A library's Mock, and a name this module does not bind to a class
    expect(['mock.Mock', 'Missing'].map((n) => bare(n))).toEqual([false, false]);
    // An imported class is asked of the project, which is told the qualified name
    const asked: string[] = [];
    const project: ProjectLookup = { bareClass: (q) => (asked.push(q), q === 'tests.base.Imported') };
    expect(bare('Imported', project)).toBe(true);
    expect(asked).toEqual(['tests.base.Imported']);
    // (once a module: the project a module's facts are asked under is always the same)
    expect(bare('Imported', project)).toBe(true);
    expect(asked).toEqual(['tests.base.Imported']);
    expect(bareClass(factsOf(MODULE), null, 'Imported', end, 'instance')).toBe(false);
  });

  it('reads a module double by what its socket() returns', () => {
    const facts = factsOf(MODULE);
    const end = facts.text.length;
    expect(bareClass(facts, null, 'MockModule', end, 'module')).toBe(true);
    expect(bareClass(facts, null, 'MockModuleOfMocks', end, 'module')).toBe(false);
    // A class without socket(): its sockets come from elsewhere
    expect(bareClass(facts, null, 'Plain', end, 'module')).toBe(false);
  });
});

describe('the doubles a test module hands the code', () => {
  const TESTS = dedent(`
    from unittest import mock


    class DummySocket:
        def close(self):
            pass


    class FakeSocket(DummySocket):
        pass


    def test_attr(inst, other):
        inst.socket = DummySocket()
        other.socket = FakeSocket()
        self_socket_is_its_own = 1


    class T:
        def setUp(self):
            self.socket = mock.Mock()

        def test_callback(self, inst):
            sock = DummySocket()
            inst.handle_accepted(sock, "1")
            inst.handle_accepted(FakeSocket(), "2")
  `);

  it('gives the classes when every double is bare, ignoring a test case\'s own self.X', () => {
    const facts = factsOf(TESTS);
    expect(attributeDoubles(facts, null, 'socket')?.sort()).toEqual(['DummySocket', 'FakeSocket']);
    expect(callbackDoubles(facts, null, 'handle_accepted', 1)?.sort()).toEqual(['DummySocket', 'FakeSocket']);
  });

  it('gives null when one double may answer shutdown(), or when no double is found', () => {
    const mocked = factsOf(`${TESTS}\n\ndef test_mock(inst):\n    inst.socket = mock.Mock()\n    inst.handle_accepted(mock.Mock(), "3")\n`);
    expect(attributeDoubles(mocked, null, 'socket')).toBeNull();
    expect(callbackDoubles(mocked, null, 'handle_accepted', 1)).toBeNull();
    // A name the test gives another value too, a parameter, a splat: not read
    const unread = factsOf(`${TESTS}\n\ndef test_param(inst, sock):\n    inst.handle_accepted(sock, "4")\n`);
    expect(callbackDoubles(unread, null, 'handle_accepted', 1)).toBeNull();
    const splat = factsOf(`${TESTS}\n\ndef test_splat(inst, pair):\n    inst.handle_accepted(*pair)\n`);
    expect(callbackDoubles(splat, null, 'handle_accepted', 1)).toBeNull();
    expect(attributeDoubles(factsOf(TESTS), null, 'sock')).toBeNull();
  });
});

// The test doubles a project's own tests hand its code in place of a socket
// (`inst.socket = DummySocket()`, `inst.handle_accepted(dummysocket(), addr)`,
// `Client(server, socket_module=MockSocketModule())`). A double that is a class
// of the project with no `shutdown` anywhere in its class chain, and no
// `__getattr__` that could make one, meets the guarded shutdown only as an
// AttributeError: a guard that also catches AttributeError leaves such a test
// exactly as it ran, so the fix stays safe. A library's `Mock()` answers
// `shutdown()` and records it (a test may assert on its calls), and a class
// the analysis cannot read may define anything: those keep the fix unsafe.
import type { Node } from '../parse.js';
import type { ProjectLookup } from './summary.js';
import { assignedNode, dottedName, push, scopeIndex, selfAttribute, type ModuleFacts, type Scope } from './facts.js';

/** What a double's class must not define: each gives its instances a `shutdown` the guard would call. */
const SHUTDOWN_GIVERS = new Set(['shutdown', '__getattr__', '__getattribute__']);
/** A name the screen reads as a double's constructor (patches.ts's DOUBLE_ASSIGNED). */
const DOUBLE_NAME = /Dummy|Fake|Mock|Stub|mock/;
const MAX_DEPTH = 6;
const NOT_OWNERS = new Set(['self', 'cls']);

/**
 * What a double stands for: `instance`, a socket itself (`DummySocket()`); `module`, a socket
 * module whose `socket()` makes the sockets (`MockSocketModule()`).
 */
export type DoubleRole = 'instance' | 'module';

/**
 * Is `name`, as this module binds it at `pos`, a class of the project whose instances (or, for a
 * module double, the sockets its `socket()` method returns) have no `shutdown`? Every class of that
 * name in the module counts (a test module may define `DummySocket` twice), and a name the module
 * imports from another project module is asked of that module.
 */
export function bareClass(facts: ModuleFacts, project: ProjectLookup | null, name: string, pos: number, role: DoubleRole, depth = 0): boolean {
  // Ex) class DummySocket(DummySocket), or a chain too deep to read: no bare class, and no answer to keep
  if (depth > MAX_DEPTH) {
    cutShort = true;
    return false;
  }
  const known = knownOf(facts);
  const local = name.includes('.') ? undefined : known.classes.get(name);
  // (a test module that makes 10,000 doubles of one class asks once)
  const key = `${role}\0${name}\0${local ? '' : facts.qualifyAt(name, pos)}`;
  const kept = known.answers.get(key);
  if (kept !== undefined) return kept;
  if (known.asking.has(key)) {
    cutShort = true;
    return false;
  }
  const outer = cutShort;
  cutShort = false;
  known.asking.add(key);
  let answer: boolean;
  try {
    if (!local) {
      // Ex) from supervisor.tests.base import DummySocket   (asked of that module; a library's Mock is no class of the project)
      const qualified = key.slice(key.lastIndexOf('\0') + 1);
      answer = !qualified.startsWith('<local>.') && (project?.bareClass?.(qualified, role, depth + 1) ?? false);
    } else {
      answer = local.every((cls) => (role === 'instance' ? bareInstances(facts, project, cls, depth) : bareModule(facts, project, cls, depth)));
    }
  } finally {
    known.asking.delete(key);
  }
  // (an answer cut short by the depth or a cycle depends on where the question started: not kept)
  if (!cutShort) known.answers.set(key, answer);
  cutShort = cutShort || outer;
  return answer;
}

/** Set when an answer of bareClass() met its depth limit or a cycle below the question being answered. */
let cutShort = false;

/** A module's classes by name (every definition, nested ones too), and bareClass()'s answers, once a module. */
const knowns = new WeakMap<ModuleFacts, Known>();

interface Known {
  classes: Map<string, Scope[]>;
  answers: Map<string, boolean>;
  /** The questions being answered up the stack. */
  asking: Set<string>;
}

function knownOf(facts: ModuleFacts): Known {
  let known = knowns.get(facts);
  if (!known) {
    const classes = new Map<string, Scope[]>();
    for (const s of facts.scopes) if (s.kind === 'class') push(classes, s.name, s);
    knowns.set(facts, (known = { classes, answers: new Map(), asking: new Set() }));
  }
  return known;
}

/** A class whose own body and bases (`object`, or classes that pass this test too) give no `shutdown`. */
function bareInstances(facts: ModuleFacts, project: ProjectLookup | null, cls: Scope, depth: number): boolean {
  if (cls.children.some((c) => c.kind === 'function' && SHUTDOWN_GIVERS.has(c.name))) return false;
  if (cls.assigns.some((a) => SHUTDOWN_GIVERS.has(a.target))) return false;
  const superclasses = cls.node.childForFieldName('superclasses');
  for (const base of superclasses?.namedChildren ?? []) {
    if (!base || base.type === 'comment') continue;
    // Ex) class FakeSocket(metaclass=Meta)   (anything may come of it)
    const name = dottedName(base);
    if (!name) return false;
    if (name === 'object') continue;
    if (!bareClass(facts, project, name, cls.node.startIndex, 'instance', depth + 1)) return false;
  }
  return true;
}

/** A socket module double: its own `socket()` method returns only bare doubles (MockSocketModule's `MockSocket(...)`). */
function bareModule(facts: ModuleFacts, project: ProjectLookup | null, cls: Scope, depth: number): boolean {
  const method = cls.children.find((c) => c.kind === 'function' && c.name === 'socket');
  if (!method || !method.returns.length) return false;
  return method.returns.every((r) => {
    const value = r.namedChild(0);
    return !!value && bareValue(facts, project, value, method, 'instance', depth + 1) !== null;
  });
}

/**
 * The double classes an expression gives (a call of one, or a local name every assignment of
 * which is one: `sock = dummysocket()`), or null when any of them is not a bare class of the
 * project or the value cannot be read.
 */
export function bareValue(facts: ModuleFacts, project: ProjectLookup | null, value: Node, scope: Scope, role: DoubleRole, depth = 0): string[] | null {
  if (value.type === 'call') {
    const callee = dottedName(value.childForFieldName('function'));
    return callee && bareClass(facts, project, callee, value.startIndex, role, depth) ? [callee] : null;
  }
  if (value.type !== 'identifier' || scope.kind !== 'function' || scope.params.includes(value.text)) return null;
  const assigns = scopeIndex(scope).assignsByTarget.get(value.text) ?? [];
  if (!assigns.length) return null;
  const names = new Set<string>();
  for (const a of assigns) {
    const given = a.viaWith ? null : assignedNode(a);
    if (given?.type !== 'call') return null;
    const found = bareValue(facts, project, given, scope, role, depth);
    if (!found) return null;
    for (const n of found) names.add(n);
  }
  return [...names];
}

/**
 * The doubles this module sets `X.attr` to from outside the object (`inst.socket = DummySocket()`,
 * as patches.ts's screen found by their text, and `self.t.sock = Mock()` through a longer chain),
 * when every one is bare; null when one is not, or when none is found in the code (the screen's
 * match was in a string, say).
 */
export function attributeDoubles(facts: ModuleFacts, project: ProjectLookup | null, attr: string): string[] | null {
  const names = new Set<string>();
  for (const scope of facts.scopes) {
    for (const [target, assigns] of scopeIndex(scope).assignsByTarget) {
      // Ex) inst.socket = DummySocket(); self.t.sock = Mock()   (another object's attribute; not a test case's own self.sock)
      if (!target.endsWith(`.${attr}`) || NOT_OWNERS.has(target.slice(0, -attr.length - 1)) || selfAttribute(scope, target) !== null) continue;
      for (const assign of assigns) {
        const given = assignedNode(assign);
        const callee = given?.type === 'call' ? dottedName(given.childForFieldName('function')) : null;
        if (!callee || !DOUBLE_NAME.test(callee)) continue;
        const found = bareValue(facts, project, given!, scope, 'instance');
        if (!found) return null;
        for (const n of found) names.add(n);
      }
    }
  }
  return names.size ? [...names] : null;
}

/**
 * The doubles this module hands a library callback itself (`inst.handle_accepted(sock, '1')`),
 * `index` being the socket parameter's position after `self`, when every one is bare; null when
 * one is not, or when no such call is found in the code.
 */
export function callbackDoubles(facts: ModuleFacts, project: ProjectLookup | null, callback: string, index: number): string[] | null {
  const names = new Set<string>();
  for (const scope of facts.scopes) {
    for (const call of scope.calls) {
      if (call.method !== callback || !call.receiver || call.receiver === 'self' || call.receiver.startsWith('self.')) continue;
      const args = call.args;
      // Ex) asyncore.dispatcher.handle_accepted(self, sock, addr)   (a subclass hands its own argument on)
      if (args[0]?.text === 'self') continue;
      const arg = args[index - 1];
      if (!arg || arg.type === 'keyword_argument' || arg.type === 'list_splat' || arg.type === 'dictionary_splat') return null;
      const found = bareValue(facts, project, arg, scope, 'instance');
      if (!found) return null;
      for (const n of found) names.add(n);
    }
  }
  return names.size ? [...names] : null;
}

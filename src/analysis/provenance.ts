// Where a receiver comes from: follows names, `self.X` attributes and helper
// functions back to a socket constructor (or to something that is not a socket).
import { STDLIB_MODULES } from '../knowledge/stdlib-modules.js';
import { ASYNCORE_DISPATCHER, BASE_REQUEST_HANDLER, FILE_DISPATCHER, STREAM_REQUEST_HANDLER, BUFFERS, CALLBACK_SOCKET_PARAMS, NOT_SOCKET_RESULTS, SCAPY_SUPERSOCKET, SERVER_BASE, SERVER_HANDLERS, SERVER_HOOKS, SOCKET_CLASSES, THREAD_STARTERS, UDP_SERVER, ZMQ_SOCKET_TYPE } from '../knowledge/socket.js';
import { codeText } from '../code-text.js';
import { valueUses, type ValueUses } from '../text-search.js';
import { semanticModel, useStarExports, type Binding } from './semantic.js';
import { canonicalModule } from './imports.js';
import { bareValue } from './doubles.js';
import { ancestors, type Node } from '../parse.js';
import { loopGuards } from './guards.js';
import type { ClassMemberKind, ClassSummary, ForeignCalls, ForeignSubclass, InitParameter, ModuleSummary, ProjectLookup } from './summary.js';
import { asyncioConnects, bodyOf, callArguments, countBefore, dictViewMethod, dominates, dottedName, getattrTarget, keywordValue, push, scopeIndex, selfAttribute, type Annotation, type Assign, type CallFact, type ClassFact, type ModuleFacts, type Scope, loopsAround } from './facts.js';

export type SocketKind = 'stream' | 'tls' | 'listening' | 'unconnected' | 'datagram' | 'raw' | 'copy' | 'adopted' | 'unknown-type';

/**
 * A factory's socket listens only when the caller passes a parameter (Pyro4's
 * `createSocket(bind=None, connect=None)`): `kind` is what it is with the
 * parameter given, `otherwise` what it is without it.
 */
export interface ListensIf {
  param: string;
  /** The parameter's position among the call's positional arguments (-1: keyword only). */
  index: number;
  otherwise: SocketKind;
  otherOrigin: string;
}

export type Provenance =
  /** `abortive`: a caller sets SO_LINGER on the socket it passes (the close is meant to reset). */
  /** `doubled`: the project's tests hand the code doubles, all bare classes of the project (doubles.ts): their names. */
  | { t: 'socket'; kind: SocketKind; origin: string; abortive?: string; listensIf?: ListensIf; doubled?: string[] }
  /** Some assignments are sockets, the others cannot be traced. */
  | { t: 'partial'; kind: SocketKind; origin: string; patched?: string; doubles?: string; callers?: string; abortive?: string; listensIf?: ListensIf; doubled?: string[] }
  | { t: 'not'; why: string }
  | { t: 'unknown' }
  /** `None`: a placeholder that never reaches close(). */
  | { t: 'none' };

const UNKNOWN: Provenance = { t: 'unknown' };
const SOCK_TYPE_CONSTANT = /^(socket\.)?SOCK_(STREAM|DGRAM|RAW)$/;
/** `returns()`'s index for the elements of a list a function returns. */
const ELEMENTS = -2;
const NONE: Provenance = { t: 'none' };
const MAX_DEPTH = 12;

// Ex) a socket that is both listening and TLS-wrapped is a listening socket
const KIND_PRIORITY: SocketKind[] = ['listening', 'datagram', 'raw', 'copy', 'unconnected', 'adopted', 'unknown-type', 'tls', 'stream'];


/**
 * `saved = self.sock; ...; self.sock = saved`: putting back what the attribute
 * held before adds no new value to it.
 */
function restoresSaved(scope: Scope, a: Assign, attr: string): boolean {
  if (a.value.type !== 'identifier' || a.tupleIndex !== -1) return false;
  const saved = scopeIndex(scope).assignsByTarget.get(a.value.text) ?? [];
  return saved.length > 0 && saved.every((s) => s.tupleIndex === -1 && s.pos < a.pos && selfAttribute(scope, dottedName(s.value) ?? '') === attr);
}

/**
 * `self.sock = self.sock.unwrap()`: the same connection, its TLS layer ended, adds no new value to
 * the attribute (and its own value would be asked while the attribute's is being found).
 */
function unwrapsItself(scope: Scope, a: Assign, attr: string): boolean {
  if (a.value.type !== 'call' || a.tupleIndex !== -1) return false;
  const fn = a.value.childForFieldName('function');
  const object = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'unwrap' ? fn.childForFieldName('object') : null;
  return !!object && callArguments(a.value).length === 0 && selfAttribute(scope, dottedName(object) ?? '') === attr;
}

/**
 * Does the caller set SO_LINGER on the socket it passes: on the argument's own
 * name, or on the name a `with f(sock) as s:` binds to what the call yields?
 */
function callerSetsLinger(call: CallFact, scope: Scope, arg: Node): boolean {
  const names = new Set<string>();
  if (arg.type === 'identifier' || arg.type === 'attribute') names.add(arg.text);
  // Ex) with closewrapper(sock) as s: s.setsockopt(SOL_SOCKET, SO_LINGER, ...)
  for (const a of scope.assigns) if (a.viaWith && a.value.id === call.node.id) names.add(a.target);
  if (!names.size) return false;
  return scope.calls.some((c) => c.method === 'setsockopt' && !!c.receiver && names.has(c.receiver) && c.args.some((x) => /\bSO_LINGER\b/.test(x.text)));
}

const loopsByName = new WeakMap<Scope, Map<string, Node[]>>();

/**
 * The `for` statements of the scope whose target binds `name` (as the whole target or inside a tuple).
 * The scope's loops are read once (each name of each site read them all: 8,000 loops beside 8,000
 * closes took 42 s).
 */
function forLoopsBinding(scope: Scope, name: string): Node[] {
  let byName = loopsByName.get(scope);
  if (!byName) {
    byName = new Map();
    for (const loop of scope.loops) {
      if (loop.type !== 'for_statement') continue;
      const left = loop.childForFieldName('left');
      if (!left) continue;
      if (left.type === 'identifier') push(byName, left.text, loop);
      else if (left.type === 'pattern_list' || left.type === 'tuple_pattern') {
        // Ex) for accepted, (skt, addr) in enumerate(clients, 1):   (a nested pattern's names too)
        const bound = new Set<string>();
        const add = (pattern: Node) => {
          for (const c of pattern.namedChildren) {
            if (c?.type === 'identifier') bound.add(c.text);
            else if (c?.type === 'tuple_pattern' || c?.type === 'list_pattern') add(c);
          }
        };
        add(left);
        for (const n of bound) push(byName, n, loop);
      }
    }
    loopsByName.set(scope, byName);
  }
  return byName.get(name) ?? [];
}

/** The default value of a function's parameter, if it has one. */
function defaultNode(fn: Scope, param: string): Node | null {
  for (const p of fn.node.childForFieldName('parameters')?.namedChildren ?? []) {
    if ((p?.type === 'default_parameter' || p?.type === 'typed_default_parameter') && p.childForFieldName('name')?.text === param) {
      return p.childForFieldName('value');
    }
  }
  return null;
}

/** The Linux kernel's crypto API family: its sockets hash or cipher, with no peer. */
const AF_ALG = /\bAF_ALG\b/;
const EMPTY_NAMES: ReadonlySet<string> = new Set();

/** A qualified call whose module part is named for sockets, which a project module may re-export (`compat.socket.socket`). */
const REEXPORTED_SOCKET = /socket[^.]*\.\w+$/i;

/** Why an instance is only likely one class's: the caller gives it first, or may choose the class. */
function chosenBy(instance: { chosen: string | null }, cls: string): string {
  return `may be another object than a ${cls} (${instance.chosen ? `a caller may pass another class as ${instance.chosen}` : 'it is given by the caller first'})`;
}

/** Modules whose calls the knowledge table answers for, even where a copy of them is in the tree being checked. */
const STANDARD_LIBRARY = /^(socket|_socket|ssl|contextlib|io|os|select|selectors|socketserver|asyncore|asynchat|ftplib|smtplib|http|urllib|urllib2|httplib|multiprocessing|sqlite3|StringIO|cStringIO|OpenSSL)\./;

/**
 * An instance of a project class that wraps a socket and has its own `shutdown(how)` and `close()`
 * (trio's socket): a fix would run, but whether it ends the connection is the class's business.
 */
function wrapperWithShutdown(name: string): Provenance {
  return { t: 'partial', kind: 'stream', origin: `a ${name}`, callers: `${name} is a project class with its own shutdown(how), not a socket.socket` };
}

/** The standard-library modules whose server classes (SERVER_BASE) hold a listening `socket`. */
const STDLIB_SERVER = /^(socketserver|SocketServer|http\.server|BaseHTTPServer|xmlrpc\.server|SimpleXMLRPCServer|wsgiref\.simple_server)\./;

const SUPER_INIT = /^super\([^)]*\)\s*\.\s*__init__\s*\(/;
/** `super().__init__(` or `super(Cls, self).__init__(`, with the two names. */
const SUPER_CALL = /^super\(\s*(?:(\w+)\s*,\s*(\w+)\s*)?\)\s*\.\s*__init__\s*\(/;

/**
 * The kind the calls made on a socket give it: `listen()` or `accept()` make a
 * listener, `bind()` with no connect leaves it unconnected (a caller may still connect it).
 */
function kindByMethods(prov: Provenance, methods: Set<string>, where: string): Provenance {
  if (prov.t !== 'socket' && prov.t !== 'partial') return prov;
  // (once: a dict key stored where it listens is read there again as the value stored)
  if (methods.has('listen') || methods.has('accept')) return { ...prov, kind: 'listening', origin: prov.origin.includes(`listening ${where}`) ? prov.origin : `${prov.origin}, listening ${where}` };
  if (methods.has('bind') && !methods.has('connect') && !methods.has('connect_ex') && prov.kind !== 'datagram' && prov.kind !== 'raw') {
    return { ...prov, kind: 'unconnected', origin: `${prov.origin}, bound ${where}` };
  }
  return prov;
}

/**
 * The calls of a module that pass a plain name as their RequestHandlerClass: the second positional
 * argument (`TCPServer(addr, Handler)`) or the keyword (`RequestHandlerClass=Handler`), by that name.
 */
function handlerArguments(facts: ModuleFacts): Map<string, CallFact[]> {
  const out = new Map<string, CallFact[]>();
  for (const scope of facts.scopes) {
    for (const call of scope.calls) {
      call.args.forEach((a, i) => {
        const value = a.type === 'keyword_argument' ? (a.childForFieldName('name')?.text === 'RequestHandlerClass' ? a.childForFieldName('value') : null) : i === 1 ? a : null;
        if (value?.type === 'identifier') push(out, value.text, call);
        // Ex) class ModbusServer: class Service(BaseRequestHandler) ... TCPServer(addr, self.Service)   (a nested class, by
        // `<self>.Service` where the object is the method's self, else by `Outer.Service`)
        const object = value?.type === 'attribute' ? value.childForFieldName('object') : null;
        if (object?.type === 'identifier') push(out, `${object.text === scope.selfName ? '<self>' : object.text}.${value!.childForFieldName('attribute')!.text}`, call);
      });
    }
  }
  return out;
}

/** A provenance as plain data (what a summary keeps). */
function plain(p: Provenance): Provenance {
  return { ...p };
}


/** The elements of a tuple (`a, b` or `(a, b)`), comments left out; null for any other node. */
function tupleElements(node: Node | null | undefined): Node[] | null {
  return node?.type === 'expression_list' || node?.type === 'tuple' ? node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') : null;
}

/** The value a name is bound to by its one assignment in a scope (not unpacked, not `with ... as`), or null. */
function boundOnceTo(name: string, scope: Scope): Node | null {
  const bound = scopeIndex(scope).assignsByTarget.get(name) ?? [];
  return bound.length === 1 && bound[0].tupleIndex === -1 && !bound[0].viaWith ? bound[0].value : null;
}

/** A call of getaddrinfo(), or of a wrapper named for it (`_getaddrinfo`, `loop.getaddrinfo`). */
function isGetaddrinfo(node: Node | null | undefined): node is Node {
  return node?.type === 'call' && /(^|\.|_)getaddrinfo$/.test(node.childForFieldName('function')?.text ?? '');
}

/**
 * The socket type of every address a local name holds, where each of its assignments is a getaddrinfo() call
 * that asks for one type or a list of address tuples written out with that type, and at least one is the
 * call (CherryPy's check_port(): getaddrinfo(..., SOCK_STREAM), or `[(AF_INET, SOCK_STREAM, 0, "", (host,
 * port))]` when it fails); else null.
 */
function addrinfoListType(name: string, scope: Scope): string | null {
  const assigns = scopeIndex(scope).assignsByTarget.get(name) ?? [];
  if (assigns.length < 2 || assigns.some((a) => a.tupleIndex !== -1 || a.viaWith)) return null;
  const types = new Set<string>();
  let called = false;
  for (const { value } of assigns) {
    if (value.type === 'list') {
      for (const item of value.namedChildren) {
        if (!item || item.type === 'comment') continue;
        const parts = tupleElements(item);
        if (!parts || parts.length !== 5) return null;
        types.add(parts[1].text.replace(/^socket\./, ''));
      }
    } else {
      const type = isGetaddrinfo(value) ? addrinfoTypeArg(value) : null;
      if (!type) return null;
      types.add(type.text.replace(/^socket\./, ''));
      called = true;
    }
  }
  return called && types.size === 1 ? [...types][0] : null;
}

/** The bare names of socket type constants (`SOCK_STREAM`, `socket.SOCK_DGRAM`, `SOCK_RAW`) when every node is one; else null. */
function typeConstants(nodes: Node[]): string[] | null {
  return nodes.length && nodes.every((n) => SOCK_TYPE_CONSTANT.test(n.text)) ? nodes.map((n) => n.text.replace(/^socket\./, '')) : null;
}

/** The socket type a getaddrinfo() call asks for: its `type=` or its fourth argument, or null. */
function addrinfoTypeArg(call: Node): Node | null {
  const args = callArguments(call);
  return keywordValue(args, 'type') ?? args.filter((a) => a.type !== 'keyword_argument')[3] ?? null;
}

/**
 * What unpacking a value written out gives each target (`a, b = ...`, `for a, b in ...`): a tuple's elements
 * (tupleElements()) or a list literal's (`return [remote_socket, local_socket]`), with no starred one
 * among them; null for any other node.
 */
function unpackedElements(node: Node | null | undefined): Node[] | null {
  const elements = node?.type === 'list' ? node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') : tupleElements(node);
  return elements && !elements.some((e) => e.type === 'list_splat') ? elements : null;
}

/** Is `e`, in `fn`, a makefile() of `sock`: the call itself, or a name of fn's own assigned it (`f = sock.makefile('rb'); return sock, f`)? */
function makefileOf(e: Node, sock: string, fn: Scope): boolean {
  const isCall = (n: Node) => {
    const callee = n.type === 'call' ? n.childForFieldName('function') : null;
    return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'makefile' && dottedName(callee.childForFieldName('object')) === sock;
  };
  if (e.type === 'identifier') return (scopeIndex(fn).assignsByTarget.get(e.text) ?? []).some((b) => b.tupleIndex === -1 && isCall(b.value));
  return isCall(e);
}

/**
 * The origin of a socket that is a connected one or a datagram one, said once (a tail both share too):
 * "socket.socket() or socket.socket(SOCK_DGRAM) (whose shutdown does nothing), in the classes that mix C in".
 */
function eitherOrigin(connected: string, datagram: string): string {
  // (an earlier fold said it already: a name assigned in three branches)
  if (connected.includes(DATAGRAM_TOO)) return connected;
  const a = connected.split(', ');
  const b = datagram.split(', ');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  const tail = shared ? `, ${a.slice(a.length - shared).join(', ')}` : '';
  return `${a.slice(0, a.length - shared).join(', ')} or ${b.slice(0, b.length - shared).join(', ')} ${DATAGRAM_TOO}${tail}`;
}

/** What eitherOrigin() says of the datagram socket, and how it knows it said it. */
const DATAGRAM_TOO = '(whose shutdown does nothing)';

export function combine(list: Provenance[]): Provenance {
  const real = list.filter((p) => p.t !== 'none');
  if (real.length === 0) return list.length ? NONE : UNKNOWN;
  const not = real.find((p) => p.t === 'not');
  if (not) return not;
  const sockets = real.filter((p): p is Extract<Provenance, { kind: SocketKind }> => p.t === 'socket' || p.t === 'partial');
  if (sockets.length === 0) return UNKNOWN;
  let best = sockets[0];
  for (const s of sockets) {
    if (KIND_PRIORITY.indexOf(s.kind) < KIND_PRIORITY.indexOf(best.kind)) best = s;
  }
  // Ex) class TCPConnection(Connection): SOCK_STREAM; class UDPConnection(Connection): SOCK_DGRAM ... Connection.disconnect(): self.socket.close()
  // (steam: a datagram socket's shutdown does nothing, a connected one's ends the connection; only these two kinds in the mix)
  if (best.kind === 'datagram' || best.kind === 'raw') {
    // (made as a stream socket: an annotation names the class, not the kind; sabnzbd's `s: socket.socket` holds datagram sockets only)
    const connected = sockets.find((p) => (p.kind === 'stream' || p.kind === 'tls') && !p.origin.startsWith('annotated '));
    if (connected && sockets.every((p) => ['datagram', 'raw', 'stream', 'tls'].includes(p.kind))) best = { ...connected, origin: eitherOrigin(connected.origin, best.origin) };
  }
  const definite = real.every((p) => p.t === 'socket');
  const patched = sockets.find((p) => p.t === 'partial' && (p.patched || p.doubles));
  if (patched?.t === 'partial') return { ...patched, kind: best.kind };
  // Ex) def createSocket(bind=None, ...): one return, listening only with bind   (kept for the callers)
  const listensIf = real.length === 1 ? sockets[0].listensIf : undefined;
  // Ex) sock = Wrapped(...)   (what is not proven, and a caller's SO_LINGER, survive the fold)
  const callers = definite ? undefined : sockets.find((p): p is Extract<Provenance, { t: 'partial' }> => p.t === 'partial' && !!p.callers)?.callers;
  const abortive = sockets.find((p) => p.abortive)?.abortive;
  const doubled = sockets.some((p) => p.doubled) ? [...new Set(sockets.flatMap((p) => p.doubled ?? []))].sort() : undefined;
  return { t: definite ? 'socket' : 'partial', kind: best.kind, origin: best.origin, ...(listensIf ? { listensIf } : {}), ...(callers ? { callers } : {}), ...(abortive ? { abortive } : {}), ...(doubled ? { doubled } : {}) };
}

/**
 * How many of a name's assignments (`assigns`, in document order) may reach `pos` in scope `s`, given
 * that `before` of them precede it: also those later in a loop around the site, when no assignment in
 * that loop comes before the site, for the next pass of the loop starts with what they bound.
 *
 * Ex) conn = None; while True: if conn: conn.close(); conn, addr = listener.accept()   (the close is of
 * the last pass's accepted connection; the None alone precedes it)
 */
function loopCarried(s: Scope, assigns: Assign[], before: number, pos: number): number {
  if (before === 0 || before === assigns.length) return before;
  const around = loopsAround(s, pos);
  let count = before;
  // (innermost first)
  for (let i = around.length - 1; i >= 0; i--) {
    const [start, end] = bodyOf(around[i]);
    // Ex) while x: ... else: conn.close()   (the else clause runs once, after the loop)
    if (pos < start || pos >= end) continue;
    // Ex) while True: conn = accept(); conn.close(); conn = None   (this pass's own assignment is what the close sees)
    if (assigns[before - 1].pos >= start) break;
    count = countBefore(assigns, end);
  }
  return count;
}

/** A socket's provenance as a listener's, by what the function `scope` does to it. */
function listeningIn(prov: Extract<Provenance, { kind: SocketKind }>, scope: Scope): Provenance {
  return { ...prov, kind: 'listening', origin: `${prov.origin}, listening in ${scope.ownerClass ? `${scope.ownerClass.name}.` : ''}${scope.name}()` };
}

/** Kinds whose shutdown does nothing (it raises ENOTCONN, which the fix's guard catches). */
const NO_OP_KINDS: ReadonlySet<SocketKind> = new Set(['datagram', 'raw', 'unconnected']);

/**
 * What a value is when `self` may also be an instance of a subclass: the class's own value (`own`)
 * and what its subclasses' overrides give (`others`). A subclass's socket whose shutdown does nothing
 * (a DatagramHandler's UDP socket beside a SocketHandler's TCP one) does not hide a connected one: the
 * fix is right for the one and does nothing to the other. Every other kind counts as combine() has it.
 */
function overriddenBy(own: Provenance, others: Provenance[]): Provenance {
  const connected = (own.t === 'socket' || own.t === 'partial') && !NO_OP_KINDS.has(own.kind);
  const kept = connected ? others.filter((p) => !((p.t === 'socket' || p.t === 'partial') && NO_OP_KINDS.has(p.kind))) : others;
  return combine([own, ...kept]);
}

/**
 * A factory's socket at one call: listening when the call passes the
 * parameter its `listen()` depends on (or may pass it: `**kw`), else what it
 * is without it.
 */
export function atCall(p: Provenance, args: Node[]): Provenance {
  if ((p.t !== 'socket' && p.t !== 'partial') || !p.listensIf) return p;
  const { listensIf, ...rest } = p;
  const arg = argumentGiven(args, listensIf.index, listensIf.param);
  // Ex) createSocket(connect=addr)   (no bind: it never listens)
  if (arg === null || arg?.type === 'none') return { ...rest, kind: listensIf.otherwise, origin: listensIf.otherOrigin };
  return rest;
}

/** A result that listens only when its factory is given an argument (`listensIf`), taken as listening: where the arguments cannot be read. */
function listensAnyway(p: Provenance): Provenance {
  if ((p.t !== 'socket' && p.t !== 'partial') || !p.listensIf) return p;
  const { listensIf: _, ...rest } = p;
  return rest;
}

/**
 * Is `name` the first parameter of a function shaped like pyOpenSSL's verify callback, `(conn, cert, errnum, depth, ok)`
 * after any `self`: the OpenSSL.SSL.Connection that `Context.set_verify()` hands it, whose shutdown() takes no argument?
 */
function verifyCallbackConnection(fn: Scope, name: string): boolean {
  const ps = fn.ownerClass && fn.parent?.kind === 'class' && fn.params[0] === fn.selfName ? fn.params.slice(1) : fn.params;
  return ps.length === 5 && ps[0] === name && ps[3] === 'depth' && /^err/i.test(ps[2]!) && /ok$/i.test(ps[4]!);
}

/** Does a function scope around `scope` (its own included) bind `name` itself: a parameter, an assignment, a nested def or class? */
function shadows(scope: Scope, name: string): boolean {
  for (let s: Scope | null = scope; s && s.kind !== 'module'; s = s.parent) {
    if (s.kind === 'class' && s !== scope) continue;
    if (s.params.includes(name) || scopeIndex(s).assignsByTarget.has(name) || s.children.some((c) => c.name === name)) return true;
  }
  return false;
}

/** A parameter's position among a call's positional arguments (a method's `self` is not passed). */
function callIndex(fn: Scope, param: string): number {
  const method = !!fn.ownerClass && fn.parent?.kind === 'class';
  return fn.params.indexOf(param) - (method ? 1 : 0);
}

/**
 * The members of a type annotation's union, each a plain dotted name or `None` (`socket.socket |
 * None`, `Optional[Union[socket.socket, ssl.SSLSocket]]`, either quoted as a whole or in part); null
 * when a member is anything else (a generic, a `Literal`, a callable): the annotation then says nothing.
 */
export function annotationMembers(text: string): string[] | null {
  const t = text.trim().replace(/^(['"])(.*)\1$/s, '$2').trim();
  const inner = /^(?:typing\.)?(Optional|Union)\[(.*)\]$/s.exec(t);
  const parts = inner ? splitTopLevel(inner[2], ',') : splitTopLevel(t, '|');
  if (!parts) return null;
  if (!inner && parts.length === 1) return /^[A-Za-z_][\w.]*$/.test(t) ? [t] : null;
  const members: string[] = inner?.[1] === 'Optional' ? ['None'] : [];
  for (const part of parts) {
    const found = annotationMembers(part);
    if (!found) return null;
    members.push(...found);
  }
  return members;
}

/** `text` split at each `sep` outside brackets, or null when its brackets do not pair. */
function splitTopLevel(text: string, sep: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      if (--depth < 0) return null;
    } else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return null;
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

/** How many functions deep a keyword is followed through `**kwargs` to the callers that fill it. */
const MAX_FORWARDS = 2;

/**
 * A call whose only splat hands on its function's own `**kwargs` (`Client(host, **kwargs)` in
 * `def make_client(self, values, **kwargs)`): a keyword it passes comes from that function's
 * callers. False for a `*args` splat (it may fill any position) or another mapping.
 */
function forwardedKeywords(call: CallFact): boolean {
  const splats = call.args.filter((a) => a.type === 'list_splat' || a.type === 'dictionary_splat');
  if (splats.length !== 1 || splats[0].type !== 'dictionary_splat') return false;
  const name = splats[0].namedChild(0);
  if (name?.type !== 'identifier' || call.scope.kind !== 'function') return false;
  const params = call.scope.node.childForFieldName('parameters')?.namedChildren ?? [];
  return params.some((p) => p?.type === 'dictionary_splat_pattern' && p.namedChild(0)?.text === name.text);
}

/**
 * The argument a call's arguments give a parameter (its position among the positional ones, -1 for
 * none): the node, null when it is left to its default, undefined when unknowable (`*args`, `**kw`).
 */
function argumentGiven(args: Node[], index: number, name: string): Node | null | undefined {
  const keyword = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
  if (keyword) return keyword.childForFieldName('value');
  const positional: Node[] = [];
  for (const a of args) {
    // Ex) make_client(*values)   (a parameter no position gives, as one only `**kwargs` holds, is not in a `*args` splat)
    if (a.type === 'dictionary_splat' || (a.type === 'list_splat' && index >= 0)) return undefined;
    if (a.type !== 'keyword_argument') positional.push(a);
  }
  return index >= 0 ? (positional[index] ?? null) : null;
}

/** The last parts of THREAD_STARTERS' names: only a call named so is qualified to look it up. */
const STARTER_NAMES = new Set(Object.keys(THREAD_STARTERS).map((q) => q.slice(q.lastIndexOf('.') + 1)));
/** The same for SERVER_HANDLERS. */
const SERVER_NAMES = new Set(Object.keys(SERVER_HANDLERS).map((q) => q.slice(q.lastIndexOf('.') + 1)));

/** A module's calls by callee key (ProvenanceResolver.indexCalls()), and how often each function is handed to a new thread, by name and by `self` method. */
interface CallIndex {
  byCallee: Map<string, Caller[]>;
  handoffs: { names: Map<string, number>; attributes: Map<string, number> };
  /** The functions (`name`, or `self.name` for a method) a server hands its accepted connections to (SERVER_HANDLERS), with the server's name. */
  served: Map<string, string>;
  /** Functions of this module handed to a class's construction (`StreamServer(addr, self.loop)`), by key, with where in the call. */
  passed: Map<string, { call: CallFact; position: number; keyword: string | null }[]>;
}

/** A call of a function of this module, or a thread started on it (`opaque`: its arguments cannot be read). */
export interface Caller {
  call: CallFact;
  scope: Scope;
  opaque?: boolean;
}

/**
 * The function a thread-starting call runs and the arguments it runs it with (THREAD_STARTERS): `target`
 * and `args` of `threading.Thread(target=f, args=(a, b))`, the function and tuple of
 * `_thread.start_new_thread(f, (a, b))`, and the rest of `eventlet.spawn(f, a, b)`. Null when the call
 * names no function (`Thread(None, f)`, a lambda); `args` null when they cannot be read (`args=args`,
 * `kwargs=...`).
 */
function threadHandoff(call: CallFact, shape: 'target' | 'tuple' | 'rest'): { target: string; args: Node[] | null } | null {
  const args = call.args;
  const keyword = (name: string) => keywordValue(args, name);
  const elements = (node: Node | null): Node[] | null => {
    if (!node) return [];
    if (node.type !== 'tuple' && node.type !== 'list') return null;
    return node.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  };
  if (shape === 'target') {
    const target = dottedName(keyword('target'));
    if (!target) return null;
    return { target, args: keyword('kwargs') || args.some((a) => a.type !== 'keyword_argument') ? null : elements(keyword('args')) };
  }
  const target = args[0]?.type === 'keyword_argument' ? null : dottedName(args[0] ?? null);
  if (!target) return null;
  if (shape === 'rest') return { target, args: args.slice(1) };
  return { target, args: args.length === 2 && args[1].type !== 'keyword_argument' ? elements(args[1]) : null };
}

/**
 * Does a module's code dispatch as the selectors module's documentation does, `key.data(key.fileobj,
 * mask)` or `callback = key.data` then `callback(key.fileobj, mask)`? There each callback registered
 * as a file object's data is called with that file object first.
 */
function dispatchesSelected(text: string): boolean {
  if (!text.includes('.fileobj')) return false;
  let seen = 0;
  for (const m of text.matchAll(/\b(\w+)(?:\.data)?\s*\(\s*(\w+)\.fileobj\b/g)) {
    // (a few calls with a file object are read: each looks for its callee's assignment in the whole text)
    if (++seen > 20) return false;
    if (m[0].startsWith(`${m[2]}.data`) || new RegExp(`\\b${m[1]}\\s*=\\s*${m[2]}\\.data\\b`).test(text)) return true;
  }
  return false;
}

/**
 * `sel.register(fileobj, events, callback)` (or `modify()`, or `data=callback`) whose callback is a
 * function or method of the module by name: the callback, and the file object it will be called with.
 */
function selectorCallback(call: CallFact): { target: string; fileobj: Node } | null {
  if ((call.method !== 'register' && call.method !== 'modify') || !call.receiver) return null;
  const positional = call.args.filter((a) => a.type !== 'keyword_argument');
  const data = keywordValue(call.args, 'data') ?? (positional.length === 3 ? positional[2] : null);
  const target = data && (data.type === 'identifier' || data.type === 'attribute') ? dottedName(data) : null;
  const fileobj = keywordValue(call.args, 'fileobj') ?? positional[0];
  return target && fileobj ? { target, fileobj } : null;
}

/**
 * The name other modules call a function by: a top-level function's own, or
 * its class's for a top-level class's `__init__` (null for other methods and
 * nested functions, whose calls cannot be found by name).
 */
function importedName(fn: Scope): string | null {
  if (fn.parent?.kind === 'module') return fn.name;
  const cls = fn.parent?.kind === 'class' ? fn.ownerClass : null;
  return cls && fn.name === '__init__' && fn.parent?.parent?.kind === 'module' ? cls.name : null;
}

/** Where a caller is, for messages: `line 12` in this module, `../tests/test_x.py:12` in another. */
function callerAt(call: CallFact, file?: string): string {
  return file ? `${file}:${call.node.startPosition.row + 1}` : `line ${call.node.startPosition.row + 1}`;
}

function argText(args: Node[]): string {
  return args.map((a) => a.text).join(',');
}

/** A value a subclass elsewhere gives an attribute, with where, for messages. */
interface AttributeValue {
  p: Provenance;
  where: string;
}

/** What a class chain gives its attributes (ProvenanceResolver.classMembers). */
interface ClassMembers {
  /** `body`: an assignment in a class body (`X = ...`), else `self.X = ...` in a method. */
  assigns: Map<string, { scope: Scope; a: Assign; body: boolean }[]>;
  annotations: Map<string, Annotation[]>;
}

export class ProvenanceResolver {
  private readonly attrCache = new Map<string, Provenance>();
  private readonly fileObjectCache = new Map<string, string[]>();
  private readonly listCache = new Map<string, Provenance>();
  private readonly baseMethodCache = new Map<string, Provenance | null>();
  private readonly subclassMethods = new Map<string, (Scope | undefined)[]>();
  private readonly paramCache = new Map<string, Provenance>();
  private readonly paramElementsCache = new Map<string, Provenance>();
  private readonly containerIndex = new Map<ClassFact, ClassContainers>();
  /** methodsOnShared(), by scope and name. */
  private readonly sharedMethods = new Map<string, Set<string>>();
  private fileText: string | null = null;

  /** The module's code with its comments and strings blanked (codeText()), once a module: for the rules' text questions too. */
  code(): string {
    return (this.fileText ??= codeText(this.facts.tree.rootNode.text));
  }
  private valueUses: ValueUses | null = null;
  /** classMembers(), by class; the module's annotations by the class of their method and by their class body. */
  private readonly membersCache = new Map<ClassFact, ClassMembers>();
  private annotationsByClass: { methods: Map<ClassFact, Map<string, number[]>>; bodies: Map<Scope, Map<string, number[]>> } | null = null;
  /** Calls through an injected socket module being re-evaluated after a caller replaced the module. */
  private readonly injecting = new Set<number>();
  /** Inside a function's return summary, where its parameters stay unknown. */
  private summarisingReturns = 0;
  /** indexCalls()'s index, once a module. */
  private calls: CallIndex | null = null;
  private readonly servedCache = new Map<ClassFact, InitParameter | null>();
  private readonly returnCache = new Map<Node['id'] | string, Provenance>();
  /** yieldsOf()'s answers, by function. */
  private readonly yieldCache = new Map<Scope, Node[]>();
  /** pytestFixture()'s module-level fixtures by the name they give, once a module. */
  private fixtures: Map<string, Scope> | null = null;
  /** Keys being computed; a lookup that meets one gets a provisional answer. */
  private readonly inProgress = new Set<string>();
  /** Set when a computation used a provisional answer, so its result must not be cached. */
  private provisional = false;
  /** Provisional results, reused within one top-level question and dropped after it. */
  private readonly scratch = new Map<string, Provenance>();
  /** assignedUpTo()'s folds, by scope, name and depth. */
  private readonly prefixes = new Map<string, Provenance[]>();

  /**
   * Memoizes `compute` under `key`, safely with cycles (self.a = self.b; self.b = self.a):
   * a result that depended on a provisional answer is returned but not cached, so
   * the answer never depends on which site asked first.
   */
  private memo<K extends string | number>(cache: Map<K, Provenance>, key: K, compute: () => Provenance): Provenance {
    const cached = cache.get(key);
    if (cached) return cached;
    const token = `${cache === this.attrCache ? 'attr' : cache === this.paramCache ? 'param' : 'ret'}:${key}`;
    const scratch = this.scratch.get(token);
    if (scratch) return scratch;
    if (this.inProgress.has(token)) {
      this.provisional = true;
      return UNKNOWN;
    }
    const outer = this.provisional;
    this.provisional = false;
    this.inProgress.add(token);
    let result: Provenance;
    try {
      result = compute();
    } finally {
      this.inProgress.delete(token);
    }
    if (!this.provisional) cache.set(key, result);
    else this.scratch.set(token, result);
    this.provisional = this.provisional || outer;
    return result;
  }

  /**
   * @param patchedNote set when this module's `socket` global is replaced
   *   elsewhere (a test's mock); sockets built through it are then not definite.
   */
  constructor(
    readonly facts: ModuleFacts,
    private readonly patchedNote: string | null = null,
    /** Library callbacks the project's own code calls with arguments of its own (tests with doubles). */
    private readonly calledCallbacks: ReadonlySet<string> = new Set(),
    /** The other modules of the project, summarised on demand (none in the pure core). */
    readonly project: ProjectLookup | null = null,
  ) {
    const exports = project?.starExports;
    if (exports) useStarExports(facts.tree, (module) => exports.call(project, module));
  }

  /** This module's summary, for the modules that import it: every member's, merged. */
  summary(): ModuleSummary {
    const out: ModuleSummary = { functions: {}, tuples: {}, elements: {}, classes: {} };
    for (const name of [...this.facts.functions.keys(), ...this.facts.classes.keys()]) {
      const one = this.memberSummary(name);
      Object.assign(out.functions, one.functions);
      Object.assign(out.tuples!, one.tuples);
      Object.assign(out.elements!, one.elements);
      Object.assign(out.classes, one.classes);
    }
    return out;
  }

  /**
   * The summary of a module-level name that only stands for another: imported from another project
   * module (a re-export: `from .server import Server`), or assigned a class or function by name
   * (`CANSocket = NativeCANSocket`, in `if`/`else` branches too). Where it may stand for several
   * (`from .native import CANSocket` / `from .python_can import CANSocket`), it gets what they agree
   * on: the same entry, or, for classes none of which is a socket subclass, a class that is no
   * socket either (its members are asked one at a time: classMemberSummary()). Null when it names
   * nothing known.
   */
  private aliased(name: string, targets: ({ local: string } | { qualified: string })[]): ModuleSummary | null {
    type Entry = { fn?: Provenance; tuple?: Provenance[]; elements?: Provenance; cls?: ClassSummary; held?: Provenance };
    if (!targets.length) return null;
    const entries: Entry[] = [];
    for (const t of targets) {
      let entry: Entry;
      if ('local' in t) {
        const s = this.memberSummary(t.local);
        entry = { fn: s.functions[t.local], tuple: s.tuples?.[t.local], elements: s.elements?.[t.local], cls: s.classes[t.local] };
      } else {
        const found: ReturnType<ProjectLookup['find']> = this.project?.find(t.qualified) ?? null;
        if (!found || found.member.includes('.')) return null;
        const m = found.member;
        const s = found.summary;
        entry = { fn: s.functions[m], tuple: s.tuples?.[m], elements: s.elements?.[m], cls: s.classes[m], held: s.names?.[m] };
      }
      if (!entry.fn && !entry.cls && !entry.held) return null;
      for (const k of Object.keys(entry) as (keyof Entry)[]) if (entry[k] === undefined) delete entry[k];
      entries.push(entry);
    }
    const first = entries[0];
    const same = entries.every((e) => JSON.stringify(e) === JSON.stringify(first));
    const out: ModuleSummary = { functions: {}, tuples: {}, elements: {}, classes: {} };
    if (same) {
      if (first.fn) out.functions[name] = first.fn;
      if (first.tuple) out.tuples![name] = first.tuple;
      if (first.elements) out.elements![name] = first.elements;
      if (first.cls) out.classes[name] = first.cls;
      if (first.held) out.names = { [name]: first.held };
      return out;
    }
    const classes = entries.map((e) => e.cls);
    if (classes.some((c) => !c || c.socketSubclass) || entries.some((e) => e.fn || e.held)) return null;
    const all = classes as ClassSummary[];
    out.classes[name] = { socketSubclass: false, ownClose: all.every((c) => c.ownClose), ...(all.every((c) => c.shutdownHow) ? { shutdownHow: true as const } : {}) };
    return out;
  }

  /**
   * What a module-level name that only stands for others stands for: each class or function of this
   * module it is assigned (`local`), each project name it is imported as or assigned from (`qualified`).
   * Null when it is anything else (another value, a standard-library name, more than one import of an
   * assigned name).
   */
  private aliasTargets(name: string): ({ local: string } | { qualified: string })[] | null {
    const assigned = scopeIndex(this.facts.scopes[0]).assignsByTarget.get(name) ?? [];
    if (!assigned.every((a) => a.tupleIndex === -1 && a.value.type === 'identifier')) return null;
    const targets: ({ local: string } | { qualified: string })[] = [];
    for (const q of this.facts.imports.moduleLevel(name)) {
      if (STANDARD_LIBRARY.test(q)) return null;
      targets.push({ qualified: q });
    }
    for (const a of assigned) {
      const v = a.value.text;
      if (v === name) return null;
      if (this.facts.classes.has(v) || this.facts.functions.has(v)) {
        targets.push({ local: v });
        continue;
      }
      const from = this.facts.imports.moduleLevel(v);
      if (from.length !== 1 || STANDARD_LIBRARY.test(from[0])) return null;
      targets.push({ qualified: from[0] });
    }
    return targets;
  }

  /**
   * The summary of one module-level member (a function or a class), as plain
   * data: what an importing module asks for, computed only when it asks.
   */
  memberSummary(name: string): ModuleSummary {
    const out: ModuleSummary = { functions: {}, tuples: {}, elements: {}, classes: {} };
    const module = this.facts.scopes[0];
    if (!this.facts.functions.has(name) && !this.facts.classes.has(name)) {
      const assigned = scopeIndex(module).assignsByTarget.get(name) ?? [];
      // Ex) concurrency.py: from eventlet.green import socket   (a shim other modules import the socket module from)
      const imported = assigned.length ? [] : this.facts.imports.moduleLevel(name);
      if (imported.length && imported.every((q) => canonicalModule(q) === 'socket')) return { ...out, modules: { [name]: 'socket' } };
      // Ex) pkg/__init__.py: from .server import Server; CANSocket = NativeCANSocket   (what the name stands for)
      if (assigned.every((a) => a.tupleIndex === -1 && a.value.type === 'identifier')) {
        const targets = this.aliasTargets(name);
        const aliased = targets && this.aliased(name, targets);
        if (aliased) return aliased;
        // Ex) _sock = socket.socket(); LISTEN_SOCK = _sock   (an alias of a variable: the names path below)
      }
    }
    const fn = this.facts.functions.get(name);
    if (fn) {
      out.functions[name] = plain(this.returns(fn, 0));
      // Ex) return sock, port   (what each element of the returned tuple is)
      const width = Math.max(0, ...fn.returns.map((r) => (/^(expression_list|tuple)$/.test(r.namedChild(0)?.type ?? '') ? r.namedChild(0)!.namedChildCount : 0)));
      const items = Array.from({ length: Math.min(width, 4) }, (_, i) => plain(this.returns(fn, 0, i)));
      if (items.some((p) => p.t !== 'unknown')) out.tuples![name] = items;
      // Ex) sockets.append(sock); return sockets   (a list of listeners)
      const listed = this.yieldsOf(fn).length || fn.returns.some((r) => r.namedChild(0)?.type === 'identifier' || r.namedChild(0)?.type === 'list') ? this.returns(fn, 0, ELEMENTS) : UNKNOWN;
      if (listed.t !== 'unknown') out.elements![name] = plain(listed);
    }
    // Ex) LISTENER = socket.create_server(ADDR)   (a module-level name that other modules import)
    if (!fn && !this.facts.classes.has(name) && scopeIndex(module).assignsByTarget.has(name)) {
      let p = kindByMethods(this.name(name, module, Number.MAX_SAFE_INTEGER, 0), this.methodsOnShared(module, name), 'in its module');
      // Ex) def reset(): global CLIENT; CLIENT = Wrapper(...)   (rebound when a function runs)
      const rebound = semanticModel(this.facts).moduleBindings(name).some((b) => b.kind === 'global-assignment' || b.kind === 'deletion');
      if (rebound && (p.t === 'socket' || p.t === 'partial')) p = { t: 'partial', kind: p.kind, origin: p.origin, callers: `a function rebinds ${name} with \`global\`` };
      if (p.t !== 'unknown') out.names = { [name]: plain(p) };
    }
    const cls = this.facts.classes.get(name);
    if (cls) {
      out.classes[name] = {
        socketSubclass: this.baseNames(cls).some((b) => SOCKET_CLASSES.has(b)),
        ownClose: this.classChain(cls).some((c) => c.methods.has('close')),
        ...(this.shutdownHow(cls) ? { shutdownHow: true as const } : {}),
      };
    }
    return out;
  }

  /**
   * One member of a module-level class, for another module (ProjectLookup.classMember()): what
   * `self.<member>` holds, or what the method `<member>` returns when that is a socket. Through a
   * re-export or an alias too, where every class the name may stand for agrees.
   */
  classMemberSummary(name: string, kind: ClassMemberKind, member: string): Provenance | null {
    if (this.facts.functions.has(name)) return null;
    const cls = this.facts.classes.get(name);
    if (cls) return kind === 'method' ? this.methodSummary(cls, member) : this.attributeSummary(cls, member, kind === 'instance-attribute');
    const targets = this.aliasTargets(name);
    if (!targets?.length) return null;
    const answers = targets.map((t) => ('local' in t ? this.classMemberSummary(t.local, kind, member) : (this.project?.classMember?.(t.qualified, kind, member) ?? null)));
    const first = JSON.stringify(answers[0]);
    return answers.every((a) => JSON.stringify(a) === first) ? answers[0] : null;
  }

  /**
   * selfFactories() for a class of this module: the methods whose result its chain assigns to
   * `self.<attr>` as it is (`self.sock = self._make_socket()`), which a subclass may override.
   */
  selfFactoriesSummary(name: string, attr: string): string[] | null {
    const cls = this.moduleClass(name);
    const names = cls ? this.selfFactories(cls, attr) : [];
    return names.length ? names : null;
  }

  /** The methods whose result a class's chain assigns to `self.<attr>` as it is (`self.sock = self._make_socket()`), sorted. */
  private selfFactories(cls: ClassFact, attr: string): string[] {
    const names = new Set<string>();
    for (const { scope, a, body } of this.classMembers(cls).assigns.get(attr) ?? []) {
      const callee = !body && a.value.type === 'call' ? dottedName(a.value.childForFieldName('function')) : null;
      const method = callee ? selfAttribute(scope, callee) : null;
      if (method) names.add(method);
    }
    return [...names].sort();
  }

  /** initParameter() for a class of this module (not through a re-export). */
  initParameterSummary(name: string, attr: string): InitParameter | null {
    const cls = this.moduleClass(name);
    return cls ? this.initParameter(cls, attr) : null;
  }

  /** The module-level class `name` of this module, unless a function of the module has that name too. */
  private moduleClass(name: string): ClassFact | undefined {
    return this.facts.functions.has(name) ? undefined : this.facts.classes.get(name);
  }

  /**
   * The `__init__` parameter that alone gives `self.<attr>` its value: the class chain assigns it
   * once, `self.attr = param` in its `__init__` (the first one up the chain), never elsewhere.
   */
  private initParameter(cls: ClassFact, attr: string): InitParameter | null {
    const chain = this.classChain(cls);
    const init = chain.map((c) => c.methods.get('__init__')).find((m) => !!m);
    if (!init) return null;
    const assigns = this.selfAssignsOf(chain, attr);
    if (!assigns) return null;
    let found: InitParameter | null = null;
    for (const { scope, a } of assigns) {
      if (found || scope !== init || a.tupleIndex !== -1 || a.viaWith || a.value.type !== 'identifier' || !init.params.includes(a.value.text)) return null;
      // Only where the assignment is the __init__'s own statement (not under an if, a loop or a try)
      if (a.value.parent?.parent?.parent?.id !== init.node.childForFieldName('body')?.id) return null;
      if ((scopeIndex(init).assignsByTarget.get(a.value.text) ?? []).length) return null;
      found = { name: a.value.text, index: callIndex(init, a.value.text) };
    }
    return found;
  }

  /** Every assignment of `self.<attr>` in the methods of a class chain (closures in them too), or null when a class body assigns the name. */
  private selfAssignsOf(chain: ClassFact[], attr: string): { scope: Scope; a: Assign }[] | null {
    const out: { scope: Scope; a: Assign }[] = [];
    for (const c of chain) {
      if (c.scope.assigns.some((a) => a.target === attr)) return null;
      for (const m of c.methods.values()) for (const scope of this.scopeTree(m)) for (const a of scope.assigns) if (selfAttribute(scope, a.target) === attr) out.push({ scope, a });
    }
    return out;
  }

  /**
   * What `self.<attr>` of a class holds, for another module (only an attribute its chain assigns); with
   * `exact`, on an instance of the class itself (classAttribute()).
   */
  private attributeSummary(cls: ClassFact, attr: string, exact = false): Provenance | null {
    // Ex) class IRCServer(socketserver.TCPServer)   (its self.socket is the listener socketserver makes)
    const serverSocket = attr === 'socket' && this.baseNames(cls).some((b) => SERVER_BASE.test(b));
    if (!serverSocket && !this.assignedAttributes(cls).has(attr)) {
      // Ex) class SrqServer(rpc.TCPServer): def connect(self): super().connect(); self.sock.listen(1)   (the base, of
      // another module, assigns it: what that module says of it, with what this class does to it)
      const inherited = this.baseAttributeSummary(this.classChain(cls), attr);
      return inherited ? plain(kindByMethods(inherited, this.methodsOnAttribute(cls, attr), `in ${cls.name}`)) : null;
    }
    const p = this.classAttribute(cls, attr, 0, exact);
    // Ex) self.sock.listen(5) in the base's own method: a subclass in another module must know it listens
    return p.t === 'unknown' ? null : plain(kindByMethods(p, this.methodsOnAttribute(cls, attr), `in ${cls.name}`));
  }

  /** What `self.<attr>` holds as the first base of `chain` from another project module says (null: no such base, or it says nothing). */
  private baseAttributeSummary(chain: ClassFact[], attr: string): Provenance | null {
    for (const c of chain) {
      const b = c.bases.find((x) => !this.facts.classes.has(x));
      if (b !== undefined) return this.project?.classMember?.(this.facts.qualifyAt(b, c.node.startIndex), 'attribute', attr) ?? null;
    }
    return null;
  }

  /** What a class's method returns, when a socket (the most derived definition that returns a call decides). */
  private methodSummary(cls: ClassFact, method: string): Provenance | null {
    // Ex) class Handler: def create_connection(self, addr): return socket.create_connection(addr)
    let found: Provenance | null = null;
    const chain = this.classChain(cls);
    for (const c of [...chain].reverse()) {
      const scope = c.methods.get(method);
      if (!scope) continue;
      const byCall = scope.returns.some((r) => r.namedChild(0)?.type === 'call');
      // Ex) def createInternetSocket(self): s = socket.socket(...); s.setblocking(False); return s   (a name: only a definite socket)
      if (!byCall && !scope.returns.some((r) => r.namedChild(0)?.type === 'identifier')) continue;
      const p = this.returns(scope, 0);
      found = p.t === 'socket' || (byCall && p.t === 'partial') ? plain(p) : null;
    }
    // Ex) leaf.py: class Leaf(server.Server): ... self._setup()   where server.py's Server(base.Base) defines no _setup():
    // what its own base, in a third module, says (as for an attribute: baseAttributeSummary())
    if (!chain.some((c) => c.methods.has(method))) return this.baseMethodReturns(chain, method);
    return found;
  }

  /** Is a callee this module's own function or class (or `self.x`), which the module itself answers for? */
  private isLocal(callee: string): boolean {
    const head = callee.split('.')[0];
    return head === 'self' || this.facts.functions.has(head) || this.facts.classes.has(head);
  }

  /** The methods the class chain calls on `self.<attr>`. */
  private methodsOnAttribute(cls: ClassFact, attr: string): Set<string> {
    const methods = new Set<string>();
    for (const c of this.classChain(cls)) {
      for (const m of c.methods.values()) {
        for (const scope of this.scopeTree(m)) {
          if (!scope.selfName) continue;
          for (const call of scopeIndex(scope).callsByReceiver.get(`${scope.selfName}.${attr}`) ?? []) if (call.method) methods.add(call.method);
        }
      }
    }
    return methods;
  }

  /** The `self.X` names the class chain assigns (the attributes a summary describes). */
  private assignedAttributes(cls: ClassFact): Set<string> {
    const names = new Set<string>();
    for (const c of this.classChain(cls)) {
      for (const m of c.methods.values()) {
        for (const scope of this.scopeTree(m)) {
          for (const a of scope.assigns) {
            const attr = selfAttribute(scope, a.target);
            if (attr) names.add(attr);
          }
        }
      }
    }
    return names;
  }

  /** What the summaries of the class's bases in other project modules say of `self.<attr>`. */
  private inheritedAttribute(cls: ClassFact, attr: string, depth: number): Provenance[] {
    if (!this.project) return [];
    const found: Provenance[] = [];
    for (const c of this.classChain(cls)) {
      for (const b of c.bases) {
        if (this.facts.classes.has(b)) continue;
        const q = this.facts.qualifyAt(b, c.node.startIndex);
        const inherited = this.project.classMember?.(q, 'instance-attribute', attr);
        if (!inherited) continue;
        // Ex) class Listener(base.Endpoint): def _make_socket(self): ... sock.listen()   (Endpoint.__init__ does
        // self.sock = self._make_socket(): this module's classes that override it make the attribute too)
        const overrides = (this.project.selfFactories?.(q, attr) ?? []).flatMap((name) =>
          [...this.classChain(cls), ...this.subclassesOf(cls)].map((x) => x.methods.get(name)).filter((m): m is Scope => !!m),
        );
        found.push(overrides.length ? overriddenBy(inherited, [...new Set(overrides)].map((m) => this.returns(m, depth + 1))) : inherited);
      }
    }
    return found;
  }


  /**
   * The function `name` stands for where a call in `scope` makes it: one `def name` in this function or in
   * the nearest function around it that binds the name, and nothing else binding it there. Null at module
   * level (facts.functions answers there), or where the name is a parameter or assigned.
   */
  private nestedFunction(name: string, scope: Scope): Scope | null {
    for (let s: Scope | null = scope; s && s.kind === 'function'; s = s.parent) {
      let byName = this.nestedDefs.get(s);
      if (!byName) {
        byName = new Map();
        for (const c of s.children) if (c.kind === 'function') push(byName, c.name, c);
        this.nestedDefs.set(s, byName);
      }
      const defs = byName.get(name) ?? [];
      const bound = s.params.includes(name) || scopeIndex(s).assignsByTarget.has(name);
      if (defs.length) return defs.length === 1 && !bound ? defs[0] : null;
      if (bound) return null;
    }
    return null;
  }

  /** The names some `global` statement of the module declares (functions may rebind them), read once from the text. */
  private declaredGlobal(): ReadonlySet<string> {
    if (!this.globalNames) {
      this.globalNames = new Set();
      for (const m of this.facts.text.matchAll(/\bglobal[ \t]+([A-Za-z_][\w \t,]*)/g)) for (const n of m[1].split(',')) this.globalNames.add(n.trim());
    }
    return this.globalNames;
  }

  private globalNames: Set<string> | null = null;

  /** The names a function's own `global` statements declare (a nested def's are its own), from the semantic model. */
  private globalsOf(fn: Scope): ReadonlySet<string> {
    if (fn.kind !== 'function' || !this.declaredGlobal().size) return EMPTY_NAMES;
    return semanticModel(this.facts).functionGlobals().get(fn.node.startIndex) ?? EMPTY_NAMES;
  }

  /**
   * The assignments of the functions that declare `name` global (`def start(): global httpd; httpd =
   * TCPServer(addr, Handler)`), in document order: what the module's name holds besides its own
   * module-level assignments, when a function that does not bind it reads it. Read once a name, from
   * the functions that have a `global` statement.
   */
  private globalAssigns(name: string): Assign[] {
    if (!this.declaredGlobal().has(name)) return [];
    let list = this.globalAssignsByName.get(name);
    if (!list) {
      list = [];
      if (!this.functionsByStart) {
        this.functionsByStart = new Map();
        for (const s of this.facts.scopes) if (s.kind === 'function') this.functionsByStart.set(s.node.startIndex, s);
      }
      for (const [start, names] of semanticModel(this.facts).functionGlobals()) {
        const fn = names.has(name) ? this.functionsByStart.get(start) : undefined;
        if (fn) list.push(...(scopeIndex(fn).assignsByTarget.get(name) ?? []));
      }
      list.sort((a, b) => a.pos - b.pos);
      this.globalAssignsByName.set(name, list);
    }
    return list;
  }

  /**
   * Does this function declare `name` nonlocal, assign it nothing but None, and is its `nonlocal` statement the only
   * one that names it in the function whose name it is (no other nested function may rebind it)?
   */
  private clearsNonlocal(fn: Scope, name: string, assigns: Assign[]): boolean {
    if (fn.kind !== 'function' || !(semanticModel(this.facts).functionNonlocals().get(fn.node.startIndex)?.has(name) ?? false)) return false;
    if (!assigns.every((a) => a.value.type === 'none' && a.tupleIndex === -1)) return false;
    const owner = bindingFunctionAround(name, fn);
    return !!owner && nonlocalsNaming(owner, name) === 1;
  }

  private functionsByStart: Map<number, Scope> | null = null;
  private readonly globalAssignsByName = new Map<string, Assign[]>();
  private readonly nestedDefs = new WeakMap<Scope, Map<string, Scope[]>>();

  /** The names a scope assigns an AF_ALG socket (`alg = socket.socket(AF_ALG, SOCK_SEQPACKET)`), once a scope; none unless the module names AF_ALG. */
  private kernelCryptoNames(scope: Scope): ReadonlySet<string> {
    if (!this.facts.text.includes('AF_ALG')) return EMPTY_NAMES;
    let names = this.cryptoNames.get(scope);
    if (!names) {
      names = new Set(scope.assigns.filter((a) => AF_ALG.test(a.value.text)).map((a) => a.target));
      this.cryptoNames.set(scope, names);
    }
    return names;
  }

  private readonly cryptoNames = new WeakMap<Scope, Set<string>>();

  /** `socket.<rest>` for a qualified name whose project module binds its head to the socket module (ModuleSummary.modules), else null. */
  private reexportedSocket(q: string): string | null {
    const found = this.project?.find(q);
    const dot = found ? found.member.indexOf('.') : -1;
    if (!found || dot < 0 || found.summary.modules?.[found.member.slice(0, dot)] !== 'socket') return null;
    return `socket${found.member.slice(dot)}`;
  }

  /** A call of a function or class of another project module: what its summary says it makes. */
  private projectCall(q: string, callee: string | null, tupleIndex = -1): Provenance | null {
    const found = this.project?.find(q);
    if (!found) return null;
    if (tupleIndex >= 0 && found.member in found.summary.functions) {
      // Ex) from tornado.testing import bind_unused_port; sock, port = bind_unused_port()
      const element = found.summary.tuples?.[found.member]?.[tupleIndex];
      if (!element) return UNKNOWN;
      return element.t === 'socket' || element.t === 'partial' ? { ...element, origin: `${element.origin}, via ${found.module}.${found.member}()` } : element;
    }
    const fn = found.summary.functions[found.member];
    // Ex) from .factory import connect; sock = connect(addr)   (connect() returns socket.create_connection(addr))
    if (fn) return fn.t === 'socket' || fn.t === 'partial' ? { ...fn, origin: `${fn.origin}, via ${found.module}.${found.member}()` } : fn;
    const cls = found.summary.classes[found.member];
    if (!cls) return null;
    if (cls.socketSubclass) return { t: 'socket', kind: 'stream', origin: `${callee}, a socket.socket subclass` };
    if (cls.shutdownHow) return wrapperWithShutdown(`${found.module}.${found.member}`);
    // Ex) conn = HTTPConnection(sock)   (a project class with its own close() is a wrapper, not a socket)
    return { t: 'not', why: cls.ownClose ? `${article(found.member)} ${found.member} of ${found.module}, which defines its own close()` : `an instance of ${found.module}.${found.member}` };
  }

  /** The provenance of a receiver (`sock`, `self.sock`) as seen at `pos` in `scope`. */
  receiver(text: string, scope: Scope, pos: number, depth = 0): Provenance {
    if (depth === 0) {
      this.scratch.clear();
      this.provisional = false;
    }
    if (depth > MAX_DEPTH) return this.tooDeep();
    if (!text.includes('.')) return this.name(text, scope, pos, depth);
    const attr = selfAttribute(scope, text);
    // Ex) sock = self.sock; sock = None; ... : local assignments to self.sock count too
    if (attr) return this.classAttribute(scope.ownerClass!, attr, depth + 1);
    // Ex) conn = Connection(sock); conn.sock.close()   (an attribute of an instance of a project class)
    const held = this.instanceAttribute(text, scope, depth);
    if (held.t !== 'unknown') return held;
    // Ex) from . import config; config.LISTENER.close()
    return this.importedName(text, pos);
  }

  /** A module-level name of another project module, imported here: what its module's summary says it holds. */
  private importedName(text: string, pos: number): Provenance {
    if (!this.project) return UNKNOWN;
    const q = this.facts.qualifyAt(text, pos);
    if (q.startsWith('<local>.') || STANDARD_LIBRARY.test(q)) return UNKNOWN;
    const found = this.project.find(q);
    const held = found?.summary.names?.[found.member];
    if (!found || !held) return UNKNOWN;
    return held.t === 'socket' || held.t === 'partial' ? { ...held, origin: `${held.origin}, ${found.module}.${found.member}` } : held;
  }

  private annotationIndex: Map<Scope, Map<string, Annotation[]>> | null = null;

  /** Annotations by scope and target name. */
  private annotationsOf(scope: Scope): Map<string, Annotation[]> {
    if (!this.annotationIndex) {
      this.annotationIndex = new Map();
      for (const ann of this.facts.annotations) {
        const byName = this.annotationIndex.get(ann.scope) ?? new Map<string, Annotation[]>();
        byName.set(ann.target, [...(byName.get(ann.target) ?? []), ann]);
        this.annotationIndex.set(ann.scope, byName);
      }
    }
    return this.annotationIndex.get(scope) ?? new Map();
  }

  /** The depth limit gives up: a provisional answer, like a cycle's. */
  private tooDeep(): Provenance {
    this.provisional = true;
    return UNKNOWN;
  }

  /** The class a `self.X` receiver belongs to, following module-local base classes. */
  classChain(cls: ClassFact): ClassFact[] {
    const chain: ClassFact[] = [];
    const visit = (c: ClassFact) => {
      if (chain.includes(c) || chain.length > 16) return;
      chain.push(c);
      for (const b of c.bases) {
        const base = this.facts.classes.get(b);
        if (base) visit(base);
      }
    };
    visit(cls);
    return chain;
  }

  /**
   * The stream server that serves a BaseRequestHandler subclass: every call of this module that passes
   * the class as its RequestHandlerClass (`IRCServer(addr, IRCClient)`) constructs a server whose socket
   * listens (a TCP or Unix stream server: socketserver's, this module's, or another project module's).
   * The callee's name; null when no call passes it, or one passes it to anything else.
   */
  private streamServerOf(cls: ClassFact): string | null {
    // (each call that passes a name, found once a module: a walk of every call for each handler class was K x N)
    this.handlerUses ??= handlerArguments(this.facts);
    if (this.handlerUses.has(cls.name)) return this.servedBy(cls);
    const nested = this.nestedHandlerUses(cls);
    if (nested.length) return this.servedBy(cls, nested);
    // Ex) class SubHandler(Handler): chain_host = host   ForwardServer(addr, SubHandler)   (paramiko's forward demo: the
    // handler is served as the subclasses made of it; each one that is passed must go to a stream server)
    let server: string | null = null;
    for (const sub of this.subclassesOf(cls)) {
      if (!this.handlerUses.has(sub.name)) continue;
      server = this.servedBy(sub);
      if (!server) return null;
    }
    return server;
  }

  /**
   * The calls that pass a class nested in another class as the handler: `self.Service` in a method of the outer
   * class's family, or `Outer.Service`; none where the outer class's chain assigns the name itself.
   */
  private nestedHandlerUses(cls: ClassFact): CallFact[] {
    const outer = cls.scope.parent?.kind === 'class' ? [...this.facts.classes.values()].find((c) => c.scope === cls.scope.parent) : undefined;
    if (!outer || this.classMembers(outer).assigns.has(cls.name)) return [];
    const bySelf = (this.handlerUses!.get(`<self>.${cls.name}`) ?? []).filter((call) => !!call.scope.ownerClass && this.classChain(call.scope.ownerClass).includes(outer));
    return [...bySelf, ...(this.facts.classes.get(outer.name) === outer ? (this.handlerUses!.get(`${outer.name}.${cls.name}`) ?? []) : [])];
  }

  /** The stream server every call that passes `cls` as the handler class gives it, or null. */
  private servedBy(cls: ClassFact, uses = this.handlerUses!.get(cls.name) ?? []): string | null {
    let server: string | null = null;
    for (const call of uses) {
      if (!call.callee || this.facts.imports.isBound(cls.name) || this.facts.classes.get(cls.name) !== cls) return null;
      const local = !call.callee.includes('.') ? this.facts.classes.get(call.callee) : undefined;
      let kind: Provenance;
      if (local) kind = this.classAttribute(local, 'socket', 0);
      else {
        const q = this.facts.qualifyAt(call.callee, call.pos);
        if (SERVER_BASE.test(q)) kind = UDP_SERVER.test(q) ? { t: 'socket', kind: 'datagram', origin: q } : { t: 'socket', kind: 'listening', origin: q };
        else kind = this.project?.classMember?.(q, 'attribute', 'socket') ?? UNKNOWN;
      }
      if (kind.t !== 'socket' || kind.kind !== 'listening') return null;
      server = call.callee;
    }
    return server;
  }

  /**
   * The socket method a BaseRequestHandler's chain calls on `self.request` itself (`self.request.recv(1024)`),
   * where no server of this module is given the class and nothing in the chain reads the request as a pair
   * (`data, sock = self.request`, `self.request[1]`, `isinstance(self.request, ...)`, `len(self.request)`);
   * else null. A UDP server hands its handler a (data, socket) tuple, which has no such method.
   */
  private requestUsedAsStream(cls: ClassFact): string | null {
    // (only for a class no server of this module is given: a UDP server here says what its request is)
    this.handlerUses ??= handlerArguments(this.facts);
    if (this.handlerUses.has(cls.name) || this.nestedHandlerUses(cls).length || this.subclassesOf(cls).some((c) => this.handlerUses!.has(c.name))) return null;
    let used: string | null = null;
    for (const c of this.classChain(cls)) {
      const text = this.facts.text.slice(c.node.startIndex, c.node.endIndex);
      if (/\bself\.request\s*\[|\b(?:isinstance|len|type|tuple|list|iter)\s*\(\s*self\.request\b|,[^=\n]*=\s*self\.request\s*(?:$|[#;])|\bin\s+self\.request\s*:/m.test(text)) return null;
      used ??= /\bself\.request\.(recv|recv_into|send|sendall|makefile|getpeername|settimeout|setblocking)\s*\(/.exec(text)?.[1] ?? null;
    }
    return used;
  }

  /** The calls of the module by the name they pass as a RequestHandlerClass (handlerArguments()), once asked. */
  private handlerUses: Map<string, CallFact[]> | null = null;

  /** The module's classes whose chain holds each class (not the class itself), found once a module. */
  private subclassIndex: Map<ClassFact, ClassFact[]> | null = null;

  /** ownAssigns(), once a class. */
  private ownAssignsCache = new Map<ClassFact, Map<string, { scope: Scope; a: Assign; body: boolean }[]>>();

  /** The classes of this module that derive from `cls`, at any depth (a mixin: the classes that mix it in). */
  subclassesOf(cls: ClassFact): ClassFact[] {
    if (!this.subclassIndex) {
      this.subclassIndex = new Map();
      for (const c of this.facts.classes.values()) {
        for (const base of this.classChain(c)) if (base !== c) push(this.subclassIndex, base, c);
      }
    }
    return this.subclassIndex.get(cls) ?? [];
  }

  /** Qualified names of every base class, through module-local classes. */
  baseNames(cls: ClassFact): string[] {
    return this.classChain(cls).flatMap((c) => c.bases.map((b) => this.facts.qualifyAt(b, c.node.startIndex)));
  }

  /**
   * What `self.<attr>` holds in the methods of a class, where `self` may be an instance of any of this
   * module's subclasses too; with `exact`, an instance made by calling the class itself (`d = Dispatcher(sock);
   * d.socket`), where what a subclass's methods assign is no value of it.
   */
  classAttribute(cls: ClassFact, attr: string, depth: number, exact = false): Provenance {
    return this.memo(this.attrCache, `${cls.node.id}:${attr}${exact ? ':exact' : ''}`, () => this.computeClassAttribute(cls, attr, depth, exact));
  }

  private computeClassAttribute(cls: ClassFact, attr: string, depth: number, exact: boolean): Provenance {
    const found: Provenance[] = [];
    const bases = this.baseNames(cls);
    if (attr === 'socket' && bases.some((b) => SERVER_BASE.test(b))) {
      // Ex) class Server(socketserver.TCPServer): ... self.socket.close()
      const datagram = bases.some((b) => UDP_SERVER.test(b)) || this.classSetsDatagram(cls);
      found.push({ t: 'socket', kind: datagram ? 'datagram' : 'listening', origin: 'socketserver server socket' });
    } else if (attr === 'socket') {
      // Ex) class badserver(server.MercurialHTTPServer): def get_request(self): ... super(badserver, self).get_request()
      // (a base the module cannot place, a socketserver server by the hook it overrides and hands on to its base)
      const hook = this.serverHookOverride(cls);
      if (hook) found.push({ t: 'socket', kind: this.classSetsDatagram(cls) ? 'datagram' : 'listening', origin: `socketserver server socket (${hook} overrides socketserver's hook and calls its base's)` });
    }
    if (attr === 'socket' && bases.some((b) => ASYNCORE_DISPATCHER.test(b))) found.push(...this.dispatcherSocket(cls, depth));
    // Ex) class pipetrigger(asyncore.file_dispatcher): r, w = os.pipe(); asyncore.file_dispatcher.__init__(self, r) ... self.socket.close()
    if (attr === 'socket' && bases.some((b) => FILE_DISPATCHER.test(b))) found.push({ t: 'not', why: "the file_wrapper of a descriptor that asyncore's file_dispatcher makes" });
    // Ex) class Handler(socketserver.StreamRequestHandler): ... self.request.close()
    if (attr === 'request' && bases.some((b) => STREAM_REQUEST_HANDLER.test(b))) found.push({ t: 'socket', kind: 'stream', origin: 'a socketserver stream handler\'s request' });
    // Ex) class Handler(BaseHTTPRequestHandler): ... self.connection.close()   (setup() sets it to self.request)
    else if (attr === 'connection' && bases.some((b) => STREAM_REQUEST_HANDLER.test(b))) found.push({ t: 'socket', kind: 'stream', origin: 'a socketserver stream handler\'s connection (its request)' });
    else if (attr === 'request' && bases.some((b) => BASE_REQUEST_HANDLER.test(b))) {
      // Ex) class IRCClient(socketserver.BaseRequestHandler) ... IRCServer(addr, IRCClient), IRCServer a TCPServer
      const server = this.streamServerOf(cls);
      // Ex) class FTP(BaseRequestHandler): def handle(self): self.request.send(banner)   (served from another module: a
      // UDP server's (data, socket) pair has no send(), so the class only works on a stream server)
      const used = server ? null : this.requestUsedAsStream(cls);
      found.push(
        server
          ? { t: 'socket', kind: 'stream', origin: `a socketserver handler's request (${server} serves it)` }
          : used
            ? { t: 'socket', kind: 'stream', origin: `a socketserver handler's request (the class calls self.request.${used}(), which a UDP server's pair does not have)` }
            : { t: 'partial', kind: 'stream', origin: 'a socketserver handler\'s request (a UDP server passes a pair)' },
      );
    }
    const members = this.classMembers(cls);
    for (const { scope, a, body } of members.assigns.get(attr) ?? []) {
      if (!body && (restoresSaved(scope, a, attr) || unwrapsItself(scope, a, attr))) continue;
      found.push(this.value(a.value, scope, a.pos, depth + 1, a.tupleIndex));
    }
    // Ex) class Session: sock: socket.socket   (a class-body annotation declares the instance attribute)
    for (const ann of members.annotations.get(attr) ?? []) found.push(this.annotation(ann));
    // Ex) class Trigger(base.Dispatcher): ... self.sock.close()   (set only by a base class in another module)
    if (!found.some((p) => p.t !== 'none')) found.push(...this.inheritedAttribute(cls, attr, depth));
    // Ex) class BaseConn: def close(self): self._sock.close()   ...   tcp.py: class TCPConn(base.BaseConn): self._sock = socket.socket()
    // (the subclasses in the other modules of the project: what they and theirs give the attribute)
    const foreign = exact ? null : this.foreignSubclassValues(cls, attr, depth, this.selfFactories(cls, attr));
    // Ex) class ThreadPoolMixIn: def server_close(self): self.socket.close()   (what the classes that mix it in give it)
    if (!found.some((p) => p.t !== 'none') && !exact) {
      const users = this.subclassesOf(cls);
      // (with what each class's own methods do to it: `self.sock.listen(5)` in the user makes it a listener)
      const all = users.map((c) => ({ p: kindByMethods(this.classAttribute(c, attr, depth + 1), this.methodsOnAttribute(c, attr), `in ${c.name}`), where: `in the classes that mix ${cls.name} in` }));
      for (const { p } of foreign?.results ?? []) all.push({ p, where: `in the subclasses of ${cls.name} in other modules` });
      const given = all.filter((x): x is { p: Extract<Provenance, { kind: SocketKind }>; where: string } => x.p.t === 'socket' || x.p.t === 'partial');
      // (where some class that mixes it in is not known, or a module that may subclass it was not read, the socket is only partly traced)
      const every = given.length === all.length && (foreign?.complete ?? true);
      for (const { p, where } of given) found.push({ ...p, t: every ? p.t : 'partial', origin: `${p.origin}, ${where}` });
      return combine(found);
    }
    // Ex) class Client: self.sock = create_connection(addr) ...   class Listener(Client): self.sock = make_listener(addr)
    // (`self` in the class's methods may be an instance of any of its subclasses: what this module's subclasses assign
    // in their own methods is a value of the attribute too; one that is no socket, as anywhere, is no socket to shut
    // down: a pyOpenSSL Connection's shutdown() takes no argument, and the TypeError would escape any guard)
    let otherwise: string | null = null;
    const subs: Provenance[] = [];
    for (const { sub, scope, a } of exact ? [] : this.subclassAssigns(cls, attr)) {
      const p = this.value(a.value, scope, a.pos, depth + 1, a.tupleIndex);
      if (p.t === 'not') otherwise ??= `${sub.name}, a subclass, sets self.${attr} to ${p.why}`;
      else subs.push(p);
    }
    // Ex) tests/test_conn.py: class FakeConn(Conn): def connect(self): self.sock = FakeSocket()   (a subclass in another
    // module that gives it no socket: a double, most often, whose missing shutdown() the fix would meet)
    let doubles: string | null = null;
    for (const { p, where } of foreign?.results ?? []) {
      if (p.t === 'not') doubles ??= `${where} sets self.${attr} to ${p.why}`;
      else subs.push(p);
    }
    const p = subs.length ? overriddenBy(combine(found), subs) : combine(found);
    if (otherwise && p.t !== 'not') return { t: 'not', why: otherwise };
    return doubles && (p.t === 'socket' || p.t === 'partial') ? { ...p, t: 'partial', doubles } : p;
  }

  /** descendantValues(), once a class and attribute; an entry being computed up the stack reads as incomplete. */
  private readonly descendantCache = new Map<string, ForeignCalls<AttributeValue> | null>();

  /**
   * What `ask` finds in each subclass of a top-level class in the other modules of the project (`naming`:
   * the modules to read must name it), with the resolver of the subclass's module; null when the run
   * cannot tell (a pre-commit run of a few files) or no module derives from the class. `complete` is
   * false when some subclass may be unseen, or some answer was incomplete.
   */
  private foreignSubclasses<T>(cls: ClassFact, depth: number, ask: (sub: ForeignSubclass) => ForeignCalls<T>, naming?: string): ForeignCalls<T> | null {
    if (depth > MAX_DEPTH || !this.project?.subclasses || cls.scope.parent?.kind !== 'module' || this.facts.classes.get(cls.name) !== cls) return null;
    const seen = this.project.subclasses(cls.name, ask, naming);
    if (!seen || (!seen.results.length && seen.complete)) return null;
    return { results: seen.results.flatMap((r) => r.results), complete: seen.complete && seen.results.every((r) => r.complete) };
  }

  /**
   * For a class of this module whose base is in another module, and each of this module's subclasses
   * of it, in turn: what `own` finds in the class, then what `further` finds in its subclasses further out.
   */
  private outward<T>(sub: ClassFact, own: (c: ClassFact) => T[], further: (c: ClassFact) => ForeignCalls<T> | null): ForeignCalls<T> {
    const results: T[] = [];
    let complete = true;
    for (const c of [sub, ...this.subclassesOf(sub)]) {
      results.push(...own(c));
      const more = further(c);
      if (more) {
        results.push(...more.results);
        complete &&= more.complete;
      }
    }
    return { results, complete };
  }

  /**
   * What a class of this module whose base is in another module (`sub`, in `file`) gives `self.<attr>`
   * by its own body and methods, with what its own methods do to it (`self.sock.listen(5)`), and what
   * this module's subclasses of it and their subclasses elsewhere give. A class that assigns nothing adds
   * nothing: it holds what its base or a subclass gives.
   */
  descendantValues(sub: ClassFact, attr: string, depth: number, file: string, factories: readonly string[] = []): ForeignCalls<AttributeValue> {
    const key = `${sub.node.id}:${attr}:${factories.join(',')}`;
    if (this.descendantCache.has(key)) return this.descendantCache.get(key) ?? { results: [], complete: false };
    this.descendantCache.set(key, null);
    const result = this.outward<AttributeValue>(
      sub,
      (c) => {
        const own = this.ownValueAssigns(c, attr);
        const where = `${c.name}, a subclass in ${file},`;
        const methods = this.methodsOnAttribute(c, attr);
        // Ex) base.py: self.sock = self._make_socket()   listener.py: class Listener(base.Base): def _make_socket(self): return socket.create_server(addr)
        // (an override of the method whose result the base assigns gives the attribute its value there)
        const made = factories.map((m) => c.methods.get(m)).filter((m): m is Scope => !!m).map((m) => ({ p: kindByMethods(this.returns(m, depth + 1), methods, `in ${c.name}`), where: `${c.name}.${m.name}(), an override in ${file},` }));
        if (own.length) return [{ p: kindByMethods(combine(own.map(({ scope, a }) => this.value(a.value, scope, a.pos, depth + 1, a.tupleIndex))), methods, `in ${c.name}`), where }, ...made];
        if (made.length) return made;
        // Ex) server.py: class Server(base.Base): def start(self, addr): self.sock.bind(addr); self.sock.listen(5)   (it listens on
        // the socket the base makes: the base's close is a listener's there, as for a subclass of the base's own module)
        if (methods.has('listen') || methods.has('accept')) return [{ p: { t: 'socket', kind: 'listening', origin: `listening in ${c.name} (${file})` }, where }];
        return [];
      },
      (c) => this.foreignSubclassValues(c, attr, depth + 1, factories),
    );
    this.descendantCache.set(key, result);
    return result;
  }

  /**
   * What the subclasses of a top-level class in the other modules of the project give `self.<attr>` (descendantValues() of
   * each), with what their overrides of the methods that make it (`factories`: `self.sock = self._make_socket()`) return.
   */
  private foreignSubclassValues(cls: ClassFact, attr: string, depth: number, factories: readonly string[]): ForeignCalls<AttributeValue> | null {
    return this.foreignSubclasses(cls, depth, ({ cls: sub, resolver, file }) => resolver.descendantValues(sub, attr, depth + 1, file, factories));
  }

  /**
   * The assignments to `self.<attr>` in the own methods (and bodies) of this module's subclasses of
   * `cls`, at any depth, with the scope of each.
   */
  private subclassAssigns(cls: ClassFact, attr: string): { sub: ClassFact; scope: Scope; a: Assign }[] {
    return this.subclassesOf(cls).flatMap((sub) => this.ownValueAssigns(sub, attr).map(({ scope, a }) => ({ sub, scope, a })));
  }

  /** A class's own assignments to `self.<attr>` that give it a value (not one that restores a saved value or unwraps it). */
  private ownValueAssigns(cls: ClassFact, attr: string): { scope: Scope; a: Assign }[] {
    return (this.ownAssigns(cls).get(attr) ?? []).filter(({ scope, a, body }) => body || !(restoresSaved(scope, a, attr) || unwrapsItself(scope, a, attr)));
  }

  /** What a class's own body and methods (not its bases') assign, by attribute, in classMembers()'s order: built once a class. */
  private ownAssigns(cls: ClassFact): Map<string, { scope: Scope; a: Assign; body: boolean }[]> {
    let own = this.ownAssignsCache.get(cls);
    if (own) return own;
    own = new Map();
    for (const a of cls.scope.assigns) push(own, a.target, { scope: cls.scope, a, body: true });
    for (const m of cls.methods.values()) {
      for (const scope of this.scopeTree(m)) {
        for (const a of scope.assigns) {
          const attr = selfAttribute(scope, a.target);
          if (attr !== null) push(own, attr, { scope, a, body: false });
        }
      }
    }
    this.ownAssignsCache.set(cls, own);
    return own;
  }

  /**
   * What the class chain assigns to each attribute, in computeClassAttribute's order (each class of
   * the chain: its body's `X = ...`, then each method's scope tree's `self.X = ...`), and the
   * annotations that declare it (`self.X: T` in a method, `X: T` in a class body), in the module's
   * order. Built once a class: each attribute once read every assignment of the chain and every
   * annotation of the module (a class of 2,000 methods, each with a socket of its own, was quadratic).
   */
  private classMembers(cls: ClassFact): ClassMembers {
    let members = this.membersCache.get(cls);
    if (members) return members;
    members = { assigns: new Map(), annotations: new Map() };
    const chain = this.classChain(cls);
    for (const c of chain) for (const [attr, list] of this.ownAssigns(c)) for (const x of list) push(members.assigns, attr, x);
    // The module's annotations by the class of their method and by their class body, once for every class.
    if (!this.annotationsByClass) {
      const byClass = { methods: new Map<ClassFact, Map<string, number[]>>(), bodies: new Map<Scope, Map<string, number[]>>() };
      const note = <K>(map: Map<K, Map<string, number[]>>, key: K, attr: string, i: number) => {
        let byAttr = map.get(key);
        if (!byAttr) map.set(key, (byAttr = new Map()));
        push(byAttr, attr, i);
      };
      this.facts.annotations.forEach((ann, i) => {
        const attr = selfAttribute(ann.scope, ann.target);
        if (attr !== null && ann.scope.ownerClass) note(byClass.methods, ann.scope.ownerClass, attr, i);
        note(byClass.bodies, ann.scope, ann.target, i);
      });
      this.annotationsByClass = byClass;
    }
    const declared = new Map<string, Set<number>>();
    for (const c of chain) {
      for (const byAttr of [this.annotationsByClass.methods.get(c), this.annotationsByClass.bodies.get(c.scope)]) {
        for (const [attr, list] of byAttr ?? []) {
          let set = declared.get(attr);
          if (!set) declared.set(attr, (set = new Set()));
          for (const i of list) set.add(i);
        }
      }
    }
    for (const [attr, set] of declared) members.annotations.set(attr, [...set].sort((x, y) => x - y).map((i) => this.facts.annotations[i]));
    this.membersCache.set(cls, members);
    return members;
  }

  /**
   * `self.socket` of an asyncore dispatcher, from what the class chain does:
   * `self.create_socket(family, type)`, `self.set_socket(sock)` or
   * `dispatcher.__init__(self, sock)`. The dispatcher's own `listen()`/`accept()`
   * make it a listener; a created socket counts as connected only where the
   * class calls `self.connect()`.
   */
  private dispatcherSocket(cls: ClassFact, depth: number): Provenance[] {
    const found: Provenance[] = [];
    let created: Provenance | null = null;
    let connects = false;
    for (const c of this.classChain(cls)) {
      for (const m of c.methods.values()) {
        for (const scope of this.scopeTree(m)) {
          for (const call of scope.calls) {
            const callee = call.callee ?? '';
            const own = selfAttribute(scope, callee);
            const args = call.args.filter((a) => a.type !== 'keyword_argument');
            if (own === 'listen' || own === 'accept') found.push({ t: 'socket', kind: 'listening', origin: `self.${own}() of an asyncore dispatcher` });
            else if (own === 'connect' || own === 'connect_ex') connects = true;
            else if (own === 'create_socket') {
              const type = keywordValue(call.args, 'type') ?? args[1];
              const kind = !type || /\bSOCK_STREAM\b/.test(type.text) ? 'stream' : /SOCK_DGRAM/.test(type.text) ? 'datagram' : 'unknown-type';
              created = { t: 'socket', kind, origin: 'asyncore dispatcher.create_socket()' };
            } else if (own === 'set_socket' && args[0]) {
              found.push(this.value(args[0], scope, call.pos, depth + 1));
            } else if (ASYNCORE_DISPATCHER.test(callee.replace(/\.__init__$/, '')) && callee.endsWith('.__init__') || SUPER_INIT.test(call.node.text)) {
              // Ex) wasyncore.dispatcher.__init__(self, r, map=map); super().__init__(sock)   (the socket is the first argument after self)
              const sock = SUPER_INIT.test(call.node.text) ? args[0] : args[0]?.text === scope.selfName ? args[1] : null;
              if (sock && sock.type !== 'none') found.push(this.value(sock, scope, call.pos, depth + 1));
            }
          }
        }
      }
    }
    if (created) {
      const made: Provenance = created;
      // Ex) self.create_socket(AF_INET, SOCK_STREAM) with no self.connect() here: a subclass may listen on it
      found.push(connects || made.t !== 'socket' || made.kind !== 'stream' ? made : { ...made, t: 'partial' });
    }
    return found;
  }

  /**
   * A method of the class chain that overrides one of socketserver's server hooks (`get_request()`,
   * `server_bind()`...) and calls the base's (`super(...).get_request()`, `Base.server_bind(self)`), as
   * `Class.method`; null for none.
   */
  private serverHookOverride(cls: ClassFact): string | null {
    for (const c of this.classChain(cls)) {
      for (const [name, m] of c.methods) {
        if (!SERVER_HOOKS.has(name)) continue;
        if (m.calls.some((call) => call.method === name && (call.receiver === null ? /^super\s*\(/.test(call.node.text) : call.args.length > 0 && m.selfName !== null && call.args[0]?.text === m.selfName && call.receiver !== m.selfName))) return `${c.name}.${name}()`;
      }
    }
    return null;
  }

  private classSetsDatagram(cls: ClassFact): boolean {
    return this.classChain(cls).some((c) =>
      c.scope.assigns.some((a) => a.target === 'socket_type' && /SOCK_DGRAM/.test(a.value.text)),
    );
  }

  /** A function scope and the scopes nested in it. */
  scopeTree(scope: Scope): Scope[] {
    const out: Scope[] = [scope];
    for (let i = 0; i < out.length; i++) out.push(...out[i].children.filter((c) => c.kind === 'function'));
    return out;
  }

  /**
   * What the first `count` assignments to `name` in scope `s` give it, combined.
   * Each site asks for the assignments before it; a prefix is folded from the
   * one before (combine() folds: combining a combined prefix with the next
   * value gives the combination of all of them), so a function with 100,000
   * `with socket.socket() as t:` costs one value() per assignment, not one per
   * site and assignment. A prefix that leaned on a provisional answer (a cycle,
   * the depth limit) is not kept.
   */
  private assignedUpTo(s: Scope, name: string, assigns: Assign[], count: number, depth: number): Provenance {
    const key = `${s.node.id}\0${name}\0${depth}`;
    let prefix = this.prefixes.get(key);
    if (!prefix) this.prefixes.set(key, (prefix = []));
    if (prefix.length >= count) return prefix[count - 1];
    const outer = this.provisional;
    this.provisional = false;
    let acc = prefix.length ? prefix[prefix.length - 1] : null;
    const fresh: Provenance[] = [];
    for (let i = prefix.length; i < count; i++) {
      const a = assigns[i];
      const v = this.value(a.value, s, a.pos, depth, a.tupleIndex, a.viaWith);
      acc = acc ? combine([acc, v]) : v;
      fresh.push(acc);
    }
    if (!this.provisional) for (const p of fresh) prefix.push(p);
    this.provisional = this.provisional || outer;
    return acc!;
  }

  private name(name: string, scope: Scope, pos: number, depth: number): Provenance {
    for (let s: Scope | null = scope; s; s = s.parent) {
      // Ex) names in a class body are not visible inside its methods
      if (s !== scope && s.kind === 'class') continue;
      const assigns = scopeIndex(s).assignsByTarget.get(name) ?? [];
      const annotated = this.annotationsOf(s).get(name) ?? [];
      const loops = forLoopsBinding(s, name);
      // Ex) def start(): global httpd; httpd = TCPServer(addr, H) ... def stop(): httpd.socket.close()   (a function rebinds it)
      const rebinds = s.kind === 'module' && s !== scope ? this.globalAssigns(name) : [];
      if (assigns.length === 0 && rebinds.length === 0 && annotated.length === 0 && loops.length === 0 && !s.params.includes(name)) continue;
      // Ex) for sock in self._by_fd.values(): sock.close()   (inside a loop whose body never rebinds the name,
      // the name is that loop's element, whatever other loops or assignments bind it elsewhere)
      const own = s === scope ? innermostLoopOf(loops, pos) : null;
      if (own && !annotated.length && soleBinding(own, name, assigns, loops)) {
        const element = this.loopElement(own, name, s, depth, loopGuards(own, name, pos)?.excluded);
        if (element.t !== 'unknown') return element;
      }
      const before = s === scope ? loopCarried(s, assigns, countBefore(assigns, pos), pos) : assigns.length;
      // Ex) def killall(): global _rsock; _rsock.close(); _rsock = None   (eventlet's tpool: no assignment of the function
      // reaches the close, so the name holds what the module's name holds: setup()'s socket, counted with this None)
      // Ex) def outer(): sock = connect(); def close_it(): nonlocal sock; sock.close(); sock = None   (the same for the
      // enclosing function's name, where this function only clears it and no other declares it nonlocal)
      if (s === scope && before === 0 && !loops.length && !annotated.length && (this.globalsOf(s).has(name) || this.clearsNonlocal(s, name, assigns))) continue;
      // Ex) sock = lsock; sock.close(); sock = eventlet.connect(addr); sock.close()   (the last assignment, on every way to
      // the close and with no loop back to an earlier one, is all the name can hold there, when it makes a socket of its
      // own: `s = holder.get_sock()` may give back the socket the name held before)
      // Ex) while pending: for host in chunk: sock, r = connect(host); ...; sock.close()  ...  for sock in ready: sock.close()
      // (pupy's scanner: a loop that binds the name elsewhere, before the assignment or after the site, is no way to the
      // close either; dominates() asks that the assignment be inside every loop around the site)
      const candidate = before >= 1 ? assigns[before - 1] : null;
      const loopsBefore = !!candidate && loops.every((l) => l.startIndex < candidate.pos || l.startIndex > pos);
      const last = s === scope && s.kind === 'function' && candidate && (before >= 2 || loops.length > 0) && loopsBefore && !annotated.length && before === countBefore(assigns, pos) && !s.params.includes(name) && dominates(this.facts, s, candidate.pos, pos) ? candidate : null;
      const made = last ? this.value(last.value, s, last.pos, depth + 1, last.tupleIndex, last.viaWith) : null;
      const superseded = made?.t === 'socket' || made?.t === 'not';
      const found = superseded ? [made] : assigns.length ? [this.assignedUpTo(s, name, assigns, before || assigns.length, depth + 1)] : [];
      for (const a of rebinds) found.push(this.value(a.value, a.scope, a.pos, depth + 1, a.tupleIndex, a.viaWith));
      // Ex) for sock in bind_sockets(port): sock.close()   (each element of what the loop walks)
      // (not a loop that starts after the site with no loop around both: it has not bound the name there.
      // Ex) for a in addrs: sock = socket.socket(); socks[sock] = a ... for sock in socks.keys(): sock.close())
      const around = s === scope && loops.some((l) => l.startIndex > pos) ? loopsAround(s, pos) : [];
      for (const loop of superseded ? [] : loops) {
        if (s === scope && loop.startIndex > pos && !around.some((o) => o.start <= loop.startIndex && loop.startIndex < o.end)) continue;
        found.push(this.loopElement(loop, name, s, depth));
      }
      for (const ann of annotated) {
        const declared = this.annotation(ann);
        // Ex) sock: TcpOrTlsSocket = conn   (an alias the analysis cannot read: the assigned value, counted above, tells)
        if (declared.t === 'unknown' && ann.text === undefined && ann.type.parent?.type === 'assignment' && ann.type.parent.childForFieldName('right')) continue;
        found.push(declared);
      }
      // Ex) def handle_accepted(self, sock, addr):   (asyncore passes the connection it accepted)
      const callback = s.ownerClass ? CALLBACK_SOCKET_PARAMS[s.name] : undefined;
      if (callback && s.params[callback.index] === name) {
        // Ex) a test calls inst.handle_accepted(DummySock(), addr): the argument may be a double without shutdown()
        const called = this.calledCallbacks.has(s.name);
        // Ex) sock = dummysocket(); inst.handle_accepted(sock, '1')   (every double handed to it a class of the tests without shutdown())
        const doubled = called ? (this.project?.callbackDoubles?.(s.name, callback.index) ?? null) : null;
        const doubles = called && !doubled ? `the project calls ${s.name}() itself (a test may pass a double without shutdown())` : undefined;
        found.push(doubles ? { t: 'partial', kind: callback.kind, origin: callback.origin, doubles } : { t: 'socket', kind: callback.kind, origin: callback.origin, ...(doubled ? { doubled } : {}) });
      }
      // Ex) def echo(sock, address): ... StreamServer(('127.0.0.1', 16000), echo)   (the connection the server accepted, and what any direct caller passes)
      const server = s.kind === 'function' && s.params[s.ownerClass ? 1 : 0] === name ? this.handlerOf(s) : null;
      if (server) {
        found.push({ t: 'socket', kind: 'stream', origin: `the connection ${server} accepted` });
        if (this.callersOf(s).length) found.push(this.fromCallers(s, name, depth));
      }
      if (found.length === 0 && s.kind === 'function' && s.params.includes(name)) {
        // Ex) def ssl_verify_callback(self, conn, cert, errnum, depth, ok): conn.close()   (pyOpenSSL's set_verify() callback)
        if (verifyCallbackConnection(s, name)) return { t: 'not', why: "the pyOpenSSL Connection a verify callback is given (its shutdown() takes no argument)" };
        // Ex) @pytest.fixture def tcp_listen(): ...; yield s   ...   def test_bindable(tcp_listen): tcp_listen.close()
        const fixture = this.pytestFixture(s, name);
        if (fixture) return this.returns(fixture, depth + 1, this.yieldsOf(fixture).length ? ELEMENTS : -1);
        // Ex) def _finish(sock): sock.close()  ... _finish(socket.create_connection(a))   (what the callers pass)
        return this.fromCallers(s, name, depth);
      }
      if (found.length === 0) return UNKNOWN;
      // Ex) def __init__(self, listen_socket: socket.socket): ...   Engine(zc, new_listen_socket(), ...)   (the annotation says
      // a socket, not which kind: a datagram socket or a listener the callers pass is what it is)
      if (!assigns.length && !loops.length && annotated.length && s.kind === 'function' && s.params.includes(name)) {
        const declared = combine(found);
        if (declared.t === 'socket' && (declared.kind === 'stream' || declared.kind === 'tls')) {
          const passed = this.fromCallers(s, name, depth);
          if ((passed.t === 'socket' || passed.t === 'partial') && passed.kind !== 'stream' && passed.kind !== 'tls') {
            return { ...declared, kind: passed.kind, origin: `${declared.origin}; ${passed.origin}` };
          }
        }
      }
      // Ex) LISTENER = socket.socket(); LISTENER.listen(5) ... def stop(): LISTENER.close()   (a name an outer
      // scope binds: what any scope that sees it does to it, here or through a plain alias, counts)
      const held = combine(found);
      if (s !== scope && (held.t === 'socket' || held.t === 'partial')) return kindByMethods(held, this.methodsOnShared(s, name), s.kind === 'module' ? 'in its module' : `in ${s.name}()`);
      return held;
    }
    // Ex) from .config import LISTENER; LISTENER.close()   (bound by the import, not in this module)
    return this.importedName(name, pos);
  }

  /**
   * The methods called on a name that scope `s` binds, in `s` and in every scope nested in it that does
   * not bind the name again, and on the plain aliases `s` gives it, either way (`LISTEN_SOCK = _sock`,
   * `ALIAS = LISTEN_SOCK`): what a function that closes a module's socket cannot see in its own body.
   */
  private methodsOnShared(s: Scope, name: string): Set<string> {
    const key = `${s.node.id}:${name}`;
    const known = this.sharedMethods.get(key);
    if (known) return known;
    const index = scopeIndex(s);
    const names = new Set([name]);
    const queue = [name];
    const alias = (a: Assign) => a.tupleIndex === -1 && a.value.type === 'identifier' && !a.target.includes('.');
    for (let n = queue.pop(); n !== undefined; n = queue.pop()) {
      const linked = [...(index.assignsByTarget.get(n) ?? []).filter(alias).map((a) => a.value.text), ...(index.assignsByValue.get(n) ?? []).filter(alias).map((a) => a.target)];
      for (const m of linked) if (!names.has(m)) names.add(m), queue.push(m);
    }
    const methods = new Set<string>();
    for (const x of this.facts.scopes) {
      for (const n of names) {
        let sees = false;
        for (let y: Scope | null = x; y; y = y.parent) {
          if (y === s) {
            sees = true;
            break;
          }
          if ((scopeIndex(y).assignsByTarget.has(n) && !this.globalsOf(y).has(n)) || y.params.includes(n)) break;
        }
        if (sees) for (const call of scopeIndex(x).callsByReceiver.get(n) ?? []) if (call.method) methods.add(call.method);
        // Ex) sock.bind(local_addr); await loop.sock_connect(sock=sock, address=address)   (asyncio connects it)
        if (sees && asyncioConnects(x).has(n)) methods.add('connect');
      }
    }
    this.sharedMethods.set(key, methods);
    return methods;
  }

  /**
   * A parameter's provenance from the calls in this module that pass it. Only a
   * private function (`_name`), a nested one or a private method has no callers
   * elsewhere; for the others a socket the callers pass is only likely, though
   * its kind (a listener, say) still counts.
   */
  private fromCallers(fn: Scope, param: string, depth: number, element = -1): Provenance {
    // Ex) def wrap(sock): return ctx.wrap_socket(sock)   (what a function returns depends on each call's own
    // argument: the union of every caller's would give every call the kinds of all of them)
    if (this.summarisingReturns > 0) return UNKNOWN;
    return this.memo(this.paramCache, element === -1 ? `${fn.node.id}:${param}` : `${fn.node.id}:${param}:${element}`, () => {
      const index = fn.params.indexOf(param);
      const method = !!fn.ownerClass && fn.parent?.kind === 'class';
      if (method && index === 0) return UNKNOWN;
      const found: Provenance[] = [];
      let abortive: string | undefined;
      // Ex) server.py: conn, addr = sock.accept(); Handler(conn, addr)   (the calls in the modules that import this one too)
      const { local, foreign: seen, inherited } = this.argumentsPassed(fn, param, (arg, call, from, file) => {
        if (arg === undefined) return false;
        // (`element`: the element of the tuple the parameter holds, `sock, port = sockport`)
        if (element !== -1) found.push(arg ? from.value(arg, call.scope, call.pos, depth + 1, element) : UNKNOWN);
        else found.push(arg ? from.listenedOn(arg, call.scope, from.value(arg, call.scope, call.pos, depth + 1)) : this.defaultOf(fn, param, depth));
        if (arg && !abortive && callerSetsLinger(call, call.scope, arg)) {
          abortive = `the caller at ${callerAt(call, file)} sets SO_LINGER on the socket it passes to ${fn.name}(), so the close is meant to be abortive; shutdown would turn the reset into a FIN`;
        }
        return true;
      });
      if (local.includes(false) || seen?.results.includes(false)) return UNKNOWN;
      const owner = importedName(fn);
      // Only every caller proves a kind: with some unseen, what the seen ones pass is evidence, not proof.
      const foreign = seen?.complete ? seen : null;
      if (!found.length) return UNKNOWN;
      const passed = combine(found);
      // Ex) loop.call_soon(self._close, sock)   (a function used as a value has callers this module does not show)
      // Ex) class Sub(Handler): ...   (a subclass's construction passes its own arguments on)
      // (asked only where the answer is used: usedAsValue() reads the module's text once)
      const everyCaller = () => !!foreign && !(method && owner !== null && this.usedAsValue(owner, false)) && !this.usedAsValue(fn.name, method);
      // Ex) HTTPHandler(listener, user, password), every call in the project: `conn=None` stays None (supervisor's http_client)
      if (passed.t === 'none') return everyCaller() || this.callersAllHere(fn, method, seen, inherited) ? NONE : UNKNOWN;
      if (passed.t !== 'socket' && passed.t !== 'partial') return passed.t === 'not' ? passed : UNKNOWN;
      const extra = abortive ? { abortive } : {};
      if (everyCaller()) return { ...passed, origin: `${passed.origin}, passed by every caller of ${owner}() in the project`, ...extra };
      const label = method ? `${fn.ownerClass!.name}.${fn.name}` : fn.name;
      const origin = `${passed.origin}, passed by every caller of ${label}() ${whereCalled(inherited)}`;
      if (this.callersAllHere(fn, method, seen, inherited)) return { ...passed, origin, ...extra };
      return { t: 'partial', kind: passed.kind, origin, callers: `${label}() may also be called from other modules, with something else`, ...extra };
    });
  }

  /**
   * Are all the calls of `fn` in this module: a private (`_name`) or nested function (not a constructor)
   * that no other module calls (`seen` incomplete: from .util import _close) and nothing uses as a value?
   */
  private callersAllHere(fn: Scope, method: boolean, seen: ForeignCalls<unknown> | null, inherited: ForeignCalls<unknown> | null): boolean {
    // Ex) a subclass elsewhere hands self._close to a thread pool: its callers there are not seen
    const usedOutside = (seen !== null && !seen.complete) || (inherited !== null && !inherited.complete);
    return (/^_[^_]/.test(fn.name) || fn.parent?.kind === 'function') && !(method && fn.name === '__init__') && !usedOutside && !this.usedAsValue(fn.name, method);
  }

  /**
   * What each element of a parameter that holds a collection is, from what the calls of its function
   * pass (`Server(sockets=[sock])`, `serve(socks)`): proof only when every caller is seen, as fromCallers().
   */
  private paramElements(fn: Scope, param: string, depth: number): Provenance {
    if (this.summarisingReturns > 0) return UNKNOWN;
    return this.memo(this.paramElementsCache, `elements:${fn.node.id}:${param}`, () => {
      const method = !!fn.ownerClass && fn.parent?.kind === 'class';
      if (method && fn.params.indexOf(param) === 0) return UNKNOWN;
      const found: Provenance[] = [];
      // Ex) def __init__(self, config, sockets=None)   (a call that leaves the default gives no element)
      const { local, foreign: seen, inherited } = this.argumentsPassed(fn, param, (arg, call, from) => {
        if (arg === undefined) return false;
        if (arg !== null) found.push(from.elements(arg, call.scope, call.pos, depth + 1));
        return true;
      });
      // (a caller whose list is unknown leaves it unknown: a test's list of mocks does not decide for the real callers')
      if (local.includes(false) || seen?.results.includes(false) || !found.length || found.some((p) => p.t === 'unknown')) return UNKNOWN;
      const passed = combine(found);
      if (passed.t !== 'socket' && passed.t !== 'partial') return passed.t === 'not' ? passed : UNKNOWN;
      const owner = importedName(fn);
      const label = method ? `${fn.ownerClass!.name}.${fn.name}` : fn.name;
      const origin = `${passed.origin}, an element of what every caller of ${label}() ${seen?.complete ? 'in the project' : whereCalled(inherited)} passes`;
      const classUsed = method && owner !== null && this.usedAsValue(owner, false);
      if (seen?.complete && !classUsed && !this.usedAsValue(fn.name, method)) return { ...passed, origin };
      // Ex) def _close_all(socks): ...   (a private function whose callers are all here)
      if (this.callersAllHere(fn, method, seen, inherited)) return { ...passed, origin };
      return { t: 'partial', kind: passed.kind, origin, callers: `${label}() may also be called from other modules, with something else` };
    });
  }

  /**
   * What `each` makes of the argument each call of `fn` seen passes for
   * `param` (null: the call leaves the default; undefined: `*args`/`**kw` hide
   * it): this module's calls, then, for a top-level function or class, those
   * of the modules that import it, each read by its own module's resolver
   * (`foreign` null: the run cannot tell). With `uncovered`, the modules a run
   * that does not cover the project saw (its files, the project's tests) too.
   */
  private argumentsPassed<T>(
    fn: Scope,
    param: string,
    each: (arg: Node | null | undefined, call: CallFact, from: ProvenanceResolver, file?: string) => T,
    uncovered = false,
  ): { local: T[]; foreign: ForeignCalls<T> | null; inherited: ForeignCalls<T> | null } {
    const index = callIndex(fn, param);
    // (a call whose arguments cannot be read, a thread started on the function, passes undefined)
    const passedBy = ({ call, opaque }: Caller, from: ProvenanceResolver, file?: string) => each(opaque ? undefined : argumentGiven(call.args, index, param), call, from, file);
    const local = this.callersOf(fn).map((caller) => passedBy(caller, this));
    const owner = importedName(fn);
    const foreign = owner ? (this.project?.callers?.(owner, (f) => each(argumentGiven(f.call.args, index, param), f.call, f.resolver, f.file), uncovered) ?? null) : null;
    // Ex) base.py: def _cleanupSocket(self, sock): sock.close()   and ajp.py: class WSGIServer(BaseAJPServer): ...
    // sock = self._setupSocket(); self._cleanupSocket(sock)   (a subclass elsewhere calls the method it inherits)
    const cls = fn.parent?.kind === 'class' && fn.name !== '__init__' ? fn.ownerClass : null;
    const inherited = cls ? this.inheritedCallers(cls, fn.name, passedBy, 0) : null;
    return { local: inherited ? [...local, ...inherited.results] : local, foreign, inherited };
  }

  /**
   * The calls `self.<method>(...)` in the subclasses of a top-level class in the other modules of the
   * project, and in their own subclasses there and further out, each handed to `each` with the resolver
   * of its module (foreignSubclasses()). `complete` is also false when one uses `self.<method>` other
   * than in a call (a callback with callers of its own).
   */
  private inheritedCallers<T>(cls: ClassFact, method: string, each: (caller: Caller, from: ProvenanceResolver, file: string) => T, depth: number): ForeignCalls<T> | null {
    return this.foreignSubclasses(cls, depth, ({ cls: sub, resolver, file }) => resolver.selfCallsIn(sub, method, each, depth + 1, file), method);
  }

  /**
   * The calls `self.<method>(...)` that a class of this module whose base is in another module (`sub`,
   * in `file`) makes, with this module's subclasses of it, and those of their subclasses elsewhere.
   */
  selfCallsIn<T>(sub: ClassFact, method: string, each: (caller: Caller, from: ProvenanceResolver, file: string) => T, depth: number, file: string): ForeignCalls<T> {
    const results: T[] = [];
    for (const caller of this.indexCalls().byCallee.get(`self.${method}`) ?? []) {
      const owner = caller.scope.ownerClass;
      if (owner && this.classChain(owner).includes(sub)) results.push(each(caller, this, file));
    }
    const further = this.outward(sub, () => [], (c) => this.inheritedCallers(c, method, each, depth + 1));
    // Ex) threading.Thread(target=self._cleanup, args=(sock,))   (read as a call above); loop.call_soon(self._cleanup, sock)
    return { results: [...results, ...further.results], complete: !this.usedAsValue(method, true) && further.complete };
  }

  /**
   * The server that hands its accepted connections to this function (SERVER_HANDLERS): a function of this module, or a
   * method given as `self.handle`; or `handle()` of a class whose chain has gevent's StreamServer. Null for none.
   */
  private handlerOf(fn: Scope): string | null {
    const cls = fn.parent?.kind === 'class' ? fn.ownerClass : null;
    // Ex) class PortForwarder(StreamServer): def handle(self, source, address):
    const server = cls && fn.name === 'handle' ? this.baseNames(cls).find((b) => b in SERVER_HANDLERS && b.endsWith('StreamServer')) : undefined;
    if (server) return SERVER_HANDLERS[server].server;
    if (!cls && fn.parent?.kind === 'module' && this.facts.functions.get(fn.name) !== fn) return null;
    const key = cls ? `self.${fn.name}` : fn.name;
    const { served, passed } = this.indexCalls();
    const known = served.get(key);
    if (known) return known;
    // Ex) StreamServer((host, port), self.loop)   where ryu's hub.StreamServer does `spawn(self.handle, sock, addr)` with each connection
    for (const { call, position, keyword } of passed.get(key) ?? []) {
      const callee = call.callee!;
      const local = callee.includes('.') ? undefined : this.facts.classes.get(callee);
      const param = local ? this.servedParameter(local) : (this.project?.servedParameter?.(this.facts.qualifyAt(callee, call.pos)) ?? null);
      if (param && (param.index === position || param.name === keyword)) return callee.slice(callee.lastIndexOf('.') + 1);
    }
    return null;
  }

  /** servedParameter() for a class of this module (not through a re-export). */
  servedParameterSummary(name: string): InitParameter | null {
    const cls = this.moduleClass(name);
    return cls ? this.servedParameter(cls) : null;
  }

  /**
   * The `__init__` parameter of a server class that the class calls with each connection it accepts
   * (ryu's hub.StreamServer: `self.handle = handle` in `__init__`, `sock, addr = self.server.accept();
   * spawn(self.handle, sock, addr)` in `serve_forever()`): a method calls `self.X(conn, ...)`, or starts it
   * in a thread or green thread with the connection first, the connection a stream socket; and every
   * assignment of `self.X` in the class chain is in the class's `__init__`, giving it that parameter or a
   * function defined there that calls it (a TLS wrapper). Null for any other class.
   */
  private servedParameter(cls: ClassFact): InitParameter | null {
    const known = this.servedCache.get(cls);
    if (known !== undefined) return known;
    this.servedCache.set(cls, null); // cycle guard
    const found = this.findServedParameter(cls);
    this.servedCache.set(cls, found);
    return found;
  }

  /** servedParameter()'s search: the first call of the class chain's methods that hands a handler attribute an accepted stream. */
  private findServedParameter(cls: ClassFact): InitParameter | null {
    const init = cls.methods.get('__init__');
    if (!init) return null;
    const chain = this.classChain(cls);
    for (const c of chain) {
      for (const m of c.methods.values()) {
        for (const t of this.scopeTree(m)) {
          for (const call of t.calls) {
            const handed = this.handedConnection(call, t);
            const param = handed ? this.handlerParameter(chain, init, handed.attr) : null;
            const conn = param ? dottedName(handed!.conn) : null;
            const p = conn ? this.receiver(conn, t, call.pos) : UNKNOWN;
            if (p.t === 'socket' && (p.kind === 'stream' || p.kind === 'tls')) return param;
          }
        }
      }
    }
    return null;
  }

  /** `self.X(conn, ...)`, or a thread or green thread started on `self.X` with `conn` first: X and the connection's node. */
  private handedConnection(call: CallFact, scope: Scope): { attr: string; conn: Node } | null {
    if (!call.callee) return null;
    const direct = selfAttribute(scope, call.callee);
    if (direct !== null) return call.args[0] && call.args[0].type !== 'keyword_argument' ? { attr: direct, conn: call.args[0] } : null;
    // Ex) spawn(self.handle, sock, addr)   (eventlet's and gevent's, or a project's own spawn() that starts one of theirs)
    const started = this.spawned(call);
    const attr = started ? selfAttribute(scope, started.target) : null;
    const conn = started?.args?.[0];
    return attr !== null && conn && conn.type !== 'keyword_argument' ? { attr, conn } : null;
  }

  /**
   * The call that a thread started by `call` makes of the function `fn` names, where `fn` is what the starter runs
   * (`eventlet.spawn_n(shutdown, sock=sock)`, `Thread(target=util.serve, args=(conn,))`): a call of it with the
   * arguments the thread is given; 'opaque' where they cannot be read; null where `call` starts no thread on `fn`.
   */
  threadStartedOn(call: CallFact, fn: Node): CallFact | 'opaque' | null {
    const started = this.spawned(call);
    if (!started || started.target !== dottedName(fn)) return null;
    return started.args ? { ...call, callee: started.target, receiver: null, method: null, args: started.args } : 'opaque';
  }

  /**
   * The function and arguments of a call that starts a thread or green thread: one of THREAD_STARTERS, or any
   * `spawn()`/`spawn_n()` (a project's own that starts eventlet's or gevent's) with the rest of its arguments.
   */
  private spawned(call: CallFact): ReturnType<typeof threadHandoff> {
    const last = call.callee?.slice(call.callee.lastIndexOf('.') + 1);
    const shape = this.starterShape(call) ?? (last === 'spawn' || last === 'spawn_n' ? 'rest' : undefined);
    return shape ? threadHandoff(call, shape) : null;
  }

  /** How a call that starts a thread or green thread (THREAD_STARTERS) is given its target and arguments, or undefined. */
  private starterShape(call: CallFact): (typeof THREAD_STARTERS)[string] | undefined {
    const callee = call.callee;
    return callee && STARTER_NAMES.has(callee.slice(callee.lastIndexOf('.') + 1)) ? THREAD_STARTERS[this.facts.qualifyAt(callee, call.pos)] : undefined;
  }

  /** The `__init__` parameter `self.<attr>` stands for (servedParameter()): assigned only in `__init__`, the parameter or a function there that calls it. */
  private handlerParameter(chain: ClassFact[], init: Scope, attr: string): InitParameter | null {
    let param: string | null = null;
    const wrappers: string[] = [];
    const assigns = this.selfAssignsOf(chain, attr);
    if (!assigns) return null;
    for (const { scope, a } of assigns) {
      if (scope !== init || a.tupleIndex !== -1 || a.viaWith || a.value.type !== 'identifier') return null;
      const name = a.value.text;
      if (init.params.includes(name) && name !== init.selfName) {
        if (param !== null && param !== name) return null;
        param = name;
      } else wrappers.push(name);
    }
    if (param === null || (scopeIndex(init).assignsByTarget.get(param) ?? []).length) return null;
    // Ex) def wrap_and_handle_ssl(sock, addr): handle(ssl.wrap_socket(sock, **ssl_args), addr) ... self.handle = wrap_and_handle_ssl
    const calls = new RegExp(`(?<![\\w.])${param}\\s*\\(`);
    for (const w of wrappers) {
      const fn = init.children.find((k) => k.kind === 'function' && k.name === w);
      if (!fn || !calls.test(this.facts.text.slice(fn.node.startIndex, fn.node.endIndex))) return null;
    }
    return { name: param, index: callIndex(init, param) };
  }

  /** The module's calls by callee key, with the threads started on each function (callersOf()), and how often each is handed to one (usedAsValue()). */
  private indexCalls(): CallIndex {
    if (this.calls) return this.calls;
    const byCallee = new Map<string, Caller[]>();
    const handoffs = { names: new Map<string, number>(), attributes: new Map<string, number>() };
    const served = new Map<string, string>();
    const passed = new Map<string, { call: CallFact; position: number; keyword: string | null }[]>();
    const add = (key: string, caller: Caller) => {
      const list = byCallee.get(key) ?? [];
      list.push(caller);
      byCallee.set(key, list);
    };
    const keyOf = (scope: Scope, callee: string) => (selfAttribute(scope, callee) !== null ? `self.${callee.slice(callee.indexOf('.') + 1)}` : callee);
    /** A use of `target` that callersOf() reads as a call (not a use as a value); `other.handle` stays a use it cannot place. */
    const handedTo = (scope: Scope, target: string) => {
      const method = selfAttribute(scope, target);
      if (target.includes('.') && method === null) return;
      const counts = method !== null ? handoffs.attributes : handoffs.names;
      const name = method ?? target;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    };
    // (only in a module that dispatches that way: selectorCallback())
    const dispatches = dispatchesSelected(this.code());
    for (const scope of this.facts.scopes) {
      for (const call of scope.calls) {
        if (!call.callee) continue;
        add(keyOf(scope, call.callee), { call, scope });
        // Ex) sel.register(conn, selectors.EVENT_READ, read) ... callback = key.data; callback(key.fileobj, mask)
        const registered = dispatches ? selectorCallback(call) : null;
        if (registered) {
          add(keyOf(scope, registered.target), { call: { ...call, callee: registered.target, receiver: null, method: null, args: [registered.fileobj] }, scope });
          handedTo(scope, registered.target);
          continue;
        }
        // Ex) StreamServer(('127.0.0.1', 16000), echo)   (gevent calls echo(sock, address) with each connection it accepts)
        const server = SERVER_NAMES.has(call.callee.slice(call.callee.lastIndexOf('.') + 1)) ? SERVER_HANDLERS[this.facts.qualifyAt(call.callee, call.pos)] : undefined;
        const handler = server ? dottedName(keywordValue(call.args, server.keyword) ?? (call.args[server.position]?.type === 'keyword_argument' ? null : call.args[server.position] ?? null)) : null;
        if (server && handler && (!handler.includes('.') || selfAttribute(scope, handler) !== null)) {
          served.set(keyOf(scope, handler), server.server);
          handedTo(scope, handler);
          continue;
        }
        // Ex) StreamServer((host, port), self.loop)   (a project's own server class: servedParameter() of it tells, when asked)
        if (/^_*[A-Z]/.test(call.callee.slice(call.callee.lastIndexOf('.') + 1))) {
          let position = 0;
          for (const arg of call.args) {
            const keyword = arg.type === 'keyword_argument' ? (arg.childForFieldName('name')?.text ?? null) : null;
            const handler = dottedName(keyword !== null ? arg.childForFieldName('value') : arg);
            const own = handler !== null && (handler.includes('.') ? !!scope.ownerClass?.methods.has(selfAttribute(scope, handler) ?? '') : this.facts.functions.has(handler));
            if (own) push(passed, keyOf(scope, handler!), { call, position: keyword === null ? position : -1, keyword });
            if (keyword === null && arg.type !== 'list_splat' && arg.type !== 'dictionary_splat') position++;
          }
        }
        // Ex) threading.Thread(target=self.handle, args=(conn, addr)).start()
        const shape = this.starterShape(call);
        const started = shape ? threadHandoff(call, shape) : null;
        if (!started) continue;
        add(keyOf(scope, started.target), { call: { ...call, callee: started.target, receiver: null, method: null, args: started.args ?? [] }, scope, opaque: !started.args });
        handedTo(scope, started.target);
      }
    }
    return (this.calls = { byCallee, handoffs, served, passed });
  }

  /**
   * The calls of a function in this module: `f(...)` for a module function, `self.m(...)` for a method, `C(...)` for `__init__`,
   * and the threads started on it with their arguments (`threading.Thread(target=f, args=(conn, addr))`: threadHandoff()).
   */
  private callersOf(fn: Scope): Caller[] {
    const byCallee = this.indexCalls().byCallee;
    const cls = fn.parent?.kind === 'class' ? fn.ownerClass : null;
    if (cls) {
      const own = (byCallee.get(`self.${fn.name}`) ?? []).filter(({ scope }) => scope.ownerClass && this.classChain(scope.ownerClass).includes(cls));
      const made = fn.name === '__init__' ? (byCallee.get(cls.name) ?? []).filter(() => this.facts.classes.get(cls.name) === cls) : [];
      return fn.name === '__init__' ? [...own, ...made, ...this.subclassInitCalls(cls), ...this.inheritedInitCalls(cls, byCallee)] : [...own, ...made];
    }
    const calls = byCallee.get(fn.name) ?? [];
    // Ex) def handle(conn, addr): ...   and elsewhere   def __init__(self, handle): ... handle(wrapped, addr)   (a parameter, not the function)
    if (fn.parent?.kind === 'module') return this.facts.functions.get(fn.name) === fn ? calls.filter(({ scope }) => !shadows(scope, fn.name)) : [];
    // Ex) def outer(): def _close(s): s.close() ... _close(sock)   (a nested function: its callers are in the enclosing one)
    const enclosing = fn.parent;
    return calls.filter(({ scope }) => { for (let s: Scope | null = scope; s; s = s.parent) if (s === enclosing) return true; return false; });
  }

  /**
   * A subclass's own `__init__` handing its arguments to this class's: `Base.__init__(self, sock)`
   * (given without `self`, as a construction would) and `super().__init__(sock)` /
   * `super(Sub, self).__init__(sock)` where this class's `__init__` is the next one up the chain.
   */
  private subclassInitCalls(cls: ClassFact): { call: CallFact; scope: Scope }[] {
    if (this.facts.classes.get(cls.name) !== cls) return [];
    const out: { call: CallFact; scope: Scope }[] = [];
    for (const sub of this.facts.classes.values()) {
      if (sub === cls) continue;
      const chain = this.classChain(sub);
      if (!chain.includes(cls)) continue;
      const init = sub.methods.get('__init__');
      if (!init) continue;
      // Ex) class TCPServer(Server): def __init__(self): ... super().__init__(sock)   (the next __init__ up the chain is Server's)
      const next = chain.slice(1).find((c) => c.methods.has('__init__'));
      for (const call of init.calls) {
        const args = call.args;
        if (call.callee === `${cls.name}.__init__` && args[0]?.type === 'identifier' && args[0].text === init.selfName) {
          out.push({ call: { ...call, args: args.slice(1) }, scope: init });
        } else if (next === cls && SUPER_CALL.exec(call.node.text)?.slice(1).every((g, i) => g === undefined || g === [sub.name, init.selfName][i])) {
          out.push({ call, scope: init });
        }
      }
    }
    return out;
  }

  /**
   * Constructions of this module's subclasses that run this class's `__init__` as their own: each class
   * on the way up by first bases (`class UNIXSocketStream(_RawSocketMixin, abc.UNIXSocketStream)`) is this
   * module's and defines no `__init__`, so Python's method order reaches this one first.
   */
  private inheritedInitCalls(cls: ClassFact, byCallee: Map<string, Caller[]>): Caller[] {
    if (this.facts.classes.get(cls.name) !== cls) return [];
    const out: Caller[] = [];
    for (const sub of this.facts.classes.values()) {
      if (sub === cls) continue;
      let c: ClassFact | undefined = sub;
      for (let steps = 0; c && c !== cls && !c.methods.has('__init__') && steps < 16; steps++) c = c.bases.length ? this.facts.classes.get(c.bases[0]) : undefined;
      if (c === cls) out.push(...(byCallee.get(sub.name) ?? []));
    }
    return out;
  }

  /** Is the function named anywhere other than in a call (`f` or `self.f` passed as a value)? */
  private usedAsValue(fnName: string, method: boolean): boolean {
    // Code only: a docstring that names the function is not a use
    const text = this.code();
    const name = fnName.replace(/[^\w]/g, '');
    // Ex) class Handler:   (its own definition is not a use)
    if (!name) return (method ? /\.\s*\b(?!\s*\()/ : /(?<![\w.])(?<!\b(?:class|def)\s+)\b(?!\s*\()/).test(text);
    const uses = (this.valueUses ??= valueUses(text));
    // Ex) threading.Thread(target=handle_client, args=(conn, addr))   (a use callersOf() reads as a call)
    const { handoffs } = this.indexCalls();
    const handed = (method ? handoffs.attributes : handoffs.names).get(name) ?? 0;
    return ((method ? uses.attributes : uses.names).get(name) ?? 0) > handed;
  }

  /** A parameter's default value, when a caller leaves it out. */
  private defaultOf(fn: Scope, param: string, depth: number): Provenance {
    const value = defaultNode(fn, param);
    return value && fn.parent ? this.value(value, fn.parent, value.startIndex, depth + 1) : UNKNOWN;
  }

  /**
   * Is `name` (a plain name or `self.X`) a socket module handed in for
   * injection: a parameter whose default is the socket module
   * (`socket_module=socket`), or a name or attribute bound only to one? A
   * replacement (gevent.socket, eventlet's green socket) keeps the socket API,
   * so `s.socket(s.AF_UNIX, s.SOCK_STREAM)` makes a socket.
   */
  private injectedSocketModule(name: string, scope: Scope, depth: number, params: { fn: Scope; name: string }[] = []): boolean {
    if (depth > MAX_DEPTH) return false;
    const isModule = (node: Node, at: Scope): boolean => {
      const text = dottedName(node);
      if (!text) return false;
      if (this.facts.qualifyAt(text, node.startIndex) === 'socket') return true;
      return this.injectedSocketModule(text, at, depth + 1, params);
    };
    const attr = selfAttribute(scope, name);
    if (attr !== null) {
      const cls = scope.ownerClass;
      if (!cls) return false;
      const values: { value: Node; scope: Scope }[] = [];
      for (const c of this.classChain(cls)) {
        for (const m of c.methods.values()) {
          for (const a of m.assigns) if (selfAttribute(m, a.target) === attr && a.tupleIndex === -1) values.push({ value: a.value, scope: m });
        }
        // Ex) class Connection: _socket_impl = socket ... self._socket_impl.socket(af, socktype, proto)   (cassandra's; its
        // gevent and eventlet subclasses set gevent.socket and eventlet.green.socket, which keep the socket API)
        for (const a of scopeIndex(c.scope).assignsByTarget.get(attr) ?? []) if (a.tupleIndex === -1 && !a.viaWith) values.push({ value: a.value, scope: c.scope });
      }
      return values.length > 0 && values.every((v) => isModule(v.value, v.scope));
    }
    if (!/^[A-Za-z_]\w*$/.test(name)) return false;
    for (let s: Scope | null = scope; s; s = s.parent) {
      if (s !== scope && s.kind === 'class') continue;
      const assigns = scopeIndex(s).assignsByTarget.get(name) ?? [];
      if (s.params.includes(name)) {
        // Ex) def __init__(self, server, socket_module=socket): ...
        const value = assigns.length ? null : defaultNode(s, name);
        const injected = !!value && !!s.parent && this.facts.qualifyAt(value.text, value.startIndex) === 'socket';
        if (injected) params.push({ fn: s, name });
        return injected;
      }
      // Ex) s = self.socket_module
      if (assigns.length) return assigns.every((a) => a.tupleIndex === -1 && isModule(a.value, s));
    }
    return false;
  }

  /**
   * A caller that hands an injected socket module parameter something other
   * than a socket module (`socket_module=MockSocketModule()`, as tests do): a
   * note naming it, with the doubles' classes when every such caller hands a
   * module double whose sockets are bare classes of the project (doubles.ts);
   * null when every caller seen leaves the default or passes a socket module on.
   */
  private injectionReplaced(params: { fn: Scope; name: string }[], depth: number): { note: string; bare: string[] | null } | null {
    type Replaced = { note: string; bare: string[] | null };
    const folded = (results: (Replaced | null)[]): Replaced | null => {
      const notes = results.filter((r) => r !== null);
      if (!notes.length) return null;
      return notes.find((r) => !r.bare) ?? { note: notes[0].note, bare: [...new Set(notes.flatMap((r) => r.bare!))].sort() };
    };
    for (const { fn, name } of params) {
      let forwards = 0;
      const each = (arg: Node | null | undefined, call: CallFact, from: ProvenanceResolver, file?: string): Replaced | null => {
        if (arg === null) return null;
        // Ex) def make_client(self, values, **kwargs): return Client('localhost', **kwargs)   (what make_client's callers pass)
        const forwarded = arg === undefined && forwards < MAX_FORWARDS ? forwardedKeywords(call) : null;
        if (forwarded) {
          forwards++;
          try {
            const passed = from.argumentsPassed(call.scope, name, (a, c, f, fl) => each(a, c, f, fl ?? file), true);
            return folded([...passed.local, ...(passed.foreign?.results ?? [])]);
          } finally {
            forwards--;
          }
        }
        if (arg === undefined) return { note: `the caller at ${callerAt(call, file)} may pass its own ${name} (a test double, say)`, bare: null };
        const text = dottedName(arg);
        if (text && (from.facts.qualifyAt(text, arg.startIndex) === 'socket' || from.injectedSocketModule(text, call.scope, depth + 1))) return null;
        // Ex) Client(server, socket_module=MockSocketModule())   (whose socket() makes MockSocket, a class of the tests without shutdown())
        const bare = bareValue(from.facts, from.project, arg, call.scope, 'module');
        return { note: `the caller at ${callerAt(call, file)} passes ${name}=${arg.text.slice(0, 40)}, whose sockets may be test doubles without shutdown()`, bare };
      };
      // Ex) a pre-commit run of client/base.py: the test that passes a mock module is among the project's tests
      const { local, foreign } = this.argumentsPassed(fn, name, each, true);
      // Ex) one test's Client(..., socket_module=Mock()) is enough, whatever callers stay unseen
      const replaced = folded([...local, ...(foreign?.results ?? [])]);
      if (replaced) return replaced;
    }
    return null;
  }

  /**
   * What an annotation or type comment says: a socket class, or a project class that is no socket
   * (`# type: Optional[SuperSocket]`, scapy's own socket type, which has no shutdown()).
   */
  private annotation(ann: Annotation): Provenance {
    // Ex) self.socket: socket.socket | ssl.SSLSocket | None = None   (each member, None left out)
    const members = annotationMembers(ann.text ?? ann.type.text)?.filter((m) => m !== 'None');
    if (!members?.length) return UNKNOWN;
    return combine(members.map((m) => this.annotatedAs(m, ann.type.startIndex)));
  }

  /** What one member of an annotation (`socket.socket`, a class of the project) says the value is. */
  private annotatedAs(text: string, pos: number): Provenance {
    if (!/^[A-Za-z_][\w.]*$/.test(text)) return UNKNOWN;
    const q = this.facts.qualifyAt(text, pos);
    if (SOCKET_CLASSES.has(q)) return { t: 'socket', kind: q === 'ssl.SSLSocket' ? 'tls' : 'stream', origin: `annotated ${text}` };
    const local = q.startsWith('<local>.') ? this.facts.classes.get(q.slice('<local>.'.length)) : undefined;
    if (local) return this.instanceOf(local);
    if (q.startsWith('<local>.') || STANDARD_LIBRARY.test(q) || !this.project) return UNKNOWN;
    const found = this.project.find(q);
    return found && found.summary.classes[found.member] ? (this.projectCall(q, text) ?? UNKNOWN) : UNKNOWN;
  }

  /** The provenance of an expression's value. */
  value(node: Node, scope: Scope, pos: number, depth: number, tupleIndex = -1, viaWith = false): Provenance {
    if (depth > MAX_DEPTH) return this.tooDeep();
    switch (node.type) {
      case 'none':
        return NONE;
      case 'integer':
      case 'false':
      case 'string':
        // Ex) self._sock = 0; self._sock = -1; self._sock = False   (a placeholder, like None)
        if (/^(0|-1|False|''|"")$/.test(node.text)) return NONE;
        return { t: 'not', why: 'a literal' };
      case 'unary_operator':
        if (node.text.replace(/\s+/g, '') === '-1') return NONE;
        return UNKNOWN;
      case 'float':
      case 'true':
      case 'dictionary':
        return { t: 'not', why: 'a literal' };
      case 'list':
      case 'expression_list':
      case 'tuple': {
        // Ex) a list is no socket; unpacked, each name takes its own element: ws, rs = self._write_sock, self._read_sock
        if (node.type === 'list' && tupleIndex === -1) return { t: 'not', why: 'a literal' };
        const element = tupleIndex === -1 ? null : unpackedElements(node)?.[tupleIndex];
        return element ? this.value(element, scope, pos, depth + 1) : UNKNOWN;
      }
      case 'parenthesized_expression': {
        const inner = node.namedChild(0);
        return inner ? this.value(inner, scope, pos, depth + 1, tupleIndex, viaWith) : UNKNOWN;
      }
      case 'conditional_expression': {
        const [a, , b] = node.namedChildren;
        return combine([a, b].filter((x): x is Node => !!x).map((x) => this.value(x, scope, pos, depth + 1, tupleIndex)));
      }
      case 'boolean_operator': {
        const a = node.childForFieldName('left');
        const b = node.childForFieldName('right');
        return combine([a, b].filter((x): x is Node => !!x).map((x) => this.value(x, scope, pos, depth + 1, tupleIndex)));
      }
      case 'identifier':
      case 'attribute': {
        // Ex) def _yield_server(sockport): sock, port = sockport   (one element of the pair the name holds)
        if (tupleIndex !== -1) return node.type === 'identifier' ? this.heldPairElement(node.text, tupleIndex, scope, pos, depth + 1) : UNKNOWN;
        const text = dottedName(node);
        return text ? this.receiver(text, scope, pos, depth + 1) : UNKNOWN;
      }
      case 'call':
        return this.call(node, scope, pos, depth, tupleIndex, viaWith);
      case 'await': {
        // Ex) sock = await _async_create_connection(address, options)   (what the coroutine returns)
        const inner = node.namedChild(0);
        if (inner?.type !== 'call') return UNKNOWN;
        const fn = inner.childForFieldName('function');
        // Ex) conn, addr = await loop.sock_accept(srv)   (asyncio's accept: the connection and its address)
        if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'sock_accept') {
          if (tupleIndex === 0) return { t: 'socket', kind: 'stream', origin: 'sock_accept()' };
          return tupleIndex === 1 ? { t: 'not', why: 'the address from sock_accept()' } : UNKNOWN;
        }
        return this.call(inner, scope, pos, depth, tupleIndex, viaWith);
      }
      case 'subscript': {
        // Ex) sock = netutil.bind_sockets(0, addr)[0]; sock, port = pair()[0], 1
        const object = node.childForFieldName('value');
        const subscript = node.childForFieldName('subscript');
        if (tupleIndex !== -1 || !object) return UNKNOWN;
        // Ex) connection, _ = sock.accept(); self.connections[self.stage] = connection ... sock = self.connections[self.stage]
        // (cloud-init: a value of the dict it fills, by any key; a slice is another list)
        if (subscript?.type !== 'integer') {
          const container = subscript && subscript.type !== 'slice' ? dottedName(object) : null;
          return container ? this.dictValues(container, scope, pos, depth + 1) : UNKNOWN;
        }
        if (object.type === 'call') {
          const element = this.call(object, scope, pos, depth + 1, Number(subscript.text), false);
          if (element.t !== 'unknown') return element;
        }
        // Ex) conn = self._server_socket.accept(); Handler(conn[0])   (the pair a name holds: the call's element)
        if (object.type === 'identifier') {
          const element = this.heldPairElement(object.text, Number(subscript.text), scope, pos, depth + 1);
          if (element.t !== 'unknown') return element;
        }
        return this.elements(object, scope, pos, depth + 1);
      }
      default:
        return UNKNOWN;
    }
  }

  private call(node: Node, scope: Scope, pos: number, depth: number, tupleIndex: number, viaWith: boolean): Provenance {
    const fn = node.childForFieldName('function');
    const args = callArguments(node);
    if (!fn) return UNKNOWN;
    const target = getattrTarget(node);
    if (target) return this.receiver(target, scope, pos, depth + 1);
    const callee = dottedName(fn);
    let q = callee ? this.facts.qualifyAt(callee, node.startIndex) : null;
    // Ex) s = self.socket_module; sock = s.socket(s.AF_UNIX, s.SOCK_STREAM)   (socket_module=socket by default)
    if (q?.startsWith('<local>.') && fn.type === 'attribute') {
      const object = dottedName(fn.childForFieldName('object')!);
      const params: { fn: Scope; name: string }[] = [];
      if (object && this.injectedSocketModule(object, scope, depth, params)) {
        q = `socket.${fn.childForFieldName('attribute')!.text}`;
        // Ex) tests: Client(server, socket_module=MockSocketModule())   (its sockets are doubles without shutdown())
        const replaced = this.injecting.has(node.id) ? null : this.injectionReplaced(params, depth);
        if (replaced) {
          this.injecting.add(node.id);
          try {
            const made = this.value(node, scope, pos, depth, tupleIndex, viaWith);
            if (made.t !== 'socket' && made.t !== 'partial') return made;
            return replaced.bare ? { ...made, doubled: replaced.bare } : { t: 'partial', kind: made.kind, origin: made.origin, doubles: replaced.note };
          } finally {
            this.injecting.delete(node.id);
          }
        }
      }
    }
    // Ex) sock = cast("AssociationSocket", dul.socket)   (what the cast names, where it names a socket or a project class;
    // else the value it is given)
    if ((q === 'typing.cast' || q === 'typing_extensions.cast') && args.length === 2 && !args.some((a) => a.type === 'keyword_argument')) {
      const declared = this.annotation({ target: '', type: args[0], scope });
      return declared.t === 'unknown' ? this.value(args[1], scope, pos, depth + 1, tupleIndex) : declared;
    }
    // Ex) from swift.common.concurrency import socket; socket.socket()   (a project module re-exports the socket module)
    // (only a name whose module part is named for sockets: each lookup reads the file system)
    if (q && REEXPORTED_SOCKET.test(q) && !STANDARD_LIBRARY.test(q) && !q.startsWith('<local>.') && !this.isLocal(callee!)) q = this.reexportedSocket(q) ?? q;
    // Ex) from . import factory; s = factory.connect(addr)   (the project's own function, not a library's connect())
    const fromProject = q && !STANDARD_LIBRARY.test(q) && !this.isLocal(callee!) ? this.projectCall(q, callee, tupleIndex) : null;
    // Ex) socketutil.createSocket(connect=addr)   (a factory that listens only when given bind=)
    if (fromProject) return atCall(fromProject, args);
    // Ex) from psycopg import connect as psycopg_connect; conn = psycopg_connect(dsn)   (a library's connect(), as `X.connect()` below)
    if (fn.type === 'identifier' && q?.endsWith('.connect') && canonicalModule(q.slice(0, -8)) !== 'socket' && q !== 'eventlet.connect' && !q.startsWith('<local>.') && !q.startsWith('.') && !this.project?.find(q)) {
      return { t: 'not', why: `a connection object from ${callee}()` };
    }
    if (fn.type === 'attribute') {
      const method = fn.childForFieldName('attribute')?.text;
      const object = fn.childForFieldName('object');
      if (method === 'accept') {
        // Ex) alg = socket.socket(AF_ALG, SOCK_SEQPACKET); alg.bind(("hash", "crc32c")); op, _ = alg.accept()   (the kernel's crypto API)
        if (object?.type === 'identifier' && this.kernelCryptoNames(scope).has(object.text)) {
          return { t: 'not', why: `an operation socket of an AF_ALG socket (the kernel's crypto API), with no peer to end` };
        }
        // Ex) conn, addr = srv.accept()
        if (tupleIndex === 0) return { t: 'socket', kind: 'stream', origin: 'accept()' };
        // Ex) conn = listener.accept()   (socket.accept() returns a pair; this is another API's connection)
        if (tupleIndex === -1 && !viaWith) return { t: 'not', why: 'a connection from an accept() that returns no address pair' };
        return tupleIndex === -1 ? UNKNOWN : { t: 'not', why: 'the address from accept()' };
      }
      if (method === 'makefile') return { t: 'not', why: 'a makefile() file object' };
      // Ex) self._sockets.add(client.fileno())   (a descriptor's number: an int, with no close() of its own)
      if (method === 'fileno' && args.length === 0) return { t: 'not', why: 'a file descriptor number from fileno()' };
      // Ex) sock = ctx.socket(zmq.REQ)   (a ZeroMQ socket: no shutdown(), and no connection of its own to end)
      // Ex) context = zmq.Context(); self.socket = context.socket(sock_type)   (a context's socket, whatever the type's name)
      const zmqContext = !!object && /(^|[._])(context|ctx)$/i.test(dottedName(object) ?? '');
      if (method === 'socket' && args[0] && (ZMQ_SOCKET_TYPE.test(args[0].text) || zmqContext) && this.facts.imports.importsAny(/^zmq(\.|$)/)) {
        return { t: 'not', why: `a ZeroMQ socket (${callee ?? 'socket'}(${args[0].text}))` };
      }
      // Ex) conn, addr = self.get_request()   (socketserver's TCPServer: an accepted connection)
      if (method === 'get_request' && tupleIndex === 0) return { t: 'socket', kind: 'stream', origin: 'get_request()' };
      // Ex) sock = ftp.transfercmd('STOR x'); conn, size = ftp.ntransfercmd(...)   (ftplib: the data connection)
      // (not `super().ntransfercmd()` or `FTP.ntransfercmd(self, ...)` in a subclass: the chain's own method, read below)
      const own = (!!callee && !!selfAttribute(scope, callee)) || this.explicitlyInherited(object);
      if (!own && ((method === 'transfercmd' && tupleIndex === -1) || (method === 'ntransfercmd' && tupleIndex === 0))) {
        const ftplib = this.facts.imports.importsAny(/^ftplib(\.|$)/);
        return { t: ftplib ? 'socket' : 'partial', kind: 'stream', origin: `ftplib ${method}()` };
      }
      if (method === 'wrap_socket' && q !== 'ssl.wrap_socket') return this.wrap(args, scope, pos, depth);
      if (method === 'dup' && object) {
        const base = this.value(object, scope, pos, depth + 1);
        if (base.t === 'socket' || base.t === 'partial') return { t: base.t, kind: 'copy', origin: 'dup()' };
        return UNKNOWN;
      }
      // Ex) self.socket = self.socket.unwrap()   (stomp.py: the TLS layer shut down, the same connection goes on in the clear)
      if (method === 'unwrap' && object && args.length === 0) {
        const base = this.value(object, scope, pos, depth + 1);
        if ((base.t === 'socket' || base.t === 'partial') && base.kind === 'tls') return { t: base.t, kind: 'stream', origin: 'unwrap() of a TLS socket' };
        if (base.t === 'socket' || base.t === 'partial') return base;
      }
      if (method === 'connect' && !q?.startsWith('socket.') && q !== 'eventlet.connect') {
        return { t: 'not', why: `a connection object from ${callee ?? 'connect'}()` };
      }
      // Ex) sock = sockets.pop(); conn = self._conns.pop(fd)   (an element of a list, a value of a dict)
      const container = (method === 'pop' || method === 'popleft') && object && tupleIndex === -1 ? dottedName(object) : null;
      if (container && args.length <= 2 && !args.some((a) => a.type === 'keyword_argument' || a.type === 'list_splat')) {
        const index = args.length === 0 || /^-?\s*\d+$/.test(args[0].text);
        const p = index ? this.elements(object!, scope, pos, depth + 1) : this.dictValues(container, scope, pos, depth + 1);
        if (p.t !== 'unknown') return p;
      }
      // Ex) conn = self._conns.get(node_id)   (a value of a dict the class or function fills, or None; not a queue's get())
      const keyed = method === 'get' && object && tupleIndex === -1 ? dottedName(object) : null;
      if (keyed && (args.length === 1 || args.length === 2) && args[0].type !== 'keyword_argument' && args[0].type !== 'list_splat' && this.holdsDict(keyed, scope)) {
        const p = this.dictValues(keyed, scope, pos, depth + 1);
        if (p.t !== 'unknown') return args.length === 2 ? combine([p, this.value(args[1], scope, pos, depth + 1)]) : p;
      }
      // Ex) sock = super()._connect()   (what the next class up the chain returns)
      const viaSuper = method && object?.type === 'call' ? this.superMethod(object, method, args, scope, pos, depth, tupleIndex) : null;
      if (viaSuper) return viaSuper;
      // Ex) s = base.BasePort.createInternetSocket(self)   (a base class's method called with this method's self)
      const viaBase = method && object && args[0]?.type === 'identifier' && args[0].text === scope.selfName ? this.explicitBaseMethod(object, method, args, scope, pos, depth, tupleIndex) : null;
      if (viaBase) return viaBase;
    }
    if (q === null) return UNKNOWN;
    const made = this.constructorCall(q, args, scope, pos, depth, tupleIndex);
    if (made) {
      // Ex) smtplib.socket = mock_socket (in a test): socket.create_connection() may make a mock
      const viaModuleGlobal = !!callee?.startsWith('socket.') && this.facts.qualifyAt('socket', node.startIndex) === 'socket';
      if (this.patchedNote && viaModuleGlobal && made.t === 'socket') {
        return { t: 'partial', kind: made.kind, origin: made.origin, patched: this.patchedNote };
      }
      return made;
    }
    return this.otherCall(q, callee, args, scope, pos, depth, viaWith, tupleIndex);
  }

  /** Is `object` the `super()` of a method, or a class of this module (`Base.method(self, ...)`)? */
  private explicitlyInherited(object: Node | null): boolean {
    if (object?.type === 'call') return object.childForFieldName('function')?.text === 'super';
    return object?.type === 'identifier' && this.facts.classes.has(object.text) && !this.facts.imports.isBound(object.text);
  }

  /**
   * What `super().<method>(...)` or `super(Cls, self).<method>(...)` returns, in a method: the method
   * of the next class up the chain after the owner (or after Cls), this module's or, through its
   * summary, another module's base's. Null when `call` is no such `super()`.
   */
  private superMethod(call: Node, method: string, args: Node[], scope: Scope, pos: number, depth: number, tupleIndex: number): Provenance | null {
    const owner = scope.ownerClass;
    if (call.childForFieldName('function')?.text !== 'super' || !owner || !scope.selfName || owner.methods.get(scope.name) !== scope) return null;
    if (this.facts.qualifyAt('super', call.startIndex) !== 'super') return null;
    const superArgs = callArguments(call);
    const chain = this.classChain(owner);
    let start = owner;
    if (superArgs.length === 2 && superArgs[1].text === scope.selfName) {
      // Ex) super(SSLConnection, self)._connect()   (Python 2's spelling)
      const named = chain.find((c) => c.name === superArgs[0].text);
      if (!named) return UNKNOWN;
      start = named;
    } else if (superArgs.length) {
      return UNKNOWN;
    }
    const above = this.classChain(start).slice(1);
    const local = above.find((c) => c.methods.has(method))?.methods.get(method);
    if (local) return this.passedThrough(local, args, scope, pos, depth, tupleIndex) ?? atCall(this.returns(local, depth + 1, tupleIndex), args);
    // Ex) class SSLConnection(connection.Connection): ... super()._connect()   (the base is in another module)
    return (tupleIndex === -1 && this.baseMethodReturns([start, ...above], method)) || UNKNOWN;
  }

  /**
   * What the method `<method>` of the project class `qualified` (another module's) returns, as its
   * module answers (ProjectLookup.classMember()), with where it came from; null unless a socket.
   */
  private projectMethodReturns(qualified: string, method: string): Provenance | null {
    const returned = this.project?.classMember?.(qualified, 'method', method);
    if (!returned || (returned.t !== 'socket' && returned.t !== 'partial')) return null;
    return { ...returned, origin: `${returned.origin}, via ${qualified.slice(qualified.lastIndexOf('.') + 1)}.${method}()` };
  }

  /**
   * What `Cls.<method>(self, ...)` returns, in a method: `Cls` a class of this module (its chain's
   * method) or of another project module (its summary, a socket only). Null when `Cls` is neither.
   */
  private explicitBaseMethod(object: Node, method: string, args: Node[], scope: Scope, pos: number, depth: number, tupleIndex: number): Provenance | null {
    const name = dottedName(object);
    // (`self.factory(self, ...)` calls what the instance holds, not a base class's method)
    if (!name || !scope.ownerClass || name === scope.selfName) return null;
    const local = !name.includes('.') && !this.facts.imports.isBound(name) ? this.facts.classes.get(name) : undefined;
    if (local) {
      const m = this.methodOf(local, method);
      // (the call passes self itself: the method's own arguments start after it, as a bound call's would)
      return m ? atCall(this.returns(m, depth + 1, tupleIndex), args.slice(1)) : null;
    }
    if (tupleIndex !== -1) return null;
    const q = this.facts.qualifyAt(name, object.startIndex);
    if (q.startsWith('<local>.') || STANDARD_LIBRARY.test(`${q}.`)) return null;
    return this.projectMethodReturns(q, method);
  }

  /**
   * What `<method>` returns where the first base of `chain` from another project module defines it,
   * as that module's summary says (a socket only). Null when no such base, or it says nothing.
   */
  private baseMethodReturns(chain: ClassFact[], method: string): Provenance | null {
    if (!this.project?.classMember || !chain.length) return null;
    // (once a class and method: every `self.m()` of a class whose m is not its own asked each base's module again)
    const key = `${chain[0].node.id}\0${chain.length}\0${method}`;
    const known = this.baseMethodCache.get(key);
    if (known !== undefined) return known;
    const found = this.findBaseMethodReturns(chain, method);
    this.baseMethodCache.set(key, found);
    return found;
  }

  private findBaseMethodReturns(chain: ClassFact[], method: string): Provenance | null {
    for (const c of chain) {
      // (the first base of another module decides: its answer, or none)
      const b = c.bases.find((x) => !this.facts.classes.has(x));
      if (b !== undefined) return this.projectMethodReturns(this.facts.qualifyAt(b, c.node.startIndex), method);
    }
    return null;
  }

  private constructorCall(q: string, args: Node[], scope: Scope, pos: number, depth: number, tupleIndex: number): Provenance | null {
    if (SOCKET_CLASSES.has(q)) return this.socketConstructor(args, q, scope);
    switch (q) {
      case 'socket.create_connection':
        return { t: 'socket', kind: 'stream', origin: 'socket.create_connection()' };
      case 'socket.create_server':
        return { t: 'socket', kind: 'listening', origin: 'socket.create_server()' };
      case 'socket.socketpair':
        return tupleIndex === -1 ? UNKNOWN : { t: 'socket', kind: 'stream', origin: 'socket.socketpair()' };
      case 'socket.fromfd':
        return { t: 'socket', kind: 'copy', origin: 'socket.fromfd()' };
      // Ex) self._socket = socket.ssl(sock)   (Python 2's: the _ssl object, whose shutdown() takes no argument)
      case 'socket.ssl':
        return { t: 'not', why: "Python 2's socket.ssl() object (its shutdown() takes no argument)" };
      case 'ssl.wrap_socket':
        return this.wrap(args, scope, pos, depth);
      // Libraries' own factories, where the project does not hold their source
      // Ex) sock = eventlet.listen(('127.0.0.1', 0)); sock, port = tornado.testing.bind_unused_port()
      case 'eventlet.listen':
      case 'eventlet.convenience.listen':
      case 'tornado.netutil.bind_unix_socket':
        return { t: 'socket', kind: 'listening', origin: `${q}()` };
      case 'tornado.testing.bind_unused_port':
        if (tupleIndex === 0) return { t: 'socket', kind: 'listening', origin: `${q}()` };
        return tupleIndex === 1 ? { t: 'not', why: `the port from ${q}()` } : UNKNOWN;
      case 'eventlet.connect':
      case 'eventlet.convenience.connect':
      case 'urllib3.util.connection.create_connection':
      case 'socks.create_connection':
        return { t: 'socket', kind: 'stream', origin: `${q}()` };
      case 'eventlet.greenio.GreenSocket':
      case 'eventlet.greenio.base.GreenSocket': {
        // Ex) GreenSocket(socket.fromfd(fd, AF_INET, SOCK_STREAM))   (eventlet's green wrapper of the socket it is given;
        // given a family, or nothing, it makes a socket of its own)
        const first = args.find((a) => a.type !== 'keyword_argument');
        if (!first || /^(?:[\w.]*\bAF_\w+|\d+)$/.test(first.text)) return this.socketConstructor(args, q, scope);
        return this.listenedBefore(first, scope, this.value(first, scope, pos, depth + 1));
      }
    }
    return null;
  }

  private otherCall(q: string, callee: string | null, args: Node[], scope: Scope, pos: number, depth: number, viaWith: boolean, tupleIndex = -1): Provenance {
    const last = q.slice(q.lastIndexOf('.') + 1);
    if (q === 'contextlib.closing' && viaWith && args[0]) {
      // Ex) with closing(socket.create_connection(addr)) as s:   (__enter__ returns the wrapped object)
      return this.value(args[0], scope, pos, depth + 1);
    }
    if (last === 'open' || last === 'fdopen') return { t: 'not', why: `a file from ${callee}()` };
    if (NOT_SOCKET_RESULTS.has(q)) return { t: 'not', why: `the result of ${callee}(), which is not a socket` };
    if (SCAPY_SUPERSOCKET.test(q)) return { t: 'not', why: `a scapy ${callee}(), which has no shutdown()` };
    if (BUFFERS.has(q)) return { t: 'not', why: `an in-memory buffer (${callee})` };
    if (/^OpenSSL(\.SSL)?\.Connection$/.test(q)) {
      return { t: 'not', why: 'a pyOpenSSL Connection (its shutdown() takes no argument)' };
    }
    if (callee && !callee.includes('.')) {
      const cls = this.facts.classes.get(callee);
      if (cls && !this.facts.imports.isBound(callee)) return this.instanceOf(cls);
      const fnScope = this.facts.functions.get(callee);
      // Ex) sock, port = bind_unused_port()
      if (fnScope && !this.facts.imports.isBound(callee)) return this.calledFunction(fnScope, args, scope, pos, depth, tupleIndex, viaWith);
      // Ex) def discover(): def create_socket(addr): ...; _sock = create_socket(address)   (a function nested in this one or one around it)
      const nested = this.nestedFunction(callee, scope);
      if (nested) return this.calledFunction(nested, args, scope, pos, depth, tupleIndex, viaWith);
    }
    const attr = callee ? selfAttribute(scope, callee) : null;
    // Ex) conn, child_conn = self.Pipe()   (multiprocessing's Pipe() gives two Connections, whatever names it: a test
    // mixin's `Pipe = staticmethod(multiprocessing.Pipe)`, a context's ctx.Pipe(), billiard.Pipe(); not a method of the class's own)
    // (pyuv.Pipe, another library's Pipe class, is left to the test of a class below)
    if (last === 'Pipe' && q.includes('.') && !viaWith && this.multiprocessingPipe(q) && !(attr && scope.ownerClass && this.methodOf(scope.ownerClass, attr))) {
      return { t: 'not', why: `a multiprocessing Connection from ${callee}()` };
    }
    if (attr && scope.ownerClass) {
      const m = this.methodOf(scope.ownerClass, attr);
      if (m) {
        const made = (fn: Scope) => this.calledFunction(fn, args, scope, pos, depth, tupleIndex, viaWith);
        // Ex) class Server: self._sock = self._create_socket()   class TCPServer(Server): def _create_socket(self): ... sock.listen()
        // (`self` may be an instance of a subclass of this module that overrides the method: what each override makes counts)
        const overrides = this.overridesOf(scope.ownerClass, attr, m);
        if (!overrides.length) return made(m);
        return overriddenBy(made(m), overrides.map(made));
      }
      // Ex) class Client(base.Connection): ... sock = self._connect()   (the method of a base in another module)
      const inherited = tupleIndex === -1 ? this.baseMethodReturns(this.classChain(scope.ownerClass), attr) : null;
      if (inherited) return inherited;
      // Ex) class EchoTests: ... self.sock = self.create_socket()   (a mixin: the method comes from the classes that use it)
      const fromUsers = this.methodOfSubclasses(scope.ownerClass, attr);
      if (fromUsers.length) return combine(fromUsers.map((m) => this.returns(m, depth + 1, tupleIndex)));
      // Ex) class TLSTests(object): conn = self.openTLSConnection(port)   ...   class TestOpenSSL(DNSDistTest, TLSTests)
      // (a mixin whose users take the method from a base of another module: what that base's method returns, where
      // every user resolves it)
      const fromBases = tupleIndex === -1 ? this.mixinBaseMethodReturns(scope.ownerClass, attr, depth) : null;
      if (fromBases) return fromBases;
      // Ex) self._create_connection = socket.create_connection; self.sock = self._create_connection(addr)
      const ref = this.functionReference(scope.ownerClass, attr);
      if (ref === 'socket.create_connection') return { t: 'socket', kind: 'stream', origin: 'socket.create_connection()' };
      // Ex) self.websocketclass = websocketclass; ... return self.websocketclass(self, sock, address)   (a class the object was given)
      // (not a socket class: `self.socket_class(...)`, `self.sslsocket_cls(...)`, `self.SSLSocket(...)`; a websocket is no socket)
      const made = attr.replace(/_?(?:class|cls|klass)$/i, '');
      if ((made !== attr || /^_*[A-Z]/.test(attr)) && (!/sock(?:et)?$/i.test(made) || /websocket$/i.test(made)) && !viaWith && tupleIndex === -1) {
        return { t: 'not', why: `an instance of the class ${callee} holds` };
      }
      return UNKNOWN;
    }
    // Ex) self.socket = Port.interface_open(name)   (oftest: a static or class method of a class of this module, by the class's name)
    const classCalled = callee ? this.classMethodCalled(callee) : null;
    if (classCalled) {
      const made = this.returns(classCalled.fn, depth + 1, tupleIndex);
      // (a static method has no `cls` before its arguments: where what it makes hangs on one of them, it may listen)
      return classCalled.binding === 'classmethod' ? atCall(made, args) : listensAnyway(made);
    }
    // Ex) self.handler = SequentialThreadingHandler(); ... self.handler.create_connection(addr)
    const onInstance = callee && callee.includes('.') ? this.instanceMethod(callee, scope, pos, depth, tupleIndex) : null;
    if (onInstance) return onInstance;
    if (/^_*[A-Z]/.test(last) && !/ocket/.test(last) && !viaWith) {
      return { t: 'not', why: `an instance of ${callee}` };
    }
    // Ex) self._s = backend_mod.Socket(socket.AF_INET, socket.SOCK_STREAM)   (socketpool: the Socket of a backend module a caller
    // chooses; made with the socket module's address family, it is a socket or a green one, but nothing here proves its API)
    if (/^(?:[Gg]reen)?[Ss]ocket$/.test(last) && q.includes('.') && tupleIndex === -1 && !viaWith && this.socketFamily(args[0])) {
      const made = this.socketConstructor(args, callee ?? q, scope);
      if (made.t === 'socket') return { t: 'partial', kind: made.kind, origin: made.origin, callers: `${callee} is made with the socket module's address family, but what ${callee} is could not be traced` };
    }
    return UNKNOWN;
  }

  /** Is the argument the socket module's address family (`socket.AF_INET`, or `AF_UNIX` imported from it)? */
  private socketFamily(arg: Node | undefined): boolean {
    const name = arg && arg.type !== 'keyword_argument' ? dottedName(arg) : null;
    return !!name && /^socket\.AF_(?:INET6?|UNIX)$/.test(this.facts.qualifyAt(name, arg!.startIndex));
  }

  /**
   * What a call of a function of this module gives: what it returns, or, as the target of a `with`
   * statement, what a `@contextmanager` generator yields (torpy's `with self.create_socket(dst, port)
   * as ssock:`, which yields the socket).
   */
  private calledFunction(fn: Scope, args: Node[], scope: Scope, pos: number, depth: number, tupleIndex: number, viaWith: boolean): Provenance {
    if (viaWith && tupleIndex === -1 && this.isContextManager(fn)) return this.returns(fn, depth + 1, ELEMENTS);
    return this.passedThrough(fn, args, scope, pos, depth, tupleIndex) ?? atCall(this.returns(fn, depth + 1, tupleIndex), args);
  }

  /**
   * Is the call one of this module's `@contextmanager` generators, a function or the class's own method
   * (`with self.upstream(addr) as ssock:`)? A `with` statement over it runs the generator's exit, and
   * closes nothing of what it yields.
   */
  contextManagerCall(call: Node, scope: Scope): boolean {
    let fn = this.ownFunctionCalled(call, scope);
    const callee = call.type === 'call' ? dottedName(call.childForFieldName('function')) : null;
    const attr = !fn && callee ? selfAttribute(scope, callee) : null;
    if (attr && scope.ownerClass) fn = this.methodOf(scope.ownerClass, attr) ?? null;
    return !!fn && this.isContextManager(fn);
  }

  /**
   * The method `Cls.method` names, where `Cls` is a class of this module (no import rebinds it) and the
   * method, its own or a base's of this module, is a `@staticmethod` or a `@classmethod`; else null.
   */
  private classMethodCalled(callee: string): { fn: Scope; binding: 'staticmethod' | 'classmethod' } | null {
    const parts = callee.split('.');
    if (parts.length !== 2) return null;
    const cls = this.facts.classes.get(parts[0]);
    if (!cls || this.facts.imports.isBound(parts[0])) return null;
    const fn = this.methodOf(cls, parts[1]);
    for (const d of fn ? decoratorsOf(fn) : []) {
      if (d.text === 'staticmethod' || d.text === 'classmethod') return { fn: fn!, binding: d.text };
    }
    return null;
  }

  /**
   * The module's pytest fixture that gives a test its parameter `param`: a module-level function decorated with
   * `pytest.fixture` (named for the parameter, or by its `name=`), where `fn` is a test (`test*`, a function or a
   * method of a `Test*` class) or a fixture itself. pytest passes what the fixture yields or returns; a fixture
   * of the module overrides a conftest's. Null where the test's class has a fixture of that name, or a
   * `parametrize` mark names the parameter (it gives the values instead).
   */
  private pytestFixture(fn: Scope, param: string): Scope | null {
    const cls = fn.ownerClass && fn.parent?.kind === 'class' ? fn.ownerClass : null;
    if (cls ? !/^Test/.test(cls.name) || !/^test/.test(fn.name) : fn.parent?.kind !== 'module' || (!/^test/.test(fn.name) && !this.fixtureName(fn))) return null;
    if (cls && this.classChain(cls).some((c) => [...c.methods.values()].some((m) => this.fixtureName(m) === param))) return null;
    if (decoratorsOf(fn).some((d) => /\bparametrize\b/.test(d.text) && new RegExp(`['"][^'"]*\\b${param}\\b`).test(d.text))) return null;
    if (!this.fixtures) {
      this.fixtures = new Map();
      for (const f of this.facts.functions.values()) {
        const named = f.parent?.kind === 'module' ? this.fixtureName(f) : null;
        if (named) this.fixtures.set(named, f);
      }
    }
    const fixture = this.fixtures.get(param);
    return fixture && fixture !== fn ? fixture : null;
  }

  /** The name a function gives as a pytest fixture (`@pytest.fixture`, `@pytest.fixture(name="x")`, `@fixture`), or null. */
  private fixtureName(fn: Scope): string | null {
    for (const d of decoratorsOf(fn)) {
      const callee = d.type === 'call' ? d.childForFieldName('function') : d;
      const name = callee ? dottedName(callee) : null;
      if (!name || !/^_?pytest(?:\.fixtures)?\.fixture$/.test(this.facts.qualifyAt(name, d.startIndex))) continue;
      const given = d.type === 'call' ? keywordValue(callArguments(d), 'name') : null;
      const literal = given ? /^(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)")$/.exec(given.text) : null;
      return given ? (literal ? (literal[1] ?? literal[2]) : null) : fn.name;
    }
    return null;
  }

  /** Is the function a generator decorated with contextlib's `contextmanager` or `asynccontextmanager`? */
  private isContextManager(fn: Scope): boolean {
    if (!this.yieldsOf(fn).length) return false;
    return decoratorsOf(fn).some((d) => {
      const name = dottedName(d);
      return !!name && /^contextlib\.(?:async)?contextmanager$/.test(this.facts.qualifyAt(name, d.startIndex));
    });
  }

  /** Is `q` (a qualified `X.Pipe`) multiprocessing's Pipe(): on multiprocessing, multiprocess or billiard, or on an object no import binds (`self`, a context)? */
  private multiprocessingPipe(q: string): boolean {
    const of = q.slice(0, -'.Pipe'.length);
    return /^(?:multiprocessing|multiprocess|billiard)(?:\.(?:context|connection|dummy))?$/.test(of) || !this.facts.imports.isBound(of.split('.')[0]);
  }

  /**
   * The assignments of a plain name of this function's own, or of a module's name that no function rebinds
   * (`if __name__ == '__main__': server = HTTPd(addr, Handler)`): null for a parameter, another name, or a
   * name that one of them unpacks (`a, b = ...`) or binds by `with ... as`.
   */
  private ownNameAssigns(name: string, scope: Scope, unpacked = false): Assign[] | null {
    if (!/^[A-Za-z_]\w*$/.test(name) || scope.params.includes(name)) return null;
    if (!(scope.kind === 'function' || (scope.kind === 'module' && !this.declaredGlobal().has(name)))) return null;
    const assigns = scopeIndex(scope).assignsByTarget.get(name) ?? [];
    return assigns.some((a) => (a.tupleIndex !== -1 && !unpacked) || a.viaWith) ? null : assigns;
  }

  /**
   * The assignments of a module's name that a function reads without binding it (nor a function around
   * it): the module level's and those of the functions that declare it `global`. Null where a function
   * around binds it, or where one of them unpacks it or binds it by `with ... as`.
   */
  private moduleNameAssigns(name: string, scope: Scope): Assign[] | null {
    let s: Scope | null = scope;
    for (; s && s.kind !== 'module'; s = s.parent) if (s.kind === 'function' && (s.params.includes(name) || scopeIndex(s).assignsByTarget.has(name))) return null;
    if (!s || s === scope) return null;
    let assigns = this.moduleNameCache.get(name);
    if (assigns === undefined) {
      const all = [...(scopeIndex(s).assignsByTarget.get(name) ?? []), ...this.globalAssigns(name)];
      this.moduleNameCache.set(name, (assigns = all.some((a) => a.viaWith) ? null : all));
    }
    return assigns;
  }

  private readonly moduleNameCache = new Map<string, Assign[] | null>();

  /**
   * The assignments of a name a nested function (or a method of a class in a function) reads without
   * binding it, where the nearest function around it that binds it does (Python's own lookup: class
   * bodies are passed over): ownNameAssigns() there. Null where that function has it as a parameter,
   * unpacks it or binds it by `with ... as`, where a function in it declares the name `nonlocal` (it may
   * rebind it), or where no function around binds it (moduleNameAssigns() answers then).
   */
  private closureNameAssigns(name: string, scope: Scope): Assign[] | null {
    if (!/^[A-Za-z_]\w*$/.test(name)) return null;
    const s = bindingFunctionAround(name, scope);
    if (!s || nonlocalsNaming(s, name) > 0) return null;
    const assigns = this.ownNameAssigns(name, s, true);
    return assigns?.length ? assigns : null;
  }

  /** The function of this module (or one around `scope`) that `value` calls by its plain name, or null. */
  private ownFunctionCalled(value: Node, scope: Scope): Scope | null {
    const callee = value.type === 'call' ? value.childForFieldName('function') : null;
    if (callee?.type !== 'identifier' || this.facts.imports.isBound(callee.text) || this.facts.classes.has(callee.text)) return null;
    return this.facts.functions.get(callee.text) ?? this.nestedFunction(callee.text, scope);
  }

  /**
   * The constructions that a call of this module's own function returns, where every return of it gives
   * one, whole or at the assignment's place in a tuple, itself or by a name of the function's own
   * (`def make_conn(cfg): ...; return TConn(cfg, a), b` and `conn, client = make_conn(cfg)`): each with
   * the function's scope, where its arguments' names live. Null for any other value.
   */
  private factoryMade(a: Assign, scope: Scope): { value: Node; scope: Scope }[] | null {
    const fn = this.ownFunctionCalled(a.value, scope);
    // (a generator's returns are not what its call gives)
    if (!fn?.returns.length || /\byield\b/.test(fn.node.text)) return null;
    const made: { value: Node; scope: Scope }[] = [];
    for (const r of fn.returns) {
      let value = r.namedChild(0);
      if (a.tupleIndex !== -1) value = unpackedElements(value)?.[a.tupleIndex] ?? null;
      if (value?.type === 'identifier') {
        // Ex) conn = gthread.TConn(cfg, server_sock, addr, None); return conn, client_sock   (unless the factory sets conn.X itself)
        const name = value.text;
        const assigns = this.ownNameAssigns(name, fn);
        if (!assigns?.length || [...scopeIndex(fn).assignsByTarget.keys()].some((t) => t.startsWith(`${name}.`))) return null;
        for (const b of assigns) {
          if (b.value.type !== 'call') return null;
          made.push({ value: b.value, scope: fn });
        }
        continue;
      }
      if (value?.type !== 'call') return null;
      made.push({ value, scope: fn });
    }
    return made;
  }

  /** The class a construction `callee(...)` at `at` makes: this module's own (key `<local>.Name`), or its qualified name. */
  private constructed(callee: string, at: number): { key: string; local: ClassFact | undefined } {
    const local = !callee.includes('.') && !this.facts.imports.isBound(callee) ? this.facts.classes.get(callee) : undefined;
    return { key: local ? `<local>.${callee}` : this.facts.qualifyAt(callee, at), local };
  }

  /**
   * The one project class `receiver` is an instance of: every assignment of it (a local name, or
   * `self.X` in the class's methods) constructs that class, maybe as the fallback of `x or Class()`
   * (`likely`: the caller may give another object). `key` is `<local>.Name` or the qualified name;
   * `attr` the X of `self.X`. Null when not known.
   */
  private instanceClass(
    receiver: string,
    scope: Scope,
  ): {
    key: string;
    local: ClassFact | undefined;
    likely: boolean;
    chosen: string | null;
    attr: string | null;
    values: { value: Node; scope: Scope }[] | null;
    /** Some construction is a factory's (factoryMade()). */
    factory: boolean;
  } | null {
    let values: { value: Node; scope: Scope }[] = [];
    let factory = false;
    const attr = selfAttribute(scope, receiver);
    if (attr !== null && scope.ownerClass) {
      for (const c of this.classChain(scope.ownerClass)) {
        for (const m of c.methods.values()) {
          for (const a of m.assigns) {
            if (selfAttribute(m, a.target) !== attr) continue;
            // Ex) self.a, self.b = make_pair()
            if (a.tupleIndex !== -1 || a.viaWith) return null;
            // Ex) server = vxi11.SrqInterruptTCPServer(...); ...; self._srq_server = server   (the method's own name: what it holds)
            const held = a.value.type === 'identifier' ? this.ownNameAssigns(a.value.text, m) : null;
            if (held?.length && held.every((b) => b.value.type === 'call')) {
              for (const b of held) values.push({ value: b.value, scope: m });
              continue;
            }
            values.push({ value: a.value, scope: m });
          }
        }
      }
    } else {
      const own = this.ownNameAssigns(receiver, scope, true);
      // Ex) def start(): global httpd; httpd = TCPServer(addr, H) ... def stop(): httpd.socket.close()   (the module's name)
      // Ex) server = TCPServer(addr, H); class T(Thread): def run(self): server.socket.close()   (a function's around it)
      const assigns = own?.length === 0 ? (this.closureNameAssigns(receiver, scope) ?? this.moduleNameAssigns(receiver, scope)) : own;
      if (!assigns) return null;
      for (const a of assigns) {
        // Ex) conn, client = make_conn(cfg)   (make_conn() returns TConn(cfg, server_sock), client_sock)
        const made = this.factoryMade(a, a.scope);
        factory ||= !!made;
        if (made) values.push(...made);
        else if (a.tupleIndex !== -1) return null;
        else values.push({ value: a.value, scope: a.scope });
      }
    }
    if (!values.length) return null;
    let key: string | null = null;
    let local: ClassFact | undefined;
    let likely = false;
    let chosen: string | null = null;
    for (const { value, scope: at } of values) {
      // Ex) self.server = None   (no instance: what the other assignments make is what it holds)
      if (value.type === 'none') continue;
      let call = value;
      // Ex) self.handler = handler or SequentialThreadingHandler()
      if (value.type === 'boolean_operator' && value.child(1)?.type === 'or') {
        call = value.childForFieldName('right') ?? value;
        likely = true;
      }
      if (call.type !== 'call') return null;
      let name = dottedName(call.childForFieldName('function'));
      if (!name) return null;
      // Ex) def __init__(self, addr, server_class=HTTPServer): self.httpd = server_class(addr, Handler)   (the default, unless a caller chooses)
      if (at.params.includes(name)) {
        const byDefault = dottedName(defaultNode(at, name));
        if (!byDefault || byDefault === 'None') return null;
        chosen = `${at.name}(${name}=...)`;
        name = byDefault;
        likely = true;
      }
      const made = this.constructed(name, call.startIndex);
      local = made.local;
      if (key !== null && key !== made.key) return null;
      key = made.key;
    }
    if (key === null || (!local && STANDARD_LIBRARY.test(key) && !STDLIB_SERVER.test(key))) return null;
    // The constructions themselves, for a local name of this function (`self.X`'s are in other methods)
    return { key, local, likely, chosen, attr, values: attr === null ? values : null, factory };
  }

  /**
   * What `obj.method(...)` returns when obj is an instance of one class of the project
   * (instanceClass()): the class's own method, or what its module says of it for a class of
   * another module. Null when not known.
   */
  private instanceMethod(callee: string, scope: Scope, pos: number, depth: number, tupleIndex: number): Provenance | null {
    if (depth > MAX_DEPTH || tupleIndex !== -1) return null;
    const dot = callee.lastIndexOf('.');
    const receiver = callee.slice(0, dot);
    const method = callee.slice(dot + 1);
    const instance = this.instanceClass(receiver, scope);
    if (!instance) return null;
    const { key, local, likely, attr } = instance;
    let p: Provenance;
    if (local) {
      const m = this.methodOf(local, method);
      if (!m) return null;
      p = this.returns(m, depth + 1);
    } else {
      const returned = this.projectMethodReturns(key, method);
      if (!returned) return null;
      p = returned;
    }
    if (p.t !== 'socket' && p.t !== 'partial') return null;
    // Ex) tests: client.handler = FakeHandler()   (its create_connection() may make a double without shutdown())
    // (the double is the object whose method makes the socket: what its method returns is not read, bare or not)
    const double = attr !== null ? this.project?.doubles?.(attr) : null;
    if (double) return { t: 'partial', kind: p.kind, origin: p.origin, doubles: `${double} sets .${attr} to a test double, whose sockets may have no shutdown()` };
    if (!likely) return p;
    return { t: 'partial', kind: p.kind, origin: p.origin, callers: `${receiver} ${chosenBy(instance, key.replace(/^<local>\./, ''))}` };
  }

  /**
   * What `obj.attr` holds when obj is an instance of one class of the project (instanceClass()):
   * the class's own `self.attr` (`conn = Connection(sock); conn.sock.close()`). Unknown where this
   * function sets `obj.attr` itself, or the class is not known.
   */
  private instanceAttribute(receiver: string, scope: Scope, depth: number): Provenance {
    const dot = receiver.lastIndexOf('.');
    const head = receiver.slice(0, dot);
    const name = receiver.slice(dot + 1);
    if (depth > MAX_DEPTH) return UNKNOWN;
    // Ex) self.sl = _socklock(); self.sl.s = socket.create_connection(addr) ... self.sl.s.close()   (pigpio: the class sets the holder's attribute)
    const stored = this.storedThroughSelf(head, name, scope, depth);
    if (stored) return stored;
    if ((scopeIndex(scope).assignsByTarget.get(receiver) ?? []).length) return UNKNOWN;
    // Ex) server = self._srq_server; self._srq_server = None; ... server.sock.close()   (a local alias of the instance)
    const alias = /^[A-Za-z_]\w*$/.test(head) && !scope.params.includes(head) ? scopeIndex(scope).assignsByTarget.get(head) : undefined;
    const held = alias?.length && alias.every((a) => a.tupleIndex === -1 && !a.viaWith && a.value.type === 'attribute' && a.value.text === alias[0].value.text) ? alias[0].value.text : null;
    if (held && selfAttribute(scope, held) !== null) return this.instanceAttribute(`${held}.${name}`, scope, depth + 1);
    const instance = this.instanceClass(head, scope);
    if (!instance) return this.attributeOfEither(head, name, scope, depth);
    const cls = instance.key.replace(/^<local>\./, '');
    // Ex) c = Conn(sock, addr); c.sock.close()   (Conn.__init__ does self.sock = sock: what this construction passed)
    const values = instance.likely ? null : instance.values;
    const param = values ? (instance.local ? this.initParameter(instance.local, name) : (this.project?.initParameter?.(instance.key, name) ?? null)) : null;
    if (values && param) {
      // Ex) sock.bind(addr); sock.listen(5); server = Listener(sock); server.sock.close()   (what the function that passed it did
      // to it counts, and what the class's own methods do to self.sock)
      const given = values.map(({ value, scope: at }) => {
        const arg = argumentGiven(callArguments(value), param.index, param.name);
        const made = arg ? this.madeIn(at, arg, this.value(arg, at, value.startIndex, depth + 1)) : UNKNOWN;
        // (a listen() under a parameter of that function: listening, whoever calls it)
        return listensAnyway(made);
      });
      const p = instance.local ? kindByMethods(combine(given), this.methodsOnAttribute(instance.local, name), `in ${cls}`) : combine(given);
      if (p.t === 'socket' || p.t === 'partial') return { ...p, origin: `${p.origin}, the .${name} of a ${cls}` };
      if (p.t === 'not') return p;
    }
    // Ex) srv = socketserver.TCPServer(addr, Handler); srv.socket.close()   (the server's listening socket)
    const server = STDLIB_SERVER.test(instance.key) && SERVER_BASE.test(instance.key);
    if (server && name !== 'socket') return UNKNOWN;
    const p: Provenance = server
      ? { t: 'socket', kind: UDP_SERVER.test(instance.key) ? 'datagram' : 'listening', origin: 'socketserver server socket' }
      : instance.local
        ? this.localAttribute(instance.local, name, depth, !instance.likely)
        : (this.project?.classMember?.(instance.key, instance.likely ? 'attribute' : 'instance-attribute', name) ?? UNKNOWN);
    // (a class of another module answers for all its instances: where one of them holds no socket, that is no
    // proof for the one a factory of this module made; a construction in this function is taken at the class's word)
    if (p.t !== 'socket' && p.t !== 'partial') return p.t === 'not' && !(instance.factory && !instance.local) ? p : UNKNOWN;
    const origin = `${p.origin}, the .${name} of a ${cls}`;
    // Ex) tests: inst.conn = FakeConn()   (the instance's attribute may be a double)
    // (the double is the object that holds the socket: what its own .sock is, is not read)
    const double = instance.attr !== null ? this.project?.doubles?.(instance.attr) : null;
    if (double) return { t: 'partial', kind: p.kind, origin, doubles: `${double} sets .${instance.attr} to a test double` };
    if (instance.likely) return { t: 'partial', kind: p.kind, origin, callers: `${head} ${chosenBy(instance, cls)}` };
    return { ...p, origin };
  }

  /**
   * `self.X.attr` where the class (its chain) assigns `self.X.attr` itself and X holds an instance of a
   * class of this module: what those assignments give, with what that class gives its own `self.attr`
   * (`self.s = None` in `__init__`), and the kind the methods called on `self.X.attr` in the class say.
   * Null where the class assigns no `self.X.attr`, or X's class is not this module's.
   */
  private storedThroughSelf(head: string, name: string, scope: Scope, depth: number): Provenance | null {
    const holder = selfAttribute(scope, head);
    const owner = scope.ownerClass;
    if (!holder || !owner) return null;
    const stores = this.classChain(owner).flatMap((c) => this.storesThroughSelf(c).get(`${holder}.${name}`) ?? []);
    if (!stores.length) return null;
    const instance = this.instanceClass(head, scope);
    if (!instance?.local || instance.likely) return null;
    const found = stores.map((a) => this.value(a.value, a.scope, a.pos, depth + 1, a.tupleIndex, a.viaWith));
    // Ex) self.http = ThreadedHTTPServer(addr, Handler); self.http.socket = ssl.wrap_socket(self.http.socket, server_side=True)
    // (koadic: what X's class gives the attribute counts too, where its own code or a base of the standard library's sets it)
    const own = this.localAttribute(instance.local, name, depth);
    if (this.assignedAttributes(instance.local).has(name) || own.t === 'socket' || own.t === 'partial') found.push(own);
    const p = kindByMethods(combine(found), this.methodsOnAttribute(owner, `${holder}.${name}`), `in ${owner.name}`);
    // (once: where an assignment wraps the attribute's own value, that value is read through here again)
    const of = `, the .${name} of self.${holder}`;
    return p.t === 'socket' || p.t === 'partial' ? { ...p, origin: p.origin.includes(of) ? p.origin : `${p.origin}${of}` } : p.t === 'unknown' ? null : p;
  }

  /** A class's own assignments to `self.X.attr`, by `X.attr`, once a class. */
  private storesThroughSelf(cls: ClassFact): Map<string, Assign[]> {
    let byTarget = this.throughSelfCache.get(cls);
    if (!byTarget) {
      byTarget = new Map();
      for (const m of cls.methods.values()) {
        if (!m.selfName) continue;
        const prefix = `${m.selfName}.`;
        for (const a of m.assigns) {
          const rest = a.target.startsWith(prefix) ? a.target.slice(prefix.length) : '';
          if (/^[^.]+\.[^.]+$/.test(rest)) push(byTarget, rest, a);
        }
      }
      this.throughSelfCache.set(cls, byTarget);
    }
    return byTarget;
  }

  private readonly throughSelfCache = new WeakMap<ClassFact, Map<string, Assign[]>>();

  /**
   * Where `X.attr` is closed and X is an instance of a class of this module (instanceClass()) that makes
   * a makefile() of that attribute (`self.rfile = sock.makefile('rb')` in `__init__`, with `self.attr =
   * sock`, or `self.attr.makefile()` in any method): the class's name, for its file object may be read
   * through X after the close. Null otherwise.
   */
  instanceMakefile(receiver: string, scope: Scope): string | null {
    const dot = receiver.lastIndexOf('.');
    if (dot <= 0) return null;
    const name = receiver.slice(dot + 1);
    const cls = this.instanceClass(receiver.slice(0, dot), scope)?.local;
    if (!cls) return null;
    const param = this.initParameter(cls, name);
    for (const c of this.classChain(cls)) {
      for (const m of c.methods.values()) {
        for (const inner of this.scopeTree(m)) {
          for (const call of inner.calls) {
            if (call.method !== 'makefile' || !call.receiver) continue;
            if (selfAttribute(inner, call.receiver) === name || (param && inner.name === '__init__' && call.receiver === param.name)) return cls.name;
          }
        }
      }
    }
    return null;
  }

  /**
   * The names that an unpacking of a call of this module's own function binds, beside `name`, to a
   * makefile() object of the socket `name` receives: `fp, sock = connect(addr)` where `connect()`
   * returns `sock.makefile('rwb'), sock` (Swift's memcached pool's shape), or a name of its own
   * assigned that makefile(). Once a name and scope: each of 4,000 closes of one name once read
   * every assignment of it again.
   */
  factoryFileObjects(name: string, scope: Scope): string[] {
    const key = `${scope.node.id}\0${name}`;
    let found = this.fileObjectCache.get(key);
    if (!found) this.fileObjectCache.set(key, (found = this.computeFactoryFileObjects(name, scope)));
    return found;
  }

  private computeFactoryFileObjects(name: string, scope: Scope): string[] {
    const out: string[] = [];
    for (const a of scopeIndex(scope).assignsByTarget.get(name) ?? []) {
      const fn = a.tupleIndex !== -1 ? this.ownFunctionCalled(a.value, scope) : null;
      if (!fn) continue;
      const readers = new Set<number>();
      for (const r of fn.returns) {
        const elements = unpackedElements(r.namedChild(0));
        if (!elements) continue;
        const sock = elements[a.tupleIndex] ? dottedName(elements[a.tupleIndex]) : null;
        if (sock) elements.forEach((e, j) => j !== a.tupleIndex && makefileOf(e, sock, fn) && readers.add(j));
      }
      for (const b of scope.assigns) if (b.value.id === a.value.id && readers.has(b.tupleIndex)) out.push(b.target);
    }
    return out;
  }

  /** The methods `name` resolves to in this module's subclasses of `cls`, other than `m` (what `cls` resolves it to). */
  private overridesOf(cls: ClassFact, name: string, m: Scope): Scope[] {
    return [...new Set(this.subclassMethodsOf(cls, name).filter((x): x is Scope => !!x && x !== m))];
  }


  /**
   * What an instance of a class of this module holds as `.attr`, with the kind the class's own methods give it
   * (`self._sock.listen(5)` in `__init__`: `server = TCPServer(addr); server._sock` is a listener), as a class of
   * another module answers it (attributeSummary()).
   */
  private localAttribute(cls: ClassFact, attr: string, depth: number, exact = false): Provenance {
    return kindByMethods(this.classAttribute(cls, attr, depth + 1, exact), this.methodsOnAttribute(cls, attr), `in ${cls.name}`);
  }

  /**
   * `obj.attr` where a function's (or the module's) own name is assigned instances of more than one project
   * class, each by a plain construction in its own statement (`if v6: srv = TCP6Server(addr)` / `else: srv =
   * TCPServer(0)`; not a conditional expression): what every class gives the attribute, folded; unknown unless
   * each class says what it holds.
   */
  private attributeOfEither(head: string, name: string, scope: Scope, depth: number): Provenance {
    const assigns = this.ownNameAssigns(head, scope);
    if (!assigns) return UNKNOWN;
    const classes = new Map<string, ClassFact | undefined>();
    for (const a of assigns) {
      if (a.value.type !== 'call') return UNKNOWN;
      const callee = dottedName(a.value.childForFieldName('function'));
      if (!callee || scope.params.includes(callee)) return UNKNOWN;
      const { key: q, local } = this.constructed(callee, a.value.startIndex);
      if (!local && (q.startsWith('<local>.') || STANDARD_LIBRARY.test(q))) return UNKNOWN;
      classes.set(q, local);
    }
    if (classes.size < 2) return UNKNOWN;
    const each = [...classes].map(([q, local]) => (local ? this.localAttribute(local, name, depth, true) : (this.project?.classMember?.(q, 'instance-attribute', name) ?? UNKNOWN)));
    if (each.some((p) => p.t === 'not')) return each.find((p) => p.t === 'not')!;
    if (!each.every((p) => p.t === 'socket' || p.t === 'partial')) return UNKNOWN;
    const p = combine(each);
    const names = [...classes.keys()].map((q) => q.replace(/^<local>\./, '')).join(' or ');
    return p.t === 'socket' || p.t === 'partial' ? { ...p, origin: `${p.origin}, the .${name} of a ${names}` } : p;
  }

  /** The method `name` as every module-local subclass of `cls` resolves it (empty when any of them has none). */
  private methodOfSubclasses(cls: ClassFact, name: string): Scope[] {
    const all = this.subclassMethodsOf(cls, name);
    return all.every((m) => !!m) ? (all as Scope[]) : [];
  }

  /**
   * What `self.name()` returns in a mixin `cls` whose every user of this module has the method, its own or from a base
   * of another module (baseMethodReturns()), where at least one takes it from another module; null where a user has
   * none, or none does.
   */
  private mixinBaseMethodReturns(cls: ClassFact, name: string, depth: number): Provenance | null {
    const users = this.subclassesOf(cls);
    if (!users.length || !this.project?.classMember) return null;
    const local = this.subclassMethodsOf(cls, name);
    const each: Provenance[] = [];
    for (let i = 0; i < users.length; i++) {
      const m = local[i];
      const p = m ? this.returns(m, depth + 1, -1) : this.baseMethodReturns(this.classChain(users[i]), name);
      if (!p) return null;
      each.push(p);
    }
    return combine(each);
  }

  /** The method `name` as each of this module's subclasses of `cls` resolves it (undefined where one has none), once a class and name. */
  private subclassMethodsOf(cls: ClassFact, name: string): (Scope | undefined)[] {
    const key = `${cls.node.id}:${name}`;
    let found = this.subclassMethods.get(key);
    if (!found) this.subclassMethods.set(key, (found = this.subclassesOf(cls).map((sub) => this.methodOf(sub, name))));
    return found;
  }

  /** The method `name` as `cls` resolves it: its own, or the first class's up its chain in this module. */
  private methodOf(cls: ClassFact, name: string): Scope | undefined {
    for (const c of this.classChain(cls)) {
      const m = c.methods.get(name);
      if (m) return m;
    }
    return undefined;
  }


  private functionReference(cls: ClassFact, attr: string): string | null {
    for (const c of this.classChain(cls)) {
      for (const m of c.methods.values()) {
        for (const a of m.assigns) {
          if (selfAttribute(m, a.target) === attr) {
            const dn = dottedName(a.value);
            if (dn) return this.facts.qualifyAt(dn, a.value.startIndex);
          }
        }
      }
    }
    return null;
  }

  /**
   * Does the class chain define `shutdown(self, how)`: one required argument named like socket's
   * (`how`, `flag`), the rest defaulted? pymemcache's `shutdown(self, graceful=False)` stops the
   * memcached server; it is no socket's.
   */
  private shutdownHow(cls: ClassFact): boolean {
    const own = this.classChain(cls).find((c) => c.methods.has('shutdown'))?.methods.get('shutdown');
    if (!own || own.params.length < 2 || !/^(how|flags?)$/i.test(own.params[1]) || defaultNode(own, own.params[1]) !== null) return false;
    return own.params.slice(2).every((p) => defaultNode(own, p) !== null);
  }

  private instanceOf(cls: ClassFact): Provenance {
    const bases = this.baseNames(cls);
    if (bases.some((b) => SOCKET_CLASSES.has(b))) {
      return { t: 'socket', kind: 'stream', origin: `${cls.name}, a socket.socket subclass` };
    }
    if (this.shutdownHow(cls)) return wrapperWithShutdown(cls.name);
    const ownClose = this.classChain(cls).some((c) => c.methods.has('close'));
    return { t: 'not', why: ownClose ? `${article(cls.name)} ${cls.name}, which defines its own close()` : `an instance of ${cls.name}` };
  }

  private socketConstructor(args: Node[], q: string, scope: Scope): Provenance {
    const text = argText(args);
    if (/SOCK_DGRAM/.test(text)) return { t: 'socket', kind: 'datagram', origin: `${q}(SOCK_DGRAM)` };
    if (/SOCK_RAW|AF_PACKET/.test(text)) return { t: 'socket', kind: 'raw', origin: `${q}(SOCK_RAW)` };
    if (AF_ALG.test(text)) return { t: 'not', why: `an AF_ALG socket (the kernel's crypto API), with no peer to end` };
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    const fileno = keywordValue(args, 'fileno') ?? positional[3];
    if (fileno) {
      if (/dup\s*\(|fileno\s*\(/.test(fileno.text)) return { t: 'socket', kind: 'copy', origin: `${q}(fileno=...)` };
      return { t: 'socket', kind: 'adopted', origin: `${q}(fileno=...)` };
    }
    const type = keywordValue(args, 'type') ?? positional[1];
    // Ex) socket.SOCK_STREAM | socket.SOCK_CLOEXEC is still a stream socket
    const stream = (text: string) => /\bSOCK_STREAM\b/.test(text) && !/SOCK_(DGRAM|RAW|SEQPACKET|RDM)/.test(text);
    // Ex) for af, socktype, proto, _, sa in getaddrinfo(host, port, 0, SOCK_STREAM): socket.socket(af, socktype, proto)
    // Ex) socket.socket(af, socktype | getattr(socket, "SOCK_CLOEXEC", 0), proto)   (flags do not change the type)
    const typeName = type?.type === 'binary_operator' && type.child(1)?.type === '|' && /^SOCK_(CLOEXEC|NONBLOCK)\b|getattr\(\s*socket\s*,\s*["']SOCK_(CLOEXEC|NONBLOCK)["']/.test(type.childForFieldName('right')?.text.replace(/^socket\./, '') ?? '')
      ? type.childForFieldName('left')
      : type;
    const resolved = typeName?.type === 'identifier' ? this.getaddrinfoType(typeName.text, scope) : null;
    if (resolved && stream(resolved)) return { t: 'socket', kind: 'stream', origin: `${q}() of a getaddrinfo(..., SOCK_STREAM) result` };
    // Ex) af, socktype, proto, _, sa = socket.getaddrinfo(host, port, 0, socket.SOCK_DGRAM)[0]
    if (resolved && /SOCK_DGRAM/.test(resolved)) return { t: 'socket', kind: 'datagram', origin: `${q}() of a getaddrinfo(..., SOCK_DGRAM) result` };
    if (resolved && /SOCK_RAW/.test(resolved)) return { t: 'socket', kind: 'raw', origin: `${q}() of a getaddrinfo(..., SOCK_RAW) result` };
    // Ex) def socketpair(family=AF_INET, type=SOCK_STREAM): c = socket.socket(family, type)
    if (type?.type === 'identifier' && this.streamByDefault(type.text, scope, stream)) {
      return { t: 'socket', kind: 'stream', origin: `${q}(type=${type.text}), which defaults to SOCK_STREAM` };
    }
    // Ex) stream = socket.SOCK_DGRAM if udp else socket.SOCK_STREAM, in two branches   (Diamond's graphite handler)
    const constants = typeName?.type === 'identifier' ? this.constantTypes(typeName.text, scope, typeName.startIndex) : null;
    if (constants) {
      return combine(constants.map((c): Provenance => (c === 'SOCK_STREAM' ? { t: 'socket', kind: 'stream', origin: `${q}()` } : { t: 'socket', kind: c === 'SOCK_DGRAM' ? 'datagram' : 'raw', origin: `${q}(${c})` })));
    }
    if (type && !stream(type.text)) {
      // Ex) socket.socket(af, socktype)   (the type is chosen at run time)
      return { t: 'socket', kind: 'unknown-type', origin: `${q}(type=${type.text})` };
    }
    return { t: 'socket', kind: q === 'ssl.SSLSocket' ? 'tls' : 'stream', origin: `${q}()` };
  }

  /**
   * The socket types a function's local name holds where each of its bindings is an assignment of a type
   * constant (`SOCK_STREAM`, `SOCK_DGRAM`, `SOCK_RAW`, bare or on socket), or null.
   */
  private constantTypes(name: string, scope: Scope, at: number): string[] | null {
    if (scope.kind !== 'function') return null;
    const assigns = scopeIndex(scope).assignsByTarget.get(name) ?? [];
    // Ex) for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):   or over a local list of them (datadog's UDS socket)
    if (!assigns.length) return this.loopedTypes(name, scope, at);
    const types = assigns.every((a) => a.tupleIndex === -1 && !a.viaWith) ? typeConstants(assigns.map((a) => a.value)) : null;
    // (no parameter, loop target, global or augmented assignment binds it besides)
    return types && this.assignedOnly(name, at, assigns.length) ? [...new Set(types)] : null;
  }

  /** The bindings of `name` where `at` reads it, when a function (not the module) binds it; else null. */
  private localBindings(name: string, at: number): Binding[] | null {
    const model = semanticModel(this.facts);
    const r = model.resolve(name, at);
    return r.t === 'bound' && r.scope !== model.module ? r.bindings : null;
  }

  /** Does a function bind `name` (where `at` reads it) by `count` plain assignments and nothing else? */
  private assignedOnly(name: string, at: number, count: number): boolean {
    const bindings = this.localBindings(name, at);
    return !!bindings && bindings.length === count && bindings.every((b) => b.kind === 'assignment');
  }

  /**
   * The socket types a function's local name holds when its one binding is a `for` loop over type
   * constants: written out in a list or tuple, or a local name bound only to such lists that nothing
   * else in the function uses (no `append()`, no inner function), or null.
   */
  private loopedTypes(name: string, scope: Scope, at: number): string[] | null {
    const bindings = this.localBindings(name, at);
    if (bindings?.length !== 1 || bindings[0].kind !== 'loop-target') return null;
    const loop = scope.loops.find((l) => l.type === 'for_statement' && l.childForFieldName('left')?.type === 'identifier' && l.childForFieldName('left')!.startIndex === bindings[0].start);
    const right = loop?.childForFieldName('right');
    const constants = (node: Node | null | undefined): string[] | null =>
      node?.type === 'list' || node?.type === 'tuple' ? typeConstants(node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment')) : null;
    if (!right) return null;
    if (right.type !== 'identifier') {
      const written = constants(right);
      return written && [...new Set(written)];
    }
    // Ex) kinds = [socket.SOCK_DGRAM, socket.SOCK_STREAM]; if stream_only: kinds = [socket.SOCK_STREAM]; for kind in kinds:
    const assigns = scopeIndex(scope).assignsByTarget.get(right.text) ?? [];
    if (!assigns.length || !this.assignedOnly(right.text, right.startIndex, assigns.length)) return null;
    const types = assigns.map((a) => (a.tupleIndex === -1 && !a.viaWith ? constants(a.value) : null));
    if (types.some((t) => !t)) return null;
    // (each of its names is one of those assignments' targets or the loop's collection)
    const uses = scope.node.descendantsOfType('identifier').filter((n) => n?.text === right.text);
    if (uses.length !== assigns.length + 1) return null;
    return [...new Set(types.flat() as string[])];
  }

  /**
   * Is `name` a parameter of the function, never rebound in it, whose default
   * passes `test` and that no call in this module sets to anything that does not?
   */
  private streamByDefault(name: string, scope: Scope, test: (text: string) => boolean): boolean {
    if (scope.kind !== 'function' || !scope.params.includes(name) || (scopeIndex(scope).assignsByTarget.get(name) ?? []).length) return false;
    const value = defaultNode(scope, name);
    if (!value || !test(value.text)) return false;
    const index = callIndex(scope, name);
    return this.callersOf(scope).every(({ call, opaque }) => {
      const arg = opaque ? undefined : argumentGiven(call.args, index, name);
      return arg === null || (arg !== undefined && test(arg.text));
    });
  }

  /**
   * The type argument of the getaddrinfo() call whose result's socket-type field `name` is (null when
   * it is not one, or the call gives no type): through `for af, socktype, ... in getaddrinfo(...)`,
   * `for res in ...: af, socktype, ... = res` or `af, socktype, ... = getaddrinfo(...)[0]`, the call
   * itself or a name bound to it.
   */
  private getaddrinfoType(name: string, scope: Scope): string | null {
    const index = scopeIndex(scope);
    const call = (node: Node | null): Node | null => {
      if (node?.type === 'identifier') return call(boundOnceTo(node.text, scope));
      // Ex) for res in await _getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM):   (a wrapper's type= too)
      if (node?.type === 'await') return call(node.namedChild(0));
      return isGetaddrinfo(node) ? node : null;
    };
    const others = index.assignsByTarget.get(name) ?? [];
    // Ex) af, socktype, proto, _, sa = socket.getaddrinfo(host, port, 0, socket.SOCK_DGRAM)[0]   (bound once, nothing else binds it)
    if (others.length === 1 && others[0].tupleIndex === 1 && others[0].value.type === 'subscript') {
      const source = call(others[0].value.childForFieldName('value'));
      const type = source && addrinfoTypeArg(source);
      if (type) return type.text;
    }
    for (const loop of scope.loops) {
      if (loop.type !== 'for_statement') continue;
      let left = loop.childForFieldName('left');
      let right = loop.childForFieldName('right');
      // Ex) for i, res in enumerate(entries): af, socktype, proto, _, sa = res   (py-amqp: each result is the pair's second)
      if (right?.type === 'call' && right.childForFieldName('function')?.text === 'enumerate' && (left?.type === 'pattern_list' || left?.type === 'tuple_pattern') && left.namedChildCount === 2) {
        // (its second argument, or start=, is where the count starts)
        const positional = callArguments(right).filter((a) => a.type !== 'keyword_argument');
        if (positional.length === 1 || positional.length === 2) {
          right = positional[0];
          left = left.namedChild(1);
        }
      }
      const source = call(right);
      // Ex) addresses = self._get_socket_addresses(); for (af, socktype, proto, _, sa) in addresses:   (cassandra's: the
      // method returns getaddrinfo(..., SOCK_STREAM), or a list of such tuples written out)
      const listed = right?.type === 'identifier' ? addrinfoListType(right.text, scope) : null;
      const type = source ? addrinfoTypeArg(source)?.text : right ? (listed ?? this.returnedAddrinfoType(right, scope)) : null;
      if (!left || !type) continue;
      // Only when nothing else binds the name in the function
      if ((left.type === 'pattern_list' || left.type === 'tuple_pattern') && left.namedChild(1)?.text === name && !others.length) return type;
      // Ex) for res in getaddrinfo(...): af, socktype, proto, _, sa = res
      if (left.type === 'identifier' && others.length > 0 && others.every((a) => a.tupleIndex === 1 && a.value.text === left.text)) return type;
    }
    return null;
  }

  /**
   * The type a function of the module or a method of the class returns getaddrinfo() results of, for what
   * a loop walks (`self._get_socket_addresses()`, or a name bound once to that call): every return a
   * getaddrinfo() call with a type (or a name bound once to one), or a list of tuples written out whose
   * second element is that type (`[(socket.AF_UNIX, socket.SOCK_STREAM, 0, None, address)]`), all the same
   * type's text; else null.
   */
  private returnedAddrinfoType(walked: Node, scope: Scope): string | null {
    const node = walked.type === 'identifier' ? boundOnceTo(walked.text, scope) : walked;
    const fn = node?.type === 'call' ? node.childForFieldName('function') : null;
    const callee = fn ? dottedName(fn) : null;
    if (!callee || !node) return null;
    const attr = selfAttribute(scope, callee);
    const target = attr !== null && scope.ownerClass ? this.methodOf(scope.ownerClass, attr) : !callee.includes('.') && !this.facts.imports.isBound(callee) ? (this.facts.functions.get(callee) ?? null) : null;
    if (!target?.returns.length || /\byield\b/.test(target.node.text)) return null;
    const types = new Set<string>();
    for (const r of target.returns) {
      const value = r.namedChild(0);
      const rows = value?.type === 'list' ? unpackedElements(value) : null;
      if (rows) {
        for (const row of rows) {
          const type = unpackedElements(row)?.[1];
          if (!type) return null;
          types.add(type.text);
        }
        continue;
      }
      const source = value?.type === 'identifier' ? boundOnceTo(value.text, target) : value;
      const type = source && isGetaddrinfo(source) ? addrinfoTypeArg(source) : null;
      if (!type) return null;
      types.add(type.text);
    }
    return types.size === 1 ? [...types][0]! : null;
  }

  private wrap(args: Node[], scope: Scope, pos: number, depth: number): Provenance {
    const first = args.find((a) => a.type !== 'keyword_argument') ??
      args.find((a) => a.childForFieldName('name')?.text === 'sock')?.childForFieldName('value');
    // Ex) raw.listen(5); srv = ctx.wrap_socket(raw, server_side=True)   (a TLS listener: its accept() gives TLS connections)
    const inner = first ? this.listenedBefore(first, scope, this.value(first, scope, pos, depth + 1)) : UNKNOWN;
    if ((inner.t === 'socket' || inner.t === 'partial') && inner.kind !== 'stream') return inner;
    return { t: 'socket', kind: 'tls', origin: 'wrap_socket()' };
  }

  /**
   * What the factory itself did to the socket it returns: `s.listen()` or
   * `s.accept()` makes it a listener, `s.bind()` with no connect leaves it
   * unconnected (the caller may still connect it).
   */
  private madeIn(fn: Scope, value: Node, prov: Provenance): Provenance {
    if (prov.t !== 'socket' && prov.t !== 'partial') return prov;
    const name = dottedName(value);
    if (!name) return prov;
    const methods = new Set<string>();
    const calls: CallFact[] = [];
    for (const scope of this.scopeTree(fn)) {
      for (const c of scopeIndex(scope).callsByReceiver.get(name) ?? []) {
        if (!c.method) continue;
        methods.add(c.method);
        calls.push(c);
      }
      // Ex) sock.bind(local_addr); await loop.sock_connect(sock=sock, address=address); return sock   (asyncio connects it)
      if (asyncioConnects(scope).has(name)) methods.add('connect');
    }
    // Ex) def create_and_bind(a): s = socket.socket(); s.bind(a); s.listen(5); return s
    const made = kindByMethods(prov, methods, `in ${fn.name}()`);
    if ((made.t !== 'socket' && made.t !== 'partial') || made.kind !== 'listening' || prov.kind === 'listening') return made;
    // Ex) def createSocket(bind=None, connect=None): ... if bind: sock.bind(bind); sock.listen(100)
    const setup = calls.filter((c) => c.method === 'listen' || c.method === 'accept' || c.method === 'bind');
    const param = sharedGuard(fn, setup.map((c) => c.node));
    if (!param) return made;
    const rest = new Set(calls.filter((c) => !setup.includes(c)).map((c) => c.method!));
    const otherwise = kindByMethods(prov, rest, `in ${fn.name}()`);
    if (otherwise.t !== 'socket' && otherwise.t !== 'partial') return made;
    const listensIf: ListensIf = { param, index: callIndex(fn, param), otherwise: otherwise.kind, otherOrigin: `${otherwise.origin} (${fn.name}() listens only when given ${param})` };
    return { ...made, origin: `${made.origin} (given ${param})`, listensIf };
  }

  /**
   * A name a wrapper is made of (`ctx.wrap_socket(raw)`, `GreenSocket(raw)`) is a listener where a `listen()` or
   * `accept()` on it comes before the wrapper on every way there: earlier, in the wrapper's block or one around
   * it. Not under an `if` the wrapper is outside of: `if bind: sock.listen(5)` ... `sock = ctx.wrap_socket(sock)`
   * (Pyro5's create_socket()) listens only when given bind, which the factory's callers decide.
   */
  private listenedBefore(arg: Node, scope: Scope, prov: Provenance): Provenance {
    if (arg.type !== 'identifier' || (prov.t !== 'socket' && prov.t !== 'partial') || prov.kind === 'listening') return prov;
    for (const c of scopeIndex(scope).callsByReceiver.get(arg.text) ?? []) {
      if ((c.method !== 'listen' && c.method !== 'accept') || c.pos >= arg.startIndex) continue;
      const block = [...ancestors(c.node, scope.node)].find((n) => n.type === 'block');
      const around = block ?? scope.node;
      if (around.startIndex <= arg.startIndex && arg.endIndex <= around.endIndex) return listeningIn(prov, scope);
    }
    return prov;
  }

  /**
   * A name the caller listens on or accepts from before it hands it over is a listener:
   * `sock.listen(10); super().__init__(sock)`.
   */
  private listenedOn(arg: Node, scope: Scope, prov: Provenance): Provenance {
    if (arg.type !== 'identifier' || (prov.t !== 'socket' && prov.t !== 'partial') || prov.kind === 'listening') return prov;
    const methods = new Set((scopeIndex(scope).callsByReceiver.get(arg.text) ?? []).map((c) => c.method ?? ''));
    return methods.has('listen') || methods.has('accept') ? listeningIn(prov, scope) : prov;
  }

  /**
   * A call of a function that hands back one of its parameters (`def set_options(self, sock): ...
   * sock.listen(n); return sock`): what this call passes there, with what the function does to it.
   * Null when the function is not of that shape or the call's argument cannot be told.
   */
  private passedThrough(fn: Scope, args: Node[], scope: Scope, pos: number, depth: number, tupleIndex: number): Provenance | null {
    if (tupleIndex !== -1 || !fn.returns.length) return null;
    const param = fn.returns[0].namedChild(0)?.text;
    // (a method's `self`, and a name that is no parameter, have no place among the call's arguments)
    const index = param ? callIndex(fn, param) : -1;
    if (!param || index < 0) return null;
    if (!fn.returns.every((r) => r.namedChild(0)?.type === 'identifier' && r.namedChild(0)!.text === param)) return null;
    if (scopeIndex(fn).assignsByTarget.get(param)?.length) return null;
    const arg = argumentGiven(args, index, param);
    if (!arg) return null;
    return kindByMethods(this.value(arg, scope, pos, depth + 1), this.methodsOnShared(fn, param), `in ${fn.name}()`);
  }

  /**
   * What a function in this module returns: the whole value (`index` -1), one
   * element of the tuple every return gives (`index` ≥ 0), or the elements of
   * the list it returns (`ELEMENTS`).
   */
  returns(fn: Scope, depth: number, index = -1): Provenance {
    return this.memo(this.returnCache, index === -1 ? fn.node.id : `${fn.node.id}:${index}`, () => {
      this.summarisingReturns++;
      try {
        return index === ELEMENTS ? this.computeReturnedElements(fn, depth) : this.computeReturns(fn, depth, index);
      } finally {
        this.summarisingReturns--;
      }
    });
  }

  private computeReturns(fn: Scope, depth: number, index: number): Provenance {
    const tuple = (r: Node) => tupleElements(r.namedChild(0)) !== null;
    if (index >= 0) {
      // Ex) def bind_unused_port(): ...; return sock, port   (sock, port = bind_unused_port())
      // Ex) def _accept(self): return self.sock.accept()   (conn, addr = self._accept())
      if (fn.returns.length && fn.returns.every((r) => r.namedChild(0)?.type === 'call')) {
        return combine(fn.returns.map((r) => this.value(r.namedChild(0)!, fn, r.startIndex, depth + 1, index)));
      }
      // Ex) return [remote_socket, local_socket]   (a list unpacks as a tuple does)
      if (!fn.returns.length || !fn.returns.every((r) => unpackedElements(r.namedChild(0)) !== null || r.namedChild(0)?.type === 'none')) return UNKNOWN;
      return combine(fn.returns.map((r) => {
        const element = unpackedElements(r.namedChild(0))?.[index];
        return element ? this.madeIn(fn, element, this.value(element, fn, r.startIndex, depth + 1)) : r.namedChild(0)?.type === 'none' ? NONE : UNKNOWN;
      }));
    }
    const found = fn.returns.map((r) => {
      const value = r.namedChild(0);
      return value ? this.madeIn(fn, value, this.value(value, fn, r.startIndex, depth + 1)) : NONE;
    });
    // Ex) def make(): return sock, addr   (a tuple is not a socket)
    if (fn.returns.some(tuple)) return UNKNOWN;
    // Ex) def _create_socket(self, type): """Must be overridden.""" raise NotImplementedError   (icmplib: it never returns,
    // so it gives no value of its own; the overrides of the subclasses give theirs)
    if (!found.length && onlyRaises(fn)) return NONE;
    return found.length ? combine(found) : { t: 'not' as const, why: `${fn.name}() returns nothing` };
  }

  /**
   * The elements of the list a function returns (`sockets.append(sock)`; `return sockets`), or what a
   * generator yields (`client, address = listener.accept(); yield client`; `yield from socks`).
   */
  private computeReturnedElements(fn: Scope, depth: number): Provenance {
    const yields = this.yieldsOf(fn);
    if (yields.length) {
      return combine(yields.map((y) => {
        const value = y.namedChild(0);
        if (!value) return NONE;
        if (isYieldFrom(y)) return this.elements(value, fn, y.startIndex, depth + 1, fn);
        return tupleElements(value) ? UNKNOWN : this.madeIn(fn, value, this.value(value, fn, y.startIndex, depth + 1));
      }));
    }
    if (!fn.returns.length) return UNKNOWN;
    return combine(fn.returns.map((r) => {
      const value = r.namedChild(0);
      return value ? this.elements(value, fn, r.startIndex, depth + 1, fn) : NONE;
    }));
  }

  /** The `yield` expressions of a function's own body (not of a function or class inside it): empty for no generator. */
  private yieldsOf(fn: Scope): Node[] {
    const cached = this.yieldCache.get(fn);
    if (cached) return cached;
    const found = /\byield\b/.test(this.facts.text.slice(fn.node.startIndex, fn.node.endIndex)) ? fn.node.descendantsOfType('yield').filter((y): y is Node => !!y?.isNamed && this.facts.scopeAt(y.startIndex) === fn) : [];
    this.yieldCache.set(fn, found);
    return found;
  }

  /**
   * The `index`-th part of each element a generator yields, for a `for` target that unpacks them
   * (`yield client, address` or `yield listener.accept()`, and `for skt, addr in _accept(lsock)`).
   */
  private yieldedPart(fn: Scope, index: number, depth: number): Provenance {
    return this.memo(this.returnCache, `${fn.node.id}:y${index}`, () => {
      this.summarisingReturns++;
      try {
        return combine(this.yieldsOf(fn).map((y) => {
          const value = y.namedChild(0);
          if (!value || isYieldFrom(y)) return UNKNOWN;
          const part = unpackedElements(value)?.[index];
          if (part) return this.madeIn(fn, part, this.value(part, fn, y.startIndex, depth + 1));
          // Ex) yield listener.accept()   (the pair the call gives)
          return value.type === 'call' ? this.value(value, fn, y.startIndex, depth + 1, index) : UNKNOWN;
        }));
      } finally {
        this.summarisingReturns--;
      }
    });
  }

  /**
   * The `index`-th part of each element of what `node` walks, for a `for` target that unpacks the
   * elements: the parts a generator of this module yields, through a name of the scope's own bound
   * to its call and through `list()`; else unknown.
   */
  private elementPart(node: Node, index: number, scope: Scope, depth: number): Provenance {
    if (depth > MAX_DEPTH) return this.tooDeep();
    if (node.type === 'parenthesized_expression' && node.namedChild(0)) return this.elementPart(node.namedChild(0)!, index, scope, depth + 1);
    if (node.type === 'identifier') {
      // Ex) clients = _accept(logger, accepts, self.socket); for skt, addr in clients:
      const assigns = this.ownNameAssigns(node.text, scope);
      if (!assigns?.length || assigns.some((a) => a.tupleIndex !== -1)) return UNKNOWN;
      return combine(assigns.map((a) => this.elementPart(a.value, index, scope, depth + 1)));
    }
    if (node.type === 'attribute') {
      // Ex) self._sockets.append((sock, addr)) ... for sock, addr in self._sockets:   (a part of each pair a class's methods put in its list)
      const text = dottedName(node);
      return text && !this.holdsDict(text, scope) ? this.selfListElements(text, scope, depth + 1, null, index) : UNKNOWN;
    }
    if (node.type !== 'call') return UNKNOWN;
    const callee = dottedName(node.childForFieldName('function'));
    const args = callArguments(node);
    if (!callee) return UNKNOWN;
    if (ELEMENT_COPIES.has(callee) && args.length === 1) return this.elementPart(args[0], index, scope, depth + 1);
    const fn = this.ownFunctionCalled(node, scope);
    return fn && this.yieldsOf(fn).length ? this.yieldedPart(fn, index, depth + 1) : UNKNOWN;
  }

  /**
   * What the elements of a collection expression are: a list literal's
   * items, what a function returns as a list, or a local list name with what
   * its assignments and `append()`/`extend()` calls put in it. `maker` is the
   * function whose return is summarised (the kind its own `listen()` gives).
   */
  elements(node: Node, scope: Scope, pos: number, depth: number, maker: Scope | null = null, excluded?: ReadonlySet<string>): Provenance {
    if (depth > MAX_DEPTH) return this.tooDeep();
    // (`excluded`: the names a loop's guard says the element is not, left out where a local list is filled with them)
    const kept = (n: Node) => !excluded?.has(n.text);
    const item = (n: Node, s: Scope, at: number) => (kept(n) ? this.made(n, s, at, depth, maker) : NONE);
    switch (node.type) {
      case 'list':
      case 'tuple':
      case 'set': {
        const items = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
        return items.length ? combine(items.map((c) => item(c, scope, pos))) : NONE;
      }
      case 'parenthesized_expression': {
        const inner = node.namedChild(0);
        return inner ? this.elements(inner, scope, pos, depth + 1, maker, excluded) : UNKNOWN;
      }
      case 'call': {
        const fn = node.childForFieldName('function');
        const callee = fn ? dottedName(fn) : null;
        const args = callArguments(node);
        // Ex) for s in list(sockets):   (a copy has the same elements)
        if (ELEMENT_COPIES.has(callee ?? '') && args.length === 1) return this.elements(args[0], scope, pos, depth + 1, maker, excluded);
        if (!callee) return UNKNOWN;
        // Ex) socks = set(); socks = collections.deque()   (empty: what is added later is found by its calls)
        if (args.length === 0 && /^(list|set|tuple|deque|collections\.deque)$/.test(callee) && !this.isLocal(callee.split('.')[0])) return NONE;
        // Ex) for r in multiprocessing.connection.wait(readers):   (the ready ones among the objects given)
        if (args[0] && args[0].type !== 'keyword_argument' && this.facts.qualifyAt(callee, node.startIndex) === 'multiprocessing.connection.wait') {
          return this.elements(args[0], scope, pos, depth + 1, maker, excluded);
        }
        // Ex) for sock in self._sockets.values():   for sock in self.clients.keys():   (Python 2's itervalues() and iterkeys() too)
        const view = callee.includes('.') && args.length === 0 ? dictViewMethod(callee.slice(callee.lastIndexOf('.') + 1)) : null;
        const dict = callee.slice(0, callee.lastIndexOf('.'));
        if (view === 'values') return this.dictValues(dict, scope, pos, depth + 1, maker);
        if (view === 'keys') return this.dictKeys(dict, scope, pos, depth + 1, maker);
        if (!callee.includes('.') && !this.facts.imports.isBound(callee)) {
          const local = this.facts.functions.get(callee);
          if (local) return this.returns(local, depth + 1, ELEMENTS);
        }
        const q = this.facts.qualifyAt(callee, node.startIndex);
        if (STANDARD_LIBRARY.test(q) || this.isLocal(callee)) return UNKNOWN;
        // Ex) for sock in netutil.bind_sockets(port):   (a project function that returns a list of listeners)
        const found = this.project?.find(q);
        // (tornado's, where the project does not hold its source)
        if (!found && q === 'tornado.netutil.bind_sockets') return { t: 'socket', kind: 'listening', origin: `${q}()` };
        const listed = found?.summary.elements?.[found.member];
        if (!found || !listed) return UNKNOWN;
        return listed.t === 'socket' || listed.t === 'partial' ? { ...listed, origin: `${listed.origin}, an element of what ${found.module}.${found.member}() returns` } : listed;
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression': {
        const body = node.namedChild(0);
        return body ? this.comprehended(node, body, scope, pos, depth, maker) : UNKNOWN;
      }
      case 'attribute': {
        // Ex) for sock in self.socks:   (what the class's methods append to it)
        const text = dottedName(node);
        if (!text) return UNKNOWN;
        // Ex) self.clients = {}; self.clients[conn] = addr ... for sock in self.clients:   (a dict walks its keys)
        // Ex) for sock in select.select(self._sockets, [], [], 1.0)[0]: if sock == self._sock: ... else: sock.close()
        // (modbus-tk's server: the guard leaves out the listener the class appends as self._sock)
        return this.holdsDict(text, scope) ? this.dictKeys(text, scope, pos, depth + 1, maker) : this.selfListElements(text, scope, depth + 1, maker, -1, excluded);
      }
      case 'identifier': {
        const name = node.text;
        for (let s: Scope | null = scope; s; s = s.parent) {
          if (s !== scope && s.kind === 'class') continue;
          const index = scopeIndex(s);
          const assigns = index.assignsByTarget.get(name) ?? [];
          if (!assigns.length && !s.params.includes(name)) continue;
          // Ex) readable, _, _ = select.select(socks, [], [])   (each list is the ready ones among its argument)
          const selected = assigns.map((a) => this.selectedFrom(a));
          if (!s.params.includes(name) && selected.every((a) => a !== null)) return combine(selected.map((a) => this.elements(a!, s, pos, depth + 1, maker, excluded)));
          // Ex) def serve(socks): for s in socks: ...   (what the callers pass; a parameter rebound here is not followed)
          if (s.params.includes(name)) return !assigns.length && s.kind === 'function' ? this.paramElements(s, name, depth + 1) : UNKNOWN;
          if (assigns.some((a) => a.tupleIndex !== -1 || a.viaWith)) return UNKNOWN;
          // Ex) clients = {}; clients[conn] = addr ... for c in clients:   (a dict walks its keys)
          if (this.holdsDict(name, scope)) return this.dictKeys(name, scope, pos, depth + 1, maker);
          const found = assigns.map((a) => this.elements(a.value, s, a.pos, depth + 1, maker, excluded));
          // Ex) sockets = []; ...; sockets.append(sock)
          for (const c of index.callsByReceiver.get(name) ?? []) {
            if ((c.method === 'append' || c.method === 'appendleft' || c.method === 'add') && c.args.length === 1) found.push(item(c.args[0], c.scope, c.pos));
            else if (c.method === 'extend' && c.args.length === 1) found.push(this.elements(c.args[0], c.scope, c.pos, depth + 1, maker, excluded));
            else if (c.method === 'insert' && c.args.length === 2) found.push(item(c.args[1], c.scope, c.pos));
          }
          return combine(found);
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }

  /**
   * `name[index]` where every assignment to `name` (in the nearest scope that binds it) is a call made
   * as a whole: that call's `index`-th element, as `a, b = call()` would bind it; else unknown.
   */
  private heldPairElement(name: string, index: number, scope: Scope, pos: number, depth: number): Provenance {
    for (let s: Scope | null = scope; s; s = s.parent) {
      if (s !== scope && s.kind === 'class') continue;
      const assigns = scopeIndex(s).assignsByTarget.get(name) ?? [];
      const loops = assigns.length || s.params.includes(name) ? [] : forLoopsBinding(s, name);
      if (loops.length) {
        // Ex) for socketinfo in self._sockets: socket_, addrinfo = socketinfo   (the part of each element of the loop around
        // the unpacking; not one after the loop, nor in a function nested in it)
        const loop = s === scope ? loopAround(loops, pos) : null;
        const walked = loop?.childForFieldName('left')?.type === 'identifier' ? loop.childForFieldName('right') : null;
        return walked ? this.elementPart(walked, index, s, depth + 1) : UNKNOWN;
      }
      if (!assigns.length && !s.params.includes(name)) continue;
      if (!assigns.length && s.kind === 'function') {
        // Ex) def test_bindable(tcp_listen): port, sock = tcp_listen   (a part of what the module's fixture yields or returns)
        const fixture = this.pytestFixture(s, name);
        if (fixture) return this.yieldsOf(fixture).length ? this.yieldedPart(fixture, index, depth + 1) : this.returns(fixture, depth + 1, index);
        // Ex) _yield_server(create_server_socket())   (the element of what every caller passes)
        return this.fromCallers(s, name, depth, index);
      }
      if (s.params.includes(name) || assigns.some((a) => a.tupleIndex !== -1 || a.viaWith || a.value.type !== 'call')) return UNKNOWN;
      return combine(assigns.map((a) => this.call(a.value, s, a.pos, depth + 1, index, false)));
    }
    return UNKNOWN;
  }

  /** An element's value, with the kind `maker` (the function whose return is summarised), or else the scope that puts it in its container, gives it. */
  private made(node: Node, scope: Scope, pos: number, depth: number, maker: Scope | null): Provenance {
    const p = this.value(node, scope, pos, depth + 1);
    // Ex) s.listen(1); socks.append(s)   (a local container: what its scope does to the name put in it)
    return this.madeIn(maker ?? scope, node, p);
  }

  /** What a `for` loop binds `name` to: each element of what it walks, or each value of a dict's `items()`. */
  private loopElement(loop: Node, name: string, scope: Scope, depth: number, excluded?: ReadonlySet<string>): Provenance {
    const right = loop.childForFieldName('right');
    const left = loop.childForFieldName('left');
    if (!right) return UNKNOWN;
    // Ex) for fd, sock in list(self._sockets.items()):   (the second name takes the dict's values)
    // Ex) for sock, addr in self.clients.items():   (the first name takes the dict's keys)
    const at = pairPosition(left, name);
    const dict = at === -1 ? null : itemsOf(right);
    if (dict) return this.dictPart(dict, scope, loop.startIndex, depth + 1, null, at === 0 ? 'key' : 'value');
    if (left?.type === 'identifier') return this.elements(right, scope, loop.startIndex, depth + 1, null, excluded);
    // Ex) for i, sock in enumerate(socks):   (the second of each pair is an element; a nested pattern unpacks it)
    let walked: Node = right;
    let pattern: Node | null = left;
    const counted = patternNames(left);
    if (right.type === 'call' && right.childForFieldName('function')?.text === 'enumerate' && !this.isLocal('enumerate') && counted.length === 2) {
      const positional = callArguments(right).filter((a) => a.type !== 'keyword_argument');
      if (positional.length !== 1 && positional.length !== 2) return UNKNOWN;
      walked = positional[0];
      pattern = counted[1];
      if (pattern.type === 'identifier') return pattern.text === name ? this.elements(walked, scope, loop.startIndex, depth + 1, null, excluded) : UNKNOWN;
    }
    // Ex) for skt, addr in _accept(lsock):   (a generator's `yield client, address`)
    const index = patternNames(pattern).findIndex((c) => c.type === 'identifier' && c.text === name);
    return index === -1 ? UNKNOWN : this.elementPart(walked, index, scope, depth + 1);
  }

  /** For `r, w, x = select.select(rs, ws, xs)`: the argument a target's list is drawn from (`rs` for `r`), else null. */
  private selectedFrom(a: Assign): Node | null {
    if (a.viaWith) return null;
    let call = a.value;
    let index = a.tupleIndex;
    // Ex) inputready = select.select(self._sockets, [], [], 1.0)[0]   (modbus-tk's TcpServer)
    if (index === -1 && call.type === 'subscript') {
      const at = call.childrenForFieldName('subscript').filter((c): c is Node => !!c);
      if (at.length !== 1 || !/^[0-2]$/.test(at[0].text)) return null;
      index = Number(at[0].text);
      call = call.childForFieldName('value')!;
    }
    if (index < 0 || index > 2 || call?.type !== 'call') return null;
    const callee = dottedName(call.childForFieldName('function'));
    if (!callee || this.facts.qualifyAt(callee, a.pos) !== 'select.select') return null;
    const args = callArguments(call);
    const arg = args[index];
    return arg && arg.type !== 'keyword_argument' ? arg : null;
  }

  /**
   * What each element of a comprehension is, from its element expression
   * `body` (a dict comprehension's value): a name the comprehension walks
   * takes the elements of what it walks; any other expression is what it is,
   * but only when no name the comprehension binds is in it (those names are
   * not the enclosing scope's), or when it is a call that makes the same
   * socket whatever its arguments (`socket.create_connection(a)`).
   */
  private comprehended(node: Node, body: Node, scope: Scope, pos: number, depth: number, maker: Scope | null): Provenance {
    const clauses = node.namedChildren.filter((c): c is Node => c?.type === 'for_in_clause');
    const bound = new Set<string>();
    for (const clause of clauses) {
      const left = clause.childForFieldName('left');
      if (left?.type === 'identifier') bound.add(left.text);
      for (const c of left?.namedChildren ?? []) if (c?.type === 'identifier') bound.add(c.text);
    }
    if (!clauses.length) return UNKNOWN;
    // Ex) [s for s in socks if s.fileno() != -1]
    if (body.type === 'identifier') {
      const clause = clauses.find((c) => c.childForFieldName('left')?.type === 'identifier' && c.childForFieldName('left')!.text === body.text);
      const right = clause?.childForFieldName('right');
      if (!right || clauses.indexOf(clause!) !== 0) return UNKNOWN;
      const walked = this.elements(right, scope, pos, depth + 1, maker);
      // Ex) [s for s in items if isinstance(s, socket.socket)]   (the filter drops the non-sockets among them)
      const filtered = node.namedChildren.some((c) => c?.type === 'if_clause' && /\bisinstance\s*\(/.test(c.text));
      return filtered && walked.t === 'not' ? UNKNOWN : walked;
    }
    const made = () => this.made(body, scope, pos, depth, maker);
    const words = new Set(body.text.match(/[A-Za-z_]\w*/g) ?? []);
    if (![...bound].some((b) => words.has(b))) return made();
    // Ex) [socket.create_connection(a) for a in addrs]
    if (body.type !== 'call') return UNKNOWN;
    const callee = dottedName(body.childForFieldName('function'));
    if (!callee || bound.has(callee.split('.')[0])) return UNKNOWN;
    const q = this.facts.qualifyAt(callee, body.startIndex);
    return q === 'socket.create_connection' || q === 'socket.create_server' ? made() : UNKNOWN;
  }

  /**
   * What the values of a dict (or the items of a list) held in `container`
   * are: what `container[key] = value` stores in it, its literal's values,
   * `setdefault()`'s. For `self.X`, in every method of the class; anything
   * else that could fill it (an assignment that is not a literal, `update()`,
   * a base class in another module) leaves the values unknown.
   */
  /**
   * The scopes that may fill a container, and how they name it: for `self.X`, the methods of the
   * class, its bases and its subclasses in this module (null when a base in another project module
   * may fill it too); for a local name, the function that binds it. Null when not known.
   */
  private containerUses(container: string, scope: Scope): ContainerUse[] | null {
    const attr = selfAttribute(scope, container);
    if (attr !== null) {
      const cls = scope.ownerClass;
      if (!cls) return null;
      // (once a class: each of 3,000 containers of a class of 3,000 methods once read every method)
      let index = this.containerIndex.get(cls);
      if (!index) this.containerIndex.set(cls, (index = this.classContainerUses(cls)));
      // Ex) class TestCollector(tests.support.TestCase): ... self.socks.append((sock, addr, fd))   (circus: a base in
      // another project module that never names self.socks fills nothing of it; one that cannot be read may)
      if (index.foreign.some((q) => this.project?.namesSelfAttribute?.(q, attr) !== false)) return null;
      return index.byAttr.get(attr) ?? [];
    }
    if (!/^[A-Za-z_]\w*$/.test(container)) return null;
    let owner: Scope | null = null;
    for (let s: Scope | null = scope; s && !owner; s = s.parent) {
      if (s !== scope && s.kind === 'class') continue;
      if (s.params.includes(container)) return null;
      if (scopeIndex(s).assignsByTarget.has(container)) owner = s;
    }
    if (!owner) return null;
    return usesOf(owner, (target) => (target === container ? container : null)).get(container) ?? [];
  }

  /**
   * What the methods of a class, its bases and its subclasses in this module do to each `self.X`
   * (assignments, stores, calls on it), by X, in the order containerUses() gives them; with the bases
   * of another module, which may fill them too (`class Pool(base.Pool)`).
   */
  private classContainerUses(cls: ClassFact): ClassContainers {
    const chain = new Set(this.classChain(cls));
    for (const c of this.subclassesOf(cls)) for (const k of this.classChain(c)) chain.add(k);
    const foreign = [...chain].flatMap((c) => this.otherModuleBases(c));
    const byAttr = new Map<string, ContainerUse[]>();
    for (const c of chain) {
      for (const m of c.methods.values()) {
        for (const [attr, uses] of usesOf(m, (target) => selfAttribute(m, target))) for (const u of uses) push(byAttr, attr, u);
      }
    }
    return { byAttr, foreign };
  }

  /** The qualified names of a class's bases in other modules, not the standard library's (`threading.Thread` fills nothing of the project's). */
  private otherModuleBases(c: ClassFact): string[] {
    return c.bases
      .filter((b) => !this.facts.classes.has(b))
      .map((b) => this.facts.qualifyAt(b, c.node.startIndex))
      .filter((q) => q.includes('.') && !STDLIB_MODULES.has(q.slice(0, q.indexOf('.'))));
  }

  /**
   * For another module (ProjectLookup.namesSelfAttribute()): does a module-level class of this module,
   * or a class up its chain, name `attr` anywhere in its body (`self.socks.append(...)`, `socks = []`,
   * `getattr(self, "socks")`)? Null when the class is not this module's, or a base of another module
   * cannot answer.
   */
  namesSelfAttributeSummary(name: string, attr: string): boolean | null {
    const cls = this.moduleClass(name);
    if (!cls) {
      // Ex) from unittest import TestCase   (circus' tests/support.py hands its tests the standard library's class)
      const imported = this.facts.imports.moduleLevel(name);
      if (!imported.length || (scopeIndex(this.facts.scopes[0]).assignsByTarget.get(name) ?? []).length) return null;
      const answers = imported.map((q) => (STDLIB_MODULES.has(q.split('.')[0]) ? false : (this.project?.namesSelfAttribute?.(q, attr) ?? null)));
      return answers.includes(null) ? null : answers.includes(true);
    }
    const word = new RegExp(`(?<![\\w])${attr}(?!\\w)`);
    for (const c of this.classChain(cls)) {
      if (word.test(c.node.text)) return true;
      for (const q of this.otherModuleBases(c)) {
        const named = this.project?.namesSelfAttribute?.(q, attr);
        if (named !== false) return named ?? null;
      }
    }
    return false;
  }

  /**
   * The elements of a list a class keeps in `self.X`: what its methods put there (`self.X = [a, b]`,
   * `self.X.append(sock)`, `extend()`, `insert()`, `self.X[i] = sock`). Unknown when anything else
   * assigns it.
   */
  private selfListElements(container: string, scope: Scope, depth: number, maker: Scope | null, part = -1, excluded?: ReadonlySet<string>): Provenance {
    if (depth > MAX_DEPTH) return this.tooDeep();
    const attr = selfAttribute(scope, container);
    if (attr === null || !scope.ownerClass) return UNKNOWN;
    // (the attributes of the class a loop's guard says the element is not: `self._sock`)
    const left = [...(excluded ?? [])].map((n) => selfAttribute(scope, n)).filter((a): a is string => a !== null).sort();
    // (and the loop's own local names the guard names, bound once there: `self.sockets.append(server)` ... `if sock == server:`)
    const once = (n: string) => /^[A-Za-z_]\w*$/.test(n) && (scopeIndex(scope).assignsByTarget.get(n) ?? []).length <= 1;
    const locals = [...(excluded ?? [])].filter(once).sort();
    const key = `${left.join(',')}${locals.length ? `:${scope.node.id}:${locals.join(',')}` : ''}`;
    // (once a class, attribute, maker and part: each loop over self.socks in a class of 3,000 methods read all their calls)
    return this.memo(this.listCache, `list:${scope.ownerClass.node.id}:${attr}:${maker?.node.id ?? ''}:${part}:${key}`, () =>
      this.computeSelfListElements(container, scope, depth, maker, part, new Set(left), locals.length ? { scope, names: new Set(locals) } : null),
    );
  }

  /**
   * The elements of a class's list (selfListElements()), or with `part` the part-th of each: every element put
   * there is then a tuple written out (`self._sockets.append((sock, addr))`), else the answer is unknown.
   */
  private computeSelfListElements(
    container: string,
    scope: Scope,
    depth: number,
    maker: Scope | null,
    part: number,
    left: ReadonlySet<string> = new Set(),
    locals: { scope: Scope; names: ReadonlySet<string> } | null = null,
  ): Provenance {
    const uses = this.containerUses(container, scope);
    if (!uses) return UNKNOWN;
    const whole = (n: Node, s: Scope, at: number) => this.made(n, s, at, depth, maker);
    const item = (n: Node, s: Scope, at: number): Provenance => {
      // Ex) self._sockets.append(self._sock)   (an element the loop's guard leaves out adds nothing there)
      if (left.size && n.type === 'attribute' && left.has(selfAttribute(s, n.text) ?? '\0')) return NONE;
      // Ex) self.sockets.append(server) ... for sock in read: if sock == server: ... else: sock.close()   (in the loop's own function)
      if (locals && n.type === 'identifier' && s === locals.scope && locals.names.has(n.text)) return NONE;
      if (part === -1) return whole(n, s, at);
      const element = unpackedElements(n)?.[part];
      return element ? whole(element, s, at) : UNKNOWN;
    };
    const found: Provenance[] = [];
    for (const u of uses) {
      const s = u.scope;
      if (u.assign) {
        const a = u.assign;
        if (a.tupleIndex !== -1 || a.viaWith) return UNKNOWN;
        // Ex) self.socks = []; self.socks = [a, b]; self.socks = list()
        const v = a.value;
        if (v.type === 'list' || v.type === 'tuple' || v.type === 'set') {
          const items = v.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
          found.push(part === -1 ? this.elements(v, s, a.pos, depth + 1, maker) : items.length ? combine(items.map((c) => item(c, s, a.pos))) : NONE);
        }
        // Ex) def __init__(self, config, target, sockets): self.sockets = sockets   (what the constructions pass)
        else if (part === -1 && v.type === 'identifier' && s.params.includes(v.text) && !(scopeIndex(s).assignsByTarget.get(v.text) ?? []).length) found.push(this.paramElements(s, v.text, depth + 1));
        else if (!(v.type === 'call' && /^(list|set|collections\.deque|deque)$/.test(v.childForFieldName('function')?.text ?? '') && !v.childForFieldName('arguments')?.namedChildCount)) return UNKNOWN;
      } else if (u.store) {
        found.push(item(u.store.value, s, u.store.pos));
      } else if (u.call) {
        const c = u.call;
        if ((c.method === 'append' || c.method === 'appendleft' || c.method === 'add') && c.args.length === 1) found.push(item(c.args[0], s, c.pos));
        else if (c.method === 'insert' && c.args.length === 2) found.push(item(c.args[1], s, c.pos));
        else if ((c.method === 'extend' || c.method === 'extendleft') && c.args.length === 1) found.push(part === -1 ? this.elements(c.args[0], s, c.pos, depth + 1, maker) : UNKNOWN);
        else if (c.method === '__setitem__' || c.method === '__iadd__') return UNKNOWN;
      }
    }
    return found.length ? combine(found) : NONE;
  }

  dictValues(container: string, scope: Scope, pos: number, depth: number, maker: Scope | null = null): Provenance {
    return this.dictPart(container, scope, pos, depth, maker, 'value');
  }

  /** What the keys of a dict held in `container` are (`for sock in self.clients:`, `.keys()`, the first of `.items()`), as dictValues() finds its values. */
  dictKeys(container: string, scope: Scope, pos: number, depth: number, maker: Scope | null = null): Provenance {
    return this.dictPart(container, scope, pos, depth, maker, 'key');
  }

  private dictPart(container: string, scope: Scope, pos: number, depth: number, maker: Scope | null, part: 'key' | 'value'): Provenance {
    if (depth > MAX_DEPTH) return this.tooDeep();
    const uses = this.containerUses(container, scope);
    if (!uses) return UNKNOWN;
    const item = (n: Node, s: Scope, at: number) => this.made(n, s, at, depth, maker);
    const found: Provenance[] = [];
    for (const u of uses) {
      const s = u.scope;
      if (u.assign) {
        const a = u.assign;
        const v = a.value;
        // Ex) self._sockets = {}
        if (a.tupleIndex !== -1 || a.viaWith) return UNKNOWN;
        if (v.type === 'dictionary') {
          for (const pair of v.namedChildren) {
            if (!pair || pair.type === 'comment') continue;
            const held = pair.type === 'pair' ? pair.childForFieldName(part) : null;
            if (!held) return UNKNOWN;
            found.push(item(held, s, a.pos));
          }
        } else if (v.type === 'dictionary_comprehension') {
          const held = v.namedChild(0)?.type === 'pair' ? v.namedChild(0)!.childForFieldName(part) : null;
          found.push(held ? this.comprehended(v, held, s, a.pos, depth, maker) : UNKNOWN);
        } else if (!emptyDict(v)) {
          return UNKNOWN;
        }
      } else if (u.store) {
        // Ex) self.clients[conn] = addr   (the key; a slice or several indices say nothing)
        const held = part === 'key' ? u.store.key : u.store.value;
        if (!held) return UNKNOWN;
        found.push(item(held, s, u.store.pos));
      } else if (u.call) {
        const c = u.call;
        // Ex) self._sockets.setdefault(fd, sock)
        if (c.method === 'setdefault' && c.args.length === 2) found.push(item(c.args[part === 'key' ? 0 : 1], s, c.pos));
        else if (c.method === 'update' || c.method === '__setitem__' || (part === 'key' && c.method === 'fromkeys')) return UNKNOWN;
      }
    }
    return found.length ? combine(found) : NONE;
  }

  /** Is every assignment to a container a dict (a literal, a comprehension, an empty `dict()`), with at least one? */
  private holdsDict(container: string, scope: Scope): boolean {
    const assigns = (this.containerUses(container, scope) ?? []).filter((u) => u.assign).map((u) => u.assign!.value);
    return assigns.length > 0 && assigns.every((v) => v.type === 'dictionary' || v.type === 'dictionary_comprehension' || emptyDict(v));
  }
}

/** The innermost of the `for` loops whose body holds `pos`, or null. */
function innermostLoopOf(loops: Node[], pos: number): Node | null {
  let best: Node | null = null;
  for (const loop of loops) {
    const body = loop.childForFieldName('body');
    if (body && pos >= body.startIndex && pos < body.endIndex && (!best || loop.startIndex > best.startIndex)) best = loop;
  }
  return best;
}

/**
 * The innermost of `loops` (in document order) whose body holds `pos`, or null: found from the last loop that
 * starts before it, looking back over at most 64 (a position between loops has none).
 */
function loopAround(loops: Node[], pos: number): Node | null {
  let lo = 0;
  let hi = loops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (loops[mid]!.startIndex < pos) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  for (let j = last; j >= 0 && j > last - 64; j--) {
    const body = loops[j]!.childForFieldName('body');
    if (body && pos >= body.startIndex && pos < body.endIndex) return loops[j]!;
  }
  return null;
}

/** Does the loop bind `name` alone within its body: no assignment, `with ... as` or other loop of the name inside it? */
function soleBinding(loop: Node, name: string, assigns: Assign[], loops: Node[]): boolean {
  const body = loop.childForFieldName('body');
  if (!body) return false;
  const inside = (n: number) => n >= body.startIndex && n < body.endIndex;
  return !assigns.some((a) => inside(a.pos)) && !loops.some((l) => l !== loop && inside(l.startIndex));
}

/**
 * The parameter (its default None) under whose `if PARAM:` or `if PARAM is not None:` every one
 * of the nodes sits in `fn`, or null.
 */
function sharedGuard(fn: Scope, nodes: Node[]): string | null {
  if (!nodes.length) return null;
  let shared: string | null = null;
  for (const node of nodes) {
    let found: string | null = null;
    for (const branch of branchesEntered(fn, node)) {
      if (branch.type !== 'if_statement') continue;
      const m = GUARD_NAME.exec(branch.childForFieldName('condition')?.text ?? '');
      if (m && fn.params.includes(m[1]) && defaultNode(fn, m[1])?.type === 'none') {
        found = m[1];
        break;
      }
    }
    if (!found || (shared !== null && shared !== found)) return null;
    shared = found;
  }
  // Ex) def f(bind=None): if bind: ...; bind = DEFAULT   (rebound: the guard no longer says what the caller gave)
  // Ex) elif isinstance(bind, tuple): bind = (bind[0], bind[1], 0, 0)   (rebound only where it is not None:
  //     a caller that does not give it leaves it None to the guard)
  const rebound = shared ? (scopeIndex(fn).assignsByTarget.get(shared) ?? []) : [];
  return shared && rebound.every((a) => onlyWhenNotNone(fn, a.value, shared!)) ? shared : null;
}

/** A condition that is a name, or the name `is not None`: `if bind:`, `if bind is not None:`. */
const GUARD_NAME = /^([A-Za-z_]\w*)(?:\s+is\s+not\s+None)?$/;

/** The `if` statements and `elif` clauses whose consequence holds `node`, in `fn`, innermost first. */
function* branchesEntered(fn: Scope, node: Node): Generator<Node> {
  let child = node;
  for (const n of ancestors(node, fn.node)) {
    if ((n.type === 'if_statement' || n.type === 'elif_clause') && n.childForFieldName('consequence')?.id === child.id) yield n;
    child = n;
  }
}

/** Builtin types whose isinstance() is false for None. */
const NOT_NONE_TYPES = new Set(['tuple', 'list', 'str', 'bytes', 'bytearray', 'int', 'float', 'bool', 'dict', 'set', 'frozenset']);

/** Is a condition false when `name` is None: `name`, `name is not None`, `isinstance(name, tuple)`? */
function falseForNone(condition: Node | null, name: string): boolean {
  const text = condition?.text ?? '';
  const plain = GUARD_NAME.exec(text);
  if (plain) return plain[1] === name;
  const m = /^isinstance\s*\(\s*([A-Za-z_]\w*)\s*,\s*\(?\s*([\w\s,]+?)\s*,?\s*\)?\s*\)$/.exec(text);
  return !!m && m[1] === name && m[2].split(',').every((t) => NOT_NONE_TYPES.has(t.trim()));
}

/** Is `node`, in `fn`, reached only through the branch of an `if` or `elif` whose condition is false when `name` is None? */
function onlyWhenNotNone(fn: Scope, node: Node, name: string): boolean {
  for (const branch of branchesEntered(fn, node)) if (falseForNone(branch.childForFieldName('condition'), name)) return true;
  return false;
}

/** Calls whose result has the same elements as their one argument (`list(sockets)`, `sorted(pairs)`). */
const ELEMENT_COPIES: ReadonlySet<string> = new Set(['list', 'tuple', 'sorted', 'reversed']);

/** The parts a `for` target's pattern unpacks (`a, (b, c)` gives `a` and `(b, c)`); none for any other target. */
function patternNames(left: Node | null): Node[] {
  if (left?.type !== 'pattern_list' && left?.type !== 'tuple_pattern' && left?.type !== 'list_pattern') return [];
  return left.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** Is a `yield` node a `yield from X`? */
function isYieldFrom(y: Node): boolean {
  return y.child(1)?.type === 'from';
}

/** Where `name` is in a pair (`k, v`, `sock, (ip, port)`): 0 or 1; -1 when `left` is no pair or `name` is not one of its two. */
function pairPosition(left: Node | null, name: string): number {
  if (left?.type !== 'pattern_list' && left?.type !== 'tuple_pattern') return -1;
  const parts = left.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  return parts.length === 2 ? parts.findIndex((c) => c.type === 'identifier' && c.text === name) : -1;
}

/** "a" or "an" before a class's name (`an AssociationSocket`, `a Connection`). */
function article(name: string): string {
  return /^[AEIOUaeiou]/.test(name) ? 'an' : 'a';
}

/**
 * An empty dict made by a call: `dict()`, an OrderedDict, or weakref's WeakValueDictionary or WeakKeyDictionary
 * (which hold what is stored in them as a dict does, for as long as something else keeps the value or key alive).
 */
function emptyDict(v: Node): boolean {
  return v.type === 'call' && EMPTY_DICT_MAKER.test(v.childForFieldName('function')?.text ?? '') && !v.childForFieldName('arguments')?.namedChildCount;
}

const EMPTY_DICT_MAKER = /^(dict|(collections\.)?OrderedDict|(weakref\.)?Weak(Value|Key)Dictionary)$/;

/** The dict `X` of `X.items()` (also through `list()`, `sorted()`, `tuple()`), or null. */
function itemsOf(node: Node): string | null {
  if (node.type !== 'call') return null;
  const callee = dottedName(node.childForFieldName('function'));
  const args = callArguments(node);
  if ((callee === 'list' || callee === 'tuple' || callee === 'sorted') && args.length === 1) return itemsOf(args[0]);
  // (Python 2's iteritems() and viewitems() too)
  const dot = callee ? callee.lastIndexOf('.') : -1;
  return callee && dot > 0 && args.length === 0 && dictViewMethod(callee.slice(dot + 1)) === 'items' ? callee.slice(0, dot) : null;
}

/** The expressions a function's decorators apply (`staticmethod`, `contextlib.contextmanager`), outermost first. */
function decoratorsOf(fn: Scope): Node[] {
  const decorated = fn.node.parent?.type === 'decorated_definition' ? fn.node.parent : null;
  return (decorated?.namedChildren ?? []).flatMap((d) => (d?.type === 'decorator' && d.namedChild(0) ? [d.namedChild(0)!] : []));
}

/** Does a function's body only raise (after a docstring, comments and `pass`): an abstract method's `raise NotImplementedError`? */
function onlyRaises(fn: Scope): boolean {
  const body = fn.node.childForFieldName('body');
  const statements = (body?.namedChildren ?? []).filter((n): n is Node => !!n && n.type !== 'comment' && n.type !== 'pass_statement' && !(n.type === 'expression_statement' && n.namedChild(0)?.type === 'string'));
  return statements.length > 0 && statements.every((n) => n.type === 'raise_statement');
}

/** Where the callers that argumentsPassed() read are, for messages: this module, and the subclasses elsewhere that call an inherited method. */
function whereCalled(inherited: ForeignCalls<unknown> | null): string {
  return inherited?.results.length ? 'here and in its subclasses elsewhere' : 'here';
}

/** One thing a scope does to a container (ProvenanceResolver.containerUses()): an assignment to it, a store into it, or a call on it. */
interface ContainerUse {
  scope: Scope;
  assign?: Assign;
  store?: Scope['stores'][number];
  call?: CallFact;
}

/** What a class's methods do to its containers (ProvenanceResolver.classContainerUses()), and its bases in other modules. */
interface ClassContainers {
  byAttr: Map<string, ContainerUse[]>;
  /** The qualified names of the chain's bases in other modules (not the standard library's), which may fill them too. */
  foreign: string[];
}

/**
 * What a scope does to each container `key` names (a target, a store's target, a call's receiver; null
 * for none): its assignments, then its stores, then its calls, each in order.
 */
function usesOf(scope: Scope, key: (target: string) => string | null): Map<string, ContainerUse[]> {
  const out = new Map<string, ContainerUse[]>();
  for (const a of scope.assigns) {
    const k = key(a.target);
    if (k !== null) push(out, k, { scope, assign: a });
  }
  for (const st of scope.stores) {
    const k = key(st.target);
    if (k !== null) push(out, k, { scope, store: st });
  }
  for (const c of scope.calls) {
    const k = c.receiver ? key(c.receiver) : null;
    if (k !== null) push(out, k, { scope, call: c });
  }
  return out;
}

/** The nearest function around `scope` (not `scope` itself) whose own name `name` is: a parameter or an assignment of it; null where none is. */
function bindingFunctionAround(name: string, scope: Scope): Scope | null {
  for (let s: Scope | null = scope.parent; s && s.kind !== 'module'; s = s.parent) {
    if (s.kind === 'function' && (s.params.includes(name) || scopeIndex(s).assignsByTarget.has(name))) return s;
  }
  return null;
}

/** How many `nonlocal` statements in a function's text (its nested functions') name `name`. */
function nonlocalsNaming(fn: Scope, name: string): number {
  return fn.node.text.match(new RegExp(`\\bnonlocal\\b[^\\n]*\\b${name}\\b`, 'g'))?.length ?? 0;
}

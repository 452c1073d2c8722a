// What every SOCK rule asks first about a receiver: is it a socket, of which
// kind, and is there a reason a shutdown would be wrong for it? Rules add their
// own questions (a prior shutdown, a fork, a makefile reader) on top.
import { loopTargets, mangledAttribute, PLAIN_DOTTED, scopeIndex, selfAttribute } from '../analysis/facts.js';
import { semanticModel } from '../analysis/semantic.js';
import { selfAndAncestors } from '../parse.js';
import { LIKELY_RECEIVER, LIKELY_WORDS, LISTENING_METHODS, NOT_SOCKET_CONN_WORDS, SOCKET_ATTRIBUTES, SOCKET_CLASSES, SOCKET_CONSTRUCTION, SOCKET_USING_MODULES } from '../knowledge/socket.js';
import { Evidence } from './judge.js';
import { attributeUses, holdsWord, isRegexSpace, isRegexWordChar } from '../text-search.js';
const LIKELY = new Set(LIKELY_WORDS);
const socketFiles = new WeakMap();
function isSocketFile(ctx) {
    let known = socketFiles.get(ctx.facts);
    if (known === undefined) {
        known = ctx.facts.imports.importsAny(SOCKET_USING_MODULES) || SOCKET_CONSTRUCTION.test(ctx.text);
        socketFiles.set(ctx.facts, known);
    }
    return known;
}
/** Modules whose import gives a file sockets of the socket module's kind (`from gevent import socket` too). */
const PLAIN_SOCKET_IMPORTS = /^(?:_?socket|ssl|socketserver|SocketServer|asyncore|asynchat)(?:\.|$)|(?:^|\.)socket$/;
const zmqModules = new WeakMap();
/**
 * Does the file import zmq, and no module of plain sockets? An import that only a shutdown's guard uses
 * (`import socket` for `socket.SHUT_RDWR` and `socket.error`, `from socket import SHUT_RDWR, error as
 * socket_error`, as a fix writes them) does not count: a second run over a fixed file judges as the first.
 */
function zmqOnly(ctx) {
    if (!ctx.facts.imports.importsAny(/^zmq(?:\.|$)/))
        return false;
    // (once a module: each receiver known only by its name asks, and each answer resolves every use of the name)
    const known = zmqModules.get(ctx.facts);
    if (known !== undefined)
        return known;
    const imported = ctx.facts.imports.namesMatching(PLAIN_SOCKET_IMPORTS);
    const plain = imported.every(({ local, qualified, node }) => {
        if (qualified === 'socket.SHUT_RDWR' || qualified === 'socket.error')
            return true;
        if (qualified !== 'socket' || !node)
            return false;
        // Ex) import socket ... sock.shutdown(socket.SHUT_RDWR) ... except socket.error:   (every other use of the name is its import)
        return moduleNameUses(ctx, local).every((at) => at >= node.startIndex && at < node.endIndex);
    });
    // Ex) socket.socket() where nothing imports socket: a fix's `import socket` would bind that name, and a second run must judge
    // the module as this one does (the fuzz: a ZeroMQ module whose stray `socket.socket()` line the first fix's import gave a module)
    const only = plain && (imported.some(({ local }) => local === 'socket') || !moduleNameUses(ctx, 'socket').length);
    zmqModules.set(ctx.facts, only);
    return only;
}
/**
 * Where the code uses `name` as the module's own name (its import, or a name nothing in the module
 * binds), other than for `name.SHUT_RDWR` and `name.error`, which a fix writes: a function's own
 * `socket = ctx.socket(zmq.REQ)` is no use of it. Comments and strings that say it are no use either.
 */
function moduleNameUses(ctx, name) {
    const model = semanticModel(ctx.facts);
    const out = [];
    // (nor the name a def or class statement gives, a keyword argument's name or an assignment's target: `def socket(self):`, `f(socket=s)`)
    for (const m of ctx.provenance.code().matchAll(new RegExp(`(?<![\\w.])(?<!\\b(?:def|class)\\s+)${name}(?!\\w)(?!\\s*\\.\\s*(?:SHUT_RDWR|error)\\b)(?!\\s*=(?!=))`, 'g'))) {
        const r = model.resolve(name, m.index);
        if (r.t !== 'bound' || r.scope === model.module)
            out.push(m.index);
    }
    return out;
}
/**
 * Does a receiver's last name read like a socket (`sock`, `client_socket`,
 * `conn2`)? `conn` counts only in a file that builds sockets or imports a socket-using module.
 */
export function looksLikeSocket(receiver, extra = [], socketFile = true) {
    const last = receiver.slice(receiver.lastIndexOf('.') + 1);
    if (extra.includes(last) || extra.includes(receiver))
        return true;
    if (!socketFile && /^_*conn\d*$|_conn\d*$/i.test(last))
        return false;
    const words = last
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split('_')
        .filter(Boolean);
    const tail = (words[words.length - 1] ?? '').replace(/\d+$/, '');
    // Ex) self.HTTP_CONN.close(), db_conn.close()   (a protocol client's connection object)
    if (tail === 'conn' && words.slice(0, -1).some((w) => NOT_SOCKET_CONN_WORDS.has(w)))
        return false;
    return LIKELY.has(tail) || (words.length === 1 && /^\w*(sock|socket)$/.test(tail));
}
/** A zero-argument `close()` call (comments may sit inside the parentheses). */
const ZERO_ARG_CLOSE = /close\s*\((?:\s|#[^\n]*\n)*\)/;
const ZERO_ARG_CLOSE_AT = new RegExp(ZERO_ARG_CLOSE.source, 'y');
let lastText = null;
let lastCloses = [];
/**
 * Where the text holds the word `close` (in longer words too). Three rules' prefilters ask about
 * it of the same text (13,000 times a run, most answers none): the text is searched once, and
 * their regexes, which all start at a `close`, are tried only there.
 */
function closesIn(text) {
    if (text !== lastText) {
        lastText = text;
        lastCloses = [];
        for (let at = text.indexOf('close'); at !== -1; at = text.indexOf('close', at + 5))
            lastCloses.push(at);
    }
    return lastCloses;
}
/** Does the text hold the word `close` anywhere? */
export function mentionsClose(text) {
    return closesIn(text).length > 0;
}
/** ZERO_ARG_CLOSE.test(text), tried at each `close` only. */
export function holdsZeroArgClose(text) {
    return closesIn(text).some((at) => {
        ZERO_ARG_CLOSE_AT.lastIndex = at;
        return ZERO_ARG_CLOSE_AT.test(text);
    });
}
/** `/\.\s*close\b(?!\s*\()/.test(text)`: an attribute `close` not called (`atexit.register(sock.close)`), from each `close`. */
export function holdsCloseValue(text) {
    return closesIn(text).some((at) => {
        if (isRegexWordChar(text.charCodeAt(at + 5)))
            return false;
        let after = at + 5;
        while (isRegexSpace(text.charCodeAt(after)))
            after++;
        if (text.charCodeAt(after) === 40)
            return false;
        let before = at - 1;
        while (before >= 0 && isRegexSpace(text.charCodeAt(before)))
            before--;
        return before >= 0 && text.charCodeAt(before) === 46;
    });
}
/**
 * Text without which no receiver in a file can be traced to a socket (the module, `accept()`,
 * SSLSocket, or a factory named like the standard library's: `self.handler.create_connection()`).
 */
function traceable(text) {
    return (holdsWord(text, 'socket') ||
        text.includes('Socket') ||
        (holdsWord(text, 'accept') && /accept\s*\(/.test(text)) ||
        holdsWord(text, 'create_connection') ||
        holdsWord(text, 'create_server') ||
        holdsWord(text, 'fromfd'));
}
/**
 * The prefilter's question for one method: could the file hold a socket
 * receiver of `.method`? Only if some receiver can be traced (traceable()), or
 * one is named like a socket right before the call, or named in socket-names.
 */
export function socketMethodText(method) {
    // Ex) conn.close()   (a receiver named like a socket, looksLikeSocket's words)
    const named = new RegExp(`${LIKELY_RECEIVER}${method}`, 'i');
    // Ex) self.link.close() or atexit.register(self.link.close)
    const onSelf = new RegExp(`\\bself\\s*\\.\\s*([A-Za-z_]\\w*)\\s*\\.\\s*${method}(?!\\w)`, 'g');
    return (text, options) => traceable(text) || named.test(text) || (options.socketNames ?? []).some((n) => text.includes(n)) || inherited(text, onSelf);
}
/** `self.X = <not a placeholder>` for one X: the attribute's value is made in this file. */
const PLACEHOLDER = /^(?:None|0|False|-1|''|""|\(\)|\[\])\s*(?:#.*)?$/;
/** A class statement with a base, from its `class` on: without one, no class in the file inherits anything. */
const CLASS_WITH_BASE_AT = /class[ \t]+\w+[ \t]*\([ \t]*[A-Za-z_]/y;
/**
 * Does a line start a class statement with a base (`class Child(Base):`, after its indentation)? The
 * same as `/^[ \t]*class[ \t]+\w+[ \t]*\([ \t]*[A-Za-z_]/m.test(text)`, from each `class` the text holds
 * instead of from every line start: 90 ms less per run of SOCK003's prefilter on the lib directory.
 */
export function hasClassWithBase(text) {
    for (let i = text.indexOf('class'); i !== -1; i = text.indexOf('class', i + 5)) {
        let j = i - 1;
        while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9))
            j--;
        // A multiline `^`: the text's start, or after \n, \r, U+2028 or U+2029
        const c = j < 0 ? -1 : text.charCodeAt(j);
        if (c !== -1 && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029)
            continue;
        CLASS_WITH_BASE_AT.lastIndex = i;
        if (CLASS_WITH_BASE_AT.test(text))
            return true;
    }
    return false;
}
/**
 * Could a `self.X.method()` in a subclass close what a base class in another module made? Only where
 * the file has a class with a base and gives X no value of its own (none, or only a placeholder such as
 * `None`): the base's module then names the socket, not this file (`class Child(Base): ...
 * self.link.close()`, Base setting `self.link = socket.create_connection(addr)` in base.py).
 */
export function inherited(text, onSelf) {
    if (!text.includes('self') || !hasClassWithBase(text))
        return false;
    const attrs = onSelf instanceof RegExp ? Array.from(text.matchAll(onSelf), (m) => m[1]) : onSelf;
    for (const attr of attrs) {
        let own = false;
        for (const a of text.matchAll(new RegExp(`\\bself\\s*\\.\\s*${attr}\\s*(?::[^=\\n]*)?=(?!=)([^\\n]*)`, 'g'))) {
            if (!PLACEHOLDER.test(a[1].trim())) {
                own = true;
                break;
            }
        }
        if (!own)
            return true;
    }
    return false;
}
/** Modules only MicroPython and CircuitPython have (`from micropython import const`, `import usocket as socket`). */
const MICROPYTHON_MODULES = /^(?:micropython|machine|utime|usocket|ussl|uselect|uasyncio|ubinascii|ujson|ustruct|uos|uerrno|uio|uctypes|esp|esp32|pyb|rp2|espnow|_webrepl|framebuf|neopixel|onewire|microcontroller|adafruit_connection_manager|circuitpython_typing)(?:\.|$)/;
const microNotes = new WeakMap();
/** Why the module is MicroPython's or CircuitPython's (the manifest that packages it, a module only they have), once a module; else null. */
function microPythonNote(ctx) {
    let note = microNotes.get(ctx.facts);
    if (note === undefined) {
        const manifest = ctx.options.microPython;
        const imported = manifest ? null : ctx.facts.imports.firstMatching(MICROPYTHON_MODULES);
        const where = manifest?.split(/[\\/]/).slice(-2).join('/');
        note = where === 'py/mpconfig.h' ? 'the module is in the source tree of MicroPython (or a port of it: its root has py/mpconfig.h)' : manifest ? `a MicroPython manifest.py packages the module (${where})` : imported ? `the module imports ${imported.split('.')[0]}, which only MicroPython and CircuitPython have` : null;
        microNotes.set(ctx.facts, note);
    }
    return note;
}
/** A module's own test for MicroPython (or CircuitPython): `is_micropython()`, `sys.implementation.name == "micropython"`. */
const MICROPYTHON_TEST = /\b[A-Za-z_]*(?:micro|circuit)python\w*\s*\(|\bimplementation\s*\.\s*name\s*[!=]=\s*['"](?:micro|circuit)python['"]|\bfrom\s+u?time\s+import\s+[^\n]*\bticks_(?:ms|us|cpu|diff|add)\b|\bu?time\s*\.\s*ticks_(?:ms|us|cpu|diff|add)\s*\(/i;
/**
 * What MICROPYTHON_TEST needs somewhere in the text: a tenth of its time to find none (its `\b[A-Za-z_]*` is tried at
 * every word). Also MicroPython's own clock, `time.ticks_ms()` (MicroWebSrv2: `try: from time import perf_counter
 * except: from time import ticks_ms`), which no CPython time module has.
 */
const MICROPYTHON_WORD = /(?:micro|circuit)python|ticks_(?:ms|us|cpu|diff|add)/i;
const alsoMicroNotes = new WeakMap();
/**
 * Why a module written for CPython runs on MicroPython too (pylogix: `if not is_micropython():`, and
 * mip's package.json ships it compiled), once a module; else null. Its sockets have a shutdown() on
 * CPython and none on MicroPython, whose socket module has no SHUT_RDWR either.
 */
export function alsoMicroPython(ctx) {
    let note = alsoMicroNotes.get(ctx.facts);
    if (note === undefined) {
        const m = MICROPYTHON_WORD.test(ctx.text) ? MICROPYTHON_TEST.exec(ctx.text) : null;
        note = m ? `the module runs on MicroPython too (${m[0].replace(/\s+/g, ' ').replace(/\s*\($/, '()')})` : null;
        alsoMicroNotes.set(ctx.facts, note);
    }
    return note;
}
/**
 * Judges a receiver at a site: null when it is not a socket (and not named like
 * one), else its provenance, aliases and the evidence its kind gives (a
 * listening, datagram, raw or copied socket skips; a likely one is unsafe).
 * A rule that already asked for the provenance passes it in.
 */
export function judgeReceiver(ctx, receiver, scope, pos, prov = ctx.provenance.receiver(receiver, scope, pos)) {
    const named = () => looksLikeSocket(receiver, ctx.options.socketNames, isSocketFile(ctx));
    const evidence = new Evidence();
    const aliases = () => ctx.order.aliases(receiver, scope);
    // Ex) sock = dummysocket(); inst.handle_accepted(sock, '1')   (a bare double of the tests: see Receiver.doubled)
    let bareDoubles = ((prov.t === 'socket' || prov.t === 'partial') && prov.doubled) || null;
    let doubled = bareDoubles ? bareNote(bareDoubles) : null;
    if (prov.t === 'not') {
        // Ex) f = open(path); f.close()   (not a socket: say nothing unless it is named like one)
        return named() ? { prov, aliases: aliases(), origin: null, evidence: evidence.add('not a socket', prov.why), doubled: null, bareDoubles: null } : null;
    }
    // Ex) self.sock = None everywhere in this file, but named like a socket: set elsewhere (a base class, a caller)
    if ((prov.t === 'none' || prov.t === 'unknown') && !named())
        return null;
    // Ex) umqtt/simple.py: self.sock.close()   (MicroPython's: its sockets have no shutdown(), its socket module no SHUT_RDWR)
    const micro = microPythonNote(ctx);
    if (micro)
        evidence.add('MicroPython', `${micro}: MicroPython's sockets have no shutdown() and its socket module no SHUT_RDWR, so the fix would raise`);
    // Ex) pylogix: if not is_micropython(): ...   (on CPython the shutdown ends the connection; on MicroPython the guard,
    // `except Exception` (buildFix()), catches the AttributeError its missing SHUT_RDWR and shutdown() raise)
    const also = micro ? null : alsoMicroPython(ctx);
    if (also && !doubled)
        doubled = `${also}, where sockets have no shutdown(): the guard catches any Exception`;
    const origin = prov.t === 'socket' || prov.t === 'partial' ? prov.origin : null;
    const from = origin ? ` (${origin})` : '';
    if (prov.t === 'socket' || prov.t === 'partial') {
        if (prov.kind === 'listening')
            evidence.add('listening socket', `${receiver} is a listening socket${from}; shutdown would stop the listener`);
        if (prov.kind === 'datagram')
            evidence.add('datagram socket', `${receiver} is a datagram socket${from}`);
        if (prov.kind === 'raw')
            evidence.add('raw socket', `${receiver} is a raw socket${from}`);
        if (prov.kind === 'copy')
            evidence.add('dup/fromfd copy', `${receiver} is a copy${from}; shutdown would end the original's connection too`);
        if (prov.t === 'partial' && prov.patched)
            evidence.add('socket module patched', prov.patched);
        // Ex) try: self.sock.close() except Exception: pass   (a double's AttributeError is swallowed there too)
        else if (prov.t === 'partial' && prov.doubles) {
            if (!swallowsAttributeError(ctx, pos))
                evidence.add('test doubles', prov.doubles);
            else
                doubled = `${prov.doubles}; the close is where an AttributeError is caught, so the guard catches it too`;
        }
        else if (prov.t === 'partial' && prov.callers)
            evidence.add('likely socket', prov.callers);
        else if (prov.t === 'partial')
            evidence.add('likely socket', `some assignments to ${receiver} could not be traced`);
        // Ex) with closewrapper(sock) as s: s.setsockopt(SOL_SOCKET, SO_LINGER, ...)   (the caller wants a reset)
        if (prov.abortive)
            evidence.add('abortive close', prov.abortive);
        if (prov.kind === 'adopted')
            evidence.add('socket kind unknown', `${receiver} was adopted from a file descriptor of unknown kind`);
        if (prov.kind === 'unknown-type')
            evidence.add('socket kind unknown', `${receiver}'s socket type is not known to be SOCK_STREAM`);
    }
    // Ex) def request_handler(listener: socket.socket): listener.close()   (an annotation gives the type; the name gives the kind)
    if ((prov.t === 'socket' || prov.t === 'partial') && (prov.kind === 'stream' || prov.kind === 'tls') && prov.origin.startsWith('annotated ')) {
        const listener = namedListener(receiver, scope, ctx.facts.scopes, pos);
        if (listener)
            evidence.add('listening socket', `${receiver} is a socket by its annotation, and ${listener} names a listening socket; shutdown would stop the listener`);
    }
    // Ex) tests: inst = HTTPHandler(...); inst.socket = DummySocket(); inst.close()   (self.socket may be a double)
    const own = selfAttribute(scope, receiver);
    const attr = own === null ? null : mangledAttribute(own, scope);
    const double = attr !== null && (prov.t === 'socket' || prov.t === 'partial') ? ctx.provenance.project?.doubles?.(attr) : null;
    // Ex) its tests' DummySocket has no shutdown(): the guard's AttributeError is all it meets
    const bare = double ? (ctx.provenance.project?.attributeDoubles?.(attr) ?? null) : null;
    if (bare) {
        bareDoubles = bare;
        doubled = bareNote(bare);
    }
    else if (double && !swallowsAttributeError(ctx, pos))
        evidence.add('test doubles', `${double} sets .${attr} to a test double, which may have no shutdown()`);
    else if (double)
        doubled = `${double} sets .${attr} to a test double; the close is where an AttributeError is caught, so the guard catches it too`;
    const receiverAliases = aliases();
    // Ex) for x in socket_map.values(): x.socket.close()   (asyncore's map holds the listening dispatchers too)
    if (fromDispatcherMap(receiver, scope)) {
        evidence.add('listening socket', `${receiver} belongs to a dispatcher of asyncore's socket_map, which holds the listening dispatchers too`);
    }
    // Ex) if hasattr(sock, "shutdown"): sock.shutdown(socket.SHUT_RDWR)  else: sock.close()   (scalyr's docker monitor:
    // the branch for an object without shutdown(), Python 3's SocketIO)
    const lacking = withoutShutdownBranch(ctx, receiver, pos);
    if (lacking)
        return { prov, aliases: receiverAliases, origin, evidence: evidence.add('not a socket', lacking), doubled, bareDoubles };
    if (prov.t === 'unknown' || prov.t === 'none') {
        // Ex) conn.linger = True; conn.close()   (a socket has no `linger`: this is some other connection)
        const foreign = foreignUse(ctx, receiverAliases, scope, pos);
        if (foreign)
            return { prov, aliases: receiverAliases, origin, evidence: evidence.add('not a socket', foreign), doubled, bareDoubles };
        // Ex) while self.sockets: sock = self.sockets.pop(); sock.close()   (pyzmq's GreenTest mixin: in a module of ZeroMQ
        // sockets, with no socket module imported, a socket only by its name is one of them, and has no shutdown())
        if (zmqOnly(ctx)) {
            return { prov, aliases: receiverAliases, origin, evidence: evidence.add('not a socket', `${receiver} is a socket only by its name, in a module that imports zmq and no socket module: a ZeroMQ socket, which has no shutdown()`), doubled, bareDoubles };
        }
        // Ex) for sock in listeners: sock.close()   (named a listener: a fix by name would stop a server)
        const listener = namedListener(receiver, scope, ctx.facts.scopes, pos);
        if (listener)
            evidence.add('listening socket', `${receiver} is known only by its name, and ${listener} names a listening socket; shutdown would stop the listener`);
        evidence.add('likely socket', `${receiver} is a socket only by its name`);
    }
    // (at this site: a name rebound in its function counts what it holds here, not its other values)
    const methods = ctx.order.methodsCalled(receiverAliases, scope, pos);
    // Ex) sock.setsockopt(SOL_SOCKET, SO_LINGER, struct.pack('ii', 1, 0)); sock.close()   (a reset on purpose)
    if (ctx.order.setsLinger(receiverAliases, scope, pos))
        evidence.add('abortive close', `${receiver} sets SO_LINGER, so its close() is meant to be abortive; shutdown would turn the reset into a FIN`);
    // Ex) def serve(): sock, _ = server_sock.accept(); event.wait(3); sock.close()  ...  with pytest.raises(BrokenResourceError): await stream.receive()
    const resetBy = ctx.order.resetExpected(receiverAliases, scope, pos);
    if (resetBy)
        evidence.add('abortive close', `${resetBy}() expects the peer to see the connection reset, and ${receiver} is closed with its input unread, which sends RST; shutdown would turn the reset into a FIN`);
    // Ex) self.socket: socket.socket ... self.socket.accept()   (an annotation gives the type, not the kind)
    for (const m of LISTENING_METHODS) {
        if (!methods.has(m))
            continue;
        // Ex) start(sock, addr), where start() calls sock.listen(5)
        const via = ctx.order.methodVia(receiverAliases, scope, pos, m);
        evidence.add('listening socket', `${receiver}.${m}() is called${via ? ` (in ${via}())` : ''}; shutdown would stop the listener`);
    }
    // Ex) sock = socket(AF_INET, SOCK_STREAM); sock.listen(5) ... except Exception: sock._socket.close()   (curio: the raw socket
    // inside a wrapper that listens is the listener)
    // (not `self._sock`: a class's own listen() or accept() method says nothing of its socket's kind)
    const inner = prov.t === 'unknown' || prov.t === 'none' ? /^([A-Za-z_][\w.]*)\._(?:sock|socket)$/.exec(receiver) : null;
    if (inner && inner[1] !== scope.selfName && !methods.has('listen') && !methods.has('accept')) {
        const outer = ctx.order.methodsCalled(ctx.order.aliases(inner[1], scope), scope, pos);
        const m = LISTENING_METHODS.find((l) => outer.has(l));
        if (m)
            evidence.add('listening socket', `${inner[1]}.${m}() is called, and ${receiver} is the socket inside it; shutdown would stop the listener`);
    }
    // Ex) for s in self._services: s.bind_and_listen() ... for s in self._services: s.sock.close()   (diesel: the element listens,
    // so the socket it holds is its listener; not where the provenance knows the socket)
    const elementListens = prov.t !== 'socket' && !methods.has('listen') ? ctx.order.elementListens(receiver, scope) : null;
    if (elementListens) {
        const head = receiver.slice(0, receiver.indexOf('.'));
        evidence.add('listening socket', `${head}, an element of a collection whose elements listen (in ${elementListens}()), holds ${receiver}: its listening socket; shutdown would stop the listener`);
    }
    // Ex) for _sock in _sockets: _sock.sendto(SEARCH, (MCAST_GRP, MCAST_PORT)) ... _sock.close()   (known by its name, sent to addresses)
    // (not where the provenance tells the kind already: a raw socket sends with sendto() too)
    const known = (prov.t === 'socket' || prov.t === 'partial') && prov.kind !== 'unknown-type';
    // (nor where send() or sendall() is called too, as on a connected socket: netius's connection sends with either)
    // Ex) def server_proc(n, sock): msg, addr = yield sock.recvfrom(1024) ... sock.close()   (pycos' UDP example: it receives datagrams)
    // (a receive from an address says less than a send to one: not where recv() or makefile() is used too)
    const received = ['recvfrom', 'recvfrom_into'].find((m) => methods.has(m) && !['recv', 'recv_into', 'makefile'].some((r) => methods.has(r)));
    const addressed = methods.has('sendto') ? 'sendto' : received;
    if (!known && addressed && !['connect', 'connect_ex', 'accept', 'listen', 'send', 'sendall'].some((m) => methods.has(m))) {
        evidence.add('datagram socket', `${receiver}.${addressed}() is called, as on a datagram socket; shutdown does nothing there`);
    }
    // Ex) s = make_bound(addr); s.close()   (the factory bound it and nothing connected it)
    const unconnected = (prov.t === 'socket' || prov.t === 'partial') && prov.kind === 'unconnected';
    if ((methods.has('bind') || unconnected) && !methods.has('connect') && !methods.has('connect_ex')) {
        // Ex) sock.bind(addr); ...; sock.close()   (bound, never connected: shutdown only raises ENOTCONN)
        evidence.add('not connected', `${receiver} is bound and never connected; shutdown does nothing`);
    }
    return { prov, aliases: receiverAliases, origin, evidence, doubled, bareDoubles };
}
/** The message for a socket whose descriptor another socket object took (OrderFacts.detachedBefore()). */
export function detachedText(receiver, call) {
    const line = call.node.startPosition.row + 1;
    return call.method === 'detach' && call.args.length === 0
        ? `${receiver}.detach() at line ${line} gave its descriptor to another object; the close does nothing, and shutdown would only raise EBADF`
        : `${receiver}._sock was handed to ${call.callee ?? 'a call'}() at line ${line} (Python 2's rewrap); the close drops only the old wrapper, and shutdown would end the new one's connection`;
}
/** The project's tests hand the code doubles that are bare classes of the project: their names, for messages. */
export function bareDoublesText(classes) {
    const shown = classes.slice(0, 3).join(', ') + (classes.length > 3 ? ', ...' : '');
    return `the project's tests hand it doubles without shutdown() (${shown})`;
}
/** SOCK001's note for bare doubles: its guard catches their AttributeError. */
function bareNote(classes) {
    return `${bareDoublesText(classes)}: the guard also catches AttributeError`;
}
const CATCHES_ATTRIBUTE_ERROR = /^\(?\s*(?:[\w.]+\s*,\s*)*(?:builtins\.)?(?:Exception|BaseException|AttributeError)\b/;
/**
 * Is the statement at `pos` inside a try body whose handlers catch
 * AttributeError (bare `except:`, `except Exception`, a tuple naming it)? A
 * double without shutdown() then raises into that handler, as a failing
 * close() would have.
 */
function swallowsAttributeError(ctx, pos) {
    const at = ctx.facts.tree.rootNode.descendantForIndex(pos, pos);
    let child = null;
    for (const node of at ? selfAndAncestors(at) : []) {
        if (node.type === 'function_definition' || node.type === 'class_definition')
            return false;
        const body = child;
        child = node;
        if (!body || node.type !== 'try_statement' || node.childForFieldName('body')?.id !== body.id)
            continue;
        for (const clause of node.namedChildren) {
            if (clause?.type !== 'except_clause')
                continue;
            const type = clause.namedChildren.find((c) => c?.type !== 'block' && c?.type !== 'comment');
            if (!type || CATCHES_ATTRIBUTE_ERROR.test(type.text.replace(/\s+as\s+\w+$/, '')))
                return true;
        }
    }
    return false;
}
/**
 * The reason a close is where its receiver has no `shutdown` attribute: in the `else` of an
 * `if hasattr(X, "shutdown"):`, or the body of an `if not hasattr(X, "shutdown"):`, in its function. Null elsewhere.
 */
function withoutShutdownBranch(ctx, receiver, pos) {
    const at = ctx.facts.tree.rootNode.descendantForIndex(pos, pos);
    const test = new RegExp(`^(not\\s+)?hasattr\\(\\s*${receiver.replace(/\./g, '\\s*\\.\\s*')}\\s*,\\s*(['"])shutdown\\2\\s*\\)$`);
    let child = null;
    for (const node of at ? selfAndAncestors(at) : []) {
        if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda')
            return null;
        const from = child;
        child = node;
        if (!from || node.type !== 'if_statement')
            continue;
        const m = test.exec(node.childForFieldName('condition')?.text.replace(/\s+/g, ' ').trim() ?? '');
        if (!m)
            continue;
        const inBody = node.childForFieldName('consequence')?.id === from.id;
        const inElse = from.type === 'else_clause';
        if ((m[1] && inBody) || (!m[1] && inElse))
            return `${receiver} is closed where hasattr(${receiver}, "shutdown") is false: it has no shutdown() there`;
    }
    return null;
}
const LISTENER_WORD = /listen/i;
/**
 * The name that says a receiver known only by its name is a listener: its own last part
 * (`self.listen_sock`, `listener`), or the collection a `for` loop takes it from (`for sock in
 * self.LISTENERS`, `for s in listeners.values()`). Null when neither says so.
 */
function namedListener(receiver, scope, scopes, pos) {
    const last = receiver.slice(receiver.lastIndexOf('.') + 1);
    if (LISTENER_WORD.test(last))
        return `\`${last}\``;
    // (the loop around the close, where one is: `for sock in self.udp_socks.values()` after another is another collection;
    // so is one that binds the name in a tuple, `for _, sock in self.beacon_socks.values()`)
    const all = loopCollections(receiver, scope).filter((c) => /^[\w.]+$/.test(c.text));
    const around = all.filter((c) => loopOf(c).startIndex <= pos && pos < loopOf(c).endIndex);
    const inOther = scope.loops.some((l) => l.type === 'for_statement' && l.startIndex <= pos && pos < l.endIndex && new RegExp(`(?<![\\w.])${receiver.replace(/\./g, '\\.')}(?![\\w.])`).test(l.childForFieldName('left')?.text ?? ''));
    const collections = around.length || inOther ? around : all;
    const collection = collections.find((c) => LISTENER_WORD.test(c.text));
    if (collection)
        return `\`${collection.text}\``;
    // Ex) for interface, listen_sock in self.tcp_sockets.items(): ... for sock in self.tcp_sockets.values(): sock.close()
    // (caproto's trio server: another loop over the same collection names its elements listeners)
    for (const c of collections) {
        const named = elementNamedListener(c.text, scope, scopes);
        if (named)
            return named;
    }
    // Ex) for listener in listeners: listener.socket.close()   (the socket a listener object keeps)
    const head = receiver.slice(0, Math.max(0, receiver.lastIndexOf('.')));
    if (head && SERVER_SOCKET_ATTRIBUTE.test(last)) {
        if (LISTENER_WORD.test(head.slice(head.lastIndexOf('.') + 1)))
            return `\`${head}\``;
        const holders = loopCollections(head, scope).find((c) => /^[\w.]+$/.test(c.text) && LISTENER_WORD.test(c.text));
        if (holders)
            return `\`${holders.text}\``;
        // Ex) server = vxi11.SrqInterruptTCPServer("", prog, vers, 0, self) ... server.sock.close()   (a server object's own socket)
        // Ex) server = ae.start_server(("localhost", port), block=False) ... server.socket.close()   (pynetdicom: a server factory's server)
        const made = assignedNames(head, scope);
        const callees = made.length && made.every((n) => n.endsWith('()')) ? made.map((n) => n.slice(0, -2)) : [];
        if (callees.length && callees.every((c) => SERVER_CLASS.test(c)))
            return `the server class \`${callees[0]}\``;
        if (callees.length && callees.every((c) => SERVER_FACTORY.test(c)))
            return `the server factory \`${made[0]}\``;
        // Ex) server = shell.servers[port]; server.http.shutdown(); server.http.socket.close(); server.http.server_close()
        // (koadic: the holder gets calls only a socketserver server has, so its .socket is that server's listener)
        const served = last === 'socket' ? scope.calls.find((c) => c.receiver === head && SOCKETSERVER_METHODS.has(c.method)) : undefined;
        if (served)
            return `the socketserver call \`${head}.${served.method}()\``;
    }
    // Ex) def set_listener(self, listener): self.socket = listener   (the value it is given is named a listener)
    const names = assignedNames(receiver, scope);
    // Ex) lsock = eventlet.listen(addr); sock = lsock   (and the names given to a name it is given)
    for (const n of [...names])
        if (/^[A-Za-z_]\w*$/.test(n) && n !== receiver)
            names.push(...assignedNames(n, scope));
    const given = names.find((n) => LISTENER_WORD.test(n.slice(n.lastIndexOf('.') + 1)));
    if (given)
        return `\`${given}\` (assigned to it)`;
    // Ex) class BaseServer: ... def close(self): self.socket.close()   (a server's own socket is its listener)
    const attr = selfAttribute(scope, receiver);
    const owner = scope.ownerClass;
    if (attr !== null && SERVER_SOCKET_ATTRIBUTE.test(attr) && owner && SERVER_CLASS.test(owner.name))
        return `the server class \`${owner.name}\``;
    // Ex) def _stop_serving(self, sock): ... sock.close()   (asyncio's proactor: the function that closes a parameter is named for a listener)
    // Ex) def setup_sd_listen_socket(stype, sock, addr): def cleanup(): sock.close()   (xpra: a closure over such a parameter)
    const closer = givenTo(receiver, scope);
    if (closer && SERVING_FUNCTION.test(closer.name))
        return `the function \`${closer.name}()\` it is given to`;
    return null;
}
/**
 * The function whose parameter a plain name is where it is closed: the closing function's own, or, in a
 * closure that never binds the name itself, that of the nearest function around it that does.
 */
function givenTo(name, scope) {
    if (!/^[A-Za-z_]\w*$/.test(name))
        return null;
    for (let s = scope; s && s.kind === 'function'; s = s.parent) {
        if (s.params.includes(name))
            return s;
        if (s.assigns.some((a) => a.target === name) || loopTargets(s).has(name))
            return null;
    }
    return null;
}
/** Methods of socketserver's servers that no socket has: a holder they are called on is such a server. */
const SOCKETSERVER_METHODS = new Set(['server_close', 'serve_forever', 'handle_request', 'server_activate', 'server_bind', 'shutdown_request', 'close_request', 'get_request']);
/** The attributes a server class keeps its own socket in. */
const SERVER_SOCKET_ATTRIBUTE = /^_*(?:sock|socket|server_sock|server_socket|srv_sock)$/;
/** A class named as a server (not its handler, channel or connection). */
const SERVER_CLASS = /Server$/;
/** A function named for what serves or listens (`_stop_serving`, `close_listener`): a socket it is given and closes is a listener. */
const SERVING_FUNCTION = /listen|serving/i;
/** A call that makes a server object (`ae.start_server()`, `make_server()`), whose socket attribute is its listener. */
const SERVER_FACTORY = /(?:^|[._])(?:make|start|create|run)_server$/;
/** The names, dotted names and called functions (`f()`) assigned to `receiver` (a local name in its scope, or `self.X` in its class's methods). */
function assignedNames(receiver, scope) {
    const attr = selfAttribute(scope, receiver);
    // (once a class and attribute: each `self.X` site of a class of 3,000 methods read all their assignments)
    if (attr !== null && scope.ownerClass) {
        let byAttr = classAssignedNames.get(scope.ownerClass);
        if (!byAttr)
            classAssignedNames.set(scope.ownerClass, (byAttr = new Map()));
        let names = byAttr.get(attr);
        if (!names)
            byAttr.set(attr, (names = namesAssigned(receiver, scope, attr)));
        return [...names];
    }
    return namesAssigned(receiver, scope, attr);
}
const classAssignedNames = new WeakMap();
function namesAssigned(receiver, scope, attr) {
    const out = [];
    const add = (value) => {
        if (value.type === 'identifier' || value.type === 'attribute')
            out.push(value.text);
        // Ex) sock = eventlet.listen(addr)   (a library's factory named for what it makes)
        const fn = value.type === 'call' ? value.childForFieldName('function') : null;
        if (fn?.type === 'identifier' || fn?.type === 'attribute')
            out.push(`${fn.text}()`);
    };
    if (attr !== null && scope.ownerClass) {
        for (const m of scope.ownerClass.methods.values()) {
            for (const a of m.assigns)
                if (a.tupleIndex === -1 && selfAttribute(m, a.target) === attr)
                    add(a.value);
        }
    }
    else if (/^[A-Za-z_]\w*$/.test(receiver)) {
        for (const a of scopeIndex(scope).assignsByTarget.get(receiver) ?? [])
            if (a.tupleIndex === -1)
                add(a.value);
    }
    return out;
}
/**
 * A `for` loop over the collection `collection` (`self.X` in a method of the same class, or a name in the same
 * scope) whose element, or the value part of an `items()` pair, is named a listener: that loop's text. Null when none.
 */
function elementNamedListener(collection, scope, scopes) {
    const own = selfAttribute(scope, collection);
    if (own !== null && scope.ownerClass) {
        // (once a class: a class of 3,000 methods each closing its own list read every method's loops for each)
        let byAttr = listenerLoopsByClass.get(scope.ownerClass);
        if (!byAttr) {
            byAttr = new Map();
            for (const s of scopes)
                if (s.ownerClass === scope.ownerClass && s.selfName)
                    for (const [object, text] of listenerLoops(s)) {
                        const attr = selfAttribute(s, object);
                        if (attr !== null && !byAttr.has(attr))
                            byAttr.set(attr, text);
                    }
            listenerLoopsByClass.set(scope.ownerClass, byAttr);
        }
        return byAttr.get(own) ?? null;
    }
    return listenerLoops(scope).find(([object]) => object === collection)?.[1] ?? null;
}
const listenerLoopsByClass = new WeakMap();
const listenerLoopsByScope = new WeakMap();
/** The `for` loops of a scope whose element (or the value of an `items()` pair) is named a listener: each collection's text, with the loop's. */
function listenerLoops(scope) {
    let found = listenerLoopsByScope.get(scope);
    if (found)
        return found;
    found = [];
    for (const loop of scope.loops) {
        if (loop.type !== 'for_statement')
            continue;
        const right = loop.childForFieldName('right');
        const call = right?.type === 'call' ? right.childForFieldName('function') : null;
        const object = call ? call.childForFieldName('object') : right;
        const view = call?.childForFieldName('attribute')?.text ?? null;
        if (!object || (view !== null && !['values', 'items', 'itervalues', 'iteritems'].includes(view)))
            continue;
        const left = loop.childForFieldName('left');
        const element = left?.type === 'identifier' ? left : view === 'items' || view === 'iteritems' ? left?.namedChildren.at(-1) : null;
        if (element?.type === 'identifier' && LISTENER_WORD.test(element.text))
            found.push([object.text, `\`for ${left.text} in ${right.text}\``]);
    }
    listenerLoopsByScope.set(scope, found);
    return found;
}
/** The `for` statement whose collection (loopCollections()) `node` is. */
function loopOf(node) {
    let n = node;
    while (n.parent && n.type !== 'for_statement')
        n = n.parent;
    return n;
}
/** The collections the `for` loops of a scope whose target is `name` walk: `xs` in `for name in xs:` and in `for name in xs.values():`. */
function loopCollections(name, scope) {
    const out = [];
    for (const loop of scope.loops) {
        if (loop.type !== 'for_statement' || loop.childForFieldName('left')?.text !== name)
            continue;
        const right = loop.childForFieldName('right');
        const collection = right?.type === 'call' ? right.childForFieldName('function')?.childForFieldName('object') : right;
        if (collection)
            out.push(collection);
    }
    return out;
}
/** Is `receiver` the `.socket` of a loop variable over asyncore's socket_map (or a name bound to it)? */
function fromDispatcherMap(receiver, scope) {
    const m = /^([A-Za-z_]\w*)\.socket$/.exec(receiver);
    if (!m)
        return false;
    const index = scopeIndex(scope);
    const isMap = (text) => /\bsocket_map\b/.test(text) || (index.assignsByTarget.get(text) ?? []).some((a) => /\bsocket_map\b/.test(a.value.text));
    return loopCollections(m[1], scope).some((c) => isMap(c.text));
}
const foreignCache = new WeakMap();
/** Every `NAME.attr` of a module's text, by NAME (attributeUses), for the module-wide question of foreignUse(). */
const moduleUses = new WeakMap();
/**
 * Negative evidence for a receiver known only by its name: an attribute a
 * socket does not have (`conn.request()`, `conn.linger = True`), a close() that
 * takes arguments, or an isinstance() test against another class, anywhere in
 * its function (in its class, for `self.X`); an attribute a socket does not have
 * anywhere in its module, for a local name or a module's global (`pos`: the close).
 */
function foreignUse(ctx, aliases, scope, pos) {
    let cache = foreignCache.get(ctx.facts);
    if (!cache)
        foreignCache.set(ctx.facts, (cache = new Map()));
    for (const alias of aliases) {
        const inClass = selfAttribute(scope, alias) !== null;
        const region = inClass ? scope.ownerClass.node : scope.node;
        const key = `${region.id}\0${alias}`;
        let found = cache.get(key);
        if (found === undefined) {
            found = null;
            const text = region.text;
            const name = alias.replace(/\./g, '\\s*\\.\\s*');
            for (const m of text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*([A-Za-z_]\\w*)(\\s*\\(\\s*[^)\\s])?`, 'g'))) {
                // Ex) sock._decref_socketios()   (private names say nothing: socket.socket has many of its own)
                const lacking = !SOCKET_ATTRIBUTES.has(m[1]) && !m[1].startsWith('_');
                if (!lacking && !(m[1] === 'close' && m[2]))
                    continue;
                // Ex) # Just drop the conn. TODO: write 503 back?   (cheroot: words in a comment or a string are no use of the name)
                if (inStringOrComment(ctx, region.startIndex + m.index))
                    continue;
                found = lacking ? `${alias}.${m[1]} is used, and a socket has no ${m[1]}` : `${alias}.close() is called with arguments, and a socket's close() takes none`;
                break;
            }
            const isinstance = found ? null : new RegExp(`isinstance\\(\\s*${name}\\s*,\\s*([\\w.]+)\\s*\\)`).exec(text);
            if (isinstance && !SOCKET_CLASSES.has(ctx.facts.qualifyAt(isinstance[1], region.startIndex + isinstance.index))) {
                found = `${alias} is tested with isinstance(..., ${isinstance[1]})`;
            }
            cache.set(key, found);
        }
        if (found)
            return found;
    }
    // Ex) def put(self, conn): conn.rfile.read() ... def close(self): for conn in conns: conn.close()
    // (a name known only by its name means the same thing across its module)
    for (const alias of aliases) {
        if (!/^[A-Za-z_]\w*$/.test(alias) || selfAttribute(scope, alias) !== null)
            continue;
        const key = `module\0${alias}`;
        let found = cache.get(key);
        if (found === undefined) {
            found = null;
            const own = scope.node;
            let uses = moduleUses.get(ctx.facts);
            if (!uses)
                moduleUses.set(ctx.facts, (uses = attributeUses(ctx.text)));
            // As the regex `(?<![\w.])ALIAS\s*\.\s*([A-Za-z_]\w*)` would go through the text: each match after the one before
            let after = 0;
            for (const { at, attr, end } of uses.get(alias) ?? []) {
                if (at < after)
                    continue;
                after = end;
                if (SOCKET_ATTRIBUTES.has(attr) || attr.startsWith('_'))
                    continue;
                if (at >= own.startIndex && at < own.endIndex)
                    continue;
                // Ex) import socket ... for socket in socks: socket.close()   (the module's `socket.create_connection` is another binding)
                if (!ctx.facts.qualifyAt(alias, at).startsWith('<local>.') || inStringOrComment(ctx, at))
                    continue;
                // Ex) sock = socksocket(); sock.setproxy(...)   (there the name holds a socket, of a subclass with methods of its own)
                if (ctx.provenance.receiver(alias, ctx.facts.scopeAt(at), at).t === 'socket')
                    continue;
                found = `${alias}.${attr} is used at line ${ctx.position(at).line} of this module, and a socket has no ${attr}: the name ${alias} stands for something else here`;
                break;
            }
            cache.set(key, found);
        }
        if (found)
            return found;
    }
    // Ex) plexpy.WEBSOCKET.close() ... def send_ping(): plexpy.WEBSOCKET.ping("Hi?")   (Tautulli: a global of another module,
    // one object wherever this module names it; a websocket-client WebSocket, whose shutdown() takes no argument)
    // (an attribute of a local name, as a local name above; not of `self`, which stands for another class's instance elsewhere)
    for (const alias of aliases) {
        const dot = alias.indexOf('.');
        if (dot === -1 || !PLAIN_DOTTED.test(alias))
            continue;
        const head = alias.slice(0, dot);
        if (head === scope.selfName || head === 'self' || head === 'cls')
            continue;
        const bound = ctx.facts.qualifyAt(head, pos);
        const key = `global\0${bound}\0${alias}`;
        let found = cache.get(key);
        if (found === undefined) {
            found = null;
            const name = alias.replace(/\./g, '\\s*\\.\\s*');
            for (const m of ctx.text.matchAll(new RegExp(`(?<![\\w.])${name}\\s*\\.\\s*([A-Za-z_]\\w*)`, 'g'))) {
                const at = m.index;
                if (SOCKET_ATTRIBUTES.has(m[1]) || m[1].startsWith('_'))
                    continue;
                // Ex) def f(plexpy): plexpy.WEBSOCKET.ping()   (another binding of the head)
                if (ctx.facts.qualifyAt(head, at) !== bound || inStringOrComment(ctx, at))
                    continue;
                if (ctx.provenance.receiver(alias, ctx.facts.scopeAt(at), at).t === 'socket')
                    continue;
                found = `${alias}.${m[1]} is used at line ${ctx.position(at).line} of this module, and a socket has no ${m[1]}: ${alias} holds something else`;
                break;
            }
            cache.set(key, found);
        }
        if (found)
            return found;
    }
    return null;
}
/** Is the offset inside a string or a comment? */
function inStringOrComment(ctx, at) {
    const node = ctx.facts.tree.rootNode.descendantForIndex(at, at);
    for (const n of node ? selfAndAncestors(node) : []) {
        if (n.type === 'string' || n.type === 'comment' || n.type === 'string_content')
            return true;
        if (n.type === 'expression_statement' || n.type === 'block' || n.type === 'module')
            break;
    }
    return false;
}
/** `(accept())` after a message, or nothing when the receiver is a socket only by its name (its evidence says so). */
export function originNote(judged) {
    return judged.origin ? ` (${judged.origin})` : '';
}
/** Is the node inside a function or top-level statement that does not parse? */
export function nearSyntaxError(ctx, scope, node) {
    if (!ctx.facts.tree.rootNode.hasError)
        return false;
    if (scope.kind === 'function')
        return scope.node.hasError;
    let n = node;
    while (n.parent && n.parent.type !== 'module')
        n = n.parent;
    return n.hasError || n.type === 'ERROR';
}
/** Every zero-or-more-argument method call `X.method(...)` with a dotted receiver, in each scope. */
export function* methodCalls(ctx, method) {
    for (const scope of ctx.facts.scopes) {
        for (const call of scope.calls)
            if (call.method === method && call.receiver)
                yield { call, scope };
    }
}
/**
 * Builds a finding from a rule's evidence. Building the fix can add reasons of
 * its own (a syntax error nearby, a layout the rewrite cannot handle, a socket
 * name it cannot be sure of); the verdict is then taken again, by the same rule.
 */
export function makeFinding(ctx, code, scope, site, judged, buildFix, 
/** What a fix that cannot be built makes of the site: a skip (the default) or a finding with no fix. */
onFixError = 'skipped') {
    const { evidence, base } = judged;
    let verdict = evidence.verdict(base);
    let fix = null;
    if (verdict.outcome !== 'skipped' && buildFix) {
        if (nearSyntaxError(ctx, scope, site.node)) {
            evidence.add('syntax error nearby', `${verdict.detail}; no fix: the surrounding code does not parse`);
            verdict = evidence.verdict(base);
        }
        else {
            const built = buildFix();
            if ('error' in built) {
                if (onFixError === 'skipped') {
                    evidence.add('layout not supported', `${verdict.detail}; no fix: ${built.error}`);
                    verdict = evidence.verdict(base);
                }
                else {
                    verdict = { outcome: 'no-fix', detail: `${verdict.detail}; no fix: ${built.error}` };
                }
            }
            else {
                const { unsafe, ...rest } = built;
                if (unsafe) {
                    evidence.add('socket name unresolved', unsafe);
                    verdict = evidence.verdict(base);
                }
                fix = { ...rest, applicability: verdict.outcome === 'fix-safe' ? 'safe' : 'unsafe' };
            }
        }
    }
    const { outcome, reason } = verdict;
    const message = verdict.detail;
    return {
        code,
        message,
        location: ctx.position(site.receiverNode.startIndex),
        end: ctx.position(site.node.endIndex),
        start: site.receiverNode.startIndex,
        endOffset: site.node.endIndex,
        receiver: site.receiver,
        outcome,
        ...(reason ? { reason } : {}),
        fix,
    };
}

// Facts that depend on what happens before and after a close inside its
// function: a prior shutdown, a fork, a makefile() reader, a dup() copy.
import { CONNECTING, FORK_CALLS, HTTP_CONNECTION, MAKEFILE_READER_CLASSES, SETUP, SOCKET_CLASSES, STREAM_REQUEST_HANDLER, BUFFERED_WFILE_HANDLER, isSpawnCall } from '../knowledge/socket.js';
import { loopGuards } from './guards.js';
import { ancestors } from '../parse.js';
import { assignedNode, asyncioConnects, bodyOf, callArguments, countBefore, dictViewMethod, dominates, dottedName, py3DictViews, firstAfter, getattrTarget, keywordValue, push, scopeIndex, selfAttribute, statementOf, loopsAround } from './facts.js';
/** Expressions that pass a value through to whatever holds their result. */
const WRAPPERS = new Set([
    'argument_list', 'call', 'tuple', 'list', 'parenthesized_expression', 'keyword_argument',
    'conditional_expression', 'boolean_operator', 'expression_list', 'pair', 'dictionary',
]);
/** The methods called on any of the names in one scope, and whether one sets SO_LINGER. */
function methodsOn(s, names, within, away) {
    const out = { methods: new Set(), linger: false };
    const index = scopeIndex(s);
    for (const n of names) {
        const calls = index.callsByReceiver.get(n) ?? [];
        // Ex) 20,000 times `s = socket.socket(); s.connect(a); s.close()`: each close reads its own stretch's calls, not all of them
        const [first, end] = within ? [countBefore(calls, within[0]), within[1]] : [0, Infinity];
        for (let i = first; i < calls.length && calls[i].pos < end; i++) {
            const call = calls[i];
            if (!call.method)
                continue;
            // Ex) for s in readable: if s is server: s.accept() ...  else: s.close()   (done to the listener, not to this element)
            if (away?.some(([a, b]) => a <= call.pos && call.pos < b))
                continue;
            out.methods.add(call.method);
            // Ex) sock = CircusSocket(...); sock.bind_and_listen()   (a socket subclass's or wrapper's own method named for listening)
            if (call.method !== 'listen' && LISTEN_NAMED.test(call.method))
                addDone(out, 'listen', `${call.receiver}.${call.method}`);
            // Ex) sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
            if (call.method === 'setsockopt' && call.args.some((arg) => /\bSO_LINGER\b/.test(arg.text)))
                out.linger = true;
        }
    }
    return out;
}
/**
 * Is the close in an except clause of a try whose body ends with the statement that hands the socket
 * to `call` (`try: conn = Wrapper(sock)  except: sock.close()`, `try: q.put(sock)  except Full: sock.close()`)?
 * There the handler runs only when that statement (or one before it) raised, so nothing got the socket.
 */
function raisedBeforeHeld(call, closeNode, top) {
    for (const n of ancestors(closeNode, top)) {
        if (n.type === 'function_definition' || n.type === 'lambda')
            return false;
        if (n.type !== 'except_clause')
            continue;
        const body = n.parent?.type === 'try_statement' ? n.parent.childForFieldName('body') : null;
        const last = body?.namedChildren.filter((c) => c?.type !== 'comment').at(-1);
        if (!last || call.startIndex < last.startIndex || call.endIndex > last.endIndex)
            return false;
        // (the statement is the call itself, or the assignment of its result, not a later use of it)
        const expression = last.type === 'expression_statement' ? last.namedChild(0) : null;
        return expression?.id === call.id || (expression?.type === 'assignment' && expression.childForFieldName('right')?.id === call.id);
    }
    return false;
}
/** The forks that run the caller's own code in the child (not a Process, which runs its target). */
const PLAIN_FORKS = new Set(['os.fork', 'os.forkpty', 'pty.fork']);
/** A test's expectation that the peer sees the connection reset: the exception in a raises()/assertRaises() call. */
const RESET_EXPECTED = /\b(?:raises|assertRaises|assertRaisesRegexp?)\s*\(\s*\(?[\w.,\s]*?\b(?:ConnectionResetError|ConnectionAbortedError|BrokenResourceError|BrokenPipeError)\b/;
/** Methods that read a socket's input. */
const READS = ['recv', 'recv_into', 'recvfrom', 'recvfrom_into', 'recvmsg', 'recvmsg_into', 'makefile', 'read'];
/** Methods that hand a socket's descriptor or data stream to another holder, which may connect or read it. */
const PASSES_ON = new Set(['fileno', 'dup', 'detach', 'makefile', 'share', 'set_inheritable']);
/** Calls that take a socket without doing anything to it that decides its kind: weak references, reference counts, types, ioctl()s and fcntl()s on its descriptor. */
const HARMLESS_HOLDERS = new Set(['ref', 'proxy', 'finalize', 'WeakSet', 'WeakValueDictionary', 'getrefcount', 'type', 'format', 'bool', 'ioctl', 'fcntl']);
/** Does a nested function bind `name` itself (a parameter or an assignment), or does `self.X`'s self differ there? */
function closureBinds(child, name) {
    const head = name.includes('.') ? name.slice(0, name.indexOf('.')) : name;
    return child.params.includes(head) || scopeIndex(child).assignsByTarget.has(head);
}
/** The calls that put their last argument in the container they are called on. */
const STORING = new Set(['append', 'appendleft', 'add', 'insert', 'setdefault']);
/**
 * The container a `for` loop takes one of `names` from: `X` of `for n in X:` or `for n in X.values():`,
 * or of `for k, n in X.items():`. Null for any other loop.
 */
function loopContainer(loop, names) {
    const left = loop.childForFieldName('left');
    const right = loop.childForFieldName('right');
    if (!left || !right)
        return null;
    const call = right.type === 'call' ? right.childForFieldName('function') : null;
    // (Python 2's itervalues() and iteritems() as values() and items())
    const method = call?.type === 'attribute' ? dictViewMethod(call.childForFieldName('attribute')?.text) : null;
    const object = call?.type === 'attribute' ? call.childForFieldName('object') : null;
    if (left.type === 'identifier' && names.has(left.text)) {
        if (!call)
            return dottedName(right);
        return method === 'values' && object ? dottedName(object) : null;
    }
    if ((left.type === 'pattern_list' || left.type === 'tuple_pattern') && left.namedChildCount === 2 && method === 'items' && object) {
        const second = left.namedChild(1);
        return second?.type === 'identifier' && names.has(second.text) ? dottedName(object) : null;
    }
    return null;
}
/**
 * The containers the `for` loops of a scope take one of `names` from (loopContainer()), each with its
 * text (normalizeSelf()) and, for a `self.X`, the class that owns it (a `self.X` outside a method is left out).
 */
function* loopContainers(s, names) {
    for (const loop of s.loops) {
        if (loop.type !== 'for_statement')
            continue;
        const container = loopContainer(loop, names);
        if (!container)
            continue;
        const text = normalizeSelf(container, s);
        const cls = text.startsWith('self.') ? s.ownerClass : null;
        if (text.startsWith('self.') && !cls)
            continue;
        yield { container, text, cls };
    }
}
const loopsCache = new WeakMap();
/** Each function's `X.getresponse()` calls (http.client's), once a function. */
const responsesCache = new WeakMap();
/**
 * The views of a scope's names on the elements of a collection (once a scope): its `for name in collection:`
 * loops, the values of its `for key, name in d.items():` loops, and its `name = d[key]`, `d.get(key)` and
 * `d.pop(key)` (each a view of `d.values()`).
 */
function loopsOver(s) {
    let found = loopsCache.get(s);
    if (found)
        return found;
    found = [];
    for (const loop of s.loops) {
        if (loop.type !== 'for_statement')
            continue;
        const left = loop.childForFieldName('left');
        const right = loop.childForFieldName('right');
        if (!right)
            continue;
        // Ex) for sock in sockets or []:   (the collection, or nothing)
        // Ex) for sock in self.socks.itervalues():   (Python 2's view, the same collection as another loop's .values())
        const collection = py3DictViews(normalizeSelf(right.text.replace(/\s+or\s+(\[\s*\]|\(\s*\))$/, ''), s));
        if (left?.type === 'identifier')
            found.push({ name: left.text, collection, start: loop.startIndex, end: loop.endIndex });
        const pattern = left?.type === 'pattern_list' || left?.type === 'tuple_pattern' ? left : null;
        const items = /\.items\(\s*\)$/.test(collection);
        // Ex) for name, sock in self.sockets.items(): sock.listen(1)   (the values, as `for sock in self.sockets.values()` walks them)
        const value = pattern && pattern.namedChildCount === 2 ? pattern.namedChild(1) : null;
        if (value?.type === 'identifier' && items) {
            found.push({ name: value.text, collection: collection.replace(/\.items\(\s*\)$/, '.values()'), start: loop.startIndex, end: loop.endIndex });
        }
        // Ex) for sock, addr in self._sockets: sock.listen(5)   (each part of the pairs is a view of its own: `self._sockets[0]`)
        if (pattern && !items) {
            pattern.namedChildren.forEach((c, i) => {
                if (c?.type === 'identifier')
                    found.push({ name: c.text, collection: `${collection}[${i}]`, start: loop.startIndex, end: loop.endIndex });
            });
        }
    }
    // Ex) for socketinfo in self._sockets: socket_, addrinfo = socketinfo   (a part of the element, from the assignment to the loop's end)
    const walks = new Map();
    for (const l of found)
        if (!l.collection.endsWith(']'))
            push(walks, l.name, l);
    for (const a of s.assigns) {
        if (a.tupleIndex === -1 || a.viaWith || a.value.type !== 'identifier' || !/^[A-Za-z_]\w*$/.test(a.target))
            continue;
        const walk = walks.get(a.value.text)?.find((l) => l.start <= a.pos && a.pos < l.end);
        if (walk)
            found.push({ name: a.target, collection: `${walk.collection}[${a.tupleIndex}]`, start: a.pos, end: walk.end });
    }
    // Ex) sock = self.connections[self.stage]; sock = self._conns.pop(fd)   (a value of the dict by its key: one more view of
    // its values, from the assignment to the end of the function)
    for (const a of s.assigns) {
        if (a.tupleIndex !== -1 || a.viaWith || !/^[A-Za-z_]\w*$/.test(a.target))
            continue;
        const v = a.value;
        let dict = null;
        if (v.type === 'subscript') {
            const key = v.childForFieldName('subscript');
            if (key && key.type !== 'integer' && key.type !== 'slice' && key.type !== 'unary_operator')
                dict = dottedName(v.childForFieldName('value'));
        }
        else if (v.type === 'call') {
            const fn = v.childForFieldName('function');
            const args = callArguments(v);
            const keyed = fn?.type === 'attribute' && /^(get|pop)$/.test(fn.childForFieldName('attribute')?.text ?? '') && args.length >= 1 && args.length <= 2 && args[0].type !== 'integer';
            if (keyed)
                dict = dottedName(fn.childForFieldName('object'));
        }
        if (dict)
            found.push({ name: a.target, collection: `${normalizeSelf(dict, s)}.values()`, start: a.pos, end: s.node.endIndex });
    }
    // Ex) self.socks[n] = socket.socket(); self.socks[n].listen(1)   (a method of an element called through its subscript:
    // the dict's values, or the list's elements)
    for (const c of s.calls) {
        if (c.receiver || !c.method)
            continue;
        const object = c.node.childForFieldName('function')?.childForFieldName('object');
        const held = object?.type === 'subscript' ? dottedName(object.childForFieldName('value')) : null;
        if (!held)
            continue;
        const collection = normalizeSelf(held, s);
        for (const view of [`${collection}.values()`, collection])
            found.push({ name: '', collection: view, start: c.pos, end: c.pos, called: c.method });
    }
    loopsCache.set(s, found);
    return found;
}
/** A loop's collection text with the method's own `self` name spelt `self` (`this.values()` in a method whose first parameter is `this`). */
function normalizeSelf(text, s) {
    const self = s.selfName;
    if (!self || self === 'self' || !text.startsWith(self))
        return text;
    const rest = text.slice(self.length);
    return /^[.(]/.test(rest) || rest === '' ? `self${rest}` : text;
}
/** A method named for listening (`bind_and_listen`, `start_listening`), not for an observer (`add_listener`). */
const LISTEN_NAMED = /listen(?!er)/i;
/** Adds a method not yet among what is done, with the helper, closure or loop (`via`) it is called in. */
function addDone(out, method, via) {
    if (out.methods.has(method))
        return;
    out.methods.add(method);
    (out.via ??= new Map()).set(method, via);
}
/** The kind-deciding method a call of `method` counts as: itself (KIND_METHODS), `listen` for one named for listening, else null. */
function kindOf(method) {
    return KIND_METHODS.has(method) ? method : LISTEN_NAMED.test(method) ? 'listen' : null;
}
/** kindSummary()'s mark for a parameter a helper sets SO_LINGER on. */
const LINGER = 'setsockopt(SO_LINGER)';
/** The methods that decide what kind of socket a socket is: listening, bound and unconnected, or connected. */
const KIND_METHODS = new Set(['listen', 'accept', 'bind', 'connect', 'connect_ex']);
/** Calls that make a new socket, unrelated to any other (`socket.socket()`, `srv.accept()`; not `dup()` or `wrap_socket()`). */
const FRESH_SOCKET = new Set(['socket', 'create_connection', 'create_server', 'socketpair', 'accept']);
/**
 * Is `value` a call that makes a new socket, and that does not name `name` (`socket.socket(fileno=s.fileno())`)?
 * The module's functions under a name of the socket module (`socket`, `tsocket`, `from socket import socket`),
 * not a method of that name (`self.socket()` may give back a socket held before); `accept()` on anything.
 */
function freshSocket(value, name) {
    if (value.type !== 'call')
        return false;
    const callee = dottedName(value.childForFieldName('function'));
    const dot = callee?.lastIndexOf('.') ?? -1;
    const last = callee?.slice(dot + 1) ?? '';
    if (!callee || !FRESH_SOCKET.has(last))
        return false;
    if (last !== 'accept' && dot !== -1 && !/(^|\.)\w*socket$/i.test(callee.slice(0, dot)))
        return false;
    return !new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(value.text);
}
/** Each scope's rebindings, by name (computed once: a function of 10,000 `with socket() as t:` asks for every one). */
const rebindings = new WeakMap();
function rebindingOf(scope, name) {
    let byName = rebindings.get(scope);
    if (!byName)
        rebindings.set(scope, (byName = new Map()));
    const known = byName.get(name);
    if (known !== undefined)
        return known;
    let found = null;
    const assigns = scopeIndex(scope).assignsByTarget.get(name) ?? [];
    if (assigns.length >= 2) {
        const statements = [];
        let block = null;
        for (const a of assigns) {
            const statement = statementOf(a.value, scope.node);
            const parent = statement?.parent ?? null;
            if (!statement || !parent || (block && parent.id !== block.id)) {
                block = null;
                break;
            }
            block = parent;
            statements.push({ pos: statement.startIndex, end: statement.endIndex, fresh: freshSocket(a.value, name) });
        }
        const loop = (n) => n.type === 'for_statement' || n.type === 'while_statement';
        if (block && !loop(block) && ![...ancestors(block, scope.node)].some(loop))
            found = { block, statements: statements.sort((x, y) => x.pos - y.pos) };
    }
    byName.set(name, found);
    return found;
}
/**
 * The stretch of its scope in which a local name holds what it holds at `pos` (rebindingOf() tells the
 * name's assignments apart): the site is in the assignments' block, and the last assignment before it
 * makes a new socket (after `s = wrap(s)` or `s = self.get_sock()` it may still be the socket the
 * earlier calls were made on). From the end of that assignment to the start of the first one after the
 * site; null where that cannot be told (the whole scope counts, as for a name bound once).
 *
 * Ex) a, b = socketpair(); with a, b: ...; b = socket(type=SOCK_DGRAM); b.bind(addr)   (the pair's b is
 * not the b that is bound)
 */
function bindingStretch(aliases, scope, pos) {
    if (aliases.size !== 1)
        return null;
    const [name] = aliases;
    if (!/^[A-Za-z_]\w*$/.test(name))
        return null;
    const rebinding = rebindingOf(scope, name);
    if (!rebinding)
        return dominatingStretch(name, scope, pos);
    if (pos < rebinding.block.startIndex || pos >= rebinding.block.endIndex)
        return null;
    const { statements } = rebinding;
    // The first statement that starts after the site (statements never overlap: one block's children)
    const lo = countBefore(statements, pos + 1);
    const before = lo > 0 ? statements[lo - 1] : null;
    // Ex) b = wrap(b); b.close()   (the site in an assignment to the name: no stretch to tell)
    if (before && pos < before.end)
        return null;
    // Ex) s = ctx.wrap_socket(s, server_side=True); s.close()   (the listen() before it was this socket's)
    if (before && !before.fresh)
        return null;
    return [before ? before.end : scope.node.startIndex, lo < statements.length ? statements[lo].pos : scope.node.endIndex];
}
/** A name's assignments in a scope by position, and the for loops that bind it there, once a scope and name. */
const spreadBindings = new WeakMap();
/**
 * bindingStretch() where the name's assignments are spread over blocks or loops (bup's daemon: `s = socket(...)`
 * and `s.listen(1)` in one loop, `s, src = l.accept(); ... s.close()` in another): the last assignment before
 * the site, where it is a statement of a block that holds the site (so it runs on every way there, each round
 * of a loop around both) and makes a new socket, no for loop rebinds the name between them, and no loop around
 * the site alone assigns the name again (its next round would reach the site with that value). From its end
 * to the next assignment statement of that block, or the end of the scope; null where that cannot be told.
 */
function dominatingStretch(name, scope, pos) {
    // (a name bound once has no stretch to tell: nothing to index, for each of 3,000 methods' own names)
    const bound = scopeIndex(scope).assignsByTarget.get(name);
    if (!bound || bound.length < 2)
        return null;
    let byName = spreadBindings.get(scope);
    if (!byName)
        spreadBindings.set(scope, (byName = new Map()));
    let found = byName.get(name);
    if (!found) {
        const assigns = [...bound].sort((x, y) => x.pos - y.pos);
        const statements = assigns.map((a) => statementOf(a.value, scope.node));
        const loops = scope.loops.filter((l) => l.type === 'for_statement' && bindsName(l.childForFieldName('left'), name)).map((l) => ({ pos: l.startIndex }));
        // (the assignment statements of each block, in order: the next one in the assignment's own block ends the stretch)
        const byBlock = new Map();
        for (const st of statements)
            if (st?.parent)
                push(byBlock, st.parent.id, { pos: st.startIndex });
        byName.set(name, (found = { assigns, statements, loops: loops.sort((x, y) => x.pos - y.pos), byBlock }));
    }
    const { assigns, statements, loops, byBlock } = found;
    const i = countBefore(assigns, pos) - 1;
    const a = i >= 0 ? assigns[i] : null;
    if (!a || a.viaWith || !freshSocket(a.value, name))
        return null;
    const statement = statements[i];
    const block = statement?.parent;
    if (!statement || !block || pos < statement.endIndex || pos >= block.endIndex)
        return null;
    const l = countBefore(loops, statement.endIndex);
    if (l < loops.length && loops[l].pos < pos)
        return null;
    const next = assigns[i + 1];
    // Ex) s = create_connection(a); for addr in addrs: s.close(); s = socket(); s.bind(addr)   (a loop around the site,
    // not the assignment, brings the later one back to it on the next round)
    // (a for loop's target after the site too: `while True: s.close(); for s in listeners: ...`)
    const nextFor = loops[countBefore(loops, pos)];
    const again = Math.min(next?.pos ?? Infinity, nextFor?.pos ?? Infinity);
    if (again < Infinity && loopsAround(scope, pos).some((l) => l.start > statement.startIndex && again < l.end))
        return null;
    // (to the next assignment statement of that block, which runs after the site's statement; one in a branch may
    // not, so without one the stretch runs to the end of the scope: a deferred `addCleanup(sock.close)` closes the
    // socket that a later `sock.listen(5)` makes a listener)
    const own = byBlock.get(block.id) ?? [];
    const k = countBefore(own, pos);
    return [statement.endIndex, k < own.length ? own[k].pos : scope.node.endIndex];
}
/** Does a for loop's target (a name, or a tuple or list of them) bind `name`? */
function bindsName(target, name) {
    if (!target)
        return true;
    if (target.type === 'identifier')
        return target.text === name;
    return target.namedChildren.some((c) => !!c && bindsName(c, name));
}
/** The value a cache holds for a key, computed and kept on the first ask. */
function cached(cache, key, compute) {
    let value = cache.get(key);
    if (value === undefined)
        cache.set(key, (value = compute()));
    return value;
}
/** Calls that take a socket and give back the socket (or a plain value), not a reader of it. */
const SOCKET_PRESERVING = new Set(['wrap_socket', 'dup', 'fileno', 'detach', 'settimeout', 'setblocking', 'register', 'unregister', 'modify', 'append', 'add', 'remove', 'discard', 'select', 'poll', 'len', 'id', 'getattr', 'hasattr', 'isinstance', 'str', 'repr', 'print']);
/**
 * The receiver a call shuts down through a bound method kept in a local name:
 * `stop = sock.shutdown` or `stop = getattr(sock, 'sock_shutdown', sock.shutdown)`, then `stop(...)`.
 */
function boundShutdown(call, scope) {
    if (!call.callee || call.callee.includes('.'))
        return null;
    for (const a of scopeIndex(scope).assignsByTarget.get(call.callee) ?? []) {
        if (a.tupleIndex !== -1 || a.pos > call.pos)
            continue;
        let method = a.value;
        // Ex) getattr(sock, 'sock_shutdown', sock.shutdown)   (the default is the socket's own shutdown)
        if (method.type === 'call' && method.childForFieldName('function')?.text === 'getattr') {
            const args = callArguments(method);
            method = args.length === 3 ? args[2] : null;
        }
        if (method?.type === 'attribute' && method.childForFieldName('attribute')?.text === 'shutdown')
            return dottedName(method.childForFieldName('object'));
    }
    return null;
}
const boundCalls = new WeakMap();
/** The calls of a scope that shut something down through a bound method, each found once per scope. */
function boundShutdownCalls(scope) {
    let list = boundCalls.get(scope);
    if (!list) {
        list = [];
        for (const call of scope.calls) {
            const target = boundShutdown(call, scope);
            if (target)
                list.push({ call, target });
        }
        boundCalls.set(scope, list);
    }
    return list;
}
/** Are two nodes in different branches of one if/elif/else (or match), so at most one of them runs? */
export function exclusiveBranches(a, b) {
    const branchOf = new Map();
    let child = a;
    for (const p of ancestors(a)) {
        branchOf.set(p.id, child.id);
        child = p;
    }
    child = b;
    for (const p of ancestors(b)) {
        const from = child;
        child = p;
        const aChild = branchOf.get(p.id);
        if (aChild === undefined)
            continue;
        // p is the lowest common ancestor: a and b hang from it by different children
        if (aChild === from.id)
            return false;
        const branchy = p.type === 'if_statement' || p.type === 'conditional_expression' || (p.type === 'block' && p.parent?.type === 'match_statement');
        const isCondition = (id) => p.childForFieldName('condition')?.id === id;
        return branchy && !isCondition(aChild) && !isCondition(from.id);
    }
    return false;
}
const COPIERS = new Set(['socket.fromfd', 'os.dup', 'socket.socket']);
/** A function named for a dup (`duplicate`, `_dup`, `dup2`), which copiers() counts when it is handed a descriptor. */
const DUP_NAMED = /dup/i;
/** An argument that is a socket's descriptor: `s.fileno()`. */
const FILENO_CALL = /^[\w.]+\s*\.\s*fileno\s*\(\s*\)$/;
/** asyncio's calls that listen on the socket given as `sock=` (`loop.create_server(factory, sock=sock)`). */
const SERVES_ON = /(^|\.)(create_server|start_server|create_unix_server|start_unix_server)$/;
/** Calls that may send a socket (or its descriptor) to another process or holder (OrderFacts.sentAway), by their callee's last part. */
const SENDERS = /(^|\.)(send_handle|send_fds|sendfds|send_fd|sendfd|sendmsg|DupFd|share|put|put_nowait|send)$/;
/**
 * Where the descriptors a sender sends are among its arguments: the standard library's, and the
 * passfd-style `sendfd(channel, fd)` of scgi's and python-passfd's modules (multiprocessing.reduction's `sendfds()`).
 */
const DESCRIPTORS_ARGUMENT = { send_handle: 1, send_fds: 2, sendfds: 1, send_fd: 1, sendfd: 1, sendmsg: 1, DupFd: 0 };
/**
 * A function's body that sends descriptors: SCM_RIGHTS, or a call of one of DESCRIPTORS_ARGUMENT's senders
 * (not `sendmsg()` alone, which sends data unless SCM_RIGHTS rides along).
 */
const SENDS_DESCRIPTORS = new RegExp(`\\bSCM_RIGHTS\\b|\\b(?:${Object.keys(DESCRIPTORS_ARGUMENT).filter((k) => k !== 'sendmsg').join('|')})\\s*\\(`);
export class OrderFacts {
    facts;
    provenance;
    summaries = new Map();
    makefileClasses = new Map();
    aliasCache = new Map();
    descriptorCache = new Map();
    shutdownCache = new Map();
    setupOnlyCache = new Map();
    methodsCache = new Map();
    forkCache = new Map();
    copyCache = new Map();
    madeClassesCache = new Map();
    forkingHelpers = new Map();
    kindSummaries = new Map();
    passedCache = new Map();
    closureCache = new Map();
    closureDoneCache = new Map();
    siblingCache = new Map();
    storedCache = new Map();
    elementsDoneCache = new Map();
    storedInProgress = new Set();
    familyScopesCache = new Map();
    classLoopsCache = new Map();
    spawnCache = new Map();
    spawnNamingCache = new Map();
    inheritableCache = new Map();
    childRunners = null;
    senderCache = new Map();
    servingCache = new Map();
    sentCache = new Map();
    descriptorSenderCache = new Map();
    outlivingCache = new WeakMap();
    liveCopyCache = new Map();
    copyToChildCache = new Map();
    handedCache = new Map();
    madeCache = new Map();
    neverCache = new Map();
    childOfClassCache = new Map();
    classStartsCache = new Map();
    copyOwnersCache = new Map();
    closureReceivers = new Map();
    countsCache = new Map();
    wrapCache = new Map();
    wrappedCache = new Map();
    classWrapCache = new Map();
    orderedCache = new Map();
    relatedCache = new Map();
    detachCache = new Map();
    expectsResetCache = new Map();
    sockKeywordCache = new Map();
    namingCache = new Map();
    usesCache = new Map();
    reachEndCache = new Map();
    returnedCache = new Map();
    firstCloseCache = new Map();
    handoffCache = new Map();
    wideCache = new Map();
    writerMarks = new Map();
    classWritesCache = new Map();
    wbufsizeCache = new Map();
    fileHolders = new Map();
    dottedUseCache = new Map();
    childParamCache = new Map();
    containerChildCache = new Map();
    loopToChildCache = new Map();
    loopsByCollectionCache = new Map();
    storedIndexCache = new Map();
    passedByNameCache = new Map();
    selfCallsCache = new Map();
    constructor(facts, provenance) {
        this.facts = facts;
        this.provenance = provenance;
    }
    /** The receiver and the names that alias it in its function (`sock = self.sock`). */
    aliases(receiver, scope) {
        const key = `${scope.node.id}\0${receiver}`;
        const cached = this.aliasCache.get(key);
        if (cached)
            return cached;
        const index = scopeIndex(scope);
        const set = new Set([receiver]);
        const queue = [receiver];
        while (queue.length && set.size < 64) {
            const name = queue.shift();
            // Ex) sock = self.sock  (sock aliases self.sock), and self.sock = sock (self.sock aliases sock)
            for (const a of index.assignsByValue.get(name) ?? [])
                if (!set.has(a.target))
                    set.add(a.target), queue.push(a.target);
            if (!name.includes('.')) {
                for (const a of index.assignsByTarget.get(name) ?? []) {
                    const node = assignedNode(a);
                    const value = node && (dottedName(node) ?? getattrTarget(node));
                    if (value && !set.has(value))
                        set.add(value), queue.push(value);
                }
            }
        }
        this.aliasCache.set(key, set);
        return set;
    }
    aliasKey(aliases, scope) {
        return `${scope.node.id}\0${[...aliases].sort().join('\0')}`;
    }
    /** The calls on any alias, and the calls that take an alias as an argument. */
    related(aliases, scope) {
        const key = this.aliasKey(aliases, scope);
        const cached = this.relatedCache.get(key);
        if (cached)
            return cached;
        const index = scopeIndex(scope);
        const on = [];
        const withArg = [];
        // Ex) 100,000 guarded closes in one function (the tool's own output): a loop, as push(...list) overflows the stack
        for (const a of aliases) {
            for (const c of index.callsByReceiver.get(a) ?? [])
                on.push(c);
            for (const c of index.callsByArg.get(a) ?? [])
                withArg.push(c);
        }
        const result = { on, withArg, dups: on.filter((c) => c.method === 'dup') };
        this.relatedCache.set(key, result);
        return result;
    }
    isArgOf(call, aliases) {
        return call.args.findIndex((arg) => {
            const dn = dottedName(arg);
            return dn !== null && aliases.has(dn);
        });
    }
    /**
     * A call before `pos`, with no assignment of the socket's names between, after which another socket
     * object owns its descriptor: `sock.detach()` (the close then does nothing; a shutdown raises EBADF), or Python 2's
     * rewrap `socket.socket(_sock=sock._sock)` (the close drops the old wrapper only; a shutdown would
     * end the connection the new one holds).
     */
    detachedBefore(aliases, scope, pos) {
        const candidates = cached(this.detachCache, this.aliasKey(aliases, scope), () => {
            const index = scopeIndex(scope);
            const found = this.related(aliases, scope).on.filter((c) => c.method === 'detach' && c.args.length === 0);
            // Ex) socket.socket(family, type, proto, conn._sock)
            for (const a of aliases)
                for (const c of index.callsByArg.get(`${a}._sock`) ?? [])
                    found.push(c);
            // Ex) socket.socket(_sock=conn._sock)   (keyword arguments are not in callsByArg)
            for (const { call, owner } of this.sockKeywordCalls(scope))
                if (aliases.has(owner))
                    found.push(call);
            return found.sort((x, y) => x.pos - y.pos);
        });
        if (!candidates.length)
            return null;
        // Ex) with tsocket.socket() as sock: sock.detach()  ...  sock = tsocket.socket(); sock.close()   (another socket by then)
        // Ex) f = open(w.detach(), 'wb'); w = None  ...  finally: if w is not None: w.close()
        const lists = [...aliases].map((a) => scopeIndex(scope).assignsByTarget.get(a) ?? []);
        return candidates.find((c) => c.pos < pos && lists.every((l) => countBefore(l, pos) === countBefore(l, c.pos + 1))) ?? null;
    }
    /** A scope's calls given `_sock=X._sock` (Python 2's rewrap), with X; read once a scope, and only where its text names `_sock`. */
    sockKeywordCalls(scope) {
        return cached(this.sockKeywordCache, scope.node.id, () => {
            if (!this.facts.text.slice(scope.node.startIndex, scope.node.endIndex).includes('_sock'))
                return [];
            const out = [];
            for (const call of scope.calls) {
                const value = keywordValue(call.args, '_sock');
                const dn = value ? dottedName(value) : null;
                if (dn && dn.endsWith('._sock'))
                    out.push({ call, owner: dn.slice(0, -'._sock'.length) });
            }
            return out;
        });
    }
    /** A shutdown of the receiver before `pos` in the same function, directly or through a helper. */
    hasPriorShutdown(aliases, scope, close, receiver) {
        // Ex) if fast: sock.shutdown(...)  else: sock.close()   (the shutdown is not on the close's path)
        return this.shutdowns(aliases, scope).some(({ node, via }) => node.startIndex < close.startIndex && !exclusiveBranches(node, close) && (receiver === undefined || this.reaches(via, receiver, aliases, scope, node.startIndex)));
    }
    /** A shutdown of the receiver inside [start, end), directly or through a helper. */
    shutdownWithin(aliases, scope, start, end) {
        return this.shutdowns(aliases, scope).some(({ node }) => node.startIndex >= start && node.startIndex < end);
    }
    /** The calls that shut the receiver down in its function, directly or through a helper, in order, with the name each acts through. */
    shutdowns(aliases, scope) {
        const key = this.aliasKey(aliases, scope);
        const cached = this.shutdownCache.get(key);
        if (cached !== undefined)
            return cached;
        const found = new Map();
        const { on, withArg } = this.related(aliases, scope);
        for (const call of on)
            if (call.method === 'shutdown')
                found.set(call, call.receiver);
        // Ex) shutdown = getattr(sock, 'sock_shutdown', sock.shutdown); shutdown(socket.SHUT_RDWR)
        for (const { call, target } of boundShutdownCalls(scope))
            if (aliases.has(target))
                found.set(call, target);
        for (const call of [...withArg, ...scopeIndex(scope).selfCalls]) {
            if (found.has(call))
                continue;
            const last = call.callee?.slice(call.callee.lastIndexOf('.') + 1) ?? '';
            const argIndex = this.isArgOf(call, aliases);
            const arg = argIndex === -1 ? null : dottedName(call.args[argIndex]);
            // Ex) greenio.shutdown_safe(sock)
            if (/shutdown/i.test(last) && argIndex !== -1)
                found.set(call, arg);
            else {
                const via = this.helperShutsDown(call, aliases, scope, argIndex);
                if (via !== false)
                    found.set(call, via ?? arg);
            }
        }
        const list = [...found].sort((a, b) => a[0].pos - b[0].pos).map(([c, via]) => ({ node: c.node, via }));
        this.shutdownCache.set(key, list);
        return list;
    }
    /**
     * Does a shutdown through `via` reach the receiver? Not when `via` is a name
     * the function binds to the receiver only after it: in
     * `self.close(); ...; self.sock = sock`, the close() shut down the old
     * `self.sock`, not `sock`.
     */
    reaches(via, receiver, aliases, scope, at) {
        if (!via || via === receiver)
            return true;
        const links = (scopeIndex(scope).assignsByTarget.get(via) ?? []).filter((a) => {
            const node = assignedNode(a);
            const value = node && (dottedName(node) ?? getattrTarget(node));
            return !!value && aliases.has(value);
        });
        return links.length === 0 || links.some((a) => a.pos < at);
    }
    /**
     * A close on the failure path of the socket's own set-up: in an except handler
     * whose try body only sets the socket up and connects or binds it. The socket
     * never got connected there, so a shutdown would only raise ENOTCONN.
     */
    closedBeforeConnected(aliases, scope, close) {
        for (const n of ancestors(close, scope.node)) {
            if (n.type !== 'except_clause')
                continue;
            const body = n.parent?.type === 'try_statement' ? n.parent.childForFieldName('body') : null;
            if (!body)
                return false;
            const key = `${this.aliasKey(aliases, scope)}\0${body.id}`;
            let known = this.setupOnlyCache.get(key);
            if (known === undefined) {
                const on = this.callsInOrder(aliases, scope);
                const inBody = on.slice(countBefore(on, body.startIndex), countBefore(on, body.endIndex));
                // Ex) try: sock.settimeout(t); sock.connect(sa); return sock  except OSError: sock.close()
                // The connect must be the last thing done to it: a settimeout() after a connect may fail on a connected socket.
                // Ex) try: await loop.sock_connect(sock=sock, address=address)  except OSError: sock.close()   (asyncio's connect failed)
                const connects = [...aliases].flatMap((a) => asyncioConnects(scope).get(a) ?? []).filter((c) => c.pos >= body.startIndex && c.pos < body.endIndex);
                const last = [...inBody, ...connects].reduce((l, c) => (!l || c.pos > l.pos ? c : l), null);
                known = !!last && (CONNECTING.has(last.method ?? '') || connects.includes(last)) && inBody.every((c) => SETUP.has(c.method ?? ''));
                this.setupOnlyCache.set(key, known);
            }
            return known;
        }
        return false;
    }
    /** Where the first close() on any alias starts (Infinity: none). */
    firstClose(aliases, scope) {
        return cached(this.firstCloseCache, this.aliasKey(aliases, scope), () => this.callsInOrder(aliases, scope).find((c) => c.method === 'close')?.pos ?? Infinity);
    }
    /** The calls on any alias, by position (related()'s, which come alias by alias). */
    callsInOrder(aliases, scope) {
        return cached(this.orderedCache, this.aliasKey(aliases, scope), () => [...this.related(aliases, scope).on].sort((a, b) => a.pos - b.pos));
    }
    /** Does the helper called shut the receiver down: false, or the name it acts through (null: the argument it is given). */
    helperShutsDown(call, aliases, scope, argIndex) {
        const callee = call.callee;
        if (!callee)
            return false;
        if (!callee.includes('.')) {
            const fn = this.facts.functions.get(callee);
            return !!fn && argIndex !== -1 && this.summary(fn, 0).params.has(argIndex) ? null : false;
        }
        const helper = selfAttribute(scope, callee);
        const method = helper ? this.findMethod(scope.ownerClass, helper) : null;
        if (!method)
            return false;
        const summary = this.summary(method, 0);
        if (argIndex !== -1 && summary.params.has(argIndex + 1))
            return null;
        for (const attr of summary.selfAttrs)
            if (aliases.has(`${scope.selfName}.${attr}`))
                return `${scope.selfName}.${attr}`;
        return false;
    }
    findMethod(cls, name) {
        for (const c of this.provenance.classChain(cls)) {
            const m = c.methods.get(name);
            if (m)
                return m;
        }
        return null;
    }
    /** Which parameters and `self` attributes a helper shuts down. */
    /**
     * methodsOn(), and the methods that decide a socket's kind which the helpers it is passed to call
     * on it: `start(sock, addr)` with `def start(sock, addr): sock.bind(addr); sock.listen(5)`, or
     * `self.setup(self.sock)` (a function or method of this module, through their own helpers too).
     */
    doneTo(s, names, within, away) {
        const out = methodsOn(s, names, within, away);
        // Ex) def serve(): server.listen(); ... Thread(target=serve).start(); server.close()   (a closure's calls on the name)
        const closures = this.closureDone(s, names);
        for (const [m, via] of closures.via ?? [])
            addDone(out, m, via);
        if (closures.linger)
            out.linger = true;
        // Ex) def close_all(self): for sock in self.values(): sock.close()   (bind_and_listen_all() listens on each of them)
        // (once a function and names, whatever the stretch: a site of each of 10,000 stretches would read every loop)
        const gather = () => {
            const both = { methods: new Set(), linger: false };
            for (const [m, via] of this.siblingElementsDone(s, names, away).via ?? [])
                addDone(both, m, via);
            // Ex) for fd, sock in self._sockets.items(): sock.close()   (add_sockets() stored each one after add_accept_handler(sock))
            for (const [m, via] of this.storedElementsDone(s, names).via ?? [])
                addDone(both, m, via);
            return both;
        };
        // (a loop's guards make what is done to its element a question of the close's place: not kept)
        const elements = away ? gather() : cached(this.elementsDoneCache, this.aliasKey(names, s), gather);
        for (const [m, via] of elements.via ?? [])
            addDone(out, m, via);
        const index = scopeIndex(s);
        for (const n of names) {
            // Ex) sock.bind(local_addr); await loop.sock_connect(sock=sock, address=address)   (asyncio connects it)
            for (const call of asyncioConnects(s).get(n) ?? []) {
                if ((!within || (call.pos >= within[0] && call.pos < within[1])) && !expectedToRaise(call.node, s.node))
                    addDone(out, 'connect', call.callee ?? 'sock_connect');
            }
            const calls = index.callsByArg.get(n) ?? [];
            const [first, end] = within ? [countBefore(calls, within[0]), within[1]] : [0, Infinity];
            for (let i = first; i < calls.length && calls[i].pos < end; i++) {
                const call = calls[i];
                // Ex) conn, addr = await self._loop.sock_accept(self._raw_socket)   (asyncio accepts on it: anyio's TCPSocketListener)
                // Ex) f = self._proactor.accept(sock)   (asyncio's proactor accepts on it: the socket it is given listens)
                if ((call.method === 'sock_accept' || (call.method === 'accept' && call.receiver !== n)) && call.args.length === 1 && dottedName(call.args[0]) === n) {
                    // Ex) with self.assertRaises(ValueError): self.loop.run_until_complete(self.loop.sock_accept(sock))   (a test that a blocking socket is refused)
                    if (!expectedToRaise(call.node, s.node))
                        addDone(out, 'accept', call.callee);
                    continue;
                }
                const found = this.calleeKinds(call, s, 0);
                if (!found)
                    continue;
                const { kinds, offset } = found;
                call.args.forEach((arg, at) => {
                    if (arg.type === 'keyword_argument' || arg.type === 'list_splat' || arg.type === 'dictionary_splat' || dottedName(arg) !== n)
                        return;
                    for (const m of kinds.get(at + offset) ?? []) {
                        if (m === LINGER)
                            out.linger = true;
                        else
                            addDone(out, m, call.callee);
                    }
                });
            }
        }
        return out;
    }
    /**
     * kindSummary() of what a call calls: a function or method of this module, or a function of another
     * project module (its module answers: ProjectLookup.parameterKinds()). With the offset of the call's
     * arguments among the parameters (1 for `self.helper(...)`). Null when none is known or it does nothing.
     */
    calleeKinds(call, s, depth, caller = null) {
        const inner = this.innerHelper(call, s);
        if (inner) {
            if (inner.fn === caller)
                return null;
            const kinds = this.kindSummary(inner.fn, depth);
            return kinds.size ? { kinds, offset: inner.offset } : null;
        }
        // Ex) self._servicehandler = handler or unixservicehandler(ui) ... self._servicehandler.bindsocket(self._sock, address)
        // (mercurial's commandserver: a class of this module, made here, whose method listens on the socket it is given)
        for (const m of this.madeClassMethods(call, s)) {
            const kinds = m !== caller ? this.kindSummary(m, depth) : null;
            if (kinds?.size)
                return { kinds, offset: 1 };
        }
        // Ex) from .netutil import add_accept_handler; add_accept_handler(sock, callback)   (it calls sock.accept())
        const project = this.provenance.project;
        if (!call.callee || !project?.parameterKinds || selfAttribute(s, call.callee))
            return null;
        const q = this.facts.qualifyAt(call.callee, call.pos);
        if (q.startsWith('<local>.'))
            return null;
        const answer = project.parameterKinds(q);
        if (!answer)
            return null;
        return { kinds: new Map(Object.entries(answer).map(([i, methods]) => [Number(i), new Set(methods)])), offset: 0 };
    }
    /** For another module (ProjectLookup.parameterKinds()): kindSummary() of this module's function `name`, as plain data; null when empty. */
    parameterKinds(name) {
        const fn = this.facts.functions.get(name);
        if (!fn)
            return null;
        const kinds = this.kindSummary(fn, 0);
        if (!kinds.size)
            return null;
        return Object.fromEntries([...kinds].map(([i, methods]) => [i, [...methods].sort()]));
    }
    /**
     * For an attribute of a `for` loop's element (`for s in self._services: s.sock.close()`): the function
     * where a loop over the same collection calls a method named for listening on the element itself
     * (`for s in self._services: s.bind_and_listen()`, diesel's Application), whose socket attribute is then
     * its listener; else null.
     */
    elementListens(receiver, scope) {
        const dot = receiver.indexOf('.');
        const head = dot > 0 ? receiver.slice(0, dot) : '';
        if (!/^[A-Za-z_]\w*$/.test(head) || head === scope.selfName)
            return null;
        const done = this.siblingElementsDone(scope, new Set([head]));
        return done.methods.has('listen') ? (done.via?.get('listen') ?? scope.name) : null;
    }
    /**
     * What the other loops over the same collection do to their element, for a name that is a `for`
     * loop's variable: `for sock in self.values():` (or `self._socks`, `self._socks.values()`) in any
     * method of the class, `for s in socks:` in the same function. Only the methods that decide the
     * kind (KIND_METHODS, and one named for listening), each with the loop's function as `via`.
     */
    siblingElementsDone(s, names, away) {
        const out = { methods: new Set(), linger: false };
        for (const l of loopsOver(s)) {
            if (!names.has(l.name))
                continue;
            // (the loop's own calls are among what methodsOn() reads for the close's scope already)
            // Ex) def shutdown(self, sockets): for sock in sockets: sock.close()   and in another method of the class,
            // def startup(self, sockets): for sock in sockets: loop.create_server(sock=sock)   (uvicorn's Server: one list under one name)
            const param = s.ownerClass && s.params.includes(l.collection) ? l.collection : null;
            const cls = l.collection.startsWith('self.') || param ? s.ownerClass : null;
            const key = `${(cls ?? s).node.id}\0${param ? 'param:' : ''}${l.collection}`;
            const loops = () => {
                if (!cls)
                    return loopsOver(s).map((x) => ({ ...x, scope: s }));
                // (the class's loops by collection, once a class: 3,000 collections each read every loop of the class)
                const same = this.classLoopsByCollection(cls).get(l.collection) ?? [];
                return param ? same.filter((x) => x.scope.params.includes(param)) : same;
            };
            const done = away ? this.elementsDone(loops(), l.collection, away) : cached(this.siblingCache, key, () => this.elementsDone(loops(), l.collection));
            for (const [m, via] of done.via ?? [])
                addDone(out, m, via);
        }
        return out;
    }
    /**
     * For a name that a `for` loop takes from a container (`for sock in self.socks`, `for s in
     * socks.values()`, `for fd, sock in self._sockets.items()`): what is done, where each is put in
     * (`self._sockets[fd] = sock`, `socks.append(sock)`), to the name put there, as doneTo() finds it
     * (its helpers too). Only the methods that decide the kind. Once a container; a container that
     * leads back to itself answers nothing the second time.
     */
    storedElementsDone(s, names) {
        const out = { methods: new Set(), linger: false };
        for (const { text, cls } of loopContainers(s, names)) {
            const key = `${(cls ?? s).node.id}\0${text}`;
            let done = this.storedCache.get(key);
            if (!done) {
                if (this.storedInProgress.has(key))
                    continue;
                this.storedInProgress.add(key);
                try {
                    // (the names put in each container, once a class or function: 3,000 containers each read every method)
                    const owner = cls ?? s;
                    const stored = cached(this.storedIndexCache, owner, () => storedNames(cls ? this.classFamilyScopes(cls) : [s]));
                    done = this.gatherStored(stored.get(text) ?? []);
                }
                finally {
                    this.storedInProgress.delete(key);
                }
                this.storedCache.set(key, done);
            }
            for (const [m, via] of done.via ?? [])
                addDone(out, m, via);
        }
        return out;
    }
    gatherStored(put) {
        const out = { methods: new Set(), linger: false };
        const seen = new Set();
        for (const { scope: o, name } of put) {
            const key = `${o.node.id}\0${name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const done = this.doneTo(o, this.aliases(name, o));
            for (const m of done.methods) {
                const kind = kindOf(m);
                if (kind)
                    addDone(out, kind, done.via?.get(m) ?? o.name);
            }
        }
        return out;
    }
    /** The `self.m()` calls of a class's family (classFamilyScopes()), by the method they call, each with its scope. Once a class. */
    selfCallsByMethod(cls) {
        return cached(this.selfCallsCache, cls, () => {
            const byMethod = new Map();
            for (const scope of this.classFamilyScopes(cls)) {
                for (const call of scopeIndex(scope).selfCalls)
                    push(byMethod, call.callee.slice(call.callee.indexOf('.') + 1), { scope, call });
            }
            return byMethod;
        });
    }
    /** The scopes of a class's methods (and their nested functions): its family's (classFamily()). Once a class. */
    classFamilyScopes(cls) {
        return cached(this.familyScopesCache, cls, () => this.classFamily(cls).flatMap((c) => [...c.methods.values()].flatMap((m) => this.provenance.scopeTree(m))));
    }
    /** A class, its module-local bases (its chain) and its subclasses in the module: the classes whose methods may touch its `self.X`. */
    classFamily(cls) {
        const family = new Set(this.provenance.classChain(cls));
        for (const c of this.provenance.subclassesOf(cls))
            family.add(c);
        return [...family];
    }
    /** What the loops over one collection do to their elements: the methods that decide the kind (KIND_METHODS, one named for listening), each with where. */
    elementsDone(loops, collection, away) {
        const out = { methods: new Set(), linger: false };
        for (const l of loops) {
            if (l.collection !== collection)
                continue;
            // Ex) self.socks[n].listen(1)   (a call through the subscript: done to the elements, under no name)
            if (l.called) {
                const kind = kindOf(l.called);
                if (kind)
                    addDone(out, kind, l.scope.name);
                continue;
            }
            const done = methodsOn(l.scope, new Set([l.name]), [l.start, l.end], away);
            for (const m of done.methods) {
                const kind = kindOf(m);
                if (kind)
                    addDone(out, kind, l.scope.name);
            }
            // Ex) for sock in sockets: server = await loop.create_server(factory, sock=sock)   (the library listens on it)
            // (the scope's serving calls once: 5,000 loops in one function each read all its calls)
            const serving = cached(this.servingCache, l.scope.node.id, () => l.scope.calls.filter((c) => SERVES_ON.test(c.callee ?? '')));
            for (const c of serving) {
                if (c.pos < l.start || c.pos >= l.end)
                    continue;
                if (c.args.some((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'sock' && a.childForFieldName('value')?.text === l.name))
                    addDone(out, 'listen', l.scope.name);
            }
        }
        return out;
    }
    /** classLoops() by their collection's text. Once a class. */
    classLoopsByCollection(cls) {
        return cached(this.loopsByCollectionCache, cls, () => {
            const byCollection = new Map();
            for (const l of this.classLoops(cls))
                push(byCollection, l.collection, l);
            return byCollection;
        });
    }
    /** The `for` loops of every method (and nested function) of a class chain, each with its scope: once a class. */
    classLoops(cls) {
        return cached(this.classLoopsCache, cls, () => this.provenance.classChain(cls).flatMap((c) => [...c.methods.values()].flatMap((m) => this.provenance.scopeTree(m).flatMap((scope) => loopsOver(scope).map((l) => ({ ...l, scope }))))));
    }
    /** What the closures of a function do to the names (free in them): once a function and names, whatever the stretch. */
    closureDone(s, names) {
        return cached(this.closureDoneCache, this.aliasKey(names, s), () => {
            const out = { methods: new Set(), linger: false };
            // (only the closures that call a method on one of the names, in document order: 5,000 nested helpers
            // beside 5,000 closes once read every helper for every close)
            const byReceiver = cached(this.closureReceivers, s.node.id, () => {
                const found = new Map();
                for (const child of this.closuresOf(s))
                    for (const key of scopeIndex(child).callsByReceiver.keys())
                        push(found, key, child);
                return found;
            });
            const candidates = new Set();
            for (const n of names)
                for (const child of byReceiver.get(n) ?? [])
                    candidates.add(child);
            for (const child of [...candidates].sort((a, b) => a.node.startIndex - b.node.startIndex)) {
                const free = new Set([...names].filter((n) => !closureBinds(child, n)));
                if (!free.size)
                    continue;
                const inner = methodsOn(child, free);
                for (const m of inner.methods)
                    addDone(out, m, child.name);
                if (inner.linger)
                    out.linger = true;
            }
            return out;
        });
    }
    /** The functions nested in a function (at any depth, not through a class body), whose free names are the function's own. */
    closuresOf(s) {
        if (s.kind !== 'function' || !s.children.length)
            return [];
        return cached(this.closureCache, s.node.id, () => {
            const out = [];
            const walk = (scope) => {
                for (const c of scope.children) {
                    if (c.kind !== 'function')
                        continue;
                    out.push(c);
                    walk(c);
                }
            };
            walk(s);
            return out;
        });
    }
    /** The parameters of a function on which it (or a helper it passes them to) calls a method of KIND_METHODS or sets SO_LINGER (LINGER), with those methods. */
    kindSummary(fn, depth) {
        const cached = this.kindSummaries.get(fn.node.id);
        if (cached)
            return cached;
        const out = new Map();
        this.kindSummaries.set(fn.node.id, out);
        if (depth > 4)
            return out;
        const record = (target, s, method) => {
            for (const alias of [target, ...this.reverseAliases(target, s)]) {
                const pi = fn.params.indexOf(alias);
                if (pi === -1)
                    continue;
                let set = out.get(pi);
                if (!set)
                    out.set(pi, (set = new Set()));
                set.add(method);
            }
        };
        for (const s of this.provenance.scopeTree(fn)) {
            for (const call of s.calls) {
                const kind = call.method && call.receiver ? kindOf(call.method) : null;
                if (kind)
                    record(call.receiver, s, kind);
                // Ex) def set_linger(s): s.setsockopt(SOL_SOCKET, SO_LINGER, struct.pack('ii', 1, 0))
                if (call.method === 'setsockopt' && call.receiver && call.args.some((arg) => /\bSO_LINGER\b/.test(arg.text)))
                    record(call.receiver, s, LINGER);
                const inner = this.calleeKinds(call, s, depth + 1, fn);
                if (!inner)
                    continue;
                for (const [i, methods] of inner.kinds) {
                    const arg = call.args[i - inner.offset];
                    const target = arg && arg.type !== 'keyword_argument' ? dottedName(arg) : null;
                    if (target)
                        for (const m of methods)
                            record(target, s, m);
                }
            }
        }
        return out;
    }
    summary(fn, depth) {
        const cached = this.summaries.get(fn.node.id);
        if (cached)
            return cached;
        const result = { params: new Set(), selfAttrs: new Set() };
        this.summaries.set(fn.node.id, result);
        if (depth > 4)
            return result;
        for (const s of this.provenance.scopeTree(fn)) {
            for (const call of s.calls) {
                const targets = [];
                if (call.method === 'shutdown' && call.receiver)
                    targets.push(call.receiver);
                const bound = boundShutdown(call, s);
                if (bound)
                    targets.push(bound);
                const last = call.callee?.slice(call.callee.lastIndexOf('.') + 1) ?? '';
                if (/shutdown/i.test(last))
                    for (const a of call.args)
                        targets.push(dottedName(a) ?? '');
                const inner = this.innerHelper(call, s);
                if (inner) {
                    const sum = this.summary(inner.fn, depth + 1);
                    sum.params.forEach((i) => {
                        const arg = call.args[i - inner.offset];
                        if (arg)
                            targets.push(dottedName(arg) ?? '');
                    });
                    sum.selfAttrs.forEach((attr) => s.selfName && targets.push(`${s.selfName}.${attr}`));
                }
                for (const t of targets)
                    this.recordTarget(t, s, fn, result);
            }
        }
        return result;
    }
    innerHelper(call, s) {
        if (!call.callee)
            return null;
        if (!call.callee.includes('.')) {
            const fn = this.facts.functions.get(call.callee);
            return fn ? { fn, offset: 0 } : null;
        }
        const helper = selfAttribute(s, call.callee);
        const m = helper ? this.findMethod(s.ownerClass, helper) : null;
        return m ? { fn: m, offset: 1 } : null;
    }
    recordTarget(target, s, fn, out) {
        if (!target)
            return;
        for (const alias of [target, ...this.reverseAliases(target, s)]) {
            const pi = fn.params.indexOf(alias);
            if (pi !== -1)
                out.params.add(pi);
            const attr = selfAttribute(s, alias);
            if (attr)
                out.selfAttrs.add(attr);
        }
    }
    reverseAliases(target, s) {
        return [...this.aliases(target, s)].filter((a) => a !== target);
    }
    /**
     * The methods called on the receiver in its function, and for `self.X` in
     * every method of the class: tells a listening socket from a connected one.
     * With the site's position, a local name rebound in its function counts only
     * the calls made while it holds what it holds there (bindingStretch()).
     */
    methodsCalled(aliases, scope, pos) {
        return this.receiverFacts(aliases, scope, pos).methods;
    }
    /**
     * A test that stages a crash: a function around the close (its own, or one it is nested in) expects the
     * peer to see the connection reset (`pytest.raises(BrokenResourceError)`, `assertRaises(ConnectionResetError)`),
     * and the closing function never reads the socket, so input is left unread and the close sends RST (anyio's
     * `test_unretrieved_future_exception_server_crash`). The name of the function that expects it, or null.
     */
    resetExpected(aliases, scope, pos) {
        let expecting = null;
        for (let s = scope; s && !expecting; s = s.parent) {
            // (read once a function: each of 20,000 closes in one function read its whole text)
            if (s.kind === 'function' && cached(this.expectsResetCache, s.node.id, () => RESET_EXPECTED.test(this.facts.text.slice(s.node.startIndex, s.node.endIndex))))
                expecting = s;
        }
        if (!expecting)
            return null;
        const methods = this.methodsCalled(aliases, scope, pos);
        return READS.some((m) => methods.has(m)) ? null : expecting.name;
    }
    /** Does the receiver (class-wide for `self.X`) set SO_LINGER, asking for an abortive close? */
    setsLinger(aliases, scope, pos) {
        return this.receiverFacts(aliases, scope, pos).linger;
    }
    /** The methods called on the receiver's aliases, in its function and, for `self.X`, every method of the class. */
    receiverFacts(aliases, scope, pos) {
        const stretch = pos === undefined ? null : bindingStretch(aliases, scope, pos);
        const away = pos === undefined ? undefined : guardsAt(aliases, scope, pos)?.away;
        const key = `${stretch ? `${this.aliasKey(aliases, scope)}\0${stretch[0]}:${stretch[1]}` : this.aliasKey(aliases, scope)}${away ? `\0${away.join(';')}` : ''}`;
        const cached = this.methodsCache.get(key);
        if (cached)
            return cached;
        const out = this.doneTo(scope, aliases, stretch, away);
        this.methodsCache.set(key, out);
        const attr = this.selfAttributeOf(aliases, scope);
        if (attr && scope.ownerClass) {
            // The class's other methods: what they all call on self.X, less what only this one does
            const wide = this.classWide(scope.ownerClass, attr);
            const own = wide.contributions.get(scope);
            for (const [method, count] of wide.methodCounts) {
                if (count <= (own?.methods.has(method) ? 1 : 0) || out.methods.has(method))
                    continue;
                out.methods.add(method);
                const other = wide.firstCallers.get(method)?.find((s) => s !== scope);
                const via = other ? wide.contributions.get(other)?.via?.get(method) : undefined;
                if (via)
                    (out.via ??= new Map()).set(method, via);
            }
            if (wide.lingerCount > (own?.linger ? 1 : 0))
                out.linger = true;
        }
        return out;
    }
    /** The helper a method of methodsCalled() is called in (`start` for `start(sock)`), when only a helper calls it. */
    methodVia(aliases, scope, pos, method) {
        return this.receiverFacts(aliases, scope, pos).via?.get(method);
    }
    /** The `X` of a `self.X` among the aliases (`sock = self.sock` gives sock), if any. */
    selfAttributeOf(aliases, scope) {
        for (const a of aliases) {
            const attr = selfAttribute(scope, a);
            if (attr)
                return attr;
        }
        return undefined;
    }
    /**
     * What the methods of a class (and its module-local bases) that name `self.X` do with it: each
     * one's calls on the aliases `self.X` has there (receiverFacts), how many of them call each method
     * and set SO_LINGER, and their hand-offs that matter from another method than the close's (a
     * makefile() of it, a class of this module that reads it through makefile(), a holder that is an
     * attribute). A method that never names `self.X` has no alias of it and no such call, and is left
     * out. Once a class and attribute: each site once went through every method of its class (a class
     * of 2,000 methods, each closing self.sock: 4.9 s; 8,000: 78 s).
     */
    classWide(cls, attr) {
        return cached(this.wideCache, `${cls.node.id}\0${attr}`, () => this.gatherClassWide(cls, attr));
    }
    gatherClassWide(cls, attr) {
        const wide = { contributions: new Map(), methodCounts: new Map(), firstCallers: new Map(), lingerCount: 0, handoffs: [] };
        const contribute = (s, done) => {
            wide.contributions.set(s, done);
            for (const method of done.methods) {
                wide.methodCounts.set(method, (wide.methodCounts.get(method) ?? 0) + 1);
                const first = wide.firstCallers.get(method);
                if (!first)
                    wide.firstCallers.set(method, [s]);
                else if (first.length < 2)
                    first.push(s);
            }
            if (done.linger)
                wide.lingerCount++;
        };
        const sameHeld = new Map();
        const chain = new Set(this.provenance.classChain(cls));
        for (const s of this.scopesNaming(cls).get(attr) ?? []) {
            const names = this.aliases(`${s.selfName}.${attr}`, s);
            const done = this.doneTo(s, names);
            if (s.ownerClass && !chain.has(s.ownerClass)) {
                // A subclass's method: only what decides the kind (its listen() makes the base's socket a listener); its
                // hand-offs are not the close's (a subclass's tearDown() closes its makefile() object before calling the base's).
                // Its bind() is not: a subclass binding its own socket says nothing of the others' (kamene's L2Socket binds an
                // AF_PACKET socket it made; its sibling StreamSocket holds the connected socket its caller passes)
                const methods = new Set([...done.methods].filter((m) => KIND_METHODS.has(m) && m !== 'bind'));
                const via = new Map([...methods].map((m) => [m, done.via?.get(m) ?? `${s.ownerClass.name}.${s.name}`]));
                contribute(s, { methods, linger: done.linger, ...(via.size ? { via } : {}) });
                continue;
            }
            contribute(s, this.withStoredKind(s, attr, done));
            for (const fact of this.handoffFacts(names, s)) {
                if (!(fact.makefile || fact.reader !== null || fact.holder?.includes('.')))
                    continue;
                // Ex) 3,000 methods, each keeping self.rfile = self.sock.makefile('rb')   (a close in another method gets the same
                // answer from each that keeps its file the same way: two of them, from two methods, as one may be the close's own)
                const kept = this.keptAlike(fact);
                if (kept !== null) {
                    const local = this.fileHeld(fact.call).holder?.includes('.') === false;
                    const key = `${kept}\0${local ? s.node.id : s.selfName}`;
                    const seen = sameHeld.get(key);
                    if (seen && (seen.length >= 2 || seen[0] === s))
                        continue;
                    if (seen)
                        seen.push(s);
                    else
                        sameHeld.set(key, [s]);
                }
                wide.handoffs.push({ s, fact });
            }
        }
        return wide;
    }
    /**
     * What a method did to a local name before or after it stored it as `self.X`, as far as the kind
     * goes: `s = socket.socket(); s.bind(a); s.listen(1); self.server_socket = s` makes a listener of
     * `self.server_socket` for every method that closes it (the calls made while the name held that socket).
     */
    withStoredKind(s, attr, done) {
        const stores = scopeIndex(s).assignsByTarget.get(`${s.selfName}.${attr}`);
        if (!stores)
            return done;
        let out = done;
        for (const a of stores) {
            const node = assignedNode(a);
            if (node?.type !== 'identifier')
                continue;
            const local = new Set([node.text]);
            for (const m of this.doneTo(s, local, bindingStretch(local, s, a.pos)).methods) {
                const kind = kindOf(m);
                if (!kind || out.methods.has(kind))
                    continue;
                if (out === done)
                    out = { ...done, methods: new Set(done.methods), ...(done.via ? { via: new Map(done.via) } : {}) };
                addDone(out, kind, s.name);
            }
        }
        return out;
    }
    /**
     * The method scopes of a class and its module-local bases (the class chain,
     * each method's scope tree) by the `X` of each `self.X` their calls are made on or take as an
     * argument, or their assignments give to another name: the keys aliases() and related() look up.
     */
    scopesNaming(cls) {
        return cached(this.namingCache, cls, () => this.gatherScopesNaming(cls));
    }
    gatherScopesNaming(cls) {
        const byAttr = new Map();
        // Ex) class Base: self.sock = socket.socket() ... stop(): self.sock.close();  class Server(Base): self.sock.listen(5)
        for (const c of this.classFamily(cls)) {
            for (const m of c.methods.values()) {
                for (const s of this.provenance.scopeTree(m)) {
                    if (!s.selfName)
                        continue;
                    const prefix = `${s.selfName}.`;
                    const index = scopeIndex(s);
                    const named = new Set();
                    // (and the methods that store a name in it: `self.server_socket = server_socket`, withStoredKind())
                    for (const keys of [index.assignsByValue.keys(), index.callsByReceiver.keys(), index.callsByArg.keys(), index.assignsByTarget.keys()]) {
                        for (const key of keys)
                            if (key.startsWith(prefix))
                                named.add(key.slice(prefix.length));
                    }
                    for (const attr of named)
                        push(byAttr, attr, s);
                }
            }
        }
        return byAttr;
    }
    /**
     * An os.fork() (or a multiprocessing Process) before the close, or in a loop around both, when the child
     * may hold the socket: not when `receiver` is a name the function gives a new socket after every such
     * fork, on every way to the close (madeAfterForks()).
     */
    forkBefore(scope, closeNode, receiver) {
        const pos = closeNode.startIndex;
        let forks = this.forkCache.get(scope.node.id);
        if (!forks) {
            // Ex) self.process_request(conn, addr); conn.close()   (a helper of this module that forks)
            forks = scope.calls.filter((c) => this.callForks(c, scope, 0));
            this.forkCache.set(scope.node.id, forks);
        }
        // Ex) p = Process(target=serve); p.start(); s = get_socket(); s.sendall(b'x'); s.close()   (the child never had it)
        if (forks.some((f) => runsBefore(scope, f.pos, pos)) && !(receiver && this.madeAfterForks(receiver, scope, pos, forks)))
            return true;
        const cls = scope.ownerClass;
        return !!cls && this.provenance.baseNames(cls).some((b) => /Forking/.test(b));
    }
    /**
     * Is `name` given a socket of its own after every fork (at `forks`, in order) that runs before the close:
     * its last assignment before the close runs on every way to it (dominates()), after each such fork, and
     * makes a new socket (freshSocket())?
     */
    madeAfterForks(name, scope, pos, forks) {
        if (name.includes('.') || scope.params.includes(name))
            return false;
        const assigns = scopeIndex(scope).assignsByTarget.get(name) ?? [];
        const n = countBefore(assigns, pos);
        if (!n)
            return false;
        const last = assigns[n - 1];
        // (the forks from the assignment on: one between it and the close, or in a loop around the close, runs after it)
        const after = forks.slice(countBefore(forks, last.pos));
        if (last.viaWith || after.some((f) => runsBefore(scope, f.pos, pos)) || !dominates(this.facts, scope, last.pos, pos))
            return false;
        // Ex) s = socket.socket(); for s in spares: ...; s.close()   (a loop may bind the name again)
        const word = new RegExp(`\\b${name}\\b`);
        if (scope.loops.some((l) => l.type === 'for_statement' && word.test(l.childForFieldName('left')?.text ?? '')))
            return false;
        return this.freshSocket(last, 0);
    }
    /**
     * Does an assignment give its target a socket no one held before: a socket constructor's or
     * create_connection()'s, an accept()'s connection, a socketpair()'s end, or what a function of this
     * module returns that makes one on each call (no `global`, each return a new socket or None)?
     */
    freshSocket(a, depth) {
        const value = a.value;
        if (value.type !== 'call')
            return false;
        const callee = dottedName(value.childForFieldName('function'));
        if (!callee)
            return false;
        const q = this.facts.qualifyAt(callee, value.startIndex);
        if (a.tupleIndex !== -1)
            return (a.tupleIndex === 0 && callee.endsWith('.accept')) || (a.tupleIndex <= 1 && q === 'socket.socketpair');
        if (SOCKET_CLASSES.has(q) || q === 'socket.create_connection')
            return true;
        const fn = depth < 2 && q === `<local>.${callee}` ? this.facts.functions.get(callee) : undefined;
        if (!fn || !fn.returns.length || /\bglobal\b/.test(this.facts.text.slice(fn.node.startIndex, fn.node.endIndex)))
            return false;
        return fn.returns.every((r) => {
            const returned = r.namedChild(0);
            if (!returned || returned.type === 'none')
                return true;
            if (returned.type === 'call')
                return this.freshSocket({ ...a, value: returned, scope: fn, pos: returned.startIndex }, depth + 1);
            if (returned.type !== 'identifier' || fn.params.includes(returned.text))
                return false;
            const own = scopeIndex(fn).assignsByTarget.get(returned.text) ?? [];
            return own.length > 0 && own.every((b) => this.freshSocket(b, depth + 1));
        });
    }
    /**
     * A call before the close (or in a loop around both) that starts a child process with the socket:
     * `subprocess.Popen(cmd, stdin=conn)`, `pass_fds=[conn.fileno()]`, a posix_spawn file action.
     */
    spawnedWith(aliases, scope, closeNode) {
        const pos = closeNode.startIndex;
        for (const a of aliases) {
            // (positions, not a walk: each of 20,000 `Popen(cmd, stdin=conn); conn.close()` would read every spawn)
            const spawns = this.spawnsNaming(scope, a);
            if (!spawns.length)
                continue;
            if (spawns[0].pos < pos)
                return spawns[0];
            // Ex) for ...: conn.close(); Popen(cmd, pass_fds=[conn.fileno()])   (the next round's close follows the spawn)
            for (const loop of loopsAround(scope, pos)) {
                const i = countBefore(spawns, loop.start);
                if (i < spawns.length && spawns[i].pos < loop.end)
                    return spawns[i];
            }
        }
        return null;
    }
    /**
     * A call before the close that sends the socket's descriptor to another process, or the socket to
     * another holder through a queue or pipe: `send_handle(conn_, sock.fileno(), pid)`,
     * `socket.send_fds(s, [b'x'], [sock.fileno()])`, `sock.share(pid)`, `queue.put(sock)`, `pipe.send(sock)`.
     * That process (or thread) holds the connection on: a shutdown here would end it there too.
     */
    sentAway(aliases, scope, closeNode) {
        const first = this.firstSent(aliases, scope);
        // Ex) try: self.requests.put(conn)  except queue.Full: conn.close()   (the put raised: nothing holds it)
        // Ex) for ...: conn.close(); conn, _ = srv.accept(); q.put(conn)   (the next pass's close follows the put)
        return first && runsBefore(scope, first.pos, closeNode.startIndex) && !raisedBeforeHeld(first.node, closeNode, scope.node) ? first : null;
    }
    /** The first call of a scope that sends the socket away (sentAway()), wherever it is. Once a socket and function: each of 10,000 closes once read every earlier put(). */
    firstSent(aliases, scope) {
        const senders = cached(this.senderCache, scope.node.id, () => scope.calls.filter((c) => !!c.callee && (SENDERS.test(c.callee) || this.descriptorSender(c.callee))));
        if (!senders.length)
            return null;
        return cached(this.sentCache, this.aliasKey(aliases, scope), () => senders.find((call) => (SENDERS.test(call.callee) ? sends(call, aliases) : sendsThrough(call, aliases))) ?? null);
    }
    /**
     * A function of the module that sends the descriptors it is given to another process, whatever its name:
     * `def send_fd(sock, fd): sock.sendmsg([b'x'], [(SOL_SOCKET, SCM_RIGHTS, struct.pack('i', fd))])` (the
     * Python Cookbook's server, which closes its copy after `send_fd(worker, client.fileno())`).
     */
    descriptorSender(callee) {
        if (callee.includes('.') || this.facts.imports.isBound(callee))
            return false;
        const fn = this.facts.functions.get(callee);
        return !!fn && cached(this.descriptorSenderCache, fn.node.id, () => SENDS_DESCRIPTORS.test(fn.node.text));
    }
    /**
     * Another method of the class that hands `self.X` to a child process: a call that starts one
     * (a multiprocessing Process, a spawn) with self.X in its arguments, or an os.fork() in a method that
     * names self.X (the child runs that method's code on it). The close's own method is forkBefore()'s.
     * Once a class and attribute.
     */
    childOfClass(aliases, scope) {
        const attr = this.selfAttributeOf(aliases, scope);
        const cls = scope.ownerClass;
        if (!attr || !cls)
            return null;
        // The class's calls that start a child, by the self.X their arguments name, and its forks, once a class
        const starts = cached(this.classStartsCache, cls, () => {
            const byAttr = new Map();
            const forks = new Map();
            for (const c of this.provenance.classChain(cls)) {
                for (const m of c.methods.values()) {
                    for (const t of this.provenance.scopeTree(m)) {
                        if (!t.selfName)
                            continue;
                        for (const call of t.calls) {
                            if (!this.startsChild(call))
                                continue;
                            if (PLAIN_FORKS.has(this.facts.qualifyAt(call.callee, call.pos))) {
                                if (!forks.has(t))
                                    forks.set(t, call);
                            }
                            else {
                                const named = new Set();
                                for (const n of call.node.text.matchAll(new RegExp(`(?<![\\w.])${t.selfName}\\s*\\.\\s*([A-Za-z_]\\w*)`, 'g')))
                                    named.add(n[1]);
                                for (const n of named)
                                    push(byAttr, n, { call, scope: t });
                            }
                        }
                    }
                }
            }
            return { byAttr, forks };
        });
        const found = cached(this.childOfClassCache, `${cls.node.id}\0${attr}`, () => {
            const out = [...(starts.byAttr.get(attr) ?? [])];
            // (a method that forks and names self.X: the child runs its code on it)
            for (const t of this.scopesNaming(cls).get(attr) ?? []) {
                const fork = starts.forks.get(t);
                if (fork)
                    out.push({ call: fork, scope: t });
            }
            // (the first of two methods, at most, tell whether one is another method than the close's)
            const firstOfTwo = [];
            for (const f of out)
                if (firstOfTwo.length < 2 && !firstOfTwo.some((g) => g.scope === f.scope))
                    firstOfTwo.push(f);
            return firstOfTwo;
        });
        const other = found.find((f) => f.scope !== scope);
        return other ? { call: other.call, method: other.scope.name } : null;
    }
    /**
     * A spawn in a function around a closure that closes a name it does not bind (anywhere in that
     * function: the closure runs when it is called, after the spawn or not).
     * Ex) (s1, s2) = socket.socketpair(); pstdout = s1; def get_pfile(): s1.close() ...; Popen(argv, stdout=pstdout)
     */
    spawnedAround(aliases, scope) {
        for (const a of aliases) {
            if (a.includes('.'))
                continue;
            for (let s = scope; s.kind === 'function' && !closureBinds(s, a) && s.parent?.kind === 'function';) {
                s = s.parent;
                const spawns = this.spawnsNaming(s, a);
                if (spawns.length)
                    return spawns[0];
                // Ex) (s1, s2) = socket.socketpair(); s1.share(self.p.pid)   (Windows: the socket is duplicated into the process)
                const sent = this.firstSent(new Set([a]), s);
                if (sent)
                    return sent;
            }
        }
        return null;
    }
    /**
     * The call that runs this function (or the function around it) in a child process between fork and
     * exec: `subprocess.Popen(..., preexec_fn=f)` or `os.register_at_fork(after_in_child=f)` anywhere in
     * the module, matched by the function's name (a method's too: `preexec_fn=self._child_setup`).
     */
    runsInChild(scope) {
        this.childRunners ??= this.gatherChildRunners();
        if (!this.childRunners.size)
            return null;
        for (let s = scope; s && s.kind === 'function'; s = s.parent) {
            const call = this.childRunners.get(s.name);
            if (call)
                return { call, fn: s.name };
        }
        return null;
    }
    gatherChildRunners() {
        const runners = new Map();
        // (the text first: a module that names neither reads no call's arguments)
        if (!/\b(preexec_fn|after_in_child)\s*=/.test(this.facts.text))
            return runners;
        for (const s of this.facts.scopes) {
            for (const c of s.calls) {
                if (!c.node.text.includes('preexec_fn') && !c.node.text.includes('after_in_child'))
                    continue;
                for (const arg of c.args) {
                    if (arg.type !== 'keyword_argument')
                        continue;
                    const key = arg.childForFieldName('name')?.text;
                    if (key !== 'preexec_fn' && key !== 'after_in_child')
                        continue;
                    let value = arg.childForFieldName('value');
                    // Ex) os.register_at_fork(after_in_child=lambda: reset(conn))   (the function the lambda calls)
                    if (value?.type === 'lambda')
                        value = value.childForFieldName('body');
                    if (value?.type === 'call')
                        value = value.childForFieldName('function');
                    const name = dottedName(value)?.split('.').pop();
                    if (name && !runners.has(name))
                        runners.set(name, c);
                }
            }
        }
        return runners;
    }
    /**
     * A dup()/fromfd() copy of the socket, made in this scope, that a call of this scope hands to a
     * child process (`pstdin = os.dup(s1.fileno()); ...; Popen(argv, stdin=pstdin)`): its name, else null.
     */
    copyToChild(aliases, scope) {
        const copiers = this.copiers(scope);
        if (!copiers.length)
            return null;
        // (once a socket and function: 10,000 closes beside 10,000 copies would each read every copy)
        return cached(this.copyToChildCache, this.aliasKey(aliases, scope), () => {
            // (the copies of this socket, by the index of the scope's copies: each socket once read every copy's arguments)
            for (const c of [...this.copiesOf(aliases, scope)].sort((x, y) => x.pos - y.pos)) {
                // Ex) pstdin, pstdout = os.dup(s1.fileno()), os.dup(s1.fileno())   (each target whose value holds the copy)
                let node = c.node;
                while (node.parent && (node.parent.type === 'expression_list' || node.parent.type === 'tuple' || node.parent.type === 'parenthesized_expression'))
                    node = node.parent;
                const assignment = node.parent?.type === 'assignment' && node.parent.childForFieldName('right')?.id === node.id ? node.parent : null;
                const left = assignment?.childForFieldName('left');
                if (!left)
                    continue;
                for (const target of left.type === 'identifier' ? [left] : left.namedChildren) {
                    if (target?.type !== 'identifier')
                        continue;
                    const spawns = this.spawnsNaming(scope, target.text);
                    if (spawns.length)
                        return { copy: target.text, spawn: spawns[0] };
                }
            }
            return null;
        });
    }
    /**
     * The calls of a scope that start a child process with `name` among their arguments
     * (`stdin=conn`, `pass_fds=[conn.fileno()]`, also through a local name: `file_actions=actions`), in order.
     */
    spawnsNaming(scope, name) {
        return cached(this.spawnNamingCache, `${scope.node.id}\0${name}`, () => {
            // Ex) pass_fds = [remote.fileno()]; def run(): subprocess.Popen(cmd, pass_fds=pass_fds)   (kitty: a function of its
            // own that the scope calls starts the child, with the scope's list)
            const spawns = cached(this.spawnCache, scope.node.id, () => (scope.kind === 'function' ? this.provenance.scopeTree(scope) : [scope]).flatMap((s) => s.calls.filter((c) => !!c.callee && isSpawnCall(this.facts.qualifyAt(c.callee, c.pos)))).sort((a, b) => a.pos - b.pos));
            if (!spawns.length)
                return [];
            // Ex) child_fd = child_sock.fileno(); Popen(cmd, pass_fds=(child_fd,))   (qiling's kernel proxy: the descriptor, by a name of its own)
            const escaped = name.replace(/\./g, '\\.');
            const fileno = new RegExp(`^${escaped}\\s*\\.\\s*fileno\\s*\\(\\s*\\)$`);
            const descriptors = scope.assigns.filter((a) => a.tupleIndex === -1 && /^[A-Za-z_]\w*$/.test(a.target) && fileno.test(a.value.text)).map((a) => a.target);
            const word = new RegExp(`(?<![\\w.])(?:${[escaped, ...descriptors].join('|')})(?![\\w])`);
            const head = name.split('.')[0];
            // (a nested function that binds the name itself hands its own: `def child(conn): Popen(cmd, stdin=conn)`)
            const own = (s) => {
                for (let t = s; t && t !== scope; t = t.parent)
                    if (closureBinds(t, head))
                        return false;
                return true;
            };
            return spawns.filter((call) => own(call.scope) && argumentsName(call, scope, word, this.provenance.code()));
        });
    }
    /**
     * A call that makes the socket's descriptor inheritable (`remote.set_inheritable(True)`,
     * `os.set_inheritable(remote.fileno(), True)`): in this scope, or in the function or method of this
     * module that made it (`remote = self.add_fd_based_remote_control()`, kitty's: the socketpair's end
     * a child process it launches gets). Its only use is to hand the descriptor to a child process. For
     * a plain name, only one before the close, on what the name holds there (bindingStretch()); an
     * attribute's may be a call of the method that ran before (zdaemon's doaccept()).
     */
    madeInheritable(aliases, scope, pos) {
        const found = cached(this.inheritableCache, this.aliasKey(aliases, scope), () => {
            const out = [];
            for (const c of inheritableCalls(this.facts, scope, aliases))
                out.push({ call: c, fn: null, at: c.pos });
            for (const a of aliases) {
                for (const assign of scopeIndex(scope).assignsByTarget.get(a) ?? []) {
                    const callee = assign.value.type === 'call' ? dottedName(assign.value.childForFieldName('function')) : null;
                    const attr = callee ? selfAttribute(scope, callee) : null;
                    const fn = attr && scope.ownerClass ? this.findMethod(scope.ownerClass, attr) : callee && !callee.includes('.') ? this.facts.functions.get(callee) : undefined;
                    if (!fn)
                        continue;
                    // Ex) local, remote = make_remote()   (the returned tuple's element at the assignment's place)
                    const at = (r) => (assign.tupleIndex === -1 ? r.namedChild(0) : /^(expression_list|tuple)$/.test(r.namedChild(0)?.type ?? '') ? r.namedChild(0).namedChild(assign.tupleIndex) : null);
                    const returned = new Set(fn.returns.map(at).filter((n) => n?.type === 'identifier').map((n) => n.text));
                    const call = returned.size ? inheritableCalls(this.facts, fn, returned)[0] : undefined;
                    if (call)
                        out.push({ call, fn: fn.name, at: assign.pos });
                }
            }
            return out.sort((x, y) => x.at - y.at);
        });
        if (!found.length)
            return null;
        if ([...aliases].some((a) => a.includes('.')))
            return found[0];
        const stretch = bindingStretch(aliases, scope, pos);
        return found.find((f) => f.at < pos && (!stretch || f.at >= stretch[0])) ?? null;
    }
    /** Does this call start a child process: os.fork() and its kin, a multiprocessing Process (a context's too), subprocess and posix_spawn? */
    startsChild(c) {
        if (!c.callee)
            return false;
        const q = this.facts.qualifyAt(c.callee, c.pos);
        return isSpawnCall(q) || FORK_CALLS.has(q) || (c.method === 'Process' && this.facts.imports.importsAny(/^multiprocessing(\.|$)/));
    }
    /**
     * The parameters a function hands to a child process: named in the arguments of a call of its body
     * that starts one, or in the value of a local name passed there (`kwargs = {"sockets": sockets};
     * spawn.Process(target=run, kwargs=kwargs)`), with their positions. Once a function.
     */
    childParameters(fn) {
        return cached(this.childParamCache, fn.node.id, () => {
            const starts = this.provenance.scopeTree(fn).flatMap((s) => s.calls.filter((c) => this.startsChild(c)).map((c) => ({ s, c })));
            if (!starts.length)
                return [];
            const out = [];
            fn.params.forEach((name, index) => {
                const word = new RegExp(`(?<![\\w.])${name}(?!\\w)`);
                if (starts.some(({ s, c }) => argumentsName(c, s, word, this.provenance.code())))
                    out.push({ name, index });
            });
            return out;
        });
    }
    /** For another module (ProjectLookup.childParameters()): childParameters() of this module's function `name`; null when none. */
    childParametersOf(name) {
        const fn = this.facts.functions.get(name);
        const found = fn ? this.childParameters(fn) : [];
        return found.length ? found : null;
    }
    /**
     * For a name a `for` loop takes from a container (`for sock in self.sockets`): a call in the class's
     * methods (or the function) that hands the container itself to a child process, directly or
     * through a function that does (`get_subprocess(config, target, sockets=self.sockets)` in another
     * module: uvicorn's reloader), with the callee that does. Once a container.
     */
    containerToChild(names, s) {
        // (once a socket and function, whatever the site: each of 8,000 closes beside 8,000 loops read every loop)
        return cached(this.loopToChildCache, this.aliasKey(names, s), () => this.findContainerToChild(names, s));
    }
    findContainerToChild(names, s) {
        for (const { container, text, cls } of loopContainers(s, names)) {
            const owner = cls ?? s;
            const call = cached(this.containerChildCache, `${owner.node.id}\0${text}`, () => {
                const passed = cached(this.passedByNameCache, owner, () => this.callsPassingNames(cls ? this.classFamilyScopes(cls) : [s]));
                return this.toChild(passed.get(text) ?? []);
            });
            if (call)
                return { container, call };
        }
        return null;
    }
    /**
     * The calls of some scopes by each dotted name (`self.` spelt `self`) they are given: as an argument
     * or keyword value (with its place), or anywhere in the arguments of a call that starts a child
     * process (`Process(target=f, args=(self.socks,))`). Once a class or function.
     */
    callsPassingNames(scopes) {
        const byName = new Map();
        for (const t of scopes) {
            for (const call of t.calls) {
                if (this.startsChild(call)) {
                    for (const arg of call.args)
                        for (const m of arg.text.matchAll(/(?<![\w.])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+/g))
                            push(byName, normalizeSelf(m[0], t), { call, scope: t, index: -1, keyword: null, direct: true });
                    continue;
                }
                call.args.forEach((arg, i) => {
                    const keyword = arg.type === 'keyword_argument';
                    const value = keyword ? arg.childForFieldName('value') : arg;
                    const text = value ? dottedName(value) : null;
                    if (text)
                        push(byName, normalizeSelf(text, t), { call, scope: t, index: keyword ? -1 : i, keyword: keyword ? (arg.childForFieldName('name')?.text ?? null) : null, direct: false });
                });
            }
        }
        return byName;
    }
    /** The first of these calls that gives its argument to a child process: itself, or a function (this module's or another's) that does. */
    toChild(passed) {
        for (const { call, scope, index, keyword, direct } of passed) {
            if (direct)
                return call;
            const helper = this.innerHelper(call, scope);
            const params = helper ? this.childParameters(helper.fn).map((p) => ({ name: p.name, index: p.index - helper.offset })) : this.foreignChildParameters(call);
            if (params?.some((p) => (keyword !== null && p.name === keyword) || (index !== -1 && p.index === index)))
                return call;
        }
        return null;
    }
    /** ProjectLookup.childParameters() of what a call calls: a function of another project module. */
    foreignChildParameters(call) {
        const project = this.provenance.project;
        if (!call.callee || !project?.childParameters)
            return null;
        const q = this.facts.qualifyAt(call.callee, call.pos);
        return q.startsWith('<local>.') ? null : project.childParameters(q);
    }
    /** Does this call fork: os.fork() and its kin, or a function or method of this module whose body forks? */
    callForks(call, scope, depth) {
        // Ex) class server_process(server_runner, multiprocessing.Process): def start(self): super(server_process, self).start(); self.conn.close()
        if (call.method === 'start' && this.startsOwnProcess(call, scope))
            return true;
        if (!call.callee)
            return false;
        if (FORK_CALLS.has(this.facts.qualifyAt(call.callee, call.pos)))
            return true;
        // Ex) ctx = get_context("spawn"); ctx.Process(target=worker, kwargs={"sockets": sockets})   (a context's Process)
        if (call.method === 'Process' && this.facts.imports.importsAny(/^multiprocessing(\.|$)/))
            return true;
        const helper = depth < 4 ? this.innerHelper(call, scope) : null;
        if (helper)
            return this.helperForks(helper.fn, depth + 1);
        // Ex) self._muxes = [MuxProcess(self, i) for i in ...]; for mux in self._muxes: mux.start()   (ansible_mitogen: a class of
        // this module, made here, whose start() runs os.fork())
        return depth < 4 && this.madeClassMethods(call, scope).some((m) => this.helperForks(m, depth + 1));
    }
    /**
     * The methods a call `obj.m(...)` (not on `self`) may run: each method `m` of a class of this module that the
     * function around `scope` (or its class) makes (madeClasses()).
     */
    madeClassMethods(call, scope) {
        if (!call.method || !call.receiver || call.receiver === scope.selfName)
            return [];
        const out = [];
        for (const cls of this.madeClasses(scope)) {
            const m = this.findMethod(cls, call.method);
            if (m)
                out.push(m);
        }
        return out;
    }
    /** The classes of this module that the function around `scope` (or, in a method, its class) makes: `Name(` in its text, read once. */
    madeClasses(scope) {
        let outer = scope;
        while (outer.parent && outer.parent.kind === 'function')
            outer = outer.parent;
        const around = outer.ownerClass?.node ?? outer.node;
        // (once a function or class: each call of a hostile file's thousands asks)
        return cached(this.madeClassesCache, around.id, () => {
            const out = new Set();
            if (!this.facts.classes.size)
                return out;
            for (const [, name] of this.facts.text.slice(around.startIndex, around.endIndex).matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*\(/g)) {
                const cls = this.facts.classes.get(name);
                if (cls)
                    out.add(cls);
            }
            return out;
        });
    }
    /**
     * `super().start()`, `self.start()` or `Process.start(self)` in a method of a class that derives from
     * multiprocessing's Process: the process it stands for starts, a fork on POSIX (the default start method).
     */
    startsOwnProcess(call, scope) {
        const cls = scope.ownerClass;
        if (!cls || !this.provenance.baseNames(cls).some((b) => FORK_CALLS.has(b) && b.startsWith('multiprocessing.')))
            return false;
        const object = call.node.childForFieldName('function')?.childForFieldName('object');
        if (object?.type === 'call' && object.childForFieldName('function')?.text === 'super')
            return true;
        if (call.receiver === scope.selfName)
            return true;
        return !!call.receiver && FORK_CALLS.has(this.facts.qualifyAt(call.receiver, call.pos));
    }
    helperForks(fn, depth) {
        const cached = this.forkingHelpers.get(fn.node.id);
        if (cached !== undefined)
            return cached;
        this.forkingHelpers.set(fn.node.id, false); // cycle guard: recursion alone does not fork
        const forks = this.provenance.scopeTree(fn).some((s) => s.calls.some((c) => this.callForks(c, s, depth)));
        this.forkingHelpers.set(fn.node.id, forks);
        return forks;
    }
    /** Class names (module-local) whose constructor calls makefile() on a parameter, by parameter index. */
    makefileParams(cls) {
        const cached = this.makefileClasses.get(cls.node.id);
        if (cached)
            return cached;
        const out = new Set();
        this.makefileClasses.set(cls.node.id, out);
        const init = this.findMethod(cls, '__init__');
        if (init) {
            for (const s of this.provenance.scopeTree(init)) {
                for (const call of s.calls) {
                    if (call.method !== 'makefile' || !call.receiver)
                        continue;
                    const i = init.params.indexOf(call.receiver);
                    if (i > 0)
                        out.add(i - 1);
                }
            }
        }
        return out;
    }
    /** The module class a callee names: `HTTPResponse` or `self.response_class` (a class attribute). */
    calleeClass(callee, scope) {
        if (!callee.includes('.'))
            return this.facts.classes.get(callee) ?? null;
        const attr = selfAttribute(scope, callee);
        if (attr) {
            for (const c of this.provenance.classChain(scope.ownerClass)) {
                for (const a of c.scope.assigns) {
                    if (a.target === attr) {
                        const dn = dottedName(a.value);
                        if (dn)
                            return this.facts.classes.get(dn) ?? null;
                    }
                }
            }
        }
        return null;
    }
    /**
     * The call a socket this function makes (`socket.socket()`, and nothing connects it here) is handed
     * to before the close, where the analysis cannot see what is done to it: `asyncio.start_server(sock=s)`,
     * `Thread(target=serve, args=(s,))`. That code may listen on it. Null when there is none, when the
     * socket is connected, listens or accepts here, or when it does not come from a socket constructor.
     */
    handedUnconnected(aliases, scope, pos) {
        const methods = this.methodsCalled(aliases, scope, pos);
        if (['connect', 'connect_ex', 'listen', 'accept'].some((m) => methods.has(m)))
            return null;
        const index = scopeIndex(scope);
        // (once a name and function: a site once read every assignment of a name assigned 20,000 times)
        const made = [...aliases].some((a) => cached(this.madeCache, `${scope.node.id}\0${a}`, () => (index.assignsByTarget.get(a) ?? []).some((x) => this.constructs(x))));
        if (!made)
            return null;
        const stretch = bindingStretch(aliases, scope, pos);
        const start = stretch ? stretch[0] : 0;
        let first = null;
        for (const a of aliases) {
            // (positions, not a walk: 20,000 `f(s); s.close()` in one function would each walk every call before them)
            const { handed, connecting } = this.handedOver(scope, a);
            const c = countBefore(connecting, start);
            if (c < connecting.length && connecting[c].pos < pos)
                return null;
            const h = countBefore(handed, start);
            if (h < handed.length && handed[h].pos < pos && (!first || handed[h].pos < first.pos))
                first = handed[h];
        }
        return first;
    }
    /**
     * A socket this function makes under a plain local name (every assignment of the name a socket
     * constructor's call, of a stream type, on no descriptor of another) that nothing connects: no method
     * on it decides a kind or hands its descriptor on (connect, accept, listen, bind, fileno, dup, ...),
     * and the name occurs in the function only as those assignments, the receiver of its method calls,
     * and an argument of calls that hold it harmlessly (`ioctl(sck, SIOCGIFADDR, ...)`). Any other
     * occurrence (a closure, a container, a comparison, a string) leaves it unknown. Once a name and function.
     * Ex) sck = socket.socket(); try: return ioctl(sck, cmd, arg)  finally: sck.close()
     */
    neverConnected(aliases, scope) {
        if (aliases.size !== 1 || scope.kind !== 'function')
            return false;
        const [name] = aliases;
        if (!/^[A-Za-z_]\w*$/.test(name) || scope.params.includes(name))
            return false;
        return cached(this.neverCache, `${scope.node.id}\0${name}`, () => {
            const index = scopeIndex(scope);
            const assigns = index.assignsByTarget.get(name) ?? [];
            const made = (a) => {
                if (a.viaWith || !this.constructs(a))
                    return false;
                const args = callArguments(a.value);
                return args.length < 4 && !args.some((x) => /\b(fileno|SOCK_DGRAM|SOCK_RAW|AF_PACKET|AF_ALG)\b/.test(x.text));
            };
            if (!assigns.length || !assigns.every(made))
                return false;
            const calls = index.callsByReceiver.get(name) ?? [];
            if (calls.some((c) => !c.method || KIND_METHODS.has(c.method) || LISTEN_NAMED.test(c.method) || PASSES_ON.has(c.method)))
                return false;
            const handed = this.passedIn(scope).get(name) ?? [];
            if (handed.some((c) => !HARMLESS_HOLDERS.has(c.callee?.slice(c.callee.lastIndexOf('.') + 1) ?? '')))
                return false;
            return this.nameCounts(scope).get(name) === assigns.length + calls.length + handed.length;
        });
    }
    /** Does an assignment give its one target a socket constructor's call (`s = socket.socket(...)`)? */
    constructs(a) {
        if (a.tupleIndex !== -1 || a.value.type !== 'call')
            return false;
        const callee = dottedName(a.value.childForFieldName('function'));
        return !!callee && SOCKET_CLASSES.has(this.facts.qualifyAt(callee, a.value.startIndex));
    }
    /** How many times each name occurs in a scope's text, nested scopes and strings included (not as an attribute: `x.name`), once a scope. */
    nameCounts(scope) {
        return cached(this.countsCache, scope.node.id, () => {
            const counts = new Map();
            for (const [name] of scope.node.text.matchAll(/(?<![\w.])[A-Za-z_]\w*/g))
                counts.set(name, (counts.get(name) ?? 0) + 1);
            return counts;
        });
    }
    /**
     * The calls of a scope that take `name` (passedIn()) and may do to it what the analysis cannot see,
     * and those named for connecting it (`loop.sock_connect(s, addr)`), each in document order.
     */
    handedOver(scope, name) {
        return cached(this.handedCache, `${scope.node.id}\0${name}`, () => {
            const handed = [];
            const connecting = [];
            for (const call of this.passedIn(scope).get(name) ?? []) {
                const last = call.callee?.slice(call.callee.lastIndexOf('.') + 1) ?? '';
                // Ex) selector.register(s, EVENT_READ); print(s); self.assertIsInstance(s, socket.socket)   (they listen on nothing)
                if (SOCKET_PRESERVING.has(last) || HARMLESS_HOLDERS.has(last) || /^(?:assert|log|debug|info|warn|error)/i.test(last) || this.innerHelper(call, scope))
                    continue;
                // Ex) loop.sock_connect(s, addr); connect_ex(s)   (named for connecting it)
                (/connect/i.test(last) ? connecting : handed).push(call);
            }
            return { handed, connecting };
        });
    }
    /** The calls of a scope by each name passed to them: as an argument, a keyword's value, or an element of a tuple or list argument (`args=(s,)`). */
    passedIn(scope) {
        return cached(this.passedCache, scope.node.id, () => {
            const out = new Map();
            for (const c of scope.calls) {
                if (!c.args.length || c.receiver === null && c.callee === null)
                    continue;
                const names = new Set();
                for (const arg of c.args) {
                    const value = arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
                    if (!value)
                        continue;
                    const items = value.type === 'tuple' || value.type === 'list' ? value.namedChildren : [value];
                    for (const item of items) {
                        const dn = item ? dottedName(item) : null;
                        if (dn)
                            names.add(dn);
                    }
                }
                for (const n of names)
                    push(out, n, c);
            }
            return out;
        });
    }
    /**
     * Why the socket's data may still be read after the close: a makefile() object
     * of it in use afterwards. Returns 'skip' with a detail, 'unsafe' when the
     * socket went to a constructor that the analysis cannot see into, or null.
     */
    handoff(aliases, scope, closeNode) {
        // Ex) sock = self.sock; self.sock = None; sock.close()   (self.sock is the socket)
        const attr = this.selfAttributeOf(aliases, scope);
        if (attr === 'sock' && scope.ownerClass) {
            // Ex) class UnixHTTPConnection(http.client.HTTPConnection)   (the base hands self.sock to HTTPResponse)
            const base = this.provenance.baseNames(scope.ownerClass).find((b) => HTTP_CONNECTION.test(b));
            if (base)
                return { level: 'skip', detail: `${base} hands self.sock to a response that reads it through makefile() after the close` };
        }
        // Ex) class Handler(socketserver.StreamRequestHandler): def handle(self): ... self.request.close(); self.rfile.readline()
        if ((attr === 'request' || attr === 'connection') && scope.ownerClass && scope.selfName) {
            const handler = this.provenance.baseNames(scope.ownerClass).find((b) => STREAM_REQUEST_HANDLER.test(b));
            const files = handler ? this.handlerFiles(scope, closeNode, handler) : null;
            if (files)
                return { level: 'skip', detail: files };
        }
        // The socket is a local name of the close's function, none of its parameters (each call of the function makes its own).
        const fresh = () => [...aliases].every((a) => !a.includes('.') && !scope.params.includes(a) && scopeIndex(scope).assignsByTarget.has(a));
        const judge = (s, same, fact) => {
            const { call, makefile, reader, holder, capitalized } = fact;
            // Ex) try: sock.connect(addr)  except: sock.close(); raise ... return sock.makefile('rwb'), sock   (made after the
            // close, with no loop around both, of a socket this call of the function made: where the close runs there is no
            // file object yet; `self.sock`'s may be an earlier call's: if self.sock: self.sock.close() ... self.rfile = self.sock.makefile())
            const later = same && call.pos > closeNode.startIndex && fresh() && !runsBefore(scope, call.pos, closeNode.startIndex);
            // A file object of the socket.
            if (makefile && !later) {
                const read = this.makefileReader(call, s, same, scope, closeNode);
                if (read)
                    return { level: 'skip', detail: read };
            }
            if (reader !== null && !later)
                return { level: 'skip', detail: `${reader}() reads the socket through makefile()` };
            if (holder === null)
                return null;
            if (same && call.pos > closeNode.startIndex)
                return null;
            // Ex) try: conn = SocketConnection(sock)  except Exception: sock.close(); raise   (no object holds it)
            if (same && raisedBeforeHeld(call.node, closeNode, scope.node))
                return null;
            // Ex) self.reader = reader_class(self.sock)   (an object that may read the socket outlives the close)
            if (holder.includes('.'))
                return { level: 'unsafe', detail: `handed to ${call.callee}(), kept as ${holder}` };
            if (same && capitalized && this.usedAfter(holder, scope, closeNode)) {
                return { level: 'unsafe', detail: `handed to ${call.callee}(), which is used after the close` };
            }
            return null;
        };
        // Ex) conn = TConn(sock); ...; conn.sock.close(); conn.rfile.readline()   (TConn.__init__ made rfile = sock.makefile('rb'))
        for (const a of aliases) {
            const cls = a.includes('.') ? this.provenance.instanceMakefile(a, scope) : null;
            const head = a.slice(0, a.lastIndexOf('.'));
            // (`self.conn.sock`: the instance outlives the method, and its file object may be read by another)
            if (cls && (head.includes('.') || this.readAfter(head, scope, closeNode)))
                return { level: 'skip', detail: `${cls} makes a makefile() of .${a.slice(head.length + 1)}, and ${head} ${head.includes('.') ? 'outlives' : 'is used after'} the close` };
        }
        // Ex) resp = conn.getresponse(); conn.sock.close(); resp.read()   (http.client: the response reads conn.sock through makefile())
        const response = this.httpResponse(aliases, scope, closeNode);
        if (response)
            return { level: 'skip', detail: response };
        // Ex) server = SendFileDescriptor(probe.fileno(), b"junk"); ...; probe.close()   (the class may send the descriptor on, or keep it)
        const given = this.descriptorGiven(aliases, scope);
        if (given && given.pos < closeNode.startIndex)
            return { level: 'unsafe', detail: `handed to ${given.callee}() by its descriptor (fileno()), which may send it to another process or keep it` };
        // Ex) fp, sock = connect(addr); ...; sock.close(); fp.read()   (connect() returns sock.makefile('rwb'), sock)
        for (const a of aliases) {
            for (const f of a.includes('.') ? [] : this.provenance.factoryFileObjects(a, scope)) {
                const outlives = f.includes('.');
                if (outlives || this.readAfter(f, scope, closeNode))
                    return { level: 'skip', detail: `${f} (a makefile() object of the socket, from the same call) ${outlives ? 'outlives' : 'is read after'} the close` };
                // Ex) fp, sock = connect(addr); fp.write(data); sock.close(); fp.close()   (written, so a writer: buffered unless
                // the factory says otherwise, which is not read here)
                const { write, flush } = this.writesBefore(f, scope.node, closeNode.startIndex);
                if (write > -1 && flush < write)
                    return { level: 'skip', detail: `${f} (a makefile() object of the socket, from the same call) holds data written before the close, which it sends when flushed after it` };
            }
        }
        // The close's own function, then the class's other methods that name self.X
        for (const fact of this.handoffFacts(aliases, scope)) {
            const found = judge(scope, true, fact);
            if (found)
                return found;
        }
        if (!attr || !scope.ownerClass)
            return null;
        for (const { s, fact } of this.classWide(scope.ownerClass, attr).handoffs) {
            const found = s === scope ? null : judge(s, false, fact);
            if (found)
                return found;
        }
        return null;
    }
    /**
     * Where, before `pos`, a function last writes to the file object `holder` (-1: never), and where it last flushes or
     * closes it (-1: never), in the module's blanked code. Writes: its write() and writelines(), `print(x, file=f)`, a
     * dump() or copyfileobj() into it (`json.dump(obj, f)`), a function named for writing given it first (pg8000's
     * `_write(self._sock, data)`); flushes: its flush() and close(), a function named for flushing given it alone
     * (pg8000's `_flush(self._sock)`). Another call given it may read it
     * (`readuntil2crlfs(fd)`). The positions are found once a function and holder: each close is a binary search.
     */
    writesBefore(holder, fn, pos) {
        const marks = cached(this.writerMarks, `${fn.id}\0${holder}`, () => {
            const h = holder.replace(/\./g, '\\.');
            const text = this.provenance.code().slice(fn.startIndex, fn.endIndex);
            const at = (re) => [...text.matchAll(re)].map((m) => ({ pos: fn.startIndex + m.index }));
            return {
                writes: at(new RegExp(`(?<![\\w.])${h}\\.(?:write|writelines)\\s*\\(|\\bfile\\s*=\\s*${h}(?![\\w.])|\\b(?:dump|copyfileobj)\\s*\\([^()]*,\\s*${h}\\s*[,)]|\\b_*write\\w*\\s*\\(\\s*${h}\\s*,`, 'g')),
                flushes: at(new RegExp(`(?<![\\w.])${h}\\.(?:flush|close)\\s*\\(|\\b\\w*flush\\w*\\s*\\(\\s*${h}\\s*\\)`, 'g')),
            };
        });
        return { write: lastBefore(marks.writes, pos), flush: lastBefore(marks.flushes, pos) };
    }
    /** Does any method of a class write to `self<attrPath>` (`.wfile`)? Once a class and attribute. */
    classWrites(cls, attrPath) {
        return cached(this.classWritesCache, `${cls.node.id}\0${attrPath}`, () => {
            const text = this.provenance.code().slice(cls.node.startIndex, cls.node.endIndex);
            return new RegExp(`(?<![\\w.])\\w+${attrPath.replace(/\./g, '\\.')}\\.(?:write|writelines)\\s*\\(`).test(text);
        });
    }
    /** The `wbufsize` a stream handler class sets (its own, a module-local base's, xmlrpc.server's -1), or null. Once a class. */
    wbufsize(cls) {
        return cached(this.wbufsizeCache, cls.node.id, () => {
            const code = this.provenance.code();
            for (const c of this.provenance.classChain(cls)) {
                const m = /^[ \t]+wbufsize[ \t]*=[ \t]*([^\s#;]+)/m.exec(code.slice(c.node.startIndex, c.node.endIndex));
                if (m)
                    return m[1];
            }
            // Ex) class Handler(SimpleXMLRPCRequestHandler)   (xmlrpc.server's sets wbufsize = -1)
            return this.provenance.baseNames(cls).some((b) => BUFFERED_WFILE_HANDLER.test(b)) ? '-1' : null;
        });
    }
    /**
     * Why a close of a socketserver stream handler's request (or its `connection`) ends what its file objects still
     * do: `setup()` made `self.rfile` (and, with a `wbufsize` other than 0, `self.wfile`, in Python 2 always) by
     * makefile(), which keep the connection up after the close. One used after the close in the same method reads or
     * writes through it; a buffered `self.wfile` not flushed after its last write before the close is flushed by
     * `finish()` after it: a shutdown first loses that data (BrokenPipeError, in 2.7 and 3.x alike). Else null.
     */
    handlerFiles(scope, closeNode, handler) {
        const self = scope.selfName;
        for (const file of ['rfile', 'wfile']) {
            const name = `${self}.${file}`;
            // Ex) except socket.timeout: self.request.close(); return   (the reads further down never follow this close)
            const end = this.reachEnd(closeNode, scope);
            if (this.dottedUses(name, scope).some((u) => u.pos > closeNode.endIndex && u.pos < end))
                return `${name} (the makefile() object ${handler}.setup() made of the request) is used after the close`;
        }
        const wbufsize = this.wbufsize(scope.ownerClass);
        if (wbufsize === null || wbufsize === '0')
            return null;
        const { write, flush } = this.writesBefore(`${self}.wfile`, scope.node, closeNode.startIndex);
        if (flush > write && flush > -1)
            return null;
        return `${self}.wfile (a buffered makefile() writer, wbufsize = ${wbufsize}) is flushed by finish() after the close`;
    }
    /**
     * The first `X(sock.fileno())` of a function that hands the socket's descriptor to a class's constructor (not a socket
     * class's: that is a copy, asked elsewhere), with the class's name. Once a socket and function: each close reads it.
     */
    descriptorGiven(aliases, scope) {
        return cached(this.descriptorCache, this.aliasKey(aliases, scope), () => {
            let first = null;
            for (const c of this.related(aliases, scope).on) {
                if (c.method !== 'fileno' || c.node.parent?.type !== 'argument_list' || (first && first.pos <= c.pos))
                    continue;
                const callee = dottedName(c.node.parent.parent?.childForFieldName('function') ?? null);
                const last = callee?.slice(callee.lastIndexOf('.') + 1) ?? '';
                if (callee && /^_*[A-Z]/.test(last) && !SOCKET_CLASSES.has(this.facts.qualifyAt(callee, c.pos)))
                    first = { pos: c.pos, callee };
            }
            return first;
        });
    }
    /**
     * The response of an HTTP connection whose `.sock` the close closes (`conn.sock.close()`, or a socket given to it as
     * `conn.sock = sock`), got before the close and read after it: http.client's `getresponse()` hands the response a
     * makefile() of the socket, which the shutdown would cut off (`resp.read()` gives nothing). Null for none.
     */
    httpResponse(aliases, scope, closeNode) {
        let calls = responsesCache.get(scope);
        if (!calls) {
            calls = scope.calls.filter((c) => c.method === 'getresponse' && !!c.receiver);
            responsesCache.set(scope, calls);
        }
        if (!calls.length)
            return null;
        const index = scopeIndex(scope);
        for (const call of calls) {
            const conn = call.receiver;
            if (call.pos > closeNode.startIndex)
                continue;
            // Ex) conn.sock = sock   (a socket the connection was given, before the close)
            const given = () => (index.assignsByTarget.get(`${conn}.sock`) ?? []).some((a) => a.tupleIndex === -1 && a.pos < closeNode.startIndex && aliases.has(a.value.text));
            if (!aliases.has(`${conn}.sock`) && !given())
                continue;
            const response = this.assignedName(call.node);
            if (!response)
                continue;
            const outlives = response.includes('.');
            if (outlives || this.readAfter(response, scope, closeNode)) {
                return `${response} (the response ${conn}.getresponse() gave, which reads ${conn}.sock through makefile()) ${outlives ? 'outlives' : 'is read after'} the close`;
            }
        }
        return null;
    }
    /**
     * What each call that may hand the socket off means for any close of it: a makefile()
     * of it (whether its file object outlives a close is asked at each close), a class of this module
     * that reads the argument through makefile(), or a holder the call's result is kept in (with
     * whether the callee is named like a class); the candidates that mean none of these are left out.
     * Once a socket and function: each close once asked it all again, each holder's assignment found
     * through `node.parent`, a search from the function's top (5,000 wrap_socket() calls and closes: 14 s).
     */
    handoffFacts(names, s) {
        return cached(this.handoffCache, this.aliasKey(names, s), () => this.gatherHandoffFacts(names, s));
    }
    gatherHandoffFacts(names, s) {
        const facts = [];
        // The only calls a hand-off can be: makefile() calls on the socket and calls that take it as an argument, in order.
        const { on, withArg } = this.related(names, s);
        const candidates = [...new Set([...on.filter((c) => c.method === 'makefile'), ...withArg])].sort((a, b) => a.pos - b.pos);
        const kept = new Set();
        for (const call of candidates) {
            // Ex) resp = http.client.HTTPResponse(sock)   (its constructor calls sock.makefile('rb'): resp is the file's holder)
            const makefile = (call.method === 'makefile' && !!call.receiver && names.has(call.receiver)) ||
                (!!call.callee && MAKEFILE_READER_CLASSES.has(this.facts.qualifyAt(call.callee, call.pos)) && this.isArgOf(call, names) === 0);
            let reader = null;
            let holder = null;
            let capitalized = false;
            const argIndex = this.isArgOf(call, names);
            if (argIndex !== -1 && call.callee) {
                const cls = this.calleeClass(call.callee, s);
                if (cls) {
                    if (this.makefileParams(cls).has(argIndex))
                        reader = cls.name;
                }
                else if (!makefile) {
                    const last = call.callee.slice(call.callee.lastIndexOf('.') + 1);
                    const held = this.assignedName(call.node);
                    if (held && !names.has(held) && !SOCKET_PRESERVING.has(last)) {
                        holder = held;
                        capitalized = /^_*[A-Z]/.test(last);
                    }
                }
            }
            if (!(makefile || reader !== null || holder !== null))
                continue;
            const fact = { call, makefile, reader, holder, capitalized };
            // Ex) a reconnect repeated: self.rfile = self.sock.makefile('rb') after each close   (the makefile() calls that keep
            // their file the same way give each close the same answer as the first of them, which comes before any close the
            // others come before: only the first is judged)
            const alike = this.keptAlike(fact);
            if (alike !== null && kept.has(alike))
                continue;
            if (alike !== null)
                kept.add(alike);
            facts.push(fact);
        }
        return facts;
    }
    /**
     * The wrap_socket() call the socket was handed to before the close, in the
     * close's own function (`ssl_sock = ctx.wrap_socket(sock)`; not
     * `sock = ctx.wrap_socket(sock)`, which rebinds the name to the TLS socket).
     */
    wrappedBefore(aliases, scope, closeNode) {
        // The first wrap of the socket in the function, if it comes before the close: calls are in document order.
        const first = cached(this.wrappedCache, this.aliasKey(aliases, scope), () => this.wrapsOf(scope).find(({ arg, holder }) => arg !== null && aliases.has(arg) && !(holder && aliases.has(holder)))?.call ?? null);
        return first && runsBefore(scope, first.pos, closeNode.startIndex) ? first : null;
    }
    /**
     * For a close of `self.X`: a wrap_socket() call in another method of the class's family (classFamily()) that
     * wraps `self.X` and keeps the TLS socket elsewhere (`self.sslobj = ssl.wrap_socket(self.sock)` in
     * Python 2's poplib.POP3_SSL), so `self.X` may be the raw socket under a TLS connection when it is
     * closed. `self.X = ctx.wrap_socket(self.X)` rebinds the attribute to the TLS socket and is none, and
     * so is a wrap whose TLS socket is returned or handed on at once (its holder is not seen).
     * (The close's own method is wrappedBefore()'s, which reads the order.)
     */
    wrappedInClass(receiver, scope) {
        const attr = selfAttribute(scope, receiver);
        const cls = scope.ownerClass;
        if (attr === null || !cls)
            return null;
        // (each wrap with its method, once a class and attribute; the close's own method is left out here)
        const wraps = cached(this.classWrapCache, `${cls.node.id}\0${attr}`, () => {
            const found = [];
            for (const m of this.classFamilyScopes(cls)) {
                for (const { call, arg, holder } of this.wrapsOf(m)) {
                    if (arg === null || selfAttribute(m, arg) !== attr)
                        continue;
                    // Ex) return ctx.wrap_socket(self._socket)   (kept by the caller: most often as self._socket again)
                    if (holder === null || selfAttribute(m, holder) === attr)
                        continue;
                    found.push({ call, method: m });
                }
            }
            return found;
        });
        // Ex) class POP3_SSL(POP3) wraps self.sock and has its own quit(): POP3.quit() never closes a wrapped one
        let method = scope;
        while (method && method.parent?.kind !== 'class')
            method = method.parent;
        const chain = new Set(this.provenance.classChain(cls));
        const overrides = (sub) => this.provenance.classChain(sub).some((c) => !chain.has(c) && !!method && c.methods.has(method.name));
        return wraps.find((w) => w.method !== scope && (!w.method.ownerClass || chain.has(w.method.ownerClass) || !overrides(w.method.ownerClass)))?.call ?? null;
    }
    /** The wrap_socket() calls of a function, each with the name of the socket it wraps and the name it is kept as. */
    wrapsOf(scope) {
        return cached(this.wrapCache, scope.node.id, () => scope.calls
            .filter((c) => !!c.callee && /(?:^|\.)wrap_socket$/.test(c.callee))
            .map((call) => {
            const first = call.args.find((a) => a.type !== 'keyword_argument');
            const keyword = call.args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === 'sock');
            const arg = keyword ? keyword.childForFieldName('value') : first;
            return { call, arg: arg ? dottedName(arg) : null, holder: this.assignedName(call.node) };
        }));
    }
    /**
     * For a hand-off fact that is a makefile() call alone: how it keeps its file (returned, its holder, the with
     * statement, buffered or not), the same text for calls that give a close the same answer; else null.
     */
    keptAlike(fact) {
        if (!fact.makefile || fact.reader !== null || fact.holder !== null || fact.call.method !== 'makefile')
            return null;
        const held = this.fileHeld(fact.call);
        return `${held.returned}\0${held.holder}\0${held.within?.id ?? ''}\0${bufferedWriter(fact.call.node)}`;
    }
    /** How a makefile() call's file object is kept: returned, or held by a name (a with statement's alias, with that statement). Once a call. */
    fileHeld(call) {
        return cached(this.fileHolders, call.node.id, () => {
            // Ex) ftpobj = addclosehook(conn.makefile('rb'), hook)   (the file object is wrapped, then held)
            let node = call.node;
            while (node.parent && WRAPPERS.has(node.parent.type))
                node = node.parent;
            if (node.parent?.type === 'return_statement')
                return { returned: true, holder: null, within: null };
            // Ex) with sock.makefile('wb') as out: out.write(data); sock.close()   (the with statement closes it after the close)
            const item = node.parent?.type === 'as_pattern' && node.parent.parent?.type === 'with_item' ? node.parent : null;
            const alias = item?.childForFieldName('alias');
            if (item) {
                let within = item.parent;
                while (within && within.type !== 'with_statement')
                    within = within.parent;
                return { returned: false, holder: alias?.namedChildren.length === 1 && alias.namedChildren[0].type === 'identifier' ? alias.text : null, within };
            }
            return { returned: false, holder: this.assignedName(node), within: null };
        });
    }
    makefileReader(call, s, same, closeScope, closeNode) {
        const held = this.fileHeld(call);
        if (held.returned)
            return 'its makefile() object is returned';
        const holder = held.holder;
        if (!holder)
            return null;
        // (a file of a with statement the close is not in was closed at its end, before the close)
        if (held.within && !(held.within.startIndex <= closeNode.startIndex && closeNode.endIndex <= held.within.endIndex))
            return null;
        if (holder.includes('.')) {
            // Ex) self.rfile = self.sock.makefile('rb'); ... self.rfile.close(); self.sock.close()
            const head = holder.slice(0, holder.indexOf('.'));
            // Ex) sys.stdin = io.TextIOWrapper(sock.makefile('rb')); sock.close()   (another object keeps it: it outlives the function)
            if (head !== s.selfName) {
                if (!same)
                    return null;
                const closedFirst = this.firstClose(this.aliases(holder, closeScope), closeScope) < closeNode.startIndex;
                return closedFirst ? null : `${holder} (its makefile() object) outlives the close`;
            }
            const here = `${closeScope.selfName}${holder.slice(head.length)}`;
            // Ex) file = self.file; self.file = None; file.close()   (closed through an alias)
            const closedFirst = this.firstClose(this.aliases(here, closeScope), closeScope) < closeNode.startIndex;
            if (closedFirst)
                return null;
            // Ex) self.cli_conn.close(); msg = self.read_file.read()   (read after the close: the file keeps the connection up)
            // Ex) self.cli_conn.close(); msg = self.cli_conn.recv(1024)   (the socket itself, which the file keeps open)
            const receiver = closeNode.childForFieldName('function')?.childForFieldName('object');
            const socketName = receiver ? dottedName(receiver) : null;
            // Ex) if self.sock: self.sock.close()
            //     self.sock = socket.socket(); self.sock.connect(addr); self.wfile = self.sock.makefile('wb'); write(hello, self.wfile)
            //     (a reconnect: what the names hold after they are bound again is the new socket's)
            for (const name of [here, socketName]) {
                if (name && this.dottedUsedAfter(name, closeScope, closeNode))
                    return `${here} (its makefile() object) is read after the close`;
            }
            // Ex) def getresponse(self): self.close_socket(); return self.file.read()   (read after a method of the class closed it)
            const owner = closeScope.ownerClass;
            if (owner && closeScope.parent?.kind === 'class' && this.reboundAfter(here, closeScope, closeNode) === -1) {
                const attrPath = holder.slice(head.length);
                for (const { scope: t, call } of this.selfCallsByMethod(owner).get(closeScope.name) ?? []) {
                    if (t.selfName && this.dottedLastUse(`${t.selfName}${attrPath}`, t) > call.node.endIndex)
                        return `${here} (its makefile() object) is read after ${t.name}() calls ${closeScope.name}()`;
                }
            }
            // Ex) self.wfile = self.sock.makefile('wb') ... def close(self): self.sock.close(); self.wfile.close()   (a buffered
            // writer sends what it holds when flushed: after the close, where a shutdown first would lose it)
            if (bufferedWriter(call.node)) {
                const { write, flush } = this.writesBefore(here, closeScope.node, closeNode.startIndex);
                const elsewhere = write === -1 && flush === -1 && !!owner && this.classWrites(owner, holder.slice(head.length));
                if ((write > -1 && flush < write) || elsewhere)
                    return `${here} (a buffered makefile() writer of the socket) may hold data written before the close, which it sends when flushed after it`;
            }
            // Ex) def close(self): self._socket.sendall(b'quit'); self._socket.close()   (self._socket_file is left alive,
            // unread, as in the oracle's case a: the shutdown is what ends the connection for the peer)
            return null;
        }
        // Ex) f = sock.makefile('wb'); f.write(data); sock.close(); f.close()   (the buffered writer sends it after the close)
        if (same && bufferedWriter(call.node)) {
            const { write, flush } = this.writesBefore(holder, s.node, closeNode.startIndex);
            if (write > -1 && flush < write)
                return `${holder} (a buffered makefile() writer of the socket) holds data written before the close, which it sends when flushed after it`;
        }
        if (same && this.readAfter(holder, s, closeNode))
            return `${holder} (its makefile() object) is read after the close`;
        const returns = cached(this.returnedCache, `${s.node.id}\0${holder}`, () => {
            const word = new RegExp(`\\b${holder}\\b`);
            return s.returns.filter((r) => word.test(r.text)).map((r) => ({ pos: r.startIndex })).sort((a, b) => a.pos - b.pos);
        });
        // Ex) except OSError: s.close(); raise ... return fp   (that return is on the other paths only)
        const end = returns.length && same ? this.reachEnd(closeNode, s) : Infinity;
        const next = returns[countBefore(returns, closeNode.endIndex)];
        const returned = end === Infinity ? returns.length > 0 : !!next && next.pos < end;
        return returned ? `${holder} (its makefile() object) is returned` : null;
    }
    /** The name an expression is assigned to (`fp = ...` gives fp). */
    assignedName(node) {
        const parent = node.parent;
        if (parent?.type !== 'assignment' || parent.childForFieldName('right')?.id !== node.id)
            return null;
        return dottedName(parent.childForFieldName('left'));
    }
    /**
     * Where the last use of a dotted name (`self.read_file`) in a function's text starts (-1: none),
     * an assignment to it and a close of it not counted. Once a name and function.
     */
    dottedLastUse(name, scope) {
        const uses = this.dottedUses(name, scope);
        return uses.length ? uses[uses.length - 1].pos : -1;
    }
    /**
     * Where each use of a dotted name (`self.read_file`) in a function's text starts, in order, an
     * assignment to it and a close of it not counted. Once a name and function.
     */
    dottedUses(name, scope) {
        return cached(this.dottedUseCache, `${scope.node.id}\0${name}`, () => {
            const text = scope.node.text;
            const word = new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\.')}(?!\\w)(?!\\s*=[^=])(?!\\.close\\(\\s*\\))`, 'g');
            const uses = [];
            for (let m = word.exec(text); m; m = word.exec(text)) {
                // Ex) del self.sslobj, self.sock   (a deletion is no use)
                const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
                if (/^\s*del\b/.test(line))
                    continue;
                uses.push({ pos: scope.node.startIndex + m.index });
            }
            return uses;
        });
    }
    /**
     * Is a dotted name used after the close, before it is bound again on every path from the close
     * (reboundAfter())? A use in the statement that binds it again reads what it held (`self.f = wrap(self.f)`).
     */
    dottedUsedAfter(name, scope, closeNode) {
        const uses = this.dottedUses(name, scope);
        const after = countBefore(uses, closeNode.endIndex + 1);
        if (after === uses.length)
            return false;
        const rebound = this.reboundAfter(name, scope, closeNode);
        return rebound === -1 || uses[after].pos < rebound;
    }
    /**
     * Where the statement that next binds a name again after the close ends, when it runs on every path
     * that goes on from the close: an assignment to the name after the close's statement, in the close's
     * block or a block around it in the function (`if self.sock: self.sock.close()` then `self.sock =
     * socket.socket()`). -1 when there is none: one in a branch, a try or a loop body the close is not in
     * may not run.
     */
    reboundAfter(name, scope, closeNode) {
        return cached(this.reboundCache, `${scope.node.id}\0${name}\0${closeNode.id}`, () => {
            let best = -1;
            for (const a of scopeIndex(scope).assignsByTarget.get(name) ?? []) {
                if (a.pos <= closeNode.endIndex || (best !== -1 && a.pos >= best))
                    continue;
                const statement = statementOf(a.value, scope.node);
                const block = statement?.parent;
                if (!statement || !block || statement.startIndex <= closeNode.endIndex)
                    continue;
                if (block.startIndex <= closeNode.startIndex && closeNode.endIndex <= block.endIndex)
                    best = statement.endIndex;
            }
            return best;
        });
    }
    reboundCache = new Map();
    /** Is the local name used after the close, other than by closing it (anywhere further down its function)? */
    usedAfter(name, scope, closeNode) {
        const uses = this.uses(name, scope);
        return uses.length > 0 && uses[uses.length - 1].pos >= closeNode.endIndex;
    }
    /**
     * Is the local name (a file object's) used after the close, other than by closing it, on a way from it? A
     * `return` or `raise` a few simple statements after the close ends its way: uses further down belong to the
     * other ways. (An object the socket was handed to is asked with usedAfter(): it may go on using it by itself.)
     */
    readAfter(name, scope, closeNode) {
        const uses = this.uses(name, scope);
        const next = uses[countBefore(uses, closeNode.endIndex)];
        // Ex) if bad: fp.close(); s.close(); raise IOError(line)   (the fp.readline() below runs on the other paths only)
        return !!next && next.pos < this.reachEnd(closeNode, scope);
    }
    /** reachEnd() of a close in its own scope, once a close. */
    reachEnd(closeNode, scope) {
        return cached(this.reachEndCache, closeNode.id, () => reachEnd(closeNode, scope.node));
    }
    /**
     * Where each use of a local name in its function starts, in order, a close of it (`name.close()`) and an
     * assignment to it not counted. Once a name and function: each close once read every identifier after
     * it (5,000 closes after `r = Reader(s)`: 40 s; 20,000: 490 s).
     */
    uses(name, scope) {
        return cached(this.usesCache, `${scope.node.id}\0${name}`, () => findUses(name, scope));
    }
    /**
     * The copiers of a scope by the socket each copies: the X of an `X.fileno()` in its arguments, or the
     * socket whose descriptor a name holds (`fd = sock.fileno(); os.dup(fd)`: pyroute2's NoClose). Once a scope.
     */
    copiesByOwner(scope) {
        return cached(this.copyOwnersCache, scope.node.id, () => {
            const out = new Map();
            let descriptors = null;
            for (const call of this.copiers(scope)) {
                const names = new Set();
                for (const m of (call.node.childForFieldName('arguments')?.text ?? '').matchAll(/([A-Za-z_][\w.]*)\.fileno\(\s*\)/g))
                    names.add(m[1]);
                const first = call.args[0];
                if (first?.type === 'identifier') {
                    // The names this scope gives a socket's descriptor, read once
                    descriptors ??= (() => {
                        const found = new Map();
                        for (const x of scope.assigns) {
                            if (x.tupleIndex !== -1 || x.value.type !== 'call')
                                continue;
                            const m = /^([A-Za-z_][\w.]*)\.fileno\(\s*\)$/.exec(x.value.text);
                            if (m)
                                push(found, x.target, m[1]);
                        }
                        return found;
                    })();
                    for (const owner of descriptors.get(first.text) ?? [])
                        names.add(owner);
                }
                for (const n of names)
                    push(out, n, call);
            }
            return out;
        });
    }
    /** The copiers of a scope that copy one of these names' socket (copiesByOwner()), in the aliases' order. */
    copiesOf(aliases, scope) {
        const byOwner = this.copiesByOwner(scope);
        const found = new Set();
        for (const a of aliases)
            for (const c of byOwner.get(a) ?? [])
                found.add(c);
        return found;
    }
    /** The calls of a scope that may copy a socket's descriptor: `socket.fromfd(conn.fileno(), ...)`, `os.dup(conn.fileno())`, `socket.socket(fileno=...)`. */
    copiers(scope) {
        return cached(this.copyCache, scope.node.id, () => 
        // The name first: a call's text is as long as its arguments (100,000 nested calls would read it 100,000 times).
        // Ex) fd = sock.fileno(); fd = os.dup(fd)   (a descriptor's name as the argument: pyroute2's NoClose)
        // Ex) fd = duplicate(s.fileno())   (Python 2's multiprocessing: `duplicate = os.dup` in another module; any function
        // named for a dup that is handed a descriptor may copy it)
        scope.calls.filter((c) => {
            if (!c.callee)
                return false;
            if (COPIERS.has(this.facts.qualifyAt(c.callee, c.pos)))
                return c.node.text.includes('fileno') || c.args[0]?.type === 'identifier';
            return DUP_NAMED.test(c.callee.slice(c.callee.lastIndexOf('.') + 1)) && c.args.some((a) => FILENO_CALL.test(a.text));
        }));
    }
    /** A dup()/fromfd() copy of the socket made before the close and not closed yet. */
    liveCopy(aliases, scope, pos) {
        const { copies, reach } = cached(this.liveCopyCache, this.aliasKey(aliases, scope), () => this.copyStretches(aliases, scope));
        const i = countBefore(copies, pos);
        const furthest = i > 0 ? reach[i - 1] : null;
        if (furthest && furthest.end >= pos)
            return furthest.name;
        // Ex) for ...: conn.close(); conn, _ = srv.accept(); keep.append(conn.dup())   (the next pass's close follows the copy,
        // which no close in the rest of the loop ends)
        if (!copies.length)
            return null;
        for (const loop of loopsAround(scope, pos)) {
            const last = this.lastCopyOutlivingLoop(copies, loop);
            if (last && last.pos >= pos)
                return last.name;
        }
        return null;
    }
    /** The last copy made in a loop that no close in the rest of the loop ends (once a socket and loop: each close of 4,000 in one loop would read every copy). */
    lastCopyOutlivingLoop(copies, loop) {
        let byLoop = this.outlivingCache.get(copies);
        if (!byLoop)
            this.outlivingCache.set(copies, (byLoop = new Map()));
        let found = byLoop.get(loop.node.id);
        if (found === undefined) {
            found = null;
            for (let j = countBefore(copies, loop.start); j < copies.length && copies[j].pos < loop.end; j++) {
                if (copies[j].end >= loop.end)
                    found = copies[j];
            }
            byLoop.set(loop.node.id, found);
        }
        return found;
    }
    /**
     * The copies of a socket a scope makes (its own `dup()`, `os.dup(s.fileno())`, `socket.fromfd(s.fileno(), ...)`), in order,
     * each with where its holder is next closed (Infinity: never), and for each the copy among it and the earlier ones that
     * stays open longest. Once a socket and function: each of 20,000 closes once read every copy (6.9 s, 15x the parse).
     */
    copyStretches(aliases, scope) {
        const { dups } = this.related(aliases, scope);
        const own = new Set(dups);
        const index = scopeIndex(scope);
        const stretches = [];
        // Ex) os.dup(other.fileno())   (a copy of another socket: the copies are found by the socket they copy)
        const theirs = [...this.copiesOf(aliases, scope)].filter((c) => !own.has(c));
        for (const call of [...dups, ...theirs]) {
            const holder = this.assignedName(call.node);
            const next = holder ? firstAfter(index.closesByReceiver.get(holder) ?? [], call.pos) : null;
            stretches.push({ pos: call.pos, end: next ? next.pos : Infinity, name: holder ?? call.node.text });
        }
        stretches.sort((a, b) => a.pos - b.pos);
        const reach = [];
        for (const s of stretches)
            reach.push(reach.length && reach[reach.length - 1].end >= s.end ? reach[reach.length - 1] : s);
        return { copies: stretches, reach };
    }
}
/** The guards of the `for` loop around `pos` that binds the one plain name among `aliases` (guards.ts), if any. */
function guardsAt(aliases, scope, pos) {
    if (aliases.size !== 1)
        return undefined;
    const [name] = aliases;
    if (!/^[A-Za-z_]\w*$/.test(name))
        return undefined;
    let loop = null;
    for (const l of loopsAround(scope, pos)) {
        const [start, end] = bodyOf(l);
        if (l.node.type === 'for_statement' && pos >= start && pos < end)
            loop = l.node;
    }
    const left = loop?.childForFieldName('left');
    return loop && left?.type === 'identifier' && left.text === name ? loopGuards(loop, name, pos) : undefined;
}
/** Is a node in the body of a `with` (below `top`) whose context manager expects an exception (`pytest.raises(...)`, `self.assertRaises(...)`)? */
function expectedToRaise(node, top) {
    for (const a of ancestors(node, top)) {
        if (a.type !== 'with_statement')
            continue;
        const clause = a.namedChildren.find((c) => c?.type === 'with_clause');
        if (clause && /\b(?:raises|assertRaises(?:Regexp?|Regex)?)\s*\(/.test(clause.text))
            return true;
    }
    return false;
}
/**
 * Does a makefile() call make a buffered writer (`makefile('wb')`, `'rwb'`, `'w'`)? Not a reader, an unbuffered writer
 * (`buffering=0`, Python 2's `bufsize=0`, a second argument of 0), nor a mode that is no literal.
 */
function bufferedWriter(call) {
    const args = callArguments(call);
    const positional = args.filter((a) => a.type !== 'keyword_argument');
    const mode = keywordValue(args, 'mode') ?? positional[0] ?? null;
    const literal = mode ? /^[rRbBuU]*(['"])([^'"]*)\1$/.exec(mode.text) : null;
    if (!literal || !/[wa+]/.test(literal[2]))
        return false;
    const buffering = keywordValue(args, 'buffering') ?? keywordValue(args, 'bufsize') ?? positional[1] ?? null;
    return buffering?.text !== '0';
}
/** The position of the last of `items` (in document order) before `pos`, or -1. */
function lastBefore(items, pos) {
    const i = countBefore(items, pos);
    return i ? items[i - 1].pos : -1;
}
/** Does a call at `at` run before a close at `pos`: earlier in the scope, or in a loop of the scope around both (the next pass's close follows it)? */
function runsBefore(scope, at, pos) {
    return at < pos || loopsAround(scope, pos).some((l) => l.start <= at && at < l.end);
}
/** Is this identifier a use of its name: not a close of it (`name.close()`) nor an assignment to it? */
function isUse(ident) {
    const parent = ident.parent;
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === ident.id) {
        const attr = parent.childForFieldName('attribute')?.text;
        if (attr === 'close' && parent.parent?.type === 'call')
            return false;
    }
    return !(parent?.type === 'assignment' && parent.childForFieldName('left')?.id === ident.id);
}
/** Where each use of a name in a function starts (isUse()), in document order (OrderFacts.uses). */
function findUses(name, scope) {
    const uses = [];
    for (const ident of scope.node.descendantsOfType('identifier')) {
        if (ident && ident.text === name && isUse(ident))
            uses.push({ pos: ident.startIndex });
    }
    return uses.sort((a, b) => a.pos - b.pos);
}
/** Does a SENDERS call send the socket named by `aliases` (not what it holds, nor the channel it goes through)? */
function sends(call, aliases) {
    const last = call.callee.slice(call.callee.lastIndexOf('.') + 1);
    // Ex) sock.share(pid)   (Windows: the socket is duplicated into the process)
    if (last === 'share')
        return !!call.receiver && aliases.has(call.receiver);
    // Ex) q.put(sock)   (the object itself, not what it holds: q.put(sock.recv(10)) sends bytes)
    if (last === 'put' || last === 'put_nowait' || last === 'send') {
        // Ex) send(sock, msg), self.send(sock, msg)   (a helper that writes on the socket: no queue or pipe takes it)
        if (!call.receiver || aliases.has(call.receiver))
            return false;
        const positional = call.args.filter((a) => a.type !== 'keyword_argument');
        return !!positional.length && aliases.has(positional[0].text) && (last !== 'send' || positional.length === 1);
    }
    // Ex) send_handle(chan, conn.fileno(), pid); socket.send_fds(chan, [b'x'], [conn.fileno()]); chan.sendmsg([b'x'], [(SOL_SOCKET, SCM_RIGHTS, ...)])
    // (the descriptors' argument: the channel they go through stays here)
    const sent = call.args[DESCRIPTORS_ARGUMENT[last] ?? 0];
    return !!sent && [...aliases].some((n) => sent.text === n || sent.text.includes(`${n}.fileno()`));
}
/**
 * Does a call of the module's own descriptor sender (descriptorSender()) send the socket named by `aliases`:
 * its descriptor in any argument (`send_fd(worker, client.fileno())`), or the socket itself in any but the
 * first (which is the channel a sender writes on)?
 */
function sendsThrough(call, aliases) {
    const positional = call.args.filter((a) => a.type !== 'keyword_argument');
    return call.args.some((arg) => {
        const value = arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
        if (!value)
            return false;
        return [...aliases].some((n) => value.text.includes(`${n}.fileno()`) || (value.text === n && arg !== positional[0]));
    });
}
/**
 * The names some scopes put in each container (`self._sockets[fd] = sock`, `socks.append(sock)`), by the
 * container's text (normalizeSelf()), in the scopes' order: each scope's stores, then its calls.
 */
function storedNames(scopes) {
    const byContainer = new Map();
    for (const o of scopes) {
        for (const st of o.stores)
            if (st.value.type === 'identifier')
                push(byContainer, normalizeSelf(st.target, o), { scope: o, name: st.value.text });
        for (const c of o.calls) {
            if (!c.receiver || !STORING.has(c.method ?? ''))
                continue;
            const value = c.args.at(-1);
            if (value?.type === 'identifier')
                push(byContainer, normalizeSelf(c.receiver, o), { scope: o, name: value.text });
        }
    }
    return byContainer;
}
/**
 * Does a call's argument list name `word`: in an argument's text, or in the value of a local name
 * passed as one (`actions = [(os.POSIX_SPAWN_DUP2, conn.fileno(), 0)]; os.posix_spawn(..., file_actions=actions)`)?
 */
function argumentsName(call, scope, word, code) {
    // (in the code, not its strings: `cmd = ['mosquitto', '-c', conf]` names no `c`)
    const named = (n) => word.test(code.slice(n.startIndex, n.endIndex));
    return call.args.some((arg) => {
        if (named(arg))
            return true;
        const value = arg.type === 'keyword_argument' ? arg.childForFieldName('value') : arg;
        if (value?.type !== 'identifier')
            return false;
        const index = scopeIndex(scope);
        // Ex) pass_fds = []; pass_fds.append(remote.fileno()); Popen(cmd, pass_fds=pass_fds)
        return (index.assignsByTarget.get(value.text) ?? []).some((x) => named(x.value)) || (index.callsByReceiver.get(value.text) ?? []).some((c) => (STORING.has(c.method ?? '') || c.method === 'extend') && c.args.some(named));
    });
}
const inheritableIndex = new WeakMap();
/** The calls in `scope` that make one of `names` inheritable (madeInheritable()), in order. */
function inheritableCalls(facts, scope, names) {
    // (the scope's set_inheritable() calls, once a scope: each of 100,000 closes in one function asks)
    let all = inheritableIndex.get(scope);
    if (!all)
        inheritableIndex.set(scope, (all = scope.calls.filter((c) => c.method === 'set_inheritable' || c.callee === 'set_inheritable')));
    if (!all.length)
        return [];
    const on = (text) => !!text && [...names].some((n) => text === n || text.replace(/\s+/g, '') === `${n}.fileno()`);
    const yes = (arg) => !!arg && !/^(?:False|0)$/.test(arg.text);
    return all.filter((c) => (c.method === 'set_inheritable' && !!c.receiver && names.has(c.receiver) && yes(c.args[0])) ||
        (!!c.callee && facts.qualifyAt(c.callee, c.pos) === 'os.set_inheritable' && on(c.args[0]?.text) && yes(c.args[1])));
}
/** Statements that always fall through to the next one. */
const SIMPLE_STATEMENTS = new Set(['expression_statement', 'pass_statement', 'assert_statement', 'print_statement', 'global_statement', 'nonlocal_statement']);
/** How many statements after a close reachEnd() reads for the `return` or `raise` that ends its way. */
const REACH_STATEMENTS = 12;
/**
 * Where control can go at most in its function once it passes a close: the end of the `return` or `raise`
 * that ends the close's block after simple statements only (`conn.close(); return`); Infinity where something
 * else may follow (no such statement, a `finally` around the close that runs after it, a handler of a `try`
 * whose body holds the close, which catches the raise, or a `with` statement, whose exit may swallow it).
 */
function reachEnd(closeNode, fnNode) {
    const stmt = statementOf(closeNode, fnNode);
    if (!stmt)
        return Infinity;
    let end = Infinity;
    let raises = false;
    // (a few statements at most: each close of a long straight block would read the rest of it, 10,000 closes 10,000 times)
    let left = REACH_STATEMENTS;
    for (let next = stmt.nextNamedSibling; next && left-- > 0; next = next.nextNamedSibling) {
        if (next.type === 'comment')
            continue;
        if (next.type === 'return_statement' || next.type === 'raise_statement') {
            end = next.endIndex;
            raises = next.type === 'raise_statement';
        }
        if (!SIMPLE_STATEMENTS.has(next.type))
            break;
    }
    if (end === Infinity)
        return end;
    const within = (c) => !!c && c.startIndex <= closeNode.startIndex && closeNode.endIndex <= c.endIndex;
    for (let n = stmt.parent; n && n.id !== fnNode.id; n = n.parent) {
        if (n.type === 'try_statement' && n.namedChildren.some((c) => c?.type === 'finally_clause' && !within(c)))
            return Infinity;
        // Ex) try: ...; s.close(); raise Error() except Error: fp.read()   (the handler runs next)
        if (raises && n.type === 'try_statement' && within(n.childForFieldName('body')))
            return Infinity;
        if (raises && (n.type === 'with_statement' || n.type === 'lambda'))
            return Infinity;
    }
    return end;
}

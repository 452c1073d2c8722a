// SOCK003: a socket closed by leaving a `with` block (or contextlib.closing), with no shutdown.
import { isWordChar } from '../code-text.js';
import { indexOfWord, isRegexWordChar } from '../text-search.js';
import { dottedName } from '../analysis/facts.js';
import { semanticModel } from '../analysis/semantic.js';
import { lineStart, newlineAt, targetPython } from '../fix/render.js';
import { socketSpelling } from '../fix/socket-names.js';
import { bareDoublesText, detachedText, hasClassWithBase, inherited, judgeReceiver, makeFinding, originNote } from './socket-receiver.js';
export const meta = {
    code: 'SOCK003',
    name: 'socket-context-manager',
    summary: 'socket closed by a `with` block (or `contextlib.closing`) without `shutdown()`',
    fixTitle: 'Shut the socket down in a finally at the end of the with block',
    // A managed socket is traced to a constructor, accept(), a socketserver class, or wrapped in closing().
    // Ex) a `with` statement starts a line (after its indentation); the cheap word test goes first
    prefilter: (text, options) => {
        if (!hasWithStatement(text))
            return false;
        const words = sourceWords(text);
        return words === true || (options.socketNames ?? []).some((n) => text.includes(n)) || managesNamedOrInherited(text, words === 'closing');
    },
    doc: `## What it does
Checks for sockets used as context managers, \`with socket.create_connection(...) as s:\`,
\`with socket.socket(...) as s:\`, \`with conn:\` on an accepted socket, and
\`with contextlib.closing(sock):\`, when the block does not shut the socket down.

## Why is this bad?
Leaving the block calls \`close()\`, and \`close()\` alone does not end the connection while a
\`makefile()\` object, a \`dup()\` copy, a forked child or a thread blocked in \`recv()\` still holds
the socket: the peer sees no end-of-file. \`shutdown(SHUT_RDWR)\` ends it for every holder.

## Example
\`\`\`python
with socket.create_connection(addr) as s:
    s.sendall(request)
\`\`\`

## Use instead
\`\`\`python
with socket.create_connection(addr) as s:
    try:
        s.sendall(request)
    finally:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
\`\`\`

## Fix safety
The fix is always unsafe: it re-indents the whole block and moves its end into a \`finally\`. It is
offered only when the block can be re-indented without changing a string literal; a triple-quoted
string that spans lines makes it unavailable (the message says so). Listening and datagram sockets
are skipped, as SOCK001 skips them, and so is a block that already shuts the socket down.

## References
- [socket objects as context managers](https://docs.python.org/3/library/socket.html#socket-objects)
- [contextlib.closing](https://docs.python.org/3/library/contextlib.html#contextlib.closing)
`,
};
/**
 * Text without which no receiver in the file can be traced to a socket made in it. What cannot make
 * one is left out: a definition (`def is_socket(self):`, `def accept(test):`) and `os.dup(fd)` (a
 * descriptor, an int). `closing()` and a class named `...Server` make none either: a block managed
 * through them holds a socket only if one is made here, or the block names it like a socket, or it is
 * `self.X` that a base class in another module sets (managesNamedOrInherited()).
 */
const SOCKET_SOURCE = /(?<!\bdef\s+\w*)socket\s*\(|create_connection|create_server|socketpair|fromfd|(?<!\bdef\s+\w*)accept\s*\(|wrap_socket|SSLSocket|(?<!(?:^|[^\w.])(?:os|posix))\.dup\s*\(|socket\.socket|SocketType|\bsocket\b[^\n]*\bas\b/;
/**
 * Words one of which SOCKET_SOURCE needs (`ocket` for socket, Socket, SSLSocket, wrap_socket, socketpair,
 * SocketType; `create_` for create_connection and create_server), and `closing`: none of them overlaps
 * another, so each is looked for on its own, and SOCKET_SOURCE is tried only where they stand
 * (sourceWords()). The whole-text SOCKET_SOURCE, with its lookbehinds tried at every position, took 165
 * ms of a run over the lib directory; then one regex of the six words (`/ocket|create_|fromfd|.../g`),
 * about a quarter of a GB/s. A search for each from its rarest character (text-search.ts) is faster:
 * this rule's prefilter on the 13,353 texts of the lib directory, 6 interleaved rounds, 366-424 ->
 * 304-381 ms.
 */
const SOURCE_WORDS = ['ocket', 'create_', 'fromfd', 'accept', '.dup'];
/** SOCKET_SOURCE at one position only. */
const SOCKET_SOURCE_AT = new RegExp(SOCKET_SOURCE.source, 'y');
/**
 * Looks for SOURCE_WORDS and the word `closing`: true when SOCKET_SOURCE matches (it is tried only where a
 * match can start: at the word, or for `ocket` one, four or six characters before, for socket, SSLSocket
 * and wrap_socket), else 'closing' when the text holds the word `closing` (`\bclosing\b`), else false.
 */
function sourceWords(text) {
    for (const word of SOURCE_WORDS) {
        for (let i = indexOfWord(text, word); i !== -1; i = indexOfWord(text, word, i + word.length)) {
            for (const start of word === 'ocket' ? [i - 1, i - 4, i - 6] : [i]) {
                if (start < 0)
                    continue;
                SOCKET_SOURCE_AT.lastIndex = start;
                if (SOCKET_SOURCE_AT.test(text))
                    return true;
            }
        }
    }
    for (let i = indexOfWord(text, 'closing'); i !== -1; i = indexOfWord(text, 'closing', i + 7)) {
        if (!(i > 0 && isRegexWordChar(text.charCodeAt(i - 1))) && !isRegexWordChar(text.charCodeAt(i + 7)))
            return 'closing';
    }
    return false;
}
/** A with item that is `self.X` itself (`with self.link as l:`). */
const SELF_ITEM = /^\(?\s*self\s*\.\s*([A-Za-z_]\w*)\s*\)?(?:\s+as\b[\s\S]*)?$/;
/** A with item that hands `self.X` to a call of one argument (`closing(self.link)`, under whatever name the import gives closing). */
const CLOSED_SELF_ITEM = /^[A-Za-z_][\w.]*\s*\(\s*self\s*\.\s*([A-Za-z_]\w*)\s*,?\s*\)(?:\s+as\b[\s\S]*)?$/;
/** A with statement header's items: split at its top-level commas, without `with`, the brackets around them all, and the colon. */
function withItems(header) {
    let body = header.replace(/^with\b/, '').replace(/:[\s\\]*$/, '').trim();
    if (body.startsWith('(') && body.endsWith(')'))
        body = body.slice(1, -1);
    const items = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < body.length; i++) {
        const c = body.charCodeAt(i);
        if (c === 40 || c === 91 || c === 123)
            depth++;
        else if ((c === 41 || c === 93 || c === 125) && depth > 0)
            depth--;
        else if (c === 44 && depth === 0) {
            items.push(body.slice(from, i).trim());
            from = i + 1;
        }
    }
    items.push(body.slice(from).trim());
    return items;
}
/**
 * The with statements' headers: each from `with` to the end of its logical line (on past a line end
 * inside brackets or after a backslash; at most 4,000 characters, where the rest of the file counts).
 */
function withHeaders(text) {
    const out = [];
    for (const start of withStatements(text)) {
        let depth = 0;
        let i = start;
        const limit = Math.min(text.length, i + 4000);
        for (; i < limit; i++) {
            const c = text.charCodeAt(i);
            if (c === 40 || c === 91 || c === 123)
                depth++;
            else if ((c === 41 || c === 93 || c === 125) && depth > 0)
                depth--;
            else if ((c === 10 || c === 13) && depth === 0 && text.charCodeAt(i - 1) !== 92)
                break;
        }
        out.push(text.slice(start, i === limit ? text.length : i));
    }
    return out;
}
/** A receiver named like a socket (looksLikeSocket()'s words), anywhere in a with statement's header. */
const NAMED_IN_HEADER = /sock|sck|skt|conn/i;
/**
 * The blocks SOCKET_SOURCE does not see: `with closing(sock):` (contextlib.closing, under any alias,
 * of one named like a socket: judged by its name) and `with self.link:` / `with closing(self.link):`
 * where no value of `self.link` is made in the file but a base class may make it (the project model
 * reads the base's module).
 */
function managesNamedOrInherited(text, closing) {
    // Neither can hold without closing() or a class with a base (most files with a with statement: the cheap tests first)
    const subclass = text.includes('self') && hasClassWithBase(text);
    if (!closing && !subclass)
        return false;
    const headers = withHeaders(text);
    if (closing && headers.some((h) => NAMED_IN_HEADER.test(h)))
        return true;
    // Ex) with self.link:, with a, self.link as b:, with closing(self.link):   (an item itself, or closing()'s
    // argument under any alias; not self.assertRaises(self.Error): a call's value, and an argument of it)
    const attrs = [];
    for (const h of headers) {
        for (const item of withItems(h)) {
            const m = SELF_ITEM.exec(item) ?? (closing ? CLOSED_SELF_ITEM.exec(item) : null);
            if (m)
                attrs.push(m[1]);
        }
    }
    return subclass && attrs.length > 0 && inherited(text, attrs);
}
/**
 * Does a line start a `with` statement (after its indentation, and an
 * `async`)? A compound statement always starts its logical line.
 */
function hasWithStatement(text) {
    return withStatements(text).next().done === false;
}
/** Where each `with` that starts a line (after its indentation, and an `async`) stands. */
function* withStatements(text) {
    const blank = (c) => c === 32 || c === 9 || c === 12;
    for (let i = text.indexOf('with'); i !== -1; i = text.indexOf('with', i + 4)) {
        if (isWordChar(text.charCodeAt(i + 4)))
            continue;
        let j = i - 1;
        while (j >= 0 && blank(text.charCodeAt(j)))
            j--;
        // Ex) async with session.get(url) as r:
        if (j >= 4 && j + 1 < i && text.startsWith('async', j - 4)) {
            j -= 5;
            while (j >= 0 && blank(text.charCodeAt(j)))
                j--;
        }
        if (j < 0 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13)
            yield i;
    }
}
/** The socket a with-item manages: `... as s`, `with conn:`, or `closing(sock)`. */
function managedSocket(ctx, item) {
    const value = item.childForFieldName('value');
    if (!value)
        return null;
    const expr = value.type === 'as_pattern' ? value.namedChild(0) : value;
    const alias = value.type === 'as_pattern' ? value.childForFieldName('alias')?.namedChild(0) ?? null : null;
    if (!expr)
        return null;
    if (expr.type === 'call') {
        const callee = dottedName(expr.childForFieldName('function'));
        if (callee && /(^|\.)closing$/.test(ctx.facts.qualifyAt(callee, expr.startIndex))) {
            // Ex) with contextlib.closing(sock): ...
            const arg = expr.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
            const name = dottedName(arg ?? null);
            if (name && arg)
                return { item, receiver: name, receiverNode: arg, viaClosing: true };
            // Ex) with closing(socket.create_connection(addr)) as s:   (s is the socket)
            const target = dottedName(alias);
            return target && alias ? { item, receiver: target, receiverNode: expr, viaClosing: true } : null;
        }
        const target = dottedName(alias);
        return target && alias ? { item, receiver: target, receiverNode: expr, viaClosing: false } : null;
    }
    const name = dottedName(expr);
    return name ? { item, receiver: name, receiverNode: expr, viaClosing: false } : null;
}
/** A string literal in the node that spans more than one line. */
function multilineString(node) {
    return node.descendantsOfType('string').some((s) => !!s && s.startPosition.row !== s.endPosition.row);
}
function buildFix(ctx, withNode, receiver) {
    const body = withNode.childForFieldName('body');
    if (!body)
        return { error: 'the with statement has no block' };
    const { text } = ctx;
    if (multilineString(body))
        return { error: 'a string literal spans lines in the block, and re-indenting it would change the string' };
    const start = lineStart(text, body.startIndex);
    const indent = text.slice(start, body.startIndex);
    if (!/^[ \t]*$/.test(indent))
        return { error: 'the block is on the same line as the with statement' };
    const header = text.slice(lineStart(text, withNode.startIndex), withNode.startIndex);
    const unit = indent.startsWith(header) && indent.length > header.length ? indent.slice(header.length) : ctx.layout.unit;
    let end = text.indexOf('\n', body.endIndex);
    if (end === -1)
        end = text.length;
    if (text[end - 1] === '\r')
        end--;
    const nl = newlineAt(text, body.endIndex);
    const lines = text.slice(start, end).split('\n');
    // Python reads a tab as the next multiple of 8 columns, and Python 3 refuses indentation whose
    // meaning depends on that: a block that mixes tabs and spaces, with the unit, is not re-indented.
    // Ex) "\tx = 1" and "        y = 2" under a 4-space unit: "    \tx" is column 8, as is "\tx"
    const leading = lines.map((l) => /^[ \t]*/.exec(l)[0]).join('') + unit + indent + header;
    if (leading.includes('\t') && leading.includes(' '))
        return { error: 'the block mixes tabs and spaces, and re-indenting it could change its meaning' };
    const reindented = lines.map((l) => (/^[ \t]*\r?$/.test(l) ? l : unit + l)).join('\n');
    const spelling = socketSpelling(ctx.facts, semanticModel(ctx.facts), text, body.startIndex, targetPython(ctx), 'shutdown-and-exception', ctx.options.importStyle);
    const tail = [
        `${indent}finally:`,
        `${indent}${unit}try:`,
        `${indent}${unit}${unit}${receiver}.shutdown(${spelling.shutdownArg})`,
        `${indent}${unit}except ${spelling.exception}:`,
        `${indent}${unit}${unit}pass`,
    ].join(nl);
    const edit = { start, end, text: `${indent}try:${nl}${reindented}${nl}${tail}` };
    return { title: meta.fixTitle, edits: spelling.importEdit ? [edit, spelling.importEdit] : [edit], unsafe: spelling.unresolved };
}
function classify(ctx, withNode, scope, managed) {
    const body = withNode.childForFieldName('body');
    if (!body)
        return null;
    // Ex) with pool.connection() as conn:   (only traced sockets, or closing() of one named like a socket)
    const { viaClosing } = managed;
    // Ex) with self.upstream(addr) as ssock:   (a @contextmanager generator's exit runs, not the socket's close())
    if (!viaClosing && ctx.provenance.contextManagerCall(managed.receiverNode, scope))
        return null;
    const prov = ctx.provenance.receiver(managed.receiver, scope, body.startIndex);
    if (!viaClosing && prov.t !== 'socket' && prov.t !== 'partial')
        return null;
    const judged = judgeReceiver(ctx, managed.receiver, scope, body.startIndex, prov);
    if (!judged || judged.evidence.reasons()[0] === 'not a socket')
        return null;
    const { aliases, evidence } = judged;
    // Ex) tests: inst.socket = DummySocket()   (this rule's shutdown in a finally does not catch the double's AttributeError)
    if (judged.bareDoubles)
        evidence.add('test doubles', `${bareDoublesText(judged.bareDoubles)}, which the fix's shutdown would meet as an AttributeError`);
    // Ex) with socket.create_connection(a) as s: ...; stop(s)   (a helper that shuts it down counts too)
    const shutInBody = ctx.order.shutdownWithin(aliases, scope, body.startIndex, body.endIndex);
    if (shutInBody)
        return null;
    // Ex) with closing(sock): return socket.socket(sock.family, sock.type, sock.proto, sock.detach())   (python-manhole)
    const detached = ctx.order.detachedBefore(aliases, scope, body.endIndex);
    if (detached)
        evidence.add('detached', detachedText(managed.receiver, detached));
    const how = viaClosing ? 'contextlib.closing()' : 'the with statement';
    const detail = `${managed.receiver} is closed by ${how} without a shutdown()${originNote(judged)}`;
    evidence.add('block re-indented', 'the fix re-indents the block into try/finally, which a reviewer should read');
    return { evidence, base: { outcome: 'fix-safe', detail } };
}
function check(ctx) {
    const findings = [];
    for (const scope of ctx.facts.scopes) {
        for (const withNode of scope.withs) {
            const clause = withNode.namedChildren.find((c) => c?.type === 'with_clause');
            for (const item of clause?.namedChildren ?? []) {
                if (!item || item.type !== 'with_item')
                    continue;
                const managed = managedSocket(ctx, item);
                if (!managed)
                    continue;
                const judged = classify(ctx, withNode, scope, managed);
                if (!judged)
                    continue;
                const site = { node: item, receiverNode: item, receiver: managed.receiver };
                findings.push(makeFinding(ctx, meta.code, scope, site, judged, () => buildFix(ctx, withNode, managed.receiver), 'no-fix'));
            }
        }
    }
    return findings.sort((a, b) => a.start - b.start);
}
export const socketContextManager = { meta, check };

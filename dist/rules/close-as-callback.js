// SOCK004: a socket's bound `close` passed as a value (a callback), not called.
import { targetPython } from '../fix/render.js';
import { judgeReceiver, makeFinding, holdsCloseValue, originNote, socketMethodText } from './socket-receiver.js';
import { dottedName } from '../analysis/facts.js';
const closeReceivers = socketMethodText('close');
export const meta = {
    code: 'SOCK004',
    name: 'close-as-callback',
    summary: "a socket's `close` passed as a callback, which will close without `shutdown()`",
    fixTitle: 'Pass a function that shuts the socket down, then closes it',
    // Ex) `.close` not followed by an argument list
    prefilter: (text, options) => holdsCloseValue(text) && closeReceivers(text, options),
    doc: `## What it does
Checks for a socket's bound method \`close\` used as a value rather than called:
\`atexit.register(sock.close)\`, \`self.addCleanup(sock.close)\`, \`weakref.finalize(obj, sock.close)\`,
\`loop.call_soon(sock.close)\`, \`threading.Timer(t, sock.close)\`, \`stack.callback(sock.close)\`.

## Why is this bad?
Whatever calls the callback later calls \`close()\` alone, and \`close()\` does not end the connection
while a \`makefile()\` object, a \`dup()\` copy, a forked child or a thread blocked in \`recv()\` still
holds the socket.

## Example
\`\`\`python
atexit.register(sock.close)
\`\`\`

## Use instead
\`\`\`python
def close_sock():
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()

atexit.register(close_sock)
\`\`\`

## Fix safety
There is no automatic fix: the replacement function needs a name and a place, which are the
author's choice. The message shows the function to write. Listening and datagram sockets are
skipped, as SOCK001 skips them.

## References
- [socket.socket.shutdown](https://docs.python.org/3/library/socket.html#socket.socket.shutdown)
- [atexit.register](https://docs.python.org/3/library/atexit.html#atexit.register)
`,
};
/** Is this `X.close` attribute used as a value (not called, not assigned to, not deleted)? */
function usedAsValue(ref) {
    const parent = ref.parent;
    if (!parent)
        return false;
    if (parent.type === 'call' && parent.childForFieldName('function')?.id === ref.id)
        return false;
    if (parent.type === 'assignment' && parent.childForFieldName('left')?.id === ref.id)
        return false;
    if (parent.type === 'delete_statement' || parent.type === 'attribute')
        return false;
    // Ex) if sock.close: ...   (a truth test is not a callback)
    if (['if_statement', 'while_statement', 'not_operator', 'boolean_operator', 'comparison_operator'].includes(parent.type))
        return false;
    return true;
}
/** `X.close` attribute nodes not followed by an argument list, found from the text (cheaper than a query predicate). */
function* closeReferences(ctx) {
    const root = ctx.facts.tree.rootNode;
    for (const m of ctx.text.matchAll(/\.\s*close\b(?!\s*\()/g)) {
        const at = m.index + m[0].length - 'close'.length;
        const name = root.descendantForIndex(at, at + 'close'.length);
        const ref = name?.type === 'identifier' ? name.parent : null;
        if (ref?.type === 'attribute' && ref.childForFieldName('attribute')?.id === name.id)
            yield ref;
    }
}
function check(ctx) {
    const findings = [];
    for (const ref of closeReferences(ctx)) {
        const scope = ctx.facts.scopeAt(ref.startIndex);
        if (!usedAsValue(ref))
            continue;
        const object = ref.childForFieldName('object');
        const receiver = dottedName(object);
        if (!receiver || !object)
            continue;
        const judged = judgeReceiver(ctx, receiver, scope, ref.startIndex);
        if (!judged)
            continue;
        const site = { node: ref, receiverNode: object, receiver };
        const name = `close_${receiver.replace(/\W/g, '_')}`;
        const detail = `${receiver}.close is passed as a callback and will close without shutdown()${originNote(judged)}; pass a function that shuts it down first (${name} below)`;
        const finding = makeFinding(ctx, meta.code, scope, site, { evidence: judged.evidence, base: { outcome: 'no-fix', detail } }, null);
        // Ex) loop.call_soon(close_conn) with the function below, instead of loop.call_soon(conn.close)
        if (finding.outcome === 'no-fix') {
            // The guard as SOCK001 would spell it: OSError only where the file is Python 3
            const exception = targetPython(ctx) === 'py3' ? 'OSError' : 'socket.error';
            finding.suggestion = [`def ${name}():`, '    try:', `        ${receiver}.shutdown(socket.SHUT_RDWR)`, `    except ${exception}:`, '        pass', `    ${receiver}.close()`].join('\n');
        }
        findings.push(finding);
    }
    return findings.sort((a, b) => a.start - b.start);
}
export const closeAsCallback = { meta, check };

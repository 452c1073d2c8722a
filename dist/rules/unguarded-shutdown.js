// SOCK002: `X.shutdown(...)` outside a try that catches OSError, followed by `X.close()`.
import { firstAfter, scopeIndex } from '../analysis/facts.js';
import { semanticModel } from '../analysis/semantic.js';
import { CATCHES_OSERROR } from '../knowledge/socket.js';
import { renderStatementEdit, targetPython } from '../fix/render.js';
import { socketSpelling } from '../fix/socket-names.js';
import { ancestors } from '../parse.js';
import { holdsWord } from '../text-search.js';
import { holdsZeroArgClose, judgeReceiver, makeFinding, mentionsClose, methodCalls, originNote, socketMethodText } from './socket-receiver.js';
const shutdownReceivers = socketMethodText('shutdown');
export const meta = {
    code: 'SOCK002',
    name: 'unguarded-shutdown',
    summary: 'socket `shutdown()` outside a `try` that catches `OSError`, before a `close()`',
    fixTitle: 'Guard the shutdown with try/except OSError',
    // Ex) most files hold no `close` at all: that word goes first (a search for `shutdown` is the slower one)
    prefilter: (text, options) => mentionsClose(text) && holdsWord(text, 'shutdown') && /shutdown\s*\(/.test(text) && holdsZeroArgClose(text) && shutdownReceivers(text, options),
    doc: `## What it does
Checks for \`X.shutdown(...)\` calls on sockets that no \`try\` catching \`OSError\` guards, when a
\`X.close()\` follows in the same function.

## Why is this bad?
When the peer has already reset the connection, \`shutdown()\` raises \`OSError\` (ENOTCONN: errno 107
on Linux, 57 on macOS). The exception skips the \`close()\` that follows, and the descriptor leaks.
This is a known bug pattern (python-opcua #739, WebSocket-for-Python #259, py-amqplib #45,
adb_shell #54); semgrep-rules reports it as \`python/correctness/socket-shutdown-close\`.

## Example
\`\`\`python
sock.shutdown(socket.SHUT_RDWR)
sock.close()
\`\`\`

## Use instead
\`\`\`python
try:
    sock.shutdown(socket.SHUT_RDWR)
except OSError:
    pass
sock.close()
\`\`\`

## Fix safety
The fix wraps the shutdown in \`try: ... except OSError: pass\` (Python 2: \`except socket.error:\`).
It is safe when the close follows in the same block, and unsafe otherwise: a caller may have
expected the exception that the guard now swallows. It is unsafe too when the receiver is a socket
only by its name. A shutdown already inside a \`try\` whose handlers catch \`OSError\`,
\`socket.error\`, \`EnvironmentError\`, \`IOError\`, \`Exception\`, \`BaseException\`, or a bare \`except\`
(or inside \`contextlib.suppress(OSError)\`) is not reported.

## References
- [socket.socket.shutdown](https://docs.python.org/3/library/socket.html#socket.socket.shutdown)
- [semgrep-rules: python/correctness/socket-shutdown-close](https://github.com/semgrep/semgrep-rules)
`,
};
/** Does an except clause catch OSError (or something wider)? */
function clauseCatchesOSError(clause, qualify) {
    const caught = clause.namedChildren.filter((n) => !!n && n.type !== 'block' && n.type !== 'comment');
    if (caught.length === 0)
        return true; // a bare except
    const first = caught[0];
    const types = first.type === 'as_pattern' ? [first.namedChild(0)] : [first];
    const names = types.flatMap((t) => (t?.type === 'tuple' || t?.type === 'parenthesized_expression' ? t.namedChildren : [t]));
    // Ex) from socket import error as socket_error; ... except socket_error:
    return names.some((n) => !!n && CATCHES_OSERROR.has(qualify(n.text.replace(/\s+/g, ''), n.startIndex)));
}
/** Is the node inside a try body (not its handlers) that catches OSError, or a suppress(OSError) block? */
export function guardedAgainstOSError(node, stop, qualify) {
    let child = node;
    for (const p of ancestors(node, stop)) {
        if (p.type === 'try_statement' && p.childForFieldName('body')?.id === child.id) {
            if (p.namedChildren.some((c) => c?.type === 'except_clause' && clauseCatchesOSError(c, qualify)))
                return true;
        }
        // Ex) with contextlib.suppress(OSError): sock.shutdown(socket.SHUT_RDWR)
        if (p.type === 'with_statement' && p.childForFieldName('body')?.id === child.id) {
            const clause = p.namedChildren.find((c) => c?.type === 'with_clause')?.text ?? '';
            if (/suppress\s*\([^)]*\b(OSError|EnvironmentError|IOError|Exception|BaseException|error)\b/.test(clause))
                return true;
        }
        child = p;
    }
    return false;
}
function classify(ctx, call, scope, closeAfter) {
    const receiver = call.receiver;
    const judged = judgeReceiver(ctx, receiver, scope, call.node.startIndex);
    if (!judged)
        return null;
    const detail = `${receiver}.shutdown() is not guarded: when the peer has reset the connection it raises OSError (ENOTCONN) ` +
        `and the ${closeAfter.receiver}.close() after it never runs${originNote(judged)}`;
    const stmt = call.node.parent;
    const closeStmt = closeAfter.node.parent;
    const sameBlock = !!stmt && !!closeStmt && closeStmt.parent?.id === stmt.parent?.id;
    if (!sameBlock)
        judged.evidence.add('close in another block', 'the close is not in the same block, and a caller may expect the exception');
    return { evidence: judged.evidence, base: { outcome: 'fix-safe', detail } };
}
function buildFix(ctx, call) {
    const spelling = socketSpelling(ctx.facts, semanticModel(ctx.facts), ctx.text, call.node.startIndex, targetPython(ctx), 'exception', ctx.options.importStyle);
    const rendered = renderStatementEdit(ctx.layout, call.node.parent, (own, indent, unit, nl) => ['try:', `${indent}${unit}${own}`, `${indent}except ${spelling.exception}:`, `${indent}${unit}pass`].join(nl));
    if ('error' in rendered)
        return rendered;
    return { title: meta.fixTitle, edits: spelling.importEdit ? [rendered.edit, spelling.importEdit] : [rendered.edit], unsafe: spelling.unresolved };
}
function check(ctx) {
    const findings = [];
    for (const { call, scope } of methodCalls(ctx, 'shutdown')) {
        const stmt = call.node.parent;
        // Ex) return sock.shutdown(...)   (a shutdown used as a value is not rewritten here)
        if (stmt?.type !== 'expression_statement' || stmt.namedChildCount !== 1)
            continue;
        // Ex) def f(): from socket import socket; ... except socket.error:   (`socket` is the class here)
        if (guardedAgainstOSError(call.node, scope.node, (n, at) => ctx.facts.qualifyAt(n, at)))
            continue;
        const aliases = ctx.order.aliases(call.receiver, scope);
        const index = scopeIndex(scope);
        let closeAfter;
        for (const a of aliases) {
            // Ex) 100,000 shutdown-and-close pairs in one function: a binary search each, not a scan
            const c = firstAfter(index.closesByReceiver.get(a) ?? [], call.pos);
            if (c && (!closeAfter || c.pos < closeAfter.pos))
                closeAfter = c;
        }
        // Ex) sock.shutdown(socket.SHUT_WR)   (no close follows here: nothing leaks in this function)
        if (!closeAfter)
            continue;
        const judged = classify(ctx, call, scope, closeAfter);
        if (!judged)
            continue;
        const receiverNode = call.node.childForFieldName('function').childForFieldName('object');
        findings.push(makeFinding(ctx, meta.code, scope, { node: call.node, receiverNode, receiver: call.receiver }, judged, () => buildFix(ctx, call)));
    }
    return findings.sort((a, b) => a.start - b.start);
}
export const unguardedShutdown = { meta, check };

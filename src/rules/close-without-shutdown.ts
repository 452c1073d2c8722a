// SOCK001: `X.close()` on a socket with no `X.shutdown()` before it.
import type { CallFact, Scope } from '../analysis/facts.js';
import { semanticModel } from '../analysis/semantic.js';
import { receiverSource, renderStatementEdit, targetPython } from '../fix/render.js';
import { importLinesEdit, socketSpelling, suppressSpelling } from '../fix/socket-names.js';
import type { Node } from '../parse.js';
import type { Finding, Rule, RuleContext, RuleMeta } from './rule.js';
import type { Judged } from './judge.js';
import { alsoMicroPython, detachedText, holdsZeroArgClose, judgeReceiver, makeFinding, methodCalls, originNote, socketMethodText, type BuiltFix } from './socket-receiver.js';

const closeReceivers = socketMethodText('close');

export const meta: RuleMeta = {
  code: 'SOCK001',
  name: 'close-without-shutdown',
  summary: 'socket `close()` without a prior `shutdown()`',
  fixTitle: 'Shut the socket down (SHUT_RDWR) before closing it',
  // Ex) only zero-argument closes count; a comment may sit inside the parentheses
  prefilter: (text, options) => holdsZeroArgClose(text) && closeReceivers(text, options),
  doc: `## What it does
Checks for \`X.close()\` calls on socket objects that no \`X.shutdown()\` precedes in the same function.

## Why is this bad?
\`close()\` only releases this process's handle. While a \`makefile()\` file object, a \`dup()\` copy,
a forked child or a thread blocked in \`recv()\` still holds the socket, the connection stays open and
the peer never sees end-of-file. \`shutdown(SHUT_RDWR)\` ends the connection for every holder at once.
In Python 2, \`close()\` only dropped the wrapper's reference, so any \`makefile()\` object kept the
connection open.

## Example
\`\`\`python
conn, addr = server.accept()
reader = conn.makefile("rb")
conn.close()
\`\`\`

## Use instead
\`\`\`python
conn, addr = server.accept()
reader = conn.makefile("rb")
try:
    conn.shutdown(socket.SHUT_RDWR)
except OSError:
    pass
conn.close()
\`\`\`

## Fix safety
The fix is safe when the receiver is a definite connected stream socket (traced to \`socket.socket()\`,
\`create_connection()\`, \`accept()\`, \`socketpair()\`, \`wrap_socket()\`, a \`socket.socket\` annotation or
a function that returns one) and nothing makes a shutdown wrong. It is unsafe when the receiver is only
named like a socket, when a \`dup()\`/\`fromfd()\` copy is still open, or when the socket was handed to an
object that may read it after the close. The site is skipped, with its reason, for listening and
datagram sockets, the parent's close after \`os.fork()\` (or in a \`ForkingMixIn\` class), a \`makefile()\`
reader that is still read after the close, a socket that is itself a \`dup()\`/\`fromfd()\` copy, and a
close used as an expression. The \`close()\` always stays outside the \`try\`, so a failing shutdown never
skips it. Python 2 files get \`except socket.error:\`.

## References
- [socket.socket.close](https://docs.python.org/3/library/socket.html#socket.socket.close)
- [socket.socket.shutdown](https://docs.python.org/3/library/socket.html#socket.socket.shutdown)
- [Python 2 socket.close](https://docs.python.org/2/library/socket.html#socket.socket.close)
`,
};

/** SOCK001's own questions about a close: a prior shutdown, a fork, a makefile reader, a live copy. */
function classify(ctx: RuleContext, call: CallFact, scope: Scope, receiver: string): (Judged & { doubled: string | null }) | null {
  const pos = call.node.startIndex;
  const judged = judgeReceiver(ctx, receiver, scope, pos);
  if (!judged) return null;
  const { aliases, evidence } = judged;
  // Ex) sock.shutdown(socket.SHUT_RDWR); sock.close()   (clean: nothing to report, whatever the kind)
  if (ctx.order.hasPriorShutdown(aliases, scope, call.node, receiver)) return null;
  const { doubled } = judged;
  const base = { outcome: 'fix-safe' as const, detail: `${receiver}.close() without a prior shutdown()${originNote(judged)}${doubled ? `; ${doubled}` : ''}` };
  // Ex) f = open(p); f.close()   (not a socket: nothing else is asked of it)
  if (evidence.reasons()[0] === 'not a socket') return { evidence, base, doubled };
  // Ex) a TLS socket's connect() does the handshake after the TCP connection is up: it may fail connected
  const tls = 'kind' in judged.prov && judged.prov.kind === 'tls';
  if (!tls && ctx.order.closedBeforeConnected(aliases, scope, call.node)) {
    evidence.add('not connected', `${receiver} is closed where its connect() or bind() failed; it was never connected, so shutdown does nothing`);
  }
  if (ctx.order.forkBefore(scope, call.node, receiver)) {
    evidence.add('fork handoff', `${receiver} may be the parent's copy after a fork (os.fork(), a multiprocessing Process); shutdown would cut off the child`);
  }
  // Ex) def start(self): self.proc = Process(target=work, args=[self.ctrl_w]) ... def stop(self): self.ctrl_w.close()   (pyroute2's ChildProcess)
  const byClass = ctx.order.childOfClass(aliases, scope);
  if (byClass) {
    evidence.add('fork handoff', `${receiver} is handed to a child process in ${byClass.method}() (${byClass.call.callee}() at line ${byClass.call.node.startPosition.row + 1}); shutdown would cut off the child`);
  }
  // Ex) subprocess.Popen(cmd, stdin=conn, stdout=conn); conn.close()   (the child serves the connection)
  const spawn = ctx.order.spawnedWith(aliases, scope, call.node);
  if (spawn) evidence.add('fork handoff', `${receiver} is handed to a child process by ${spawn.callee}() at line ${spawn.node.startPosition.row + 1}; shutdown would cut off the child`);
  // Ex) remote = self.add_fd_based_remote_control(); ...; remote.close()   (kitty: the factory made it inheritable for a child)
  const inheritable = spawn ? null : ctx.order.madeInheritable(aliases, scope, pos);
  if (inheritable) {
    const where = inheritable.fn ? ` in ${inheritable.fn}()` : '';
    evidence.add('fork handoff', `${receiver} is made inheritable by ${inheritable.call.callee}() at line ${inheritable.call.node.startPosition.row + 1}${where}, so a child process may hold it; shutdown would cut off the child`);
  }
  // Ex) send_handle(queue, conn.fileno(), worker_pid); conn.close()   (the worker process serves the connection)
  const sent = spawn ? null : ctx.order.sentAway(aliases, scope, call.node);
  if (sent) evidence.add('fork handoff', `${receiver} is sent to another process or holder by ${sent.callee}() at line ${sent.node.startPosition.row + 1}; shutdown would cut it off there`);
  // Ex) def get_pfile(): s1.close() ...   where the function around it runs Popen(argv, stdout=s1)
  const around = spawn ? null : ctx.order.spawnedAround(aliases, scope);
  if (around) evidence.add('fork handoff', `${receiver} is handed to a child process by ${around.callee}() at line ${around.node.startPosition.row + 1}; shutdown would cut off the child`);
  // Ex) def preexec_fn(): s2.close()   (runs in the child, between fork and exec: a shutdown there ends the parent's connection)
  const child = ctx.order.runsInChild(scope);
  if (child) evidence.add('fork handoff', `${receiver}.close() runs in a child process (${child.fn}() is run there by ${child.call.callee}() at line ${child.call.node.startPosition.row + 1}); shutdown would cut off the parent`);
  // Ex) for sock in self.sockets: sock.close()   where restart() runs get_subprocess(..., sockets=self.sockets)
  const container = spawn || around ? null : ctx.order.containerToChild(aliases, scope);
  if (container) evidence.add('fork handoff', `${receiver} is an element of ${container.container}, which ${container.call.callee}() at line ${container.call.node.startPosition.row + 1} hands to a child process; shutdown would cut off the child`);
  // Ex) pstdin = os.dup(s1.fileno()); s1.close(); Popen(argv, stdin=pstdin)   (the child holds the copy)
  const toChild = ctx.order.copyToChild(aliases, scope);
  if (toChild) evidence.add('fork handoff', `a dup/fromfd copy of ${receiver} (${toChild.copy}) is handed to a child process by ${toChild.spawn.callee}() at line ${toChild.spawn.node.startPosition.row + 1}; shutdown would cut off the child`);
  // Ex) ssl_sock = ctx.wrap_socket(sock); ...; sock.close()   (detached in Python 3, shared in Python 2)
  // Ex) __init__: self.sslobj = ssl.wrap_socket(self.sock) ... quit(): self.sock.close()   (Python 2's poplib.POP3_SSL)
  // (Python 3 detaches a wrapped socket, so there the shutdown of one that may be wrapped only raises EBADF, which the guard catches)
  // (the class's wraps first: the Python the file is written for is asked only where there is one)
  const before = ctx.order.wrappedBefore(aliases, scope, call.node);
  const inClass = before ? null : ctx.order.wrappedInClass(receiver, scope);
  const wrapped = before ?? (inClass && targetPython(ctx) !== 'py3' ? inClass : null);
  if (wrapped) {
    evidence.add('wrapped by TLS', `${receiver} was handed to ${wrapped.callee}() at line ${wrapped.node.startPosition.row + 1}; the close does nothing in Python 3 and shutdown would end the TLS connection in Python 2`);
  }
  // Ex) new = socket.socket(fileno=conn.detach()); conn.close()   (Python 2: socket.socket(_sock=conn._sock))
  const detached = ctx.order.detachedBefore(aliases, scope, pos);
  if (detached) evidence.add('detached', detachedText(receiver, detached));
  const handoff = ctx.order.handoff(aliases, scope, call.node);
  if (handoff?.level === 'skip') evidence.add('makefile handoff', `${receiver}: ${handoff.detail}`);
  else if (handoff) evidence.add('handed to another object', `${receiver} was ${handoff.detail}`);
  // Ex) s = socket.socket(); srv = await asyncio.start_server(cb, sock=s); s.close()   (the library may listen on it)
  const unconnected = handoff ? null : ctx.order.handedUnconnected(aliases, scope, pos);
  if (unconnected) {
    evidence.add('handed to another object', `${receiver} was handed to ${unconnected.callee ?? 'a call'}() before anything here connected it; that code may listen on it`);
  } else if (!handoff && ctx.order.neverConnected(aliases, scope)) {
    // Ex) sck = socket.socket(); try: return ioctl(sck, SIOCGIFADDR, req)  finally: sck.close()   (made for an ioctl)
    evidence.add('not connected', `${receiver} is made here and nothing connects it; shutdown does nothing`);
  }
  const stmt = call.node.parent;
  if (stmt?.type !== 'expression_statement' || stmt.namedChildCount !== 1) {
    evidence.add('close used as an expression', `${receiver}.close() is used as an expression; it cannot be rewritten in place`);
  }
  const copy = ctx.order.liveCopy(aliases, scope, pos);
  if (copy) evidence.add('live dup/fromfd copy', `a dup/fromfd copy (${copy}) is still open`);
  return { evidence, base, doubled };
}

/**
 * @param doubles the socket may be a test double without shutdown() (the
 *   unsafe tier's "test doubles", "socket module patched" and "likely socket"):
 *   the guard also catches AttributeError, so the project's tests run as before
 */
function buildFix(ctx: RuleContext, call: CallFact, receiverNode: Node, doubles: boolean): BuiltFix | { error: string } {
  const stmt = call.node.parent!;
  const base = socketSpelling(ctx.facts, semanticModel(ctx.facts), ctx.text, call.node.startIndex, targetPython(ctx), 'shutdown-and-exception', ctx.options.importStyle);
  // Ex) pylogix: if not is_micropython(): ...   (MicroPython's socket module has no error, no SHUT_RDWR, and its sockets no
  // shutdown(): only `except Exception` is sure to be evaluated and to match there, and catches Python 2's socket.error too)
  const micro = alsoMicroPython(ctx);
  // Ex) tests: inst.socket = DummySocket(); inst.close()   (a double's missing shutdown() is caught like a failed one)
  const spelling = micro ? { ...base, exception: 'Exception' } : doubles ? { ...base, exception: `(${base.exception}, AttributeError)` } : base;
  const receiverText = receiverSource(receiverNode);
  // Ex) fix-style = "suppress": with contextlib.suppress(OSError): sock.shutdown(...)   (Python 3.4+ only)
  const suppress = ctx.options.fixStyle === 'suppress' && base.exception === 'OSError' && !spelling.unresolved && !micro
    ? suppressSpelling(ctx.facts, semanticModel(ctx.facts), ctx.text, call.node.startIndex, ctx.options.importStyle)
    : null;
  if (suppress) {
    const rendered = renderStatementEdit(ctx.layout, stmt, (own, indent, unit, nl) =>
      [`with ${suppress.name}(${doubles ? 'OSError, AttributeError' : 'OSError'}):`, `${indent}${unit}${receiverText}.shutdown(${spelling.shutdownArg})`, `${indent}${own}`].join(nl),
    );
    if ('error' in rendered) return rendered;
    const edits = [rendered.edit];
    // Ex) both imports new at one place: one edit, in isort's order; elsewhere (extending a from-import): two edits
    const together = suppress.importLine && spelling.importEdit && spelling.importEdit.start === suppress.at && spelling.importEdit.end === suppress.at;
    if (together) edits.push(importLinesEdit(ctx.text, suppress.at, [suppress.importLine!, spelling.importEdit!.text.trim()]));
    else {
      if (suppress.importLine) edits.push(importLinesEdit(ctx.text, suppress.at, [suppress.importLine]));
      if (spelling.importEdit) edits.push(spelling.importEdit);
    }
    return { title: meta.fixTitle, edits, unsafe: spelling.unresolved };
  }
  const rendered = renderStatementEdit(ctx.layout, stmt, (own, indent, unit, nl) =>
    [
      'try:',
      `${indent}${unit}${receiverText}.shutdown(${spelling.shutdownArg})`,
      `${indent}except ${spelling.exception}:`,
      `${indent}${unit}pass`,
      `${indent}${own}`,
    ].join(nl),
  );
  if ('error' in rendered) return rendered;
  // Ex) from socket import SHUT_RDWR   (in a module that runs on MicroPython too, whose socket module has none: the
  // import would fail there before any guard runs)
  const fromImport = !!spelling.importEdit && /\bfrom\s+socket\s+import\b/.test(spelling.importEdit.text);
  const unsafe = spelling.unresolved ?? (micro && fromImport ? `${micro}, whose socket module has no SHUT_RDWR: the import the fix writes would fail there` : null);
  return { title: meta.fixTitle, edits: spelling.importEdit ? [rendered.edit, spelling.importEdit] : [rendered.edit], unsafe };
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { call, scope } of methodCalls(ctx, 'close')) {
    if (call.args.length !== 0) continue;
    const receiverNode = call.node.childForFieldName('function')?.childForFieldName('object');
    if (!receiverNode) continue;
    const judged = classify(ctx, call, scope, call.receiver!);
    if (!judged) continue;
    const site = { node: call.node, receiverNode, receiver: call.receiver! };
    // Ex) def close(sock): sock.close()   (a socket only by its name: a test may hand it a FakeSocket, as
    // gunicorn's do through TConn; the unsafe fix then leaves a double without shutdown() as it found it)
    const doubles = !!judged.doubled || judged.evidence.reasons().some((r) => r === 'test doubles' || r === 'socket module patched' || r === 'likely socket');
    findings.push(makeFinding(ctx, meta.code, scope, site, judged, () => buildFix(ctx, call, receiverNode, doubles)));
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const closeWithoutShutdown: Rule = { meta, check };

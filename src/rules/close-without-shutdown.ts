// SOCK001: `X.close()` on a socket with no `X.shutdown()` before it.
import type { CallFact, Scope } from '../analysis/facts.js';
import type { Provenance } from '../analysis/provenance.js';
import type { Fix } from '../fix/edit.js';
import { renderCloseEdit } from '../fix/render.js';
import { socketSpelling } from '../fix/socket-names.js';
import type { Finding, Outcome, Rule, RuleContext, RuleMeta } from './rule.js';

export const meta: RuleMeta = {
  code: 'SOCK001',
  name: 'close-without-shutdown',
  summary: 'socket `close()` without a prior `shutdown()`',
  fixTitle: 'Shut the socket down (SHUT_RDWR) before closing it',
  prefilter: ['close'],
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

const LIKELY_WORDS = new Set(['sock', 'socket', 'sck', 'skt', 'conn']);
/** Modules whose presence makes a bare `conn` more likely a socket than a database or IPC connection. */
const SOCKET_USING_MODULES = /^(socket|ssl|socketserver|SocketServer|asyncore|selectors|select)(\.|$)/;

/**
 * Does a receiver's last name read like a socket (`sock`, `client_socket`,
 * `conn2`)? `conn` counts only in a file that imports a socket module.
 */
export function looksLikeSocket(receiver: string, extra: string[] = [], socketFile = true): boolean {
  const last = receiver.slice(receiver.lastIndexOf('.') + 1);
  if (!socketFile && /^_*conn\d*$|_conn\d*$/i.test(last) && !extra.includes(last)) return false;
  return namedLikeSocket(receiver, extra);
}

function namedLikeSocket(receiver: string, extra: string[]): boolean {
  const last = receiver.slice(receiver.lastIndexOf('.') + 1);
  if (extra.includes(last) || extra.includes(receiver)) return true;
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split('_')
    .filter(Boolean);
  const tail = (words[words.length - 1] ?? '').replace(/\d+$/, '');
  return LIKELY_WORDS.has(tail) || (words.length === 1 && /^\w*(sock|socket)$/.test(tail));
}

interface Verdict {
  outcome: Outcome;
  reason?: string;
  detail: string;
}

function skip(reason: string, detail: string): Verdict {
  return { outcome: 'skipped', reason, detail };
}

function classify(ctx: RuleContext, call: CallFact, scope: Scope, prov: Provenance, receiver: string): Verdict | null {
  const { order } = ctx;
  const pos = call.node.startIndex;
  const aliases = order.aliases(receiver, scope);
  const definite = prov.t === 'socket';
  let origin: string;
  if (prov.t === 'socket' || prov.t === 'partial') origin = prov.origin;
  else if (prov.t === 'not') {
    // Ex) f = open(path); f.close()   (not a socket: say nothing unless it is named like one)
    return looksLikeSocket(receiver, ctx.options.socketNames, ctx.facts.imports.importsAny(SOCKET_USING_MODULES)) ? skip('not a socket', prov.why) : null;
  } else if (prov.t === 'none') return null;
  else if (looksLikeSocket(receiver, ctx.options.socketNames, ctx.facts.imports.importsAny(SOCKET_USING_MODULES))) origin = 'its name';
  else return null;

  if (order.hasPriorShutdown(aliases, scope, pos)) return null;

  if (prov.t === 'socket' || prov.t === 'partial') {
    if (prov.kind === 'listening') return skip('listening socket', `${receiver} is a listening socket (${origin}); shutdown would stop the listener`);
    if (prov.kind === 'datagram') return skip('datagram socket', `${receiver} is a datagram socket (${origin})`);
    if (prov.kind === 'raw') return skip('raw socket', `${receiver} is a raw socket (${origin})`);
    if (prov.kind === 'copy') return skip('dup/fromfd copy', `${receiver} is a copy (${origin}); shutdown would end the original's connection too`);
  }
  const methods = order.methodsCalled(aliases, scope);
  if (methods.has('listen')) return skip('listening socket', `${receiver}.listen() is called; shutdown would stop the listener`);
  if (methods.has('bind') && !methods.has('connect') && !methods.has('connect_ex')) {
    // Ex) sock.bind(addr); ...; sock.close()   (a server socket before listen(), or a datagram endpoint)
    return skip('listening socket', `${receiver} is bound and never connected: a server or datagram socket`);
  }
  if (order.forkBefore(scope, call.node)) {
    return skip('fork handoff', `${receiver} may be the parent's copy after os.fork(); shutdown would cut off the child`);
  }
  const handoff = order.handoff(aliases, scope, call.node);
  if (handoff?.level === 'skip') return skip('makefile handoff', `${receiver}: ${handoff.detail}`);
  const stmt = call.node.parent;
  if (stmt?.type !== 'expression_statement' || stmt.namedChildCount !== 1) {
    return skip('close used as an expression', `${receiver}.close() is used as an expression; it cannot be rewritten in place`);
  }
  const unsafe: string[] = [];
  const patched = prov.t === 'partial' ? prov.patched : undefined;
  if (patched) unsafe.push(patched);
  else if (!definite) unsafe.push(prov.t === 'partial' ? `some assignments to ${receiver} could not be traced` : `${receiver} is a socket only by its name`);
  if ((prov.t === 'socket' || prov.t === 'partial') && prov.kind === 'adopted') unsafe.push(`${receiver} was adopted from a file descriptor of unknown kind`);
  if ((prov.t === 'socket' || prov.t === 'partial') && prov.kind === 'unknown-type') unsafe.push(`${receiver}'s socket type is not known to be SOCK_STREAM`);
  const copy = order.liveCopy(aliases, scope, pos);
  if (copy) unsafe.push(`a dup/fromfd copy (${copy}) is still open`);
  if (handoff) unsafe.push(`${receiver} was ${handoff.detail}`);
  const detail = `${receiver}.close() without a prior shutdown() (${origin})`;
  if (unsafe.length) {
    return { outcome: 'fix-unsafe', reason: copy ? 'dup/fromfd copy' : handoff ? 'handed to another object' : patched ? 'socket module patched' : definite ? 'socket kind unknown' : 'likely socket', detail: `${detail}; ${unsafe.join('; ')}` };
  }
  return { outcome: 'fix-safe', detail };
}

/** The enclosing function, or the module-level statement, that holds a node. */
function errorScopeHasError(ctx: RuleContext, scope: Scope, node: CallFact['node']): boolean {
  if (!ctx.facts.tree.rootNode.hasError) return false;
  if (scope.kind === 'function') return scope.node.hasError;
  let n = node;
  while (n.parent && n.parent.type !== 'module') n = n.parent;
  return n.hasError || n.type === 'ERROR';
}

function buildFix(ctx: RuleContext, call: CallFact, scope: Scope, receiverNode: CallFact['node']): Fix | { error: string } {
  const stmt = call.node.parent!;
  const python2 = ctx.options.targetVersion ? ctx.options.targetVersion === 'py27' : ctx.facts.python2;
  const spelling = socketSpelling(ctx.facts, ctx.text, scope, call.node.startIndex, python2);
  const receiverText = receiverNode.text.includes('\n') ? receiverNode.text.replace(/\s+/g, '') : receiverNode.text;
  const rendered = renderCloseEdit(ctx.layout, stmt, { receiverText, shutdownArg: spelling.shutdownArg, exception: spelling.exception });
  if ('error' in rendered) return rendered;
  const edits = spelling.importEdit ? [rendered.edit, spelling.importEdit] : [rendered.edit];
  return { applicability: 'safe', title: meta.fixTitle, edits };
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const scope of ctx.facts.scopes) {
    for (const call of scope.calls) {
      if (call.method !== 'close' || !call.receiver || call.args.length !== 0) continue;
      const receiverNode = call.node.childForFieldName('function')?.childForFieldName('object');
      if (!receiverNode) continue;
      const prov = ctx.provenance.receiver(call.receiver, scope, call.node.startIndex);
      const verdict = classify(ctx, call, scope, prov, call.receiver);
      if (!verdict) continue;
      let { outcome, reason } = verdict;
      let message = verdict.detail;
      let fix: Fix | null = null;
      if (outcome !== 'skipped') {
        if (errorScopeHasError(ctx, scope, call.node)) {
          outcome = 'skipped';
          reason = 'syntax error nearby';
          message += '; no fix: the surrounding code does not parse';
        } else {
          const built = buildFix(ctx, call, scope, receiverNode);
          if ('error' in built) {
            outcome = 'skipped';
            reason = 'layout not supported';
            message += `; no fix: ${built.error}`;
          } else {
            fix = { ...built, applicability: outcome === 'fix-safe' ? 'safe' : 'unsafe' };
          }
        }
      }
      findings.push({
        code: meta.code,
        message,
        location: ctx.position(receiverNode.startIndex),
        end: ctx.position(call.node.endIndex),
        start: receiverNode.startIndex,
        endOffset: call.node.endIndex,
        receiver: call.receiver,
        outcome,
        reason,
        fix,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const closeWithoutShutdown: Rule = { meta, check };

// SOCK003: a socket closed by leaving a `with` block (or contextlib.closing), with no shutdown.
import { isWordChar } from '../code-text.js';
import { dottedName, type Scope } from '../analysis/facts.js';
import { semanticModel } from '../analysis/semantic.js';
import { lineStart, newlineAt, targetPython } from '../fix/render.js';
import { socketSpelling } from '../fix/socket-names.js';
import type { Node } from '../parse.js';
import type { Finding, Rule, RuleContext, RuleMeta } from './rule.js';
import type { Judged } from './judge.js';
import { judgeReceiver, makeFinding, originNote, type BuiltFix } from './socket-receiver.js';

export const meta: RuleMeta = {
  code: 'SOCK003',
  name: 'socket-context-manager',
  summary: 'socket closed by a `with` block (or `contextlib.closing`) without `shutdown()`',
  fixTitle: 'Shut the socket down in a finally at the end of the with block',
  // A managed socket is traced to a constructor, accept(), a socketserver class, or wrapped in closing().
  // Ex) a `with` statement starts a line (after its indentation); the cheap word test goes first
  prefilter: (text, options) =>
    hasWithStatement(text) &&
    (socketSource(text) || (options.socketNames ?? []).some((n) => text.includes(n))),
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
 * Text without which no receiver in the file can be traced to a socket. What cannot make one is left
 * out: a definition (`def is_socket(self):`, `def accept(test):`), `os.dup(fd)` (a descriptor, an
 * int), and a word that only ends in `closing` (`binary_closing(`, `is_closing()`, `aclosing(`):
 * `closing()` counts only as a name that qualifies to `closing`, which an alias's import spells out.
 */
const SOCKET_SOURCE =
  /(?<!\bdef\s+\w*)socket\s*\(|create_connection|create_server|socketpair|fromfd|(?<!\bdef\s+\w*)accept\s*\(|wrap_socket|SSLSocket|(?<!(?:^|[^\w.])(?:os|posix))\.dup\s*\(|socket\.socket|SocketType|Server\b|\bclosing\b|\bsocket\b[^\n]*\bas\b/;
/**
 * Words one of which SOCKET_SOURCE needs (`ocket` for socket, Socket, SSLSocket, wrap_socket, socketpair,
 * SocketType; `create_` for create_connection and create_server): this test rules most files out before
 * SOCKET_SOURCE runs. Fewer, shorter words than the full names: 180 ms instead of 235 over the lib directory.
 */
const SOURCE_WORDS = /ocket|create_|fromfd|accept|\.dup|Server|closing/;
/**
 * Does a line start a `with` statement (after its indentation, and an
 * `async`)? A compound statement always starts its logical line.
 */
function hasWithStatement(text: string): boolean {
  const blank = (c: number) => c === 32 || c === 9 || c === 12;
  for (let i = text.indexOf('with'); i !== -1; i = text.indexOf('with', i + 4)) {
    if (isWordChar(text.charCodeAt(i + 4))) continue;
    let j = i - 1;
    while (j >= 0 && blank(text.charCodeAt(j))) j--;
    // Ex) async with session.get(url) as r:
    if (j >= 4 && j + 1 < i && text.startsWith('async', j - 4)) {
      j -= 5;
      while (j >= 0 && blank(text.charCodeAt(j))) j--;
    }
    if (j < 0 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) return true;
  }
  return false;
}

function socketSource(text: string): boolean {
  return SOURCE_WORDS.test(text) && SOCKET_SOURCE.test(text);
}

interface ManagedSocket {
  item: Node;
  /** The name the block uses for the socket, or null when there is none to shut down. */
  receiver: string;
  receiverNode: Node;
  viaClosing: boolean;
}

/** The socket a with-item manages: `... as s`, `with conn:`, or `closing(sock)`. */
function managedSocket(ctx: RuleContext, item: Node): ManagedSocket | null {
  const value = item.childForFieldName('value');
  if (!value) return null;
  const expr = value.type === 'as_pattern' ? value.namedChild(0) : value;
  const alias = value.type === 'as_pattern' ? value.childForFieldName('alias')?.namedChild(0) ?? null : null;
  if (!expr) return null;
  if (expr.type === 'call') {
    const callee = dottedName(expr.childForFieldName('function'));
    if (callee && /(^|\.)closing$/.test(ctx.facts.qualifyAt(callee, expr.startIndex))) {
      // Ex) with contextlib.closing(sock): ...
      const arg = expr.childForFieldName('arguments')?.namedChildren.find((a) => a && a.type !== 'comment');
      const name = dottedName(arg ?? null);
      if (name && arg) return { item, receiver: name, receiverNode: arg, viaClosing: true };
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
function multilineString(node: Node): boolean {
  return node.descendantsOfType('string').some((s) => !!s && s.startPosition.row !== s.endPosition.row);
}

function buildFix(ctx: RuleContext, withNode: Node, receiver: string): BuiltFix | { error: string } {
  const body = withNode.childForFieldName('body');
  if (!body) return { error: 'the with statement has no block' };
  const { text } = ctx;
  if (multilineString(body)) return { error: 'a string literal spans lines in the block, and re-indenting it would change the string' };
  const start = lineStart(text, body.startIndex);
  const indent = text.slice(start, body.startIndex);
  if (!/^[ \t]*$/.test(indent)) return { error: 'the block is on the same line as the with statement' };
  const header = text.slice(lineStart(text, withNode.startIndex), withNode.startIndex);
  const unit = indent.startsWith(header) && indent.length > header.length ? indent.slice(header.length) : ctx.layout.unit;
  let end = text.indexOf('\n', body.endIndex);
  if (end === -1) end = text.length;
  if (text[end - 1] === '\r') end--;
  const nl = newlineAt(text, body.endIndex);
  const lines = text.slice(start, end).split('\n');
  // Python reads a tab as the next multiple of 8 columns, and Python 3 refuses indentation whose
  // meaning depends on that: a block that mixes tabs and spaces, with the unit, is not re-indented.
  // Ex) "\tx = 1" and "        y = 2" under a 4-space unit: "    \tx" is column 8, as is "\tx"
  const leading = lines.map((l) => /^[ \t]*/.exec(l)![0]).join('') + unit + indent + header;
  if (leading.includes('\t') && leading.includes(' ')) return { error: 'the block mixes tabs and spaces, and re-indenting it could change its meaning' };
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

function classify(ctx: RuleContext, withNode: Node, scope: Scope, managed: ManagedSocket): Judged | null {
  const body = withNode.childForFieldName('body');
  if (!body) return null;
  // Ex) with pool.connection() as conn:   (only traced sockets, or closing() of one named like a socket)
  const { viaClosing } = managed;
  const prov = ctx.provenance.receiver(managed.receiver, scope, body.startIndex);
  if (!viaClosing && prov.t !== 'socket' && prov.t !== 'partial') return null;
  const judged = judgeReceiver(ctx, managed.receiver, scope, body.startIndex, prov);
  if (!judged || judged.evidence.reasons()[0] === 'not a socket') return null;
  const { aliases, evidence } = judged;
  // Ex) with socket.create_connection(a) as s: ...; stop(s)   (a helper that shuts it down counts too)
  const shutInBody = ctx.order.shutdownWithin(aliases, scope, body.startIndex, body.endIndex);
  if (shutInBody) return null;
  const how = viaClosing ? 'contextlib.closing()' : 'the with statement';
  const detail = `${managed.receiver} is closed by ${how} without a shutdown()${originNote(judged)}`;
  evidence.add('block re-indented', 'the fix re-indents the block into try/finally, which a reviewer should read');
  return { evidence, base: { outcome: 'fix-safe', detail } };
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const scope of ctx.facts.scopes) {
    for (const withNode of scope.withs) {
      const clause = withNode.namedChildren.find((c) => c?.type === 'with_clause');
      for (const item of clause?.namedChildren ?? []) {
        if (!item || item.type !== 'with_item') continue;
        const managed = managedSocket(ctx, item);
        if (!managed) continue;
        const judged = classify(ctx, withNode, scope, managed);
        if (!judged) continue;
        const site = { node: item, receiverNode: item, receiver: managed.receiver };
        findings.push(makeFinding(ctx, meta.code, scope, site, judged, () => buildFix(ctx, withNode, managed.receiver), 'no-fix'));
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const socketContextManager: Rule = { meta, check };

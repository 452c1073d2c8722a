// Renders the guarded shutdown around a close() statement, in the file's own
// layout: the block's indentation, its newline style, one-liners split.
import { semanticModel } from '../analysis/semantic.js';
import type { Node } from '../parse.js';
import type { RuleContext } from '../rules/rule.js';
import type { Edit } from './edit.js';
import type { TargetPython } from './socket-names.js';

/**
 * The Python a fix must run on: the target-version setting, else what only one
 * Python parses in the file, else the project's own declaration (the runner reads
 * requires-python, python_requires and classifiers). Where nothing tells, both.
 */
export function targetPython(ctx: Pick<RuleContext, 'options' | 'facts'>): TargetPython {
  if (ctx.options.targetVersion) return ctx.options.targetVersion === 'py27' ? 'py2' : 'py3';
  const syntax = semanticModel(ctx.facts).syntaxVersion;
  if (syntax === 'py2') return 'py2';
  return syntax === 'py3' || ctx.options.declaredPython === 'py3' ? 'py3' : 'either';
}

export interface Layout {
  text: string;
  /** The file's indentation unit, for a new nested block (`    ` or `\t`). */
  unit: string;
}

const BLANK = /^[ \t\f]*$/;

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The newline that ends the line holding `pos` (or the file's first one). */
export function newlineAt(text: string, pos: number): string {
  let nl = text.indexOf('\n', pos);
  if (nl === -1) nl = text.indexOf('\n');
  if (nl === -1) return '\n';
  return text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** The indentation step the file uses: the first indented line after a line ending with ':'. */
export function detectIndentUnit(text: string): string {
  const lines = text.split('\n', 4000);
  let prevIndent: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (BLANK.test(line) || /^[ \t]*#/.test(line)) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (prevIndent !== null && indent.length > prevIndent.length && indent.startsWith(prevIndent)) {
      return indent.slice(prevIndent.length);
    }
    prevIndent = /:\s*(#.*)?$/.test(line) ? indent : null;
  }
  return '    ';
}

/** Does the line that starts at `ls` continue the one above it, whose last character is a backslash (a line_continuation, not a comment's)? */
function continuesLine(text: string, stmt: Node, ls: number): boolean {
  if (ls === 0) return false;
  const slash = ls - (text[ls - 2] === '\r' ? 3 : 2);
  return slash >= 0 && text[slash] === '\\' && stmt.tree.rootNode.descendantForIndex(slash, slash + 1)?.type === 'line_continuation';
}

/** The statements joined to `stmt` by `;` on its line, in order (walking siblings, not the whole block). */
function simpleStatementGroup(stmt: Node): Node[] {
  const joined = (sep: Node | null, other: Node | null) =>
    !!sep && sep.type === ';' && !!other && other.isNamed && other.type !== 'comment';
  const group = [stmt];
  // (a trailing `;` ends its own line: `send(x);` on the line above is no part of the group; a backslash between them
  // is a line_continuation sibling, which continuesLine() reads)
  for (let sep = stmt.previousSibling, prev = sep?.previousSibling ?? null; joined(sep, prev) && sep!.endPosition.row === group[0].startPosition.row; ) {
    group.unshift(prev!);
    sep = prev!.previousSibling;
    prev = sep?.previousSibling ?? null;
  }
  for (let sep = stmt.nextSibling, next = sep?.nextSibling ?? null; joined(sep, next) && next!.startPosition.row === sep!.endPosition.row; ) {
    group.push(next!);
    sep = next!.nextSibling;
    next = sep?.nextSibling ?? null;
  }
  return group;
}

/**
 * A line's indentation as Python counts it: the leading blanks after the last
 * form feed (the tokenizer resets its column at a form feed). A fix's new
 * lines are indented with this, never with the form feed itself.
 */
export function effectiveIndent(linePrefix: string): string {
  const lead = /^[ \t\f]*/.exec(linePrefix)![0];
  return lead.slice(lead.lastIndexOf('\f') + 1);
}

/** The step between the block's indentation and its header's (`if x:` at 4, body at 8: 4 spaces). */
function blockUnit(text: string, stmt: Node, indent: string): string | null {
  const header = stmt.parent?.type === 'block' ? stmt.parent.parent : null;
  if (!header) return null;
  const ls = lineStart(text, header.startIndex);
  const headerIndent = effectiveIndent(text.slice(ls, header.startIndex + 1));
  if (indent.length > headerIndent.length && indent.startsWith(headerIndent)) return indent.slice(headerIndent.length);
  return null;
}

/** Builds the replacement of one statement: its own text, the indentation it gets, the unit, the newline. */
export type StatementBuilder = (own: string, indent: string, unit: string, nl: string) => string;

/**
 * The edit that replaces one statement with `build(...)`, in place: split out
 * of a `;` list and out of a one-line compound statement as needed.
 */
export function renderStatementEdit(layout: Layout, stmt: Node, build: StatementBuilder): { edit: Edit } | { error: string } {
  const { text } = layout;
  const group = simpleStatementGroup(stmt);
  const first = group[0];
  const last = group[group.length - 1];
  for (let k = 1; k < group.length; k++) {
    if (text.slice(group[k - 1].endIndex, group[k].startIndex).includes('\n')) {
      return { error: 'the statements around it are joined across lines' };
    }
  }
  const ls = lineStart(text, first.startIndex);
  const prefix = text.slice(ls, first.startIndex);
  const nl = newlineAt(text, last.endIndex);
  let indent: string;
  let start: number;
  let lead: string;
  if (BLANK.test(prefix)) {
    // Ex) v.sendall(b"x"); \\
    //         v.close()   (a backslash joins the line to the one above: a block put there would follow `;` or a header)
    if (continuesLine(text, stmt, ls)) return { error: 'the statements around it are joined across lines' };
    // Ex) \f    sock.close()   (the form feed stays where it is; the new lines get the 4 spaces)
    indent = effectiveIndent(prefix);
    start = first.startIndex;
    lead = '';
  } else {
    // Ex) if done: sock.close()   (a one-line compound statement becomes a block)
    const header = prefix.trimEnd();
    if (!header.endsWith(':')) return { error: 'it shares its line with code the rewrite cannot move' };
    const headerIndent = effectiveIndent(prefix);
    indent = headerIndent + (headerIndent.includes('\t') ? '\t' : layout.unit);
    start = ls + header.length;
    lead = nl + indent;
  }
  const unit = blockUnit(text, stmt, indent) ?? (indent.includes('\t') && !layout.unit.includes('\t') ? '\t' : layout.unit);
  const parts = group.map((s) => {
    const own = text.slice(s.startIndex, s.endIndex);
    return s.id === stmt.id ? build(own, indent, unit, nl) : own;
  });
  return { edit: { start, end: last.endIndex, text: lead + parts.join(nl + indent) } };
}

/** The receiver as it reads in the source, on one line. */
export function receiverSource(node: Node): string {
  return node.text.includes('\n') ? node.text.replace(/\s+/g, '') : node.text;
}

import type { Node } from '../parse.js';
import type { RuleContext } from '../rules/rule.js';
import type { Edit } from './edit.js';
import type { TargetPython } from './socket-names.js';
/**
 * The Python a fix must run on: the target-version setting, else what only one
 * Python parses in the file, else the project's own declaration (the runner reads
 * requires-python, python_requires and classifiers). Where nothing tells, both.
 */
export declare function targetPython(ctx: Pick<RuleContext, 'options' | 'facts'>): TargetPython;
export interface Layout {
    text: string;
    /** The file's indentation unit, for a new nested block (`    ` or `\t`). */
    unit: string;
}
export declare function lineStart(text: string, pos: number): number;
/** The newline that ends the line holding `pos` (or the file's first one). */
export declare function newlineAt(text: string, pos: number): string;
/** The indentation step the file uses: the first indented line after a line ending with ':'. */
export declare function detectIndentUnit(text: string): string;
/**
 * A line's indentation as Python counts it: the leading blanks after the last
 * form feed (the tokenizer resets its column at a form feed). A fix's new
 * lines are indented with this, never with the form feed itself.
 */
export declare function effectiveIndent(linePrefix: string): string;
/** Builds the replacement of one statement: its own text, the indentation it gets, the unit, the newline. */
export type StatementBuilder = (own: string, indent: string, unit: string, nl: string) => string;
/**
 * The edit that replaces one statement with `build(...)`, in place: split out
 * of a `;` list and out of a one-line compound statement as needed.
 */
export declare function renderStatementEdit(layout: Layout, stmt: Node, build: StatementBuilder): {
    edit: Edit;
} | {
    error: string;
};
/** The receiver as it reads in the source, on one line. */
export declare function receiverSource(node: Node): string;

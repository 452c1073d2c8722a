import { Query, type Tree } from 'web-tree-sitter';
export type { Node, Tree, Query } from 'web-tree-sitter';
export interface PythonParser {
    parse(text: string): Tree | null;
    query(name: string): Query;
}
/**
 * Loads web-tree-sitter and the Python grammar; resolves to the same parser on every call.
 * quickStart is for a handful of files: V8 then keeps the grammar's WASM on its
 * baseline compiler, whose optimizing tier-up would otherwise delay the exit
 * (measured: 80 ms of a 0.4 s one-file run); a big run wants the optimized code.
 */
export declare function initParser(options?: {
    quickStart?: boolean;
}): Promise<PythonParser>;
/** The parser if initParser() has finished, else null. */
export declare function loadedParser(): PythonParser | null;
/** How many ERROR and MISSING nodes a tree has (0 at once when it has none). */
export declare function countErrorNodes(tree: Tree): number;
/** Parses `text` and counts its error nodes (a text the parser gives up on counts as very many). */
export declare function parseErrorCount(parser: PythonParser, text: string): number;

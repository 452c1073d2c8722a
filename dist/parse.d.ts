import { Query, type Node, type Tree } from 'web-tree-sitter';
export type { Node, Tree, Query, TreeCursor } from 'web-tree-sitter';
export interface PythonParser {
    parse(text: string): Tree | null;
    /**
     * The captures of a query file whose patterns are each one node type,
     * `(call) @call`: the compiled query, and the capture name by node type id
     * (every id of an aliased type) for a walk of the tree that finds the same
     * nodes (see facts.ts: tree-sitter's query cursor is not linear on very
     * wide or deep trees).
     */
    captures(name: string): Captures;
}
/** A query file's patterns, as the compiled query and as capture names by node type id. */
export interface Captures {
    /** Compiled on first use: tree-sitter's ts_query_new takes 20-25 ms on V8's baseline WASM compiler. */
    readonly query: Query;
    byId: Map<number, string>;
    /**
     * Take the walk from JS for every file, not only for very wide or deep code
     * (facts.ts, capturedNodes): the tests hold its answers to tree-sitter's walk's.
     */
    walk: boolean;
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
/** Blank literals of numbers of at least this many characters before the parse (0: never); tests set it lower. */
export declare const blanking: {
    min: number;
};
/**
 * Every node web-tree-sitter hands out, and every question asked of one (its type, its end, a
 * field's child), goes through a transfer buffer in the WASM memory, a 32-bit word at a time, by the
 * Emscripten runtime's setValue()/getValue(): a generic function that tests the type's name
 * (`type.endsWith('*')`, a switch) and stores through a little-endian DataView. On the facts of the
 * lib directory's 176 socket modules that was 13% of the time. On a little-endian host the same word
 * is one element of the runtime's Int32Array view of that memory (HEAP32, which the runtime replaces
 * when the memory grows). Every other type keeps the runtime's function.
 */
export declare function directWordAccess(runtime: object): boolean;
/** The parser if initParser() has finished, else null. */
export declare function loadedParser(): PythonParser | null;
/**
 * A node's ancestors, innermost first, below `top` (an ancestor of the node;
 * itself not yielded) or up to the root; lazily, so a caller that stops at
 * the enclosing statement reads only that far. `node.parent` searches from
 * the root each time, so a walk up by `.parent` alone costs the square of the
 * depth (100,000 nested calls): past NEAR_ANCESTORS steps the rest of the
 * chain is found once, from the top down, with childWithDescendant().
 */
export declare function ancestors(node: Node, top?: Node): Generator<Node>;
/** The node, then its ancestors (see ancestors()). */
export declare function selfAndAncestors(node: Node): Generator<Node>;
/** How many ERROR and MISSING nodes a tree has (0 at once when it has none). */
export declare function countErrorNodes(tree: Tree): number;
/** Parses `text` and counts its error nodes (a text the parser gives up on counts as very many). */
export declare function parseErrorCount(parser: PythonParser, text: string): number;

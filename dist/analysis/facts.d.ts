import type { Captures, Node, Query, Tree } from '../parse.js';
import { ImportTable } from './imports.js';
export type ScopeKind = 'module' | 'class' | 'function';
export interface Assign {
    /** The target as receiver text (`sock`, `self.sock`). */
    target: string;
    value: Node;
    /** Position in a tuple target (`conn, addr = ...`), or -1. */
    tupleIndex: number;
    pos: number;
    scope: Scope;
    /** `with EXPR as target:` binds the context manager's result. */
    viaWith: boolean;
}
export interface Annotation {
    target: string;
    /** The annotation's expression, or the `# type:` comment that gives it. */
    type: Node;
    /** A type comment's type (`Optional[SuperSocket]`); absent for an annotation. */
    text?: string;
    scope: Scope;
}
export interface CallFact {
    node: Node;
    /** The callee as dotted text when it is a plain name or attribute chain. */
    callee: string | null;
    /** For `X.m(...)`: the receiver text X and the method name m. */
    receiver: string | null;
    method: string | null;
    args: Node[];
    scope: Scope;
    pos: number;
}
export interface Scope {
    kind: ScopeKind;
    node: Node;
    name: string;
    parent: Scope | null;
    /** The class whose method this is (for `self.X`). */
    ownerClass: ClassFact | null;
    /** Name of the first parameter of a method (`self`). */
    selfName: string | null;
    params: string[];
    assigns: Assign[];
    /** `X[key] = value` with X a dotted name: what a dict (or list) X is given, for its `.values()`. */
    stores: {
        target: string;
        value: Node;
        pos: number;
    }[];
    calls: CallFact[];
    returns: Node[];
    loops: Node[];
    /** `with` statements directly in this scope. */
    withs: Node[];
    children: Scope[];
}
export interface ClassFact {
    name: string;
    node: Node;
    scope: Scope;
    bases: string[];
    methods: Map<string, Scope>;
}
export interface ModuleFacts {
    module: Scope;
    scopes: Scope[];
    classes: Map<string, ClassFact>;
    functions: Map<string, Scope>;
    imports: ImportTable;
    annotations: Annotation[];
    /** Ends of `from __future__ import` statements and of the module docstring. */
    importAnchor: number;
    /** Start of the first statement that is not a comment (where an import goes when there is no anchor). */
    firstStatement: number;
    tree: Tree;
    /** The text the tree was parsed from (its nodes' offsets index it). */
    text: string;
    /** The text is very wide or deep (wideOrDeep): its nodes are found by a walk of the tree from JS (capturedNodes). */
    walked: boolean;
    /** The innermost scope that contains an offset. */
    scopeAt(offset: number): Scope;
    /** The qualified name a dotted expression stands for at an offset, by Python's scoping (`so.socket` is `socket.socket`). */
    qualifyAt(dotted: string, offset: number): string;
}
/** The expression a target takes: the value, or its own element of a tuple value (`ws, rs = a, b` gives `ws` the `a`). */
export declare function assignedNode(a: Assign): Node | null;
/** A call node's arguments (positional, keyword and splat), without comments. */
export declare function callArguments(call: Node): Node[];
/** `obj.attr` for `getattr(obj, 'attr')` or `getattr(obj, 'attr', default)`: the same object as the attribute. */
export declare function getattrTarget(node: Node | null): string | null;
/** `X` when `dotted` is `self.X` in a method of a class (or a closure inside one), else null. */
export declare function selfAttribute(scope: Scope, dotted: string): string | null;
/** Dotted text of a name or attribute chain of names (`self.sock.fp`), else null. */
export declare function dottedName(node: Node | null): string | null;
/**
 * Is `text[start, end)` numbers, brackets, separators and arithmetic only (no name, string, comment,
 * splat or call), with `read` the characters looked at and the first few numbers that read like Python
 * 2's (`0777`, `10L`)?
 */
export declare function numericOnly(text: string, start: number, end: number): {
    ok: boolean;
    read: number;
    python2: [number, number][];
};
/** An integer literal only Python 2 reads (`0777`, `10L`): the semantic model's test, and the walk's for the one it keeps. */
export declare const PYTHON2_INTEGER: RegExp;
/**
 * The nodes a query file (facts.scm, semantic.scm) captures, in document order (outer before inner).
 * Three ways give the same nodes (test/fixtures.test.ts; by script on the 16,844 files of the lib
 * directory, the corpus and eleven projects). Tree-sitter's own walk (descendedNodes) is the one the
 * analysis takes: 35-45% less time than the query cursor on the lib directory's modules, and no
 * query to compile (20-25 ms a query on V8's baseline WASM compiler). It gives one array of every
 * node, so a file longer than CAPTURE_WINDOW has the query's captures part by part instead
 * (queriedInParts: tree-sitter's walk taken part by part costs a call per part, and the call's set-up
 * reads every type name of the grammar: a 4 MB file of 36,000 top-level functions and classes took 26% longer).
 * A run of a few files holds to 256 KB (run.ts, QUICK_START_BYTES), so it compiles no query. On a
 * million-child list or deep nesting (`walk`, see wideOrDeep) neither tree-sitter way is linear (the
 * query cursor also stops short of the deepest nodes): the walk from JS gives them there. The query
 * itself is the reference the tests hold the walks to.
 */
export declare function capturedNodes(tree: Tree, captures: Captures, walk: boolean, text?: string): Iterable<{
    name: string;
    node: Node;
}>;
/** A node longer than this (in characters) has its captures taken part by part (queriedInParts). */
export declare const CAPTURE_WINDOW: number;
/**
 * The query's captures under `root`, in the same order as `query.captures(root)`, taken a part at a
 * time: a node of at most CAPTURE_WINDOW characters whole, a longer one as its own captures (a
 * start depth of 0) and then each child's. All of an 11 MB file's captures at once were 470,000 Node
 * objects in two arrays: peak RSS 820 MB and 16 s, against 670 MB and 14 s in parts.
 */
export declare function queriedInParts(root: Node, query: Query, window?: number): Generator<{
    name: string;
    node: Node;
}>;
export declare function collectFacts(tree: Tree, captures: Captures, text: string): ModuleFacts;
/** Lookups by name inside one scope, built on first use, so per-site questions stay O(1) on large files. */
export interface ScopeIndex {
    assignsByTarget: Map<string, Assign[]>;
    /** Assignments whose value is a plain name or attribute chain, by that value (`sock = self.sock`). */
    assignsByValue: Map<string, Assign[]>;
    callsByReceiver: Map<string, CallFact[]>;
    /** Calls by the dotted names passed as arguments (`shutdown_safe(sock)`, `os.dup(sock.fileno())` is not one). */
    callsByArg: Map<string, CallFact[]>;
    /** `self.helper()`-style calls (a two-part callee on the method's self). */
    selfCalls: CallFact[];
    /** Zero-argument close() calls by receiver, in document order. */
    closesByReceiver: Map<string, CallFact[]>;
}
/** How many of `items` (in document order) start before `pos`: a binary search. */
export declare function countBefore(items: readonly {
    pos: number;
}[], pos: number): number;
/** The first of `calls` (in document order) that starts after `pos`. */
export declare function firstAfter(calls: CallFact[], pos: number): CallFact | undefined;
export declare function scopeIndex(scope: Scope): ScopeIndex;

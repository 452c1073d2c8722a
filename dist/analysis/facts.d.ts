import { type Captures, type Node, type Tree } from '../parse.js';
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
    /** `X[key] = value` (a dict's key, a list's index; null for a slice or several indices). */
    stores: {
        target: string;
        key: Node | null;
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
    /** Every class by its scope, one nested in a function or defined again under the same name too (`classes` holds the first). */
    classOfScope: ReadonlyMap<Scope, ClassFact>;
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
/** A dotted name of plain parts: `plexpy.WEBSOCKET`, `self.server.socket`. */
export declare const PLAIN_DOTTED: RegExp;
/** The expression a target takes: the value, or its own element of a tuple value (`ws, rs = a, b` gives `ws` the `a`). */
export declare function assignedNode(a: Assign): Node | null;
/** A call node's arguments (positional, keyword and splat), without comments. */
export declare function callArguments(call: Node): Node[];
/** The value of a call's `name=` keyword argument, or null when the call gives none. */
export declare function keywordValue(args: Node[], name: string): Node | null;
/** `obj.attr` for `getattr(obj, 'attr')` or `getattr(obj, 'attr', default)`: the same object as the attribute. */
export declare function getattrTarget(node: Node | null): string | null;
/** `X` when `dotted` is `self.X` in a method of a class (or a closure inside one), else null. */
export declare function selfAttribute(scope: Scope, dotted: string): string | null;
/**
 * The name code outside a class sets `self.attr` by: a private `__sock` of class `_Conn` is `_Conn__sock`
 * (Python mangles it; PySyncObj's tests do `conn._TcpConnection__socket = MockSocket(sock, 1)`).
 */
export declare function mangledAttribute(attr: string, scope: Scope): string;
/** Is an attribute name a mangled private one (`_TcpConnection__socket`), which names its class? */
export declare function isMangled(attr: string): boolean;
/**
 * A dict view's method as Python 3 names it: Python 2's `iterkeys()`, `itervalues()`, `iteritems()`
 * and `viewkeys()`, `viewvalues()`, `viewitems()` walk what `keys()`, `values()` and `items()` do.
 */
export declare function dictViewMethod(method: string | null | undefined): 'keys' | 'values' | 'items' | null;
/** A collection's text with a trailing Python 2 dict view spelt as Python 3's (`d.itervalues()` as `d.values()`). */
export declare function py3DictViews(text: string): string;
/** Dotted text of a name or attribute chain of names (`self.sock.fp`), else null. */
export declare function dottedName(node: Node | null): string | null;
/** The names the `for` statements of a scope bind (`for s, conn in ...`, `for (a, [b, c]) in ...`), once a scope. */
export declare function loopTargets(scope: Scope): Set<string>;
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
 * node, so a file longer than CAPTURE_WINDOW has them part by part (descendedInParts). On a
 * million-child list or deep nesting (`walk`, see wideOrDeep) neither tree-sitter way is linear (the
 * query cursor also stops short of the deepest nodes): the walk from JS gives them there, for the
 * whole of a short file, and for each top-level statement that is wide or deep in a long one. The
 * query itself is the reference the tests hold the walks to.
 */
export declare function capturedNodes(tree: Tree, captures: Captures, walk: boolean, text?: string): Iterable<{
    name: string;
    node: Node;
}>;
/** A node longer than this (in characters) has its captures taken part by part (descendedInParts). */
export declare const CAPTURE_WINDOW: number;
/**
 * The captured nodes under `root`, in the same order as the query's captures of it, taken a part at a
 * time: a node of at most `window` characters whole (descendedNodes), a longer one as itself and then
 * each child. All of an 11 MB file's captures at once were 470,000 Node objects in two arrays: peak RSS
 * 820 MB and 16 s, against 670 MB and 14 s in parts. With `text`, a part below the root that is wide
 * or deep (wideOrDeep over its own text) is walked from JS instead, whatever its length: checked
 * alone, a statement's depth starts at 0, so the brackets in earlier statements' strings do not add up
 * (20 MB of the lib directory's modules read as 375 deep as one text), and only the statements that
 * need the walk (a call into the WASM per node) pay for it. On those 20 MB the facts and the semantic
 * model's nodes took 3.8 s walked whole, 3.0 s by the query cursor part by part, and 2.8 s so. A
 * part's call sets up its types by a Set (typeNamesOf): 4 MB of 47,000 top-level definitions take
 * as long as by the query cursor, with no query to compile.
 */
export declare function descendedInParts(root: Node, byId: Map<number, string>, window?: number, text?: string): Generator<{
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
/** Adds a value to a map's list under a key (a new list for a new key). */
export declare function push<K, V>(map: Map<K, V[]>, key: K, value: V): void;
/** How many of `items` (in document order) start before `pos`: a binary search. */
export declare function countBefore(items: readonly {
    pos: number;
}[], pos: number): number;
/** The statement that holds `node` below `top` (its scope's node): itself or the ancestor whose parent is a block or the module. */
export declare function statementOf(node: Node, top: Node): Node | null;
/**
 * Does the statement at `from` run on every way from the function's start to `to`, with no loop around
 * `to` that does not hold it too? It does when its block holds `to` (the statement itself or one after it
 * in that block, however deep), and every loop around `to` is around it as well.
 */
export declare function dominates(facts: Pick<ModuleFacts, 'tree'>, fn: Scope, from: number, to: number): boolean;
/**
 * The calls of a scope that connect a socket through an event loop (`await loop.sock_connect(sock, addr)`,
 * `loop.sock_connect(sock=sock, address=addr)`), by the socket's name: python-socks' `connect_tcp()`
 * binds the socket and connects it only so.
 */
export declare function asyncioConnects(scope: Scope): Map<string, CallFact[]>;
/** A loop of a scope as offsets (its end, and its body's, are calls into the WASM: read once). */
export interface LoopSpan {
    start: number;
    end: number;
    node: Node;
    /** The loop's own body, not its `else` clause (bodyOf()). */
    body?: [number, number];
}
/**
 * The loops of a scope around `pos`, outermost first: from the outermost loop around it, found by a binary
 * search (each of 8,000 closes beside 8,000 loops once read every loop's end through the WASM).
 */
export declare function loopsAround(scope: Scope, pos: number): LoopSpan[];
/** A loop's body as offsets, read once. */
export declare function bodyOf(loop: LoopSpan): [number, number];
/** The first of `calls` (in document order) that starts after `pos`. */
export declare function firstAfter(calls: CallFact[], pos: number): CallFact | undefined;
export declare function scopeIndex(scope: Scope): ScopeIndex;

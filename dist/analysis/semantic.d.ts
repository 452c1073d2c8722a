import { type Node, type Tree } from '../parse.js';
import { type ModuleFacts } from './facts.js';
export type SemanticScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';
export type BindingKind = 'import' | 'from-import' | 'star-import' | 'assignment' | 'parameter' | 'loop-target' | 'with-target' | 'except-target' | 'function' | 'class' | 'deletion' | 'pattern' | 'global-assignment';
export interface Binding {
    name: string;
    kind: BindingKind;
    /** For imports: the qualified name bound (`socket`, `socket.SHUT_RDWR`), socket's aliases folded. */
    qualified: string | null;
    start: number;
    /** Bound on every path through its scope (not under if, a loop, an except handler or a case). */
    definite: boolean;
}
export interface SemanticScope {
    kind: SemanticScopeKind;
    start: number;
    end: number;
    parent: SemanticScope | null;
    bindings: Map<string, Binding[]>;
    globals: Set<string>;
    nonlocals: Set<string>;
    children: SemanticScope[];
}
export type Resolution = {
    t: 'bound';
    scope: SemanticScope;
    bindings: Binding[];
} | {
    t: 'builtin';
}
/** The module's namespace is filled at run time, so no statement tells what the name is. */
 | {
    t: 'unknown';
    why: string;
};
/** Which Python the file's own syntax admits: one that only one of them parses, or both. */
export type SyntaxVersion = 'py2' | 'py3' | 'either';
/** The node types SemanticModel's walk handles (its switch's cases); the walk passes over every other type to these. */
export declare const HANDLED: ReadonlySet<string>;
export declare class SemanticModel {
    /** The names `from <module> import *` binds, when the project model knows them (a project module's `__all__`). */
    private readonly starExports;
    /**
     * The text the tree was parsed from: a node's own characters tell, without a call into the tree,
     * that most strings, calls and comparisons say nothing of the model (`"..."`, `f(x)`, `a < b`).
     */
    private readonly text;
    readonly module: SemanticScope;
    /** Why the module namespace holds names no statement binds (an unknown star import, globals()[...] = ...), or null. */
    openNamespace: string | null;
    /**
     * Where the module-level statements end whose `from X import *` opened the namespace (the end of the
     * last one), when nothing else opened it; else -1. A name bound after that point is the module's own.
     */
    private starOpenedUntil;
    private openedOtherwise;
    /** What the syntax tells of the Python version. */
    syntaxVersion: SyntaxVersion;
    private readonly scopes;
    private imported;
    private py2;
    private py3;
    /** Does the text hold `<>` anywhere (read once, on the first comparison)? */
    private diamond;
    constructor(tree: Tree, nodes: Iterable<{
        name: string;
        node: Node;
    }>, 
    /** The names `from <module> import *` binds, when the project model knows them (a project module's `__all__`). */
    starExports?: ((module: string) => string[] | null) | null, 
    /**
     * The text the tree was parsed from: a node's own characters tell, without a call into the tree,
     * that most strings, calls and comparisons say nothing of the model (`"..."`, `f(x)`, `a < b`).
     */
    text?: string | null);
    /** The innermost scope that holds an offset. */
    scopeAt(offset: number): SemanticScope;
    /** What `name` means at `offset`, by Python's lookup: local, enclosing functions (never classes), module, builtins. */
    resolve(name: string, offset: number): Resolution;
    /** Does any scope on the way from the site run later than the module's own code (a function or lambda body)? */
    deferred(offset: number): boolean;
    /** The names each function's own `global` statements declare, by the function's start; functions with none are left out. Built once. */
    functionGlobals(): ReadonlyMap<number, ReadonlySet<string>>;
    private globalsByStart;
    /** The names each function's own `nonlocal` statements declare, by the function's start; functions with none are left out. Built once. */
    functionNonlocals(): ReadonlyMap<number, ReadonlySet<string>>;
    private nonlocalsByStart;
    /** Every module-level binding of a name (including `global x; x = ...` in functions). */
    moduleBindings(name: string): Binding[];
    /** Names some import in the file binds to `qualified` (socket's aliases folded), in order of appearance. */
    importedAs(qualified: string): string[];
    private atModule;
    private newScope;
    private bind;
    /** Binds every name in an assignment-like target (`a`, `a, (b, *c)`, `[d]`); attributes and subscripts bind nothing. */
    private bindTarget;
    /** `global x` / `nonlocal x` move the function's bindings of x to the scope that owns the name. */
    private hoistDeclarations;
    /**
     * Reads the nodes of the types in HANDLED (grammars/python/semantic.scm), in
     * document order, outer before inner: a query that runs inside tree-sitter,
     * or on very wide or deep code a walk (facts.ts). Each node's scope and
     * guard come from the regions its nearest handled ancestor gave its
     * children: the whole node (a call, an assignment), or only some of them (a
     * function's body in the function's scope, its defaults in the enclosing
     * one). A node in no region is passed over with all it holds (an import's
     * names, a deleted target's subscripts). No recursion: a 100,000-deep
     * expression must not overflow the JS stack.
     */
    private walk;
    /** One handled node: its bindings, and the regions of it whose handled nodes are read, with their scope and guard. */
    private handle;
    /**
     * Can the node hold `part`? False only when its text, known, does not contain it (a necessary
     * condition, read without the tree). Only for nodes that cannot nest (a raise statement): the
     * search reads the whole node, so nested ones would read their text once per level.
     */
    private holds;
    /** Can the file hold a `<>` comparison? Asked once per file: comparisons nest (`a < (b < c)`). */
    private holdsDiamond;
    /**
     * Can the yield be a `yield from`: does `from` follow its keyword, past blanks, line continuations and
     * (in brackets) comments? A scan, not a pattern: comments of many `#` made a pattern backtrack.
     */
    private yieldsFrom;
    /** Does a sticky pattern match the text at the node's start (true when the text is not known)? */
    private startsWith;
    /** Does a sticky pattern match the text right after the node (true when the text or the node is not known)? */
    private followedBy;
    /** Can the call be one noteCall() notes: does its text start with one of the names it looks for? */
    private startsNamedCall;
    /** Does the string start with its quote (no prefix letters, no backtick)? */
    private startsWithQuote;
    /** Parameters bind in the function; their defaults and annotations are evaluated in the enclosing scope. */
    private bindParameters;
    private bindPatternNames;
    private bindDeleted;
    private bindImport;
    /** Notes that the module namespace holds names no statement binds: by a star import (its statement), or otherwise. */
    private open;
    /**
     * The end of the last module-level statement that holds a star import which opened the namespace, when
     * only such imports opened it (not exec, execfile or a write to globals()); else null. After it, the
     * module's own bindings are the last word: a star import cannot rebind what a later import binds.
     */
    starImportsOpenedUntil(): number | null;
    private noteCall;
    private noteString;
}
declare function isImport(b: Binding): boolean;
export { isImport as isImportBinding };
/** What the project model knows of the star imports of the module parsed as `tree`, for its semantic model. */
export declare function useStarExports(tree: Tree, lookup: (module: string) => string[] | null): void;
/** The file's semantic model, built on first use (only files with a fix to write pay for it). */
export declare function semanticModel(facts: Pick<ModuleFacts, 'tree' | 'walked' | 'text'>): SemanticModel;

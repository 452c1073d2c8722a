import type { Node } from '../parse.js';
export declare class ImportTable {
    private readonly bindings;
    private readonly starModules;
    add(stmt: Node, moduleLevel: boolean): void;
    private bind;
    /** The last module-level statement that imports from the socket module. */
    lastSocketImport(): Node | null;
    /** The first qualified name an import binds that matches `pattern` (a star import's module too), or null. */
    firstMatching(pattern: RegExp): string | null;
    /** The names an import binds to a module matching `pattern` (a star import of one: `*`), with what each stands for. */
    namesMatching(pattern: RegExp): {
        local: string;
        qualified: string;
        node: Node | null;
    }[];
    /** Is any module matching `pattern` imported (by any style)? */
    importsAny(pattern: RegExp): boolean;
    /**
     * What `head` is bound to by an import visible at `offset`: one inside the
     * innermost of `enclosing` (function ranges, innermost first) that holds it,
     * else the last module-level one unless the module defines the name after it
     * (`definedAt`); null when no import binds it there.
     */
    importedAt(head: string, offset: number, enclosing: {
        start: number;
        end: number;
    }[], definedAt?: number): string | null;
    /** What every module-level import of `local` binds it to, in source order (`if`/`else` branches give several). */
    moduleLevel(local: string): string[];
    isBound(local: string): boolean;
}
/** One name an import statement binds: `local` for `qualified`, or a star import of module `star`. */
export type ImportedName = {
    local: string;
    qualified: string;
    star?: undefined;
} | {
    star: string;
};
/**
 * The names an import statement binds, each with what it stands for:
 * `import os.path` binds `os` (to `os`), `import a.b as c` binds `c` (to `a.b`),
 * `from .factory import connect` binds `connect` (to `.factory.connect`, which
 * the project model resolves against the file).
 */
export declare function importedNames(stmt: Node): ImportedName[];
/** `pkg.mod` + `name`; a bare relative prefix (`.`, `..`) takes the name directly (`.name`). */
export declare function joinModule(module: string, name: string): string;
/** Maps the socket module's aliases (green or C modules) to `socket`, and the ssl module's green ones to `ssl`. */
export declare function canonicalModule(qualified: string): string;

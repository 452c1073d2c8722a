import type { Node } from '../parse.js';
export declare class ImportTable {
    private readonly bindings;
    private readonly starModules;
    add(stmt: Node, moduleLevel: boolean): void;
    private bind;
    /** The last module-level statement that imports from the socket module. */
    lastSocketImport(): Node | null;
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
    isBound(local: string): boolean;
}
/** `pkg.mod` + `name`; a bare relative prefix (`.`, `..`) takes the name directly (`.name`). */
export declare function joinModule(module: string, name: string): string;
/** Maps the socket module's aliases (green or C modules) to `socket`. */
export declare function canonicalModule(qualified: string): string;

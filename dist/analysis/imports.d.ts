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
    isBound(local: string): boolean;
}
/** Maps the socket module's aliases (green or C modules) to `socket`. */
export declare function canonicalModule(qualified: string): string;

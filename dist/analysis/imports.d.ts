import type { Node } from '../parse.js';
export declare class ImportTable {
    private readonly bindings;
    private readonly starModules;
    add(stmt: Node, moduleLevel: boolean): void;
    private bind;
    /** The qualified name of a dotted expression, with its first name resolved through imports. */
    qualify(dotted: string): string;
    /** The last module-level statement that imports from the socket module. */
    lastSocketImport(): Node | null;
    /** Is any module matching `pattern` imported (by any style)? */
    importsAny(pattern: RegExp): boolean;
    isBound(local: string): boolean;
    /** Does `from socket import *` appear at module level? */
    hasSocketStar(): boolean;
    /**
     * How to spell `socket.<member>` at a site: through a module binding of the
     * socket module or a direct import of the member, visible from the site.
     */
    spell(member: string, visible: (b: {
        moduleLevel: boolean;
        node: Node;
    }) => boolean): string | null;
}
/** Maps the socket module's aliases (green or C modules) to `socket`. */
export declare function canonicalModule(qualified: string): string;

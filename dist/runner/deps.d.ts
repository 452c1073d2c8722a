import { type Stats } from 'node:fs';
/** A path the analysis read, or looked for (whether or not it exists). */
export declare function noteDependency(file: string): void;
/** The paths noted since the last call, and a fresh log. */
export declare function takeDependencies(): string[];
/** A file's size, modification time and inode: what ruff's cache keys a file by, and ours too. */
export declare function statSignature(st: {
    size: number;
    mtimeMs: number;
    ino: number;
}): string;
/**
 * What a dependency is now: missing, a directory, or a file of this size and
 * modification time (ruff's cache keys files the same way). A change to any of
 * these makes the analyses that read it stale.
 */
export declare function dependencySignature(file: string): string;
/** What a dependency's stat says of it (null: it could not be had), as dependencySignature(). */
export declare function signatureOf(st: Stats | null): string;

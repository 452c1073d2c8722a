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
/**
 * A path's stat, or null where there is none to be had. A missing file returns
 * rather than throws: a third of the lib directory's kept dependencies are
 * modules looked for and not found, and an exception each cost more than the stat.
 */
export declare function statOrNull(file: string): Stats | null;

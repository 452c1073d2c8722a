import type { FileResult } from './process-file.js';
/** A file's result as kept: no timings, no path (the entry's key). */
type Usual = 'status' | 'findings' | 'suppressed' | 'unusedSuppressions';
export type CachedResult = Partial<Pick<FileResult, Usual>> & Omit<FileResult, Usual | 'path' | 'timings' | 'dependencies' | 'signature' | 'contentHash'>;
export interface CacheEntry {
    /** size:mtimeMs:ino when read ('' when too recent to trust). */
    sig: string;
    /** SHA-1 of the file's bytes. */
    hash: string;
    screen: CachedResult;
    /** The analysis's result, and the hash of the run facts it was made under. */
    analysis?: {
        facts: string;
        result: CachedResult;
    };
}
export declare function contentHash(bytes: Uint8Array): string;
export declare function hashOf(value: unknown): string;
export declare class RunCache {
    /** The cache file of this build and these settings. */
    readonly file: string;
    private readonly dir;
    private readonly previous;
    private depsChecked;
    /** The signature lookupAll() found of each file it stat'ed (as dependencySignature() gives a file's): most of the kept analyses' dependencies are files of the run. */
    private readonly statsTaken;
    /** An entry's signature was renewed (its file touched, its bytes the same). */
    private renewed;
    private readonly started;
    private constructor();
    /** The cache for a run with these settings, under `dir` (`.pysockfix_cache`). */
    static open(dir: string, version: string, settings: unknown): RunCache;
    /**
     * The entries of the files whose content is as when kept. The stats are
     * synchronous: 13,351 of them, of files whose inodes the walk has just
     * passed, took 65 ms less of a 0.44 s warm run than the same stats in
     * batches on libuv's thread pool (each callback and promise cost more than
     * its stat), and no more with the kernel's caches dropped.
     */
    lookupAll(files: string[]): Map<string, CacheEntry>;
    /** The entry of a file whose content is as when it was kept, or null. */
    private check;
    /** Does the cache hold any file's result (a run of these settings was cached here before)? */
    keepsAny(): boolean;
    /** Does the cache hold a result for this file (of any content)? */
    holds(file: string): boolean;
    /**
     * Are the files the kept analyses read (modules, callers, settings files) as they were? Checked once
     * per run: a file of the run by the stat lookupAll() took of it (1,628 of the python3 lib directory's
     * 2,183), the others by a stat each.
     */
    dependenciesHold(): boolean;
    /** A time this close to the run may still move within its tick: keep the content hash only. */
    private trusted;
    /**
     * Writes the cache of this run: an entry per file given, and the files the
     * kept analyses depend on. Failures are silent: a cache only saves time.
     */
    save(entries: Map<string, CacheEntry>, deps: Iterable<string>, facts: string | undefined): void;
    /** Did this run renew a signature (so the cache file is worth writing again)? */
    touched(): boolean;
    /** Does the cache file hold exactly these files (no more, no fewer)? */
    holdsExactly(files: string[]): boolean;
    /** The run facts of the run that wrote the cache. */
    previousFacts(): string | undefined;
    /** The previous dependencies (kept while analyses made under them are kept). */
    previousDependencies(): string[];
}
/** A result without what is not kept, nor the fields most files have as they start (13,000 files' worth of `"findings":[]`). */
export declare function cachedResult(r: FileResult): CachedResult;
/** A kept result as a file's result again. */
export declare function restoredResult(c: CachedResult, file: string): FileResult;
export {};

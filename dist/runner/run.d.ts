import { type FileResult, type ProcessOptions } from './process-file.js';
import { type RunCache } from './cache.js';
/** Below this many files a pool costs more to start than it saves. */
export declare const POOL_THRESHOLD = 64;
/** When this process last started a pool, for --timings. */
declare let poolStart: 'none' | 'during the walk' | 'after the walk';
/** When this process last started a worker pool (--timings). */
export declare function poolStarted(): typeof poolStart;
/** The file name of the module the last pool's workers loaded, or null (--timings). */
export declare function poolWorkerModule(): string | null;
/**
 * What starts the worker pool ahead of runFiles: main.ts calls it when a walk has found
 * POOL_THRESHOLD files of a cold run, so the threads load their modules and the parser while
 * the walk goes on (they took 0.1-0.2 s after it on the python3 lib directory). A no-op for --jobs 1.
 */
export declare function poolStarter(jobs: number | undefined): Promise<() => void>;
export declare function runFiles(files: string[], options: ProcessOptions, jobs: number | undefined, onResult?: (done: number, total: number) => void, 
/** Each file when its analysis is done (for -v). */
onFile?: (file: string) => void, 
/** The run's cache (cache.ts), or none (--no-cache, stdin). */
cache?: RunCache | null): Promise<FileResult[]>;
/**
 * The analysis's tasks: the files in their order (a package's modules together, so that one worker
 * summarises their imports once), cut into chunks of about a 16th of each worker's share of the bytes
 * (at most CHUNK files), a file bigger than that alone. Chunks of a count of files put test_socket.py
 * and test_ssl.py (482 KB of the lib directory's 6.3 MB to analyse) in one chunk, which one worker ran
 * at the end while the other waited a second.
 */
export declare function analysisChunks(list: string[], threads: number, sizeOf?: (f: string) => number): string[][];
export {};

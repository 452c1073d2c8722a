import { type FileResult, type ProcessOptions } from './process-file.js';
import { type RunCache } from './cache.js';
export declare function runFiles(files: string[], options: ProcessOptions, jobs: number | undefined, onResult?: (done: number, total: number) => void, 
/** Each file when its analysis is done (for -v). */
onFile?: (file: string) => void, 
/** The run's cache (cache.ts), or none (--no-cache, stdin). */
cache?: RunCache | null): Promise<FileResult[]>;

import { type LintOptions } from '../lint.js';
import type { Finding } from '../rules/rule.js';
import { type SharedRunIndex } from './project.js';
export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';
export interface FileResult {
    path: string;
    status: FileStatus;
    error?: string;
    findings: Finding[];
    suppressed: number;
    unusedSuppressions: {
        line: number;
        text: string;
    }[];
    /** The decoded text of the lines the findings are on, for code frames. */
    sourceLines?: Record<number, string>;
    /** Codes in suppression comments that name no rule. */
    invalidCodes?: {
        line: number;
        code: string;
        text: string;
    }[];
    /** The original and fixed text, for --diff, and the file's encoding (and UTF-8 BOM) to write the diff in. */
    before?: string;
    after?: string;
    encoding?: string;
    bom?: boolean;
    /** Milliseconds per phase: read and write here, the rest from lintSource. */
    timings?: Record<string, number>;
    /** From the screening phase: the file needs the full analysis (its result is not final). */
    deferred?: boolean;
    /** From the screening phase: modules whose `socket` global this file replaces, and `callback:NAME` for library callbacks it calls itself. */
    patches?: string[];
    /**
     * From the screening phase: the words of the file's import statements (see importWordsIn), joined
     * by spaces: one string, not 20, for each of 13,000 files a warm run reads back from the cache.
     */
    importWords?: string;
    /** From the screening phase: attributes the file sets to a test double (`inst.socket = DummySocket()`). */
    doubles?: string[];
    /** With `cacheable`: the file's stat signature and content hash when read (for the cache). */
    signature?: string;
    contentHash?: string;
    /** With `cacheable`, from the analysis: the files it read or looked for besides this one (deps.ts). */
    dependencies?: string[];
}
export interface ProcessOptions extends LintOptions {
    /** write: change files; diff: compute fixed text only; check: report. */
    mode: 'check' | 'write' | 'diff';
    maxFileSize?: number;
    /** Only screen: read, decode and prefilter, and defer files that need parsing (see runFiles). */
    screen?: boolean;
    /** per-file-ignores from the config: gitignore-style patterns relative to root. */
    perFileIgnores?: {
        root: string;
        rules: [string, string[]][];
    };
    /** The directories the run was given (a project under one is seen whole: its callers can all be found). */
    runRoots?: string[];
    /** Built by the runner between its phases: which files of the run import which modules (shared memory). */
    runIndex?: SharedRunIndex;
    /** The run keeps a cache: note each file's signature and content hash, and what its analysis read. */
    cacheable?: boolean;
}
/** The rule codes per-file-ignores turns off for one file. */
export declare function perFileIgnoredCodes(file: string, options: ProcessOptions): string[];
export declare function processBytes(file: string, bytes: Uint8Array, options: ProcessOptions): FileResult & {
    output?: Uint8Array;
};
export declare function processFile(path: string, options: ProcessOptions): FileResult;
/** What a file tells of the whole project, read from its bytes by the screen (see FileResult). */
export type ProjectFacts = Pick<FileResult, 'patches' | 'importWords' | 'doubles'>;
/** The project-wide facts in a file's text. */
export declare function projectFactsIn(text: string): ProjectFacts;
/**
 * The project facts of a file outside the run (a test of the project a pre-commit run checks part
 * of), with its path; null when it cannot be read.
 */
export declare function screenOutside(file: string, maxFileSize?: number): (ProjectFacts & {
    path: string;
}) | null;

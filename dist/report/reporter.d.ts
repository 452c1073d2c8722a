import type { FileResult } from '../runner/process-file.js';
import type { Finding } from '../rules/rule.js';
export interface ReportOptions {
    mode: 'check' | 'write' | 'diff';
    showSkipped: boolean;
    unsafeFixes: boolean;
    statistics: boolean;
    quiet: boolean;
    color: boolean;
    reportUnusedSuppressions: boolean;
    /** Paths are printed relative to this directory. */
    cwd: string;
    /** The paths given on the command line, for per-path results. */
    inputs: string[];
    version: string;
}
export interface Summary {
    files: number;
    changed: number;
    unchanged: number;
    skippedFiles: number;
    failed: number;
    /** Findings by outcome (skipped counted by reason too). */
    fixedSafe: number;
    fixedUnsafe: number;
    fixable: number;
    needUnsafe: number;
    /** Of `fixable`, the unsafe fixes that --unsafe-fixes makes applicable. */
    fixableUnsafe: number;
    /** Reported, with no automatic fix. */
    noFix: number;
    skipped: number;
    skippedByReason: Record<string, number>;
    remaining: number;
    pathErrors: number;
}
export interface Reporter {
    start?(): string;
    /** Text, or bytes where the output must keep the file's own encoding (--diff). */
    file(result: FileResult): string | Uint8Array;
    end(summary: Summary, results: FileResult[]): string;
}
/** A finding that still needs attention after this run. */
export declare function isRemaining(f: Finding): boolean;
export declare function visibleFindings(result: FileResult, options: ReportOptions): Finding[];
/** The findings a per-finding listing shows: the visible ones, less those --write just fixed. */
export declare function listedFindings(result: FileResult, options: ReportOptions): Finding[];
/** A path as the reports name it: relative to the working directory (absolute outside it). */
export declare function displayPath(cwd: string, file: string): string;
/** A finding's tag in the text formats: `[*]`, `[*unsafe fix]`, `[no fix]`, `[skipped: reason]`. */
export declare function findingTag(f: Finding): string;
export declare function summarize(results: FileResult[], pathErrors: number, options: Pick<ReportOptions, 'unsafeFixes'>): Summary;
export declare function summaryLine(s: Summary, mode: ReportOptions['mode']): string;

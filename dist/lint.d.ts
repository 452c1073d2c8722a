import type { ProjectLookup } from './analysis/summary.js';
import type { Fix } from './fix/edit.js';
import type { Finding, LintOptions as RuleOptions } from './rules/rule.js';
import { type InvalidCode } from './suppressions.js';
export interface LintOptions extends RuleOptions {
    /** Rule codes or prefixes to enable (default: every rule). */
    select?: string[];
    /** Rule codes or prefixes to disable. */
    ignore?: string[];
    /** Compute the fixed text. */
    fix?: boolean;
    /** Apply unsafe fixes too. */
    unsafeFixes?: boolean;
    /** Instead of fixing, add `# noqa: CODE` to the line of every finding that is reported. */
    addNoqa?: boolean;
    /** Skip parsing files that cannot hold a finding (default true; the result is the same either way). */
    prefilter?: boolean;
    /**
     * Stop where a parse would start, and say so in `deferred` (the runner's
     * first phase, which learns project-wide facts before any file is analysed).
     */
    stopBeforeParse?: boolean;
    /** The project modules this file imports, summarised on demand (the runner's project model; none by default). */
    project?: ProjectLookup;
    /** Compute unusedSuppressions (scans every file's comments). */
    reportUnusedSuppressions?: boolean;
    /** Give each finding with a fix its preview (the HTML report's diffs). */
    previews?: boolean;
}
export interface LintResult<T extends string | Uint8Array = string | Uint8Array> {
    findings: Finding[];
    /** The fixed source, in the input's own type and encoding (the input itself when nothing changed). */
    output: T;
    changed: boolean;
    errors: string[];
    /** `# pysockfix: skip-file` was found. */
    skippedFile: boolean;
    suppressed: number;
    /** Suppression comments that silenced nothing: `line: comment`. */
    unusedSuppressions: {
        line: number;
        text: string;
    }[];
    /** Codes in suppression comments that name no rule (`# pysockfix: ignore[SOCK9]`). */
    invalidCodes: InvalidCode[];
    /** The decoded text of each line a finding is on (for code frames: never the disk file, which stdin has not). */
    sourceLines?: Record<number, string>;
    /** The file contains syntax tree-sitter could not parse. */
    parseErrors: boolean;
    encoding: string | null;
    /** Milliseconds spent per phase (for the benchmark's breakdown). */
    timings: PhaseTimings;
    /** With stopBeforeParse: the file needs the analysis, which was not run. */
    deferred: boolean;
    /** With stopBeforeParse: the decoded text (the screen reads the project's facts from it too). */
    text?: string;
}
export interface PhaseTimings {
    decode: number;
    prefilter: number;
    parse: number;
    analysis: number;
    fix: number;
}
export declare function ruleEnabled(code: string, options: Pick<LintOptions, 'select' | 'ignore'>): boolean;
/**
 * Python ends a line at `\n`, `\r\n` or a lone `\r`; the grammar and the
 * rules know the first two. A lone `\r` becomes `\n` for the analysis (the
 * same length, so every offset holds), and the lines a fix inserts there end
 * in `\r` again (lonelyCarriageReturns).
 */
export declare function linesForAnalysis(text: string): string;
/** Is this a finding the options let --write apply (a safe fix, or an unsafe one with unsafeFixes)? */
export declare function eligible(f: Finding, options: Pick<LintOptions, 'unsafeFixes'>): f is Finding & {
    fix: Fix;
};
export declare function lintSource<T extends string | Uint8Array>(input: T, options?: LintOptions): LintResult<T>;

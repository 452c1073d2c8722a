import { Command } from 'commander';
export interface CliOptions {
    write?: boolean;
    addNoqa?: boolean;
    diff?: boolean;
    unsafeFixes?: boolean;
    exitNonZeroOnFix?: boolean;
    showSkipped?: boolean;
    statistics?: boolean;
    outputFormat: OutputFormat;
    /** Also write the HTML report to this file. */
    report?: string;
    fix?: boolean;
    exitZero?: boolean;
    showFixes?: boolean;
    showFiles?: boolean;
    showSettings?: boolean;
    silent?: boolean;
    select?: string[];
    ignore?: string[];
    jobs?: number;
    exclude: string[];
    respectGitignore?: boolean;
    forceExclude?: boolean;
    targetVersion?: 'py27' | 'py3';
    fixStyle?: 'try' | 'suppress';
    config?: string;
    stdinFilename?: string;
    quiet?: boolean;
    verbose?: boolean;
    explain?: string;
    reportUnusedSuppressions?: boolean;
    maxFileSize?: number;
    prefilter?: boolean;
    timings?: boolean;
    /** false with --no-cache. */
    cache?: boolean;
    cacheDir?: string;
}
export declare const OUTPUT_FORMATS: readonly ["text", "concise", "grouped", "json", "json-lines", "junit", "gitlab", "sarif", "github", "html"];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** Larger files are refused unless --max-file-size says otherwise: parse time and memory grow with size. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
export declare function buildProgram(version: string): Command;

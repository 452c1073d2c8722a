import type { Finding } from '../rules/rule.js';
import { type Reporter, type ReportOptions } from './reporter.js';
/** concise: `path:line:col: CODE [tag] message`, one line per finding, then the summary. */
export declare function conciseReporter(options: ReportOptions): Reporter;
/** grouped: each file once, its findings indented under it (`  line:col CODE [tag] message`). */
export declare function groupedReporter(options: ReportOptions): Reporter;
/** One finding as the json format writes it (json-lines, one per line). */
export declare function findingJson(f: Finding, rel: string): Record<string, unknown>;
/** json-lines: one JSON object per finding, one per line (and one per file that failed). */
export declare function jsonLinesReporter(options: ReportOptions): Reporter;
/** junit: a test suite per file, a failing test case per finding that still needs work (as ruff writes it). */
export declare function junitReporter(options: ReportOptions): Reporter;
/** gitlab: GitLab Code Quality (Code Climate issues), with a fingerprint stable across runs and line moves of other code. */
export declare function gitlabReporter(options: ReportOptions): Reporter;

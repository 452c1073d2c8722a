import { type Reporter, type ReportOptions } from './reporter.js';
export declare function githubReporter(options: ReportOptions): Reporter;

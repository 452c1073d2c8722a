import { type Reporter, type ReportOptions } from './reporter.js';
export declare function textReporter(options: ReportOptions): Reporter;

import { type Reporter, type ReportOptions } from './reporter.js';
export declare function jsonReporter(options: ReportOptions): Reporter;

import { type Reporter, type ReportOptions } from './reporter.js';
export declare function sarifReporter(options: ReportOptions): Reporter;

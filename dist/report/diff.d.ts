import { type ReportOptions, type Reporter } from './reporter.js';
export declare function diffReporter(options: ReportOptions): Promise<Reporter>;

import type { ReportOptions, Reporter } from './reporter.js';
export declare function diffReporter(options: ReportOptions): Promise<Reporter>;

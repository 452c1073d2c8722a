import type { Reporter } from './reporter.js';
export declare function noqaReporter(): Reporter;

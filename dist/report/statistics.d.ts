import type { Reporter } from './reporter.js';
/** --statistics: counts per rule, outcome and reason, as text or JSON. */
export declare function statisticsReporter(format: 'text' | 'json'): Reporter;

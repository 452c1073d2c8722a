import type { Rule, RuleMeta } from './rule.js';
export declare const meta: RuleMeta;
export declare const closeAsCallback: Rule;

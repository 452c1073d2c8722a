import type { Rule } from './rule.js';
export declare const RULES: Rule[];
export declare function ruleByCode(code: string): Rule | undefined;

/// <reference types="emscripten" preserve="true" />
// The public library API.
export { initParser } from './parse.js';
export { lintSource, ruleEnabled, type LintOptions, type LintResult } from './lint.js';
export { decodeSource, type DecodedSource } from './source.js';
export { applyFixes } from './fix/apply.js';
export type { Edit, Fix, Applicability } from './fix/edit.js';
export type { Finding, Outcome, Position, RuleMeta } from './rules/rule.js';
export { RULES, ruleByCode } from './rules/index.js';

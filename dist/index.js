/// <reference types="emscripten" preserve="true" />
// The public library API.
export { initParser } from './parse.js';
export { lintSource, ruleEnabled } from './lint.js';
export { decodeSource } from './source.js';
export { applyFixes } from './fix/apply.js';
export { RULES, ruleByCode } from './rules/index.js';

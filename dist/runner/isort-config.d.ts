import type { ImportStyle } from '../rules/rule.js';
/** The isort settings that apply to `file` (isort's defaults when no configuration is found). */
export declare function importStyle(file: string): ImportStyle;

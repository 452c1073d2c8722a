import type { Fix } from './edit.js';
export interface Hunk {
    /** 1-based number of the first line of `before`. */
    line: number;
    before: string[];
    after: string[];
}
/** The hunks of one fix over `text`, whose line starts are `starts`. */
export declare function previewOf(text: string, starts: number[], fix: Fix): Hunk[];

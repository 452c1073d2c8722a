/** The text with comments and (non-f) string contents replaced by spaces; the text itself when that is unsure. */
export declare function codeText(text: string): string;

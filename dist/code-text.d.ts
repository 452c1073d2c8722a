/** The text with comments and (non-f) string contents replaced by spaces; the text itself when that is unsure. */
export declare function codeText(text: string): string;
/** The comments of a file, in order (start offset and text), or null when the lexer is unsure of its strings. */
export declare function comments(text: string): {
    start: number;
    text: string;
}[] | null;
/** Is the char code a Python identifier character (ASCII letters, digits, `_`, or any non-ASCII)? */
export declare function isWordChar(c: number): boolean;
/** The offset each line of `text` starts at (lines end at `\n`). */
export declare function lineStarts(text: string): number[];
/** The 0-based line of an offset, given the line starts (a binary search). */
export declare function lineAt(starts: number[], offset: number): number;

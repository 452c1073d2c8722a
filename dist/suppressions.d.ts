export interface Suppression {
    line: number;
    /** null: every code (a bare `# noqa`). */
    codes: string[] | null;
    /** The comment's own text, for unused-suppression reports. */
    text: string;
    used: boolean;
}
export declare function skipFile(text: string): boolean;
/** A code a suppression names that no rule has: `# pysockfix: ignore[SOCK9]`, or a SOCK code in a `# noqa`. */
export interface InvalidCode {
    line: number;
    code: string;
    text: string;
}
/**
 * The suppressions of a file, by line. Only real comments count: a `# noqa`
 * inside a string is text (the lexer of code-text.ts finds the comments; where
 * it is unsure of a string, every line's `#` is read as before).
 */
export declare function findSuppressions(text: string, invalid?: InvalidCode[]): Map<number, Suppression[]>;
/** Marks and reports whether a finding on one of `lines` is suppressed for `code`. */
export declare function isSuppressed(map: Map<number, Suppression[]>, lines: number[], code: string): boolean;

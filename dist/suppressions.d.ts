export interface Suppression {
    line: number;
    /** null: every code (a bare `# noqa`). */
    codes: string[] | null;
    /** The comment's own text, for unused-suppression reports. */
    text: string;
    used: boolean;
}
export declare function skipFile(text: string): boolean;
export declare function findSuppressions(text: string): Map<number, Suppression[]>;
/** Marks and reports whether a finding on one of `lines` is suppressed for `code`. */
export declare function isSuppressed(map: Map<number, Suppression[]>, lines: number[], code: string): boolean;

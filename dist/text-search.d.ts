/** An ASCII word character, as a regex's `\w` and `\b` see one (code-text's isWordChar counts non-ASCII letters too). */
export declare function isRegexWordChar(c: number): boolean;
/** A character of a regex's `\s`. */
export declare function isRegexSpace(c: number): boolean;
/** text.indexOf(needle, from), by the needle's rarest character. */
export declare function indexOfWord(text: string, needle: string, from?: number): number;
/** text.includes(needle), by the needle's rarest character. */
export declare function holdsWord(text: string, needle: string): boolean;
/**
 * /sock/i.test(text): the letters `sock` in any case, found from each `k` and `K` (0.4% of the
 * characters) instead of a case-insensitive regex's try at every position (135 -> 35 ms on the lib directory).
 */
export declare function holdsSockAnyCase(text: string): boolean;
/** The words a text uses as values, not in calls (valueUses). */
export interface ValueUses {
    /** `.NAME` not followed by `(`: `/\.\s*NAME\b(?!\s*\()/` matches, with how many times. */
    attributes: Map<string, number>;
    /** NAME after neither `.` nor `class`/`def`, not followed by `(`: `/(?<![\w.])(?<!\b(?:class|def)\s+)NAME\b(?!\s*\()/` matches, with how many times. */
    names: Map<string, number>;
}
/**
 * Every word of a text (a run of regex `\w`) used as a value, in one pass: the answers of the two
 * regexes above for every NAME at once (a NAME of `\w` only is a whole run: both need a non-word
 * character or `.` before it and `\b` after it). One regex per name over the whole text is a scan per
 * question, and a module asks one per function its callers hand a socket (16,000 private helpers in
 * 1.8 MB: 12.9 s).
 */
export declare function valueUses(text: string): ValueUses;
/** One `NAME.attr` of a text (attributeUses): where NAME starts, the attribute, and where the attribute ends. */
export interface AttributeUse {
    at: number;
    attr: string;
    end: number;
}
/**
 * Every `NAME . attr` of a text by NAME, in order: where `/(?<![\w.])NAME\s*\.\s*([A-Za-z_]\w*)/g`
 * matches for each NAME at once (NAME a run of regex `\w`, not after a word character or a dot; the
 * attribute's own run). A use that starts inside the previous one of the same NAME is one the regex
 * would pass over (`a . a . x` for `a`): the caller skips it. One regex per name over the whole text
 * was a scan per question (16,000 functions each closing a parameter named like a socket: 20 s).
 */
export declare function attributeUses(text: string): Map<string, AttributeUse[]>;

/** A literal shorter than this is parsed as it is: the blank would save less than the scan costs. */
export declare const MIN_BLANKED_CHARS: number;
/** A literal the blank cuts: its opening bracket, the comma after its first element, its closing bracket. */
export interface BlankedLiteral {
    open: number;
    comma: number;
    close: number;
}
/**
 * The bracketed literals of numbers of at least `min` characters, in order, none inside another.
 * Linear: a run holds no bracket, so each character is read by at most one attempt.
 */
export declare function numberLiterals(text: string, min?: number): BlankedLiteral[];
/** `text` with each of its literals of numbers (numberLiterals) cut down to its first element and comma (see above), or null when it holds none. */
export declare function numbersBlanked(text: string, min?: number): string | null;

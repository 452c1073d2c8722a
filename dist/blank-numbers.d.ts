/** A literal shorter than this is parsed as it is: the blank would save less than the scan costs. */
export declare const MIN_BLANKED_CHARS: number;
/** `text` with each of its literals of numbers (numberLiterals) cut down to its first element and comma (see above), or null when it holds none. */
export declare function numbersBlanked(text: string, min?: number): string | null;

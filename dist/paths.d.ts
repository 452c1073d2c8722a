/** Is `file` the directory `dir` or inside it (both absolute)? */
export declare function isWithin(dir: string, file: string): boolean;

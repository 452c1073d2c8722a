/** The dotted names of modules whose `socket` global this file's text replaces. */
export declare function patchedSocketModulesIn(text: string): string[];
/** A file's module name: `pkg/sub/mod.py` inside packages gives `pkg.sub.mod`. */
export declare function moduleNameOf(file: string): string;

export declare const STDLIB_MODULES: ReadonlySet<string>;

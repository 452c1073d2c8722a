/** Is the variable set to turn something on? Unset, empty, `0` and `false` are off. */
export declare function envFlag(name: string): boolean;

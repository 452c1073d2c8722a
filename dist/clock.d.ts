/** Milliseconds from an arbitrary origin, like performance.now(). */
export declare function now(): number;

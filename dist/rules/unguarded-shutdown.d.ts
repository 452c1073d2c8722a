import { type Node } from '../parse.js';
import type { Rule, RuleMeta } from './rule.js';
export declare const meta: RuleMeta;
/** Is the node inside a try body (not its handlers) that catches OSError, or a suppress(OSError) block? */
export declare function guardedAgainstOSError(node: Node, stop: Node, qualify: (name: string, at: number) => string): boolean;
export declare const unguardedShutdown: Rule;

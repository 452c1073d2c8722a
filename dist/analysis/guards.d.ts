import { type Node } from '../parse.js';
export interface LoopGuards {
    /** The names the element is known not to be at the place asked about (`server`). */
    excluded: ReadonlySet<string>;
    /** The stretches of the loop where the element is one of those names (the `if s is server:` block): what is done there is done to them. */
    away: readonly (readonly [number, number])[];
}
/**
 * The guards of `loop` (a `for` loop whose target is `name`) at `pos`, in its body: the element is
 * not X in the `else` (or a later `elif`) of `if name is X:` (or `==`), in the body of
 * `if name is not X:` (or `!=`), and after `if name is X: ...; continue` (or break, return,
 * raise). Undefined where none says anything.
 */
export declare function loopGuards(loop: Node, name: string, pos: number): LoopGuards | undefined;

import { type SemanticModel } from '../analysis/semantic.js';
import type { ModuleFacts } from '../analysis/facts.js';
import type { Edit } from './edit.js';
/** Which Python the fix must run on: py3 only, py2 only, or either (spellings right in both). */
export type TargetPython = 'py2' | 'py3' | 'either';
export interface SocketSpelling {
    shutdownArg: string;
    exception: string;
    importEdit: Edit | null;
    /** Why no spelling is certain to resolve at run time (the fix is then unsafe), or null. */
    unresolved: string | null;
}
/**
 * The spellings at a site. `need` says which the fix writes: the shutdown
 * argument and the exception (SOCK001, SOCK003), or the exception alone (SOCK002).
 */
export declare function socketSpelling(facts: ModuleFacts, model: SemanticModel, text: string, site: number, target: TargetPython, need?: 'shutdown-and-exception' | 'exception'): SocketSpelling;

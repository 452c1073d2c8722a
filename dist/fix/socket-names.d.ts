import { type ModuleFacts, type Scope } from '../analysis/facts.js';
import type { Edit } from './edit.js';
export interface SocketSpelling {
    shutdownArg: string;
    exception: string;
    importEdit: Edit | null;
}
export declare function socketSpelling(facts: ModuleFacts, text: string, scope: Scope, site: number, python2: boolean): SocketSpelling;
/** Only the exception for a guard: OSError, or socket.error (with an import if needed) in Python 2. */
export declare function exceptionSpelling(facts: ModuleFacts, text: string, scope: Scope, site: number, python2: boolean): {
    exception: string;
    importEdit: Edit | null;
};

import { type SemanticModel } from '../analysis/semantic.js';
import type { ModuleFacts } from '../analysis/facts.js';
import type { Edit } from './edit.js';
import type { ImportStyle } from '../rules/rule.js';
/** isort's defaults for the settings that move an import (also what src/runner/isort-config.ts starts from). */
export declare const ISORT_DEFAULTS: ImportStyle;
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
export declare function socketSpelling(facts: ModuleFacts, model: SemanticModel, text: string, site: number, target: TargetPython, need?: 'shutdown-and-exception' | 'exception', style?: ImportStyle): SocketSpelling;
/**
 * How the fix names `contextlib.suppress` at a site (fix-style = "suppress"):
 * through a binding the file has, or through a new module-level
 * `import contextlib`; null when neither is sure to resolve (the fix then
 * keeps the try/except form).
 */
export declare function suppressSpelling(facts: ModuleFacts, model: SemanticModel, text: string, site: number, style?: ImportStyle): {
    name: string;
    importLine: string | null;
    at: number;
} | null;
/** One edit for the new import lines at one place, in isort's order (`import contextlib` before `import socket`). */
export declare function importLinesEdit(text: string, at: number, lines: string[]): Edit;

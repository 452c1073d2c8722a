import type { ProjectLookup } from '../analysis/summary.js';
/**
 * Where absolute imports of a file's project start (its sys.path entries): the
 * project root (the nearest directory with pyproject.toml, setup.py, setup.cfg
 * or .git), its `src/`, and the directory above the file's top-level package.
 */
export declare function importRoots(file: string): string[];
/** The project module a qualified name lives in, and the member inside it, from the importing file's point of view. */
export declare function resolveModule(fromFile: string, qualified: string): {
    file: string;
    member: string;
    module: string;
} | null;
/** The lookup a file's analysis uses to see the project modules it imports. */
export declare function projectLookup(file: string, depth?: number, calledCallbacks?: ReadonlySet<string>): ProjectLookup;

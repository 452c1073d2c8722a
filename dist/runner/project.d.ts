import type { ProjectLookup } from '../analysis/summary.js';
/**
 * What the run knows of the whole project, from its screen: which of its
 * files import a module of a given last name (`http_client` for
 * supervisor/http_client.py), and the directories the run was given. Only a
 * project inside one of them is seen whole, so only there can "every caller"
 * be claimed.
 */
export interface RunIndex {
    importers: Record<string, string[]>;
    /** Per attribute name, the files that set it to a test double from outside (`inst.socket = DummySocket()`). */
    doubles: Record<string, string[]>;
    /** Per library callback (`handle_accepted`), the files that call it on another object, as tests do with doubles. */
    callbacks: Record<string, string[]>;
    roots: string[];
}
/**
 * The run index as the runner hands it to workers: its JSON in shared memory,
 * so each chunk's message carries a reference, not a copy (the importers of a
 * name like `test` are thousands of paths).
 */
export interface SharedRunIndex {
    id: string;
    json: SharedArrayBuffer;
}
/** The run index, shared for the workers. */
export declare function shareRunIndex(index: RunIndex): SharedRunIndex;
/** Set by the runner before the analysis of a file: decoded once per worker and run. */
export declare function useRunIndex(shared: SharedRunIndex | null | undefined): void;
/** The last name a module is imported by: the file's stem, or its package's directory for `__init__.py`. */
export declare function moduleBasename(file: string): string;
/**
 * Where absolute imports of a file's project start (its sys.path entries): the
 * project root (the nearest directory with pyproject.toml, setup.py, setup.cfg
 * or .git), its `src/`, and the directory above the file's top-level package.
 * Without a project root, the directories the run was given that hold the file
 * stand for it (and their `src/`), as the current directory does for ruff's
 * `src` and for `python -m pytest` run there (a deployed copy of a service, an
 * archive of its .py files).
 */
export declare function importRoots(file: string): string[];
/**
 * The project directory of an analysed file when it has a root marker and the run does not cover it
 * (a pre-commit run names a few files), else null. The test modules of such a project
 * (testFilesUnder) are screened too: their doubles and patched `socket` globals make a fix unsafe, as
 * they do when the tests are in the run. Only a project with a root marker is walked (a loose
 * script's directory could be anything), with the default excludes and `.gitignore`.
 */
export declare function projectOutside(analysed: string, runRoots: string[]): string | null;
/** The test modules under a project directory (projectOutside) that the run does not hold. */
export declare function testFilesUnder(root: string, inRun: ReadonlySet<string>): string[];
/** The project module a qualified name lives in, and the member inside it, from the importing file's point of view. */
export declare function resolveModule(fromFile: string, qualified: string): {
    file: string;
    member: string;
    module: string;
} | null;
/** The lookup a file's analysis uses to see the project modules it imports. */
export declare function projectLookup(file: string, depth?: number, calledCallbacks?: ReadonlySet<string>): ProjectLookup;

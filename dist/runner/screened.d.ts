import type { FileResult, ProjectFacts } from './process-file.js';
import { type RunIndex } from './project.js';
/** A screen's result, or the project facts of a test module outside the run. */
type Screened = ProjectFacts & Pick<FileResult, 'path' | 'deferred'>;
export declare class ScreenedFacts {
    /** The run's files, in its order. */
    private readonly files;
    /** The directories the run was given. */
    private readonly runRoots;
    /** For each import word, the files (by index) whose import statements hold it, in the order they came. */
    private readonly postings;
    /** Per index whose words are in postings: its module's last name (moduleBasename). */
    private readonly basenames;
    /** Per project directory outside the run: the first analysed file (by index) in it, and its test modules. */
    private readonly outside;
    private inRun;
    constructor(
    /** The run's files, in its order. */
    files: readonly string[], 
    /** The directories the run was given. */
    runRoots: string[]);
    /** A file's screen, at its index among the run's files (in any order). */
    add(index: number, r: Screened): void;
    /** A file whose screen came from the cache: only what a run that analyses it needs at once (its words are indexed when asked for). */
    addKept(index: number, r: Screened): void;
    private addWords;
    private addOutside;
    /** The test modules of the analysed files' projects outside the run (projectOutside), by the first analysed file of each, in the run's order. */
    testsOutside(): string[];
    /**
     * The importers of the modules to analyse: for each last name of a deferred
     * file's module, the files of the run whose import statements hold that word.
     * The callers of a function live among its module's importers; only the words
     * the analysis can ask about are kept, so the index stays small to send.
     * With them, the files that set an attribute to a test double. `all` is the
     * run's screens in its order, then the test modules outside it.
     */
    importers(all: Screened[], deferred: string[]): RunIndex;
}
export {};

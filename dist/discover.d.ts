export declare const DEFAULT_EXCLUDES: string[];
export interface DiscoverOptions {
    /** Directory and file names never walked (the config's `exclude` replaces DEFAULT_EXCLUDES). */
    baseExcludes?: string[];
    exclude: string[];
    respectGitignore: boolean;
    /** Apply the excludes to files named on the command line too (for pre-commit). */
    forceExclude: boolean;
    /** Called with each new file and the number found so far (the runner starts its pool at enough). */
    onFound?: (file: string, count: number) => void;
}
export interface Discovered {
    files: string[];
    /** Paths that could not be walked, with the reason. */
    errors: {
        path: string;
        error: string;
    }[];
    /** Named paths that yield no file to check, with why (nothing there, or everything excluded and by what). */
    warnings: {
        path: string;
        warning: string;
    }[];
}
export declare function discover(paths: string[], options: DiscoverOptions, cwd?: string): Discovered;

/**
 * Removes this process's temporary files from the directories of `files` (and
 * of their symlink targets): what a run interrupted by SIGINT or SIGTERM left
 * mid-write. Every worker is a thread of this process, so its files carry the
 * same pid.
 */
export declare function removeTempFiles(files: Iterable<string>): number;
export declare function writeFileAtomic(file: string, data: Uint8Array, mode: number, owner?: {
    uid: number;
    gid: number;
}): void;

// What an analysis read besides its own file: the project modules it
// summarised, the importers it searched for callers, the files it looked for
// and did not find (`pkg/helpers.py`, a pyproject.toml), and the project
// settings files. The cache (cache.ts) keeps analysis results only while every
// one of these is as it was. Each thread keeps its own log; the runner takes
// it after each analysed file.
import { statSync } from 'node:fs';
import path from 'node:path';
const noted = new Set();
/** A path the analysis read, or looked for (whether or not it exists). */
export function noteDependency(file) {
    noted.add(path.isAbsolute(file) ? file : path.resolve(file));
}
/** The paths noted since the last call, and a fresh log. */
export function takeDependencies() {
    const out = [...noted];
    noted.clear();
    return out;
}
/** A file's size, modification time and inode: what ruff's cache keys a file by, and ours too. */
export function statSignature(st) {
    return `${st.size}:${st.mtimeMs}:${st.ino}`;
}
/**
 * What a dependency is now: missing, a directory, or a file of this size and
 * modification time (ruff's cache keys files the same way). A change to any of
 * these makes the analyses that read it stale.
 */
export function dependencySignature(file) {
    const st = statOrNull(file);
    return !st ? 'none' : st.isDirectory() ? 'dir' : statSignature(st);
}
/**
 * A path's stat, or null where there is none to be had. A missing file returns
 * rather than throws: a third of the lib directory's kept dependencies are
 * modules looked for and not found, and an exception each cost more than the stat.
 */
export function statOrNull(file) {
    try {
        return statSync(file, { throwIfNoEntry: false }) ?? null;
    }
    catch {
        // Ex) EACCES, ENOTDIR, ELOOP
        return null;
    }
}

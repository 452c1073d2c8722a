// Path questions several parts ask the same way.
import path from 'node:path';
/** Is `file` the directory `dir` or inside it (both absolute)? */
export function isWithin(dir, file) {
    return file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

// Atomic replacement of a file: write a temporary file beside it, check that
// every byte reached it, fsync, then rename over the original.
//
// Written here rather than taken from write-file-atomic: its sync path ignores
// the count that fs.writeSync returns, so a short write (a file-size limit,
// `ulimit -f`) was renamed over the original and truncated it. Measured with
// write-file-atomic 7.0.1 under `ulimit -f 2`: a 3 KB file left at 2 KB.
import { chmodSync, chownSync, closeSync, fstatSync, fsyncSync, openSync, readdirSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

let counter = 0;
/** This thread's id, read on the first write: node:worker_threads costs a check-only run 1.7 ms to load. */
let thread: number | undefined;

/** The temporary name: hidden, and never ending in `.py`, so no later run mistakes a leftover for source. */
function tempName(file: string): string {
  counter += 1;
  thread ??= (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).threadId;
  return path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARK}${process.pid}-${thread}-${counter}.tmp`);
}

const TEMP_MARK = '.pysockfix-';

/**
 * Removes this process's temporary files from the directories of `files` (and
 * of their symlink targets): what a run interrupted by SIGINT or SIGTERM left
 * mid-write. Every worker is a thread of this process, so its files carry the
 * same pid.
 */
export function removeTempFiles(files: Iterable<string>): number {
  const dirs = new Set<string>();
  for (const f of files) {
    dirs.add(path.dirname(f));
    try {
      dirs.add(path.dirname(realpathSync(f)));
    } catch {
      // gone, or a broken link: its own directory is enough
    }
  }
  const mine = `${TEMP_MARK}${process.pid}-`;
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.startsWith('.') || !name.endsWith('.tmp') || !name.includes(mine)) continue;
      try {
        unlinkSync(path.join(dir, name));
        removed++;
      } catch {
        // removed already
      }
    }
  }
  return removed;
}

export function writeFileAtomic(file: string, data: Uint8Array, mode: number, owner?: { uid: number; gid: number }): void {
  const tmp = tempName(file);
  const fd = openSync(tmp, 'wx', 0o600);
  let renamed = false;
  try {
    for (let offset = 0; offset < data.length; ) {
      const written = writeSync(fd, data, offset, data.length - offset, offset);
      if (written <= 0) throw new Error(`short write to ${tmp} (${offset} of ${data.length} bytes)`);
      offset += written;
    }
    fsyncSync(fd);
    // A test hook: hold the temporary file open so that a test can interrupt the run mid-write.
    const hold = Number(process.env.PYSOCKFIX_TEST_HOLD_WRITE_MS ?? 0);
    if (hold > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, hold);
    const size = fstatSync(fd).size;
    if (size !== data.length) throw new Error(`wrote ${size} of ${data.length} bytes`);
    closeSync(fd);
    chmodSync(tmp, mode);
    if (owner && process.getuid?.() === 0) chownSync(tmp, owner.uid, owner.gid);
    renameSync(tmp, file);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(tmp);
      } catch {
        // nothing to clean up
      }
    }
  }
}

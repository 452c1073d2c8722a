// The jscodeshift-style runner: a worker pool for many files, the main thread
// for a few (or --jobs 1). Results come back in the order of the input files.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { initParser } from '../parse.js';
import { processFile, type FileResult, type ProcessOptions } from './process-file.js';

/** Below this many files a pool costs more to start than it saves. */
const POOL_THRESHOLD = 64;
const CHUNK = 32;

export async function runFiles(
  files: string[],
  options: ProcessOptions,
  jobs: number | undefined,
  onResult?: (done: number, total: number) => void,
): Promise<FileResult[]> {
  const threads = Math.max(1, jobs ?? availableParallelism());
  if (threads === 1 || files.length < POOL_THRESHOLD) {
    await initParser();
    return files.map((f, i) => {
      const r = processFile(f, options);
      onResult?.(i + 1, files.length);
      return r;
    });
  }
  const pool = new Tinypool({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    const chunks: string[][] = [];
    for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
    let done = 0;
    const results = await Promise.all(
      chunks.map(async (chunk) => {
        const r: FileResult[] = await pool.run({ files: chunk, options });
        done += chunk.length;
        onResult?.(done, files.length);
        return r;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

// The cache, in the manner of ruff's: `.pysockfix_cache/<version>/<key>.json`
// beside the project's configuration (or in the working directory), where the
// key hashes the tool's build and every setting that can change a result. For
// each file it keeps what the run learnt of it: the screen's result (final for
// the files that cannot hold a finding, and the project-wide facts of the
// others) and, for the files analysed, the analysis's result with the facts it
// was made under.
//
// A file's entry holds while the file holds the same bytes: its size,
// modification time and inode first (a stat), and when those moved, the hash
// of its content (a `touch` or a checkout of the same text costs a read, not an
// analysis). An analysis result holds while, besides, the run's project-wide
// facts are the same (which files import which modules, tests that replace a
// module's socket, test doubles) and every file any analysis of the run read
// or looked for (modules, callers, pyproject.toml: deps.ts) is as it was.
//
// Each run writes the whole file atomically (a temporary file renamed over
// it): concurrent runs each leave a complete cache, the last one wins, and a
// reader never sees half a file. A cache that cannot be read is ignored and
// rebuilt; one that cannot be written costs the next run its speed, nothing
// else.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, type Dirent, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from './atomic-write.js';
import { dependencySignature, statOrNull, statSignature } from './deps.js';
import type { FileResult } from './process-file.js';

/** The cache file's own format; a different one is ignored. */
const FORMAT = 3;
/** A file modified this close to the run is kept without its stat signature (checked by content next time). */
const RACY_MS = 2000;

/** A file's result as kept: no timings, no path (the entry's key). */
type Usual = 'status' | 'findings' | 'suppressed' | 'unusedSuppressions';
export type CachedResult = Partial<Pick<FileResult, Usual>> & Omit<FileResult, Usual | 'path' | 'timings' | 'dependencies' | 'signature' | 'contentHash'>;

export interface CacheEntry {
  /** size:mtimeMs:ino when read ('' when too recent to trust). */
  sig: string;
  /** SHA-1 of the file's bytes. */
  hash: string;
  screen: CachedResult;
  /** The analysis's result, and the hash of the run facts it was made under. */
  analysis?: { facts: string; result: CachedResult };
}

interface CacheFile {
  format: number;
  /** Every file the kept analyses read or looked for, with its signature then. */
  deps: Record<string, string>;
  files: Record<string, CacheEntry>;
  /** The run facts of the run that wrote it (the same for a run whose every screen it kept). */
  facts?: string;
}

/**
 * node:crypto, loaded on the first hash: loading it (with OpenSSL's configuration and the CA
 * bundle it reads) cost a one-file --no-cache run 8-12 ms that run never used.
 */
let crypto: typeof import('node:crypto') | undefined;

function sha1(): import('node:crypto').Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.createHash('sha1');
}

export function contentHash(bytes: Uint8Array): string {
  return sha1().update(bytes).digest('hex');
}

export function hashOf(value: unknown): string {
  return sha1().update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

let build: string | null = null;

/** The tool's build: its version and the size and time of each of its modules and grammar files (a rebuilt tool starts afresh). */
function buildId(version: string): string {
  if (build) return build;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, '..', '..');
  const stats: string[] = [version];
  // (A stat only for the files that count: the listing's types tell the folders, and dist's type declarations are half its files.)
  const walk = (d: string, rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const e of entries) {
      const p = `${d}${path.sep}${e.name}`;
      if (e.isDirectory()) walk(p, `${rel}${path.sep}${e.name}`);
      else if (/\.(c?js|wasm|scm|json)$/.test(e.name)) {
        const st = statSync(p, { throwIfNoEntry: false });
        if (st?.isFile()) stats.push(`${rel}${path.sep}${e.name}:${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(path.join(root, 'dist'), 'dist');
  walk(path.join(root, 'grammars', 'python'), path.join('grammars', 'python'));
  return (build = hashOf(stats));
}

export class RunCache {
  private readonly previous: CacheFile;
  private depsChecked: boolean | null = null;
  /** The signature lookupAll() found of each file it stat'ed (as dependencySignature() gives a file's): most of the kept analyses' dependencies are files of the run. */
  private readonly statsTaken = new Map<string, string>();
  /** An entry's signature was renewed (its file touched, its bytes the same). */
  private renewed = false;
  private readonly started = Date.now();

  private constructor(
    /** The cache file of this build and these settings. */
    readonly file: string,
    private readonly dir: string,
  ) {
    this.previous = { format: FORMAT, deps: {}, files: {} };
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (data?.format === FORMAT && data.files && data.deps) this.previous = data;
    } catch {
      // Ex) no cache yet, or one cut short by a full disk: start afresh
    }
  }

  /** The cache for a run with these settings, under `dir` (`.pysockfix_cache`). */
  static open(dir: string, version: string, settings: unknown): RunCache {
    const key = hashOf({ build: buildId(version), settings });
    return new RunCache(path.join(dir, version, `${key}.json`), dir);
  }

  /**
   * The entries of the files whose content is as when kept. The stats are
   * synchronous: 13,351 of them, of files whose inodes the walk has just
   * passed, took 65 ms less of a 0.44 s warm run than the same stats in
   * batches on libuv's thread pool (each callback and promise cost more than
   * its stat), and no more with the kernel's caches dropped.
   */
  lookupAll(files: string[]): Map<string, CacheEntry> {
    const found = new Map<string, CacheEntry>();
    for (const f of files) {
      if (this.previous.files[f] === undefined) continue;
      const st = statOrNull(f);
      const sig = st ? statSignature(st) : '';
      if (st && !st.isDirectory()) this.statsTaken.set(f, sig);
      const entry = this.check(f, st, sig);
      if (entry) found.set(f, entry);
    }
    return found;
  }

  /** The entry of a file whose content is as when it was kept, or null. */
  private check(file: string, st: Stats | null, sig: string): CacheEntry | null {
    const entry = this.previous.files[file];
    if (!entry || !st) return null;
    if (entry.sig && entry.sig === sig) return entry;
    // Ex) touch app.py, or git checkout of the same text: the time moved, the bytes did not
    try {
      if (contentHash(readFileSync(file)) !== entry.hash) return null;
    } catch {
      return null;
    }
    entry.sig = this.trusted(st) ? sig : '';
    this.renewed = true;
    return entry;
  }

  /** Does the cache hold any file's result (a run of these settings was cached here before)? */
  keepsAny(): boolean {
    for (const _ in this.previous.files) return true;
    return false;
  }

  /** Does the cache hold a result for this file (of any content)? */
  holds(file: string): boolean {
    return this.previous.files[file] !== undefined;
  }

  /**
   * Are the files the kept analyses read (modules, callers, settings files) as they were? Checked once
   * per run: a file of the run by the stat lookupAll() took of it (1,628 of the python3 lib directory's
   * 2,183), the others by a stat each.
   */
  dependenciesHold(): boolean {
    if (this.depsChecked === null) {
      this.depsChecked = Object.entries(this.previous.deps).every(([p, sig]) => (this.statsTaken.get(p) ?? dependencySignature(p)) === sig);
    }
    return this.depsChecked;
  }

  /** A time this close to the run may still move within its tick: keep the content hash only. */
  private trusted(st: { mtimeMs: number }): boolean {
    return st.mtimeMs < this.started - RACY_MS;
  }

  /**
   * Writes the cache of this run: an entry per file given, and the files the
   * kept analyses depend on. Failures are silent: a cache only saves time.
   */
  save(entries: Map<string, CacheEntry>, deps: Iterable<string>, facts: string | undefined): void {
    const files: Record<string, CacheEntry> = {};
    for (const [file, e] of entries) {
      const mtime = Number(e.sig.split(':')[1]);
      files[file] = { ...e, sig: e.sig && Number.isFinite(mtime) && this.trusted({ mtimeMs: mtime }) ? e.sig : '' };
    }
    const depSigs: Record<string, string> = {};
    for (const p of deps) depSigs[p] = this.previous.deps[p] !== undefined && this.depsChecked ? this.previous.deps[p] : dependencySignature(p);
    const data: CacheFile = { format: FORMAT, deps: depSigs, files, facts };
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      // As ruff does: the cache directory ignores itself, and says it is a cache (https://bford.info/cachedir/)
      const ignore = path.join(this.dir, '.gitignore');
      if (!existsSync(ignore)) writeFileSync(ignore, '# Automatically created by pysockfix.\n*\n');
      const tag = path.join(this.dir, 'CACHEDIR.TAG');
      if (!existsSync(tag)) writeFileSync(tag, 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by pysockfix.\n');
      writeFileAtomic(this.file, Buffer.from(JSON.stringify(data)), 0o644);
    } catch {
      // Ex) a read-only checkout: the next run is cold, and right
    }
  }

  /** Did this run renew a signature (so the cache file is worth writing again)? */
  touched(): boolean {
    return this.renewed;
  }

  /** Does the cache file hold exactly these files (no more, no fewer)? */
  holdsExactly(files: string[]): boolean {
    return Object.keys(this.previous.files).length === files.length && files.every((f) => this.previous.files[f] !== undefined);
  }

  /** The run facts of the run that wrote the cache. */
  previousFacts(): string | undefined {
    return this.previous.facts;
  }

  /** The previous dependencies (kept while analyses made under them are kept). */
  previousDependencies(): string[] {
    return Object.keys(this.previous.deps);
  }
}

/** A result without what is not kept, nor the fields most files have as they start (13,000 files' worth of `"findings":[]`). */
export function cachedResult(r: FileResult): CachedResult {
  const { path: _p, timings: _t, dependencies: _d, signature: _s, contentHash: _h, ...rest } = r;
  const out: CachedResult = { ...rest };
  if (out.status === 'unchanged') delete out.status;
  if (!out.findings?.length) delete out.findings;
  if (!out.suppressed) delete out.suppressed;
  if (!out.unusedSuppressions?.length) delete out.unusedSuppressions;
  return out;
}

/** A kept result as a file's result again. */
export function restoredResult(c: CachedResult, file: string): FileResult {
  return { status: 'unchanged', findings: [], suppressed: 0, unusedSuppressions: [], ...c, path: file };
}

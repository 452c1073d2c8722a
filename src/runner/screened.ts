// What the runner gathers from the screen's results while the workers are still screening: the
// words of each file's import statements as an index (word -> files), and the test modules of the
// projects outside the run that its analysed files belong to. The main thread is idle while the
// workers screen, and the analysis cannot start before both are known: made after the screen, on the
// lib directory, the index took 100-150 ms (195,000 words of 10,600 files split, then looked up in
// each of two hops) and the tests outside 90 ms (a walk of ~/.pyenv, the project above the lib
// directory), while both workers waited.
import path from 'node:path';
import type { FileResult, ProjectFacts } from './process-file.js';
import { moduleBasename, projectOutside, testFilesUnder, type RunIndex } from './project.js';

/** A screen's result, or the project facts of a test module outside the run. */
type Screened = ProjectFacts & Pick<FileResult, 'path' | 'deferred'>;

/** How many modules away from a module to analyse the index finds importers: each is one parameter passed on. */
const IMPORTER_HOPS = 2;
/** Past the first hop, a module with more importers than this gets no entry in the index. */
const MAX_FAR_IMPORTERS = 8;

export class ScreenedFacts {
  /** For each import word, the files (by index) whose import statements hold it, in the order they came. */
  private readonly postings = new Map<string, number[]>();
  /** Per index whose words are in postings: its module's last name (moduleBasename). */
  private readonly basenames = new Map<number, string>();
  /** Per project directory outside the run: the first analysed file (by index) in it, and its test modules. */
  private readonly outside = new Map<string, { first: number; tests: string[] }>();
  private inRun: Set<string> | null = null;

  constructor(
    /** The run's files, in its order. */
    private readonly files: readonly string[],
    /** The directories the run was given. */
    private readonly runRoots: string[],
  ) {}

  /** A file's screen, at its index among the run's files (in any order). */
  add(index: number, r: Screened): void {
    this.addWords(index, r);
    // Ex) pre-commit names src/waitress/wasyncore.py: tests/test_wasyncore.py hands its handle_accepted() a double
    if (r.deferred) this.addOutside(index, r.path);
  }

  /** A file whose screen came from the cache: only what a run that analyses it needs at once (its words are indexed when asked for). */
  addKept(index: number, r: Screened): void {
    if (r.deferred) this.addOutside(index, r.path);
  }

  private addWords(index: number, r: Screened): void {
    if (this.basenames.has(index)) return;
    this.basenames.set(index, moduleBasename(r.path));
    if (!r.importWords) return;
    for (const w of r.importWords.split(' ')) {
      const list = this.postings.get(w);
      if (list) list.push(index);
      else this.postings.set(w, [index]);
    }
  }

  private addOutside(index: number, file: string): void {
    const root = projectOutside(file, this.runRoots);
    if (!root) return;
    const known = this.outside.get(root);
    if (known) known.first = Math.min(known.first, index);
    else this.outside.set(root, { first: index, tests: testFilesUnder(root, (this.inRun ??= new Set(this.files.map((f) => (path.isAbsolute(f) ? path.normalize(f) : path.resolve(f)))))) });
  }

  /** The test modules of the analysed files' projects outside the run (projectOutside), by the first analysed file of each, in the run's order. */
  testsOutside(): string[] {
    return [...this.outside.values()].sort((a, b) => a.first - b.first).flatMap((r) => r.tests);
  }

  /**
   * The importers of the modules to analyse: for each last name of a deferred
   * file's module, the files of the run whose import statements hold that word.
   * The callers of a function live among its module's importers; only the words
   * the analysis can ask about are kept, so the index stays small to send.
   * With them, the files that set an attribute to a test double. `all` is the
   * run's screens in its order, then the test modules outside it.
   */
  importers(all: Screened[], deferred: string[]): RunIndex {
    all.forEach((r, i) => this.addWords(i, r));
    const importers: Record<string, string[]> = {};
    // Ex) server.py: relay(sock.accept()[0]); relay.py: def relay(conn): finish(conn); util.py: def finish(s): s.close()
    // (a parameter passed on: the importers of a deferred module's importers, up to IMPORTER_HOPS modules away)
    let frontier = new Set(deferred.map(moduleBasename));
    for (let hop = 0; hop < IMPORTER_HOPS && frontier.size; hop++) {
      for (const w of frontier) importers[w] = [];
      const hits = new Set<number>();
      for (const w of frontier) {
        const list = this.postings.get(w);
        if (!list) continue;
        // (the screen's chunks come back in any order)
        list.sort((a, b) => a - b);
        for (const i of list) {
          importers[w].push(all[i].path);
          hits.add(i);
        }
      }
      const next = new Set<string>();
      for (const i of [...hits].sort((a, b) => a - b)) {
        const b = this.basenames.get(i)!;
        if (!Object.hasOwn(importers, b)) next.add(b);
      }
      // Ex) util.py, imported by 300 modules of a tree: past the first hop, so long a list is not sent to every worker (it made
      // the lib directory's index 10x larger); without an entry the module's callers stay unknown, as for one no module imports
      if (hop > 0) for (const w of frontier) if (importers[w].length > MAX_FAR_IMPORTERS) delete importers[w];
      frontier = next;
    }
    const doubles: Record<string, string[]> = {};
    const callbacks: Record<string, string[]> = {};
    for (const r of all) {
      for (const attr of r.doubles ?? []) (doubles[attr] ??= []).push(r.path);
      for (const p of r.patches ?? []) if (p.startsWith('callback:')) (callbacks[p.slice('callback:'.length)] ??= []).push(r.path);
    }
    return { importers, doubles, callbacks, roots: this.runRoots };
  }
}

// What the `pysockfix` launcher (cli.ts) lends the one-file bundle it runs.
// The bundle runs through vm.Script, for V8's code cache, where import() has
// no module loader and where V8's flags must stay as they were at compile
// time until the cache is written.

export interface Launcher {
  /** import() from the launcher's own module, which has the loader the bundle lacks. */
  import(specifier: string): Promise<unknown>;
  /**
   * This run writes the code cache at exit: V8 flags must not change (the cache holds their hash).
   * A run that hands its files to worker threads turns it off (run.ts): the functions they ran were
   * not compiled in this thread, so its entry would leave a later one-file run to compile them.
   */
  writesCodeCache: boolean;
  /** What became of V8's code cache for this run: --timings prints it. */
  codeCache: 'off' | 'none' | 'rejected' | 'accepted';
}

/** The launcher, when the bundle runs under it; undefined when dist/main.js runs as modules. */
export function launcher(): Launcher | undefined {
  return Reflect.get(globalThis, Symbol.for('pysockfix.launcher')) as Launcher | undefined;
}

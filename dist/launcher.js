// What the `pysockfix` launcher (cli.ts) lends the one-file bundle it runs.
// The bundle runs through vm.Script, for V8's code cache, where import() has
// no module loader and where V8's flags must stay as they were at compile
// time until the cache is written.
/** The launcher, when the bundle runs under it; undefined when dist/main.js runs as modules. */
export function launcher() {
    return Reflect.get(globalThis, Symbol.for('pysockfix.launcher'));
}

// The run's clock for timings (--timings, the benchmark's breakdown).
//
// Not performance.now(): the global `performance` loads node:perf_hooks on first use, 3-8 ms of a
// one-file run (measured against process.hrtime(), which is loaded with the process).
/** Milliseconds from an arbitrary origin, like performance.now(). */
export function now() {
    const [s, ns] = process.hrtime();
    return s * 1e3 + ns / 1e6;
}

// The jscodeshift-style runner: a worker pool for many files, the main thread
// for a few (or --jobs 1). Results come back in the order of the input files.
//
// It runs in two phases. The screen reads every file, decodes it, applies the
// rules' prefilters and notes the project-wide facts (tests that replace a
// module's `socket` global); most files end there. The files that may hold a
// finding are then analysed, with those facts, in the second phase.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Workers } from './workers.js';
import { initParser } from '../parse.js';
import { launcher } from '../launcher.js';
import { removeTempFiles } from './atomic-write.js';
import { processFile, screenOutside } from './process-file.js';
import { eligible } from '../lint.js';
import { cachedResult, hashOf, restoredResult } from './cache.js';
import { shareRunIndex } from './project.js';
import { ScreenedFacts } from './screened.js';
import { absoluteModule } from './patches.js';
/** Below this many files a pool costs more to start than it saves. */
export const POOL_THRESHOLD = 64;
const CHUNK = 32;
/** A screen chunk: the screen is cheap per file, and each task costs a message both ways and tinypool's memoryUsage() (0.2 ms). */
const SCREEN_CHUNK = 96;
/**
 * Up to this many files to parse, a run is start-up bound (pre-commit on a few files). Five changed
 * files of 190 KB (asyncore, ftplib, mailbox, nntplib, poplib) in a warm project: 1,169 -> 1,107 ms,
 * and 1,386 -> 1,030 ms of CPU, at 8 instead of 4 (interleaved, 8 runs each).
 */
const QUICK_START_FILES = 8;
/** ...and hold this many bytes: a bigger parse wants V8's optimized WASM (measured: 1.4-2.4x faster on 1-5 MB). */
const QUICK_START_BYTES = 256 * 1024;
function totalSize(files) {
    return files.reduce((total, f) => total + fileSize(f), 0);
}
/**
 * V8's optimizing compiler and young-generation GC, tuned for the workers. Each worker is an isolate of its own, so each
 * compiles the analysis anew: on a cold run of the python3 lib directory TurboFan spent 7.0 s (284
 * compiles, `--trace-opt`, one thread) and a run of two workers took 3.3 s more CPU than one thread.
 * Most of those functions are hot for a few files only. Waiting 8x longer before optimizing, and
 * inlining half as much, cut the compiles to 0.6 s (125 compiles) and the run's CPU by 9-14% (14.5 -> 13.2 s,
 * 8 interleaved runs; wall 7.7 -> 7.1 s) with the same speed on four copies of the tree (27.0 ->
 * 27.7 s, within the host's noise). Not for a run in this thread: the launcher's code cache holds
 * V8's flags, and a few files' run wants its hot functions optimized soon (ftplib.py, five
 * pre-commit files: 290 -> 318 and 551 -> 621 ms wall with these flags). Process-wide, set when the
 * first pool starts: the main thread, idle while the workers run, keeps the code it has, and writes
 * no code cache entry (which would hold these flags).
 *
 * And each worker's scavenges in its own thread: V8 otherwise hands parts of each to its platform
 * threads, which on two cores already busy with the two workers only take CPU from the other worker
 * (`perf`: the platform threads' scavenging was about a sixth of their 17% of the run's samples).
 * Corpus 1 cold, interleaved, three rounds on a loaded host (10, 8 and 12 runs): 7.50 -> 7.19, 8.61 -> 8.50
 * and 8.73 -> 8.17 s wall (CPU 13.8 -> 13.4, 14.1 -> 14.4 and 14.6 -> 14.4 s).
 */
const POOL_V8_FLAGS = ['--interrupt-budget=540672', '--max-inlined-bytecode-size-cumulative=460', '--no-parallel-scavenge'];
/** A pool started while the files were still being found (poolStarter): the next runFiles takes it. */
let early = null;
/** When this process last started a pool, for --timings. */
let poolStart = 'none';
/** The module the last pool's workers loaded (--timings). */
let poolModule = null;
/** When this process last started a worker pool (--timings). */
export function poolStarted() {
    return poolStart;
}
/** The file name of the module the last pool's workers loaded, or null (--timings). */
export function poolWorkerModule() {
    return poolModule;
}
function newPool(Pool, threads) {
    // The workers run the analysis: this thread's code cache entry would lack it (launcher.ts).
    const lent = launcher();
    if (lent) {
        lent.writesCodeCache = false;
        // Only in the command's own process (the launcher's), never in a program that loaded the library.
        for (const flag of POOL_V8_FLAGS)
            v8.setFlagsFromString(flag);
    }
    const filename = workerFile();
    return new Workers(() => new Pool({
        filename,
        minThreads: 1,
        maxThreads: 1,
        // A second task waits in the worker: it starts the moment the first ends, not a message later (2-14% of a screen's time).
        concurrentTasksPerWorker: 2,
    }), threads);
}
/**
 * The worker's module: its one-file bundle (scripts/bundle.mjs) where the build made one beside this
 * module, which two workers loaded in 240-330 ms against 540-1,000 ms for the forty ES modules it
 * bundles (tinypool, time to both workers' first task, on a loaded host); the ES module otherwise
 * (the sources, under the tests).
 */
function workerFile() {
    const bundled = fileURLToPath(new URL('./worker.mjs', import.meta.url));
    const file = existsSync(bundled) ? bundled : fileURLToPath(new URL('./worker.js', import.meta.url));
    poolModule = path.basename(file);
    return file;
}
/**
 * What starts the worker pool ahead of runFiles: main.ts calls it when a walk has found
 * POOL_THRESHOLD files of a cold run, so the threads load their modules and the parser while
 * the walk goes on (they took 0.1-0.2 s after it on the python3 lib directory). A no-op for --jobs 1.
 */
export async function poolStarter(jobs) {
    const threads = Math.max(1, jobs ?? availableParallelism());
    if (threads === 1)
        return () => { };
    const { default: Pool } = await loadTinypool();
    return () => {
        if (early)
            return;
        early = { pool: newPool(Pool, threads), threads };
        poolStart = 'during the walk';
    };
}
export async function runFiles(files, options, jobs, onResult, 
/** Each file when its analysis is done (for -v). */
onFile, 
/** The run's cache (cache.ts), or none (--no-cache, stdin). */
cache) {
    const threads = Math.max(1, jobs ?? availableParallelism());
    // Taken here, so that this run's end stops it even if no phase needs it (a warm cache).
    let pool = early?.threads === threads ? early.pool : null;
    const unused = early && !pool ? early.pool : null;
    early = null;
    await unused?.destroy();
    let done = 0;
    const tick = (n) => {
        done += n;
        onResult?.(Math.min(done, files.length), files.length);
    };
    const inMain = async (list, opts, onChunk) => {
        if (!opts.screen && list.length)
            await initParser({ quickStart: list.length <= QUICK_START_FILES && totalSize(list) <= QUICK_START_BYTES });
        const out = [];
        for (const f of list) {
            out.push(processFile(f, opts));
            if (!opts.screen) {
                tick(1);
                onFile?.(f);
            }
            // Ex) Ctrl-C during --write --jobs 1: the signal handler runs between files, never mid-write
            if (opts.mode === 'write' && !opts.screen)
                await new Promise((resolve) => setImmediate(resolve));
        }
        onChunk?.(out, 0);
        return out;
    };
    const inPool = async (list, opts, onChunk) => {
        // Loaded only for runs big enough to use it: one file stays at start-up cost.
        if (!pool) {
            pool = newPool((await loadTinypool()).default, threads);
            poolStart = 'after the walk';
        }
        // Screening is cheap per file: big chunks, a second one waiting in each worker. The analysis is
        // not, and a few files cost most of it (test_socket.py alone is 5% of the stdlib's): chunks of
        // about the same bytes, one at a time in each worker, keep both workers busy to the end.
        const chunks = opts.screen ? inOrder(list, SCREEN_CHUNK) : analysisChunks(list, threads);
        const results = await pool.run(chunks.map((files) => ({ files, options: opts })), (r, k) => {
            // (Only the screen has an onChunk: its chunks are all SCREEN_CHUNK files but the last.)
            onChunk?.(r, k * SCREEN_CHUNK);
            if (!opts.screen) {
                tick(chunks[k].length);
                for (const f of chunks[k])
                    onFile?.(f);
            }
        }, opts.screen ? 2 : 1);
        return results.flat();
    };
    const run = (list, opts, onChunk) => (threads === 1 || list.length < POOL_THRESHOLD ? inMain : inPool)(list, opts, onChunk);
    // Ex) SIGINT or SIGTERM during --write: stop the workers, remove the temporary files they left, exit 130 / 143
    const interrupted = (signal) => {
        void (async () => {
            try {
                await pool?.destroy();
            }
            catch {
                // the workers are gone either way
            }
            removeTempFiles(files);
            process.stderr.write(`pysockfix: interrupted (${signal}); files already written are complete, the others are untouched\n`);
            process.exit(signal === 'SIGINT' ? 130 : 143);
        })();
    };
    const signals = options.mode === 'write' ? ['SIGINT', 'SIGTERM'] : [];
    for (const s of signals)
        process.once(s, interrupted);
    try {
        // Ex) a second run over an unchanged tree: every file's screen is in the cache, and so is each analysis
        const kept = cache ? cache.lookupAll(files) : new Map();
        // The index of each fresh file among the run's files
        const freshAt = [];
        if (kept.size)
            files.forEach((f, i) => kept.has(f) || freshAt.push(i));
        const gathered = new ScreenedFacts(files, options.runRoots ?? []);
        // (each chunk's facts while the other chunks are screened)
        const fresh = await run(kept.size ? freshAt.map((i) => files[i]) : files, { ...options, screen: true, cacheable: !!cache }, (results, first) => results.forEach((r, k) => gathered.add(kept.size ? freshAt[first + k] : first + k, r)));
        const freshByPath = new Map(fresh.map((r) => [r.path, r]));
        const screened = kept.size ? files.map((f) => freshByPath.get(f) ?? restoredResult(kept.get(f).screen, f)) : fresh;
        if (kept.size)
            files.forEach((f, i) => kept.has(f) && gathered.addKept(i, screened[i]));
        const deferred = screened.filter((r) => r.deferred).map((r) => r.path);
        const outside = gathered.testsOutside();
        const tests = outside.map((f) => screenOutside(f, options.maxFileSize)).filter((r) => r !== null);
        const patched = new Set(options.patchedModules ?? []);
        for (const r of [...screened, ...tests]) {
            for (const m of r.patches ?? []) {
                // Ex) from . import patched; patched.socket = mock   (in pkg/tests/test_x.py: pkg.tests.patched)
                const name = m.startsWith('.') ? absoluteModule(m, r.path) : m;
                if (name)
                    patched.add(name);
            }
        }
        if (onFile)
            for (const r of screened)
                if (!r.deferred)
                    onFile(r.path);
        tick(files.length - deferred.length);
        const modules = [...patched].filter((m) => !m.startsWith('callback:')).sort();
        const calledCallbacks = [...patched].filter((m) => m.startsWith('callback:')).map((m) => m.slice('callback:'.length)).sort();
        let index = null;
        const indexOfRun = () => (index === null ? (index = deferred.length ? gathered.importers([...screened, ...tests], deferred) : undefined) : index);
        // Ex) a second run over an unchanged tree: every file of the run is as the cache has it (and no test outside it was read)
        const sameFiles = !!cache && !fresh.length && !outside.length && cache.holdsExactly(files);
        // What every analysis of this run is made under, besides its own file and what it reads. With the
        // same files, every screen is the last run's, so the facts are its facts.
        const facts = cache ? ((sameFiles ? cache.previousFacts() : undefined) ?? hashOf({ modules, calledCallbacks, index: indexOfRun() })) : '';
        // (Asked once, and only where some kept analysis was made under these facts.)
        const depsHold = !!cache && deferred.some((f) => kept.get(f)?.analysis?.facts === facts) && cache.dependenciesHold();
        const reuse = (f) => {
            const a = kept.get(f)?.analysis;
            if (!a || a.facts !== facts || !depsHold)
                return null;
            // Ex) --write after a check run: a file with a fix to apply is analysed again, to apply it
            return options.mode !== 'check' && a.result.findings?.some((f) => eligible(f, options)) ? null : a.result;
        };
        const reused = new Map();
        if (cache) {
            for (const f of deferred) {
                const r = reuse(f);
                if (r)
                    reused.set(f, restoredResult(r, f));
            }
        }
        const toAnalyse = reused.size ? deferred.filter((f) => !reused.has(f)) : deferred;
        const shared = toAnalyse.length ? indexOfRun() : undefined;
        const runIndex = shared ? shareRunIndex(shared) : undefined;
        const analysed = await run(toAnalyse, {
            ...options,
            screen: false,
            patchedModules: modules,
            calledCallbacks,
            runIndex,
            cacheable: !!cache,
        });
        for (const r of reused.values()) {
            analysed.push(r);
            tick(1);
            onFile?.(r.path);
        }
        const byPath = new Map(analysed.map((r) => [r.path, r]));
        // The run facts are recorded for the next run of the same files only when they come from those files
        // alone: tests outside the run may have changed, or gone, by then.
        if (cache)
            saveCache(cache, files, kept, freshByPath, byPath, reused, facts, sameFiles, !outside.length);
        return screened.map((r) => {
            const { patches: _p, importWords: _w, doubles: _d, deferred: isDeferred, signature: _s, contentHash: _h, ...rest } = r;
            if (!isDeferred)
                return rest;
            // The file's time is both phases' time.
            const { dependencies: _deps, signature: _sig, contentHash: _hash, ...full } = byPath.get(r.path);
            const timings = { ...full.timings };
            for (const [k, v] of Object.entries(r.timings ?? {}))
                timings[k] = (timings[k] ?? 0) + v;
            return { ...full, timings };
        });
    }
    finally {
        for (const s of signals)
            process.off(s, interrupted);
        await pool?.destroy();
    }
}
/**
 * The analysis's tasks: the files in their order (a package's modules together, so that one worker
 * summarises their imports once), cut into chunks of about a 16th of each worker's share of the bytes
 * (at most CHUNK files), a file bigger than that alone. Chunks of a count of files put test_socket.py
 * and test_ssl.py (482 KB of the lib directory's 6.3 MB to analyse) in one chunk, which one worker ran
 * at the end while the other waited a second.
 */
export function analysisChunks(list, threads, sizeOf = fileSize) {
    const sizes = list.map(sizeOf);
    const target = Math.max(1, sizes.reduce((a, b) => a + b, 0) / (threads * 16));
    const chunks = [];
    let chunk = [];
    let bytes = 0;
    list.forEach((f, i) => {
        if (chunk.length && (bytes + sizes[i] > target || chunk.length >= CHUNK)) {
            chunks.push(chunk);
            chunk = [];
            bytes = 0;
        }
        chunk.push(f);
        bytes += sizes[i];
    });
    if (chunk.length)
        chunks.push(chunk);
    return chunks;
}
function fileSize(f) {
    try {
        return statSync(f).size;
    }
    catch {
        // reported when the file is read
        return 0;
    }
}
/** The files in their order, `size` to a chunk. */
function inOrder(list, size) {
    const chunks = [];
    for (let i = 0; i < list.length; i += size)
        chunks.push(list.slice(i, i + size));
    return chunks;
}
/**
 * Keeps this run's results for the next: each file's screen, and the analysis
 * of each file analysed whose result is final (not written, not failed), with
 * the files the analyses read. A file that changed between the two phases, or
 * was written, is kept without an analysis (the next run analyses it).
 */
function saveCache(cache, files, kept, fresh, analysed, reused, facts, sameFiles, 
/** The run facts are its files' own (no test outside the run was read): the next run of the same files may take them. */
ownFacts) {
    // Ex) a second run over an unchanged tree, nothing analysed afresh, no entry renewed: the cache already says all of it
    if (sameFiles && analysed.size === reused.size && !cache.touched())
        return;
    const entries = new Map();
    const deps = new Set();
    for (const f of files) {
        const screen = fresh.get(f);
        const old = kept.get(f);
        const sig = screen ? screen.signature : old?.sig;
        const hash = screen ? screen.contentHash : old?.hash;
        // Ex) a file that could not be read (permissions, gone): nothing to keep
        if (sig === undefined || hash === undefined)
            continue;
        const entry = { sig, hash, screen: screen ? cachedResult(screen) : old.screen };
        const a = analysed.get(f);
        if (a && reused.has(f))
            entry.analysis = kept.get(f).analysis;
        else if (a) {
            for (const d of a.dependencies ?? [])
                deps.add(d);
            if (a.contentHash === hash && a.status !== 'changed' && a.status !== 'failed')
                entry.analysis = { facts, result: cachedResult(a) };
        }
        entries.set(f, entry);
    }
    // The analyses kept from before still depend on what they read then.
    if (reused.size)
        for (const d of cache.previousDependencies())
            deps.add(d);
    cache.save(entries, deps, ownFacts ? facts : undefined);
}
/** tinypool is an ES module, so it comes by import(): the launcher's, in the bundle (launcher.ts). */
function loadTinypool() {
    const lent = launcher()?.import;
    return lent ? lent('tinypool') : import('tinypool');
}

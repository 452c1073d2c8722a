#!/usr/bin/env node
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// The `pysockfix` command. It runs the program (main.ts) as one bundled
// script, dist/pysockfix.cjs (scripts/bundle.mjs makes it after tsc), through
// vm.Script with a V8 code cache: V8 then compiles nothing it compiled on an
// earlier run, and Node loads one file instead of some sixty modules. That
// start-up was most of a one-file run (bench/run.mjs, "one file").
//
// It is CommonJS (the package's bin, dist/cli.cjs): Node runs a CommonJS entry
// without starting its ES module loader, which read the entry through
// node:fs/promises (and node:readline with it) and cost a one-file run 15-20 ms
// of CPU (25 interleaved runs of a small file: 275 -> 256 ms, `node -e 0` 163).
// dist/cli.js, the ES module tsc makes of cli.ts, requires this one.
//
// The cache is V8's own (Script#createCachedData), one entry per install, Node
// version and Node flags, kept per user as Node 22's module compile cache is:
// $PYSOCKFIX_CODE_CACHE_DIR, else $XDG_CACHE_HOME/pysockfix/code, else
// ~/.cache/pysockfix/code (%LOCALAPPDATA%\pysockfix\code on Windows). V8
// checks an entry against the source, its own version and its flags, and
// rejects one that does not match; that run then writes a new one.
// PYSOCKFIX_NO_CODE_CACHE=1 turns it off. Failing to read or write it only
// costs time. Without the bundle (a tsc-only build) the modules run as they are.
const node_buffer_1 = require("node:buffer");
const node_fs_1 = require("node:fs");
const node_module_1 = require("node:module");
const node_os_1 = require("node:os");
const node_path_1 = __importDefault(require("node:path"));
const node_v8_1 = __importDefault(require("node:v8"));
const node_vm_1 = __importDefault(require("node:vm"));
const env_cjs_1 = require("./env.cjs");
// V8 grows a heap by up to 4x after a collection when collections are cheap: with 53,000 files' worth
// of short-lived trees and strings the heaps swell although what they keep is small (24 MB). Growing
// by 1.2x keeps peak RSS at 380-400 MB on the python3 lib directory instead of 430-445, and 540
// instead of 700 on four copies of it, at the same speed (bench/, README). Process-wide, so the
// workers' heaps too; set before the code cache is read, on every run, as V8 checks its flags.
node_v8_1.default.setFlagsFromString('--heap-growing-percent=20');
// The young generation: 8 MB semi-spaces instead of Node's 16 hold less garbage between scavenges in
// each of the three isolates (main and two workers). Peak RSS 508-515 -> 460-463 MB on four copies of
// the lib directory and 357-359 -> 314-344 MB on one, at the same time within the host's noise (runs
// interleaved). 4 MB took RSS lower still (424-446 MB on the four copies) but cost 12% more time there:
// more of the analysis's objects reached the old generation.
node_v8_1.default.setFlagsFromString('--max-semi-space-size=8');
// The code cache holds the functions whose bytecode is alive when the run that writes it exits. V8
// drops the bytecode of a function not run for 5 collections (bytecode flushing): a first run over
// many files in one thread (--jobs 1, or under the pool's 64 files) wrote an entry without the start-up
// code it ran first, and every later run compiled that again. With ftplib.py after a --jobs 1 run of
// the lib directory wrote the entry: 117 -> 87 ms over `node -e 0`, as after a one-file run (84 ms); a
// pre-commit run of 5 files 232 -> 213 ms (interleaved runs). The bundle's bytecode is a few MB at most.
node_v8_1.default.setFlagsFromString('--no-flush-bytecode');
const here = __dirname;
const bundle = node_path_1.default.join(here, 'pysockfix.cjs');
function cacheDir() {
    if ((0, env_cjs_1.envFlag)('PYSOCKFIX_NO_CODE_CACHE'))
        return null;
    if (process.env.PYSOCKFIX_CODE_CACHE_DIR)
        return node_path_1.default.resolve(process.env.PYSOCKFIX_CODE_CACHE_DIR);
    if (process.env.XDG_CACHE_HOME)
        return node_path_1.default.join(process.env.XDG_CACHE_HOME, 'pysockfix', 'code');
    if (process.platform === 'win32' && process.env.LOCALAPPDATA)
        return node_path_1.default.join(process.env.LOCALAPPDATA, 'pysockfix', 'code');
    const home = (0, node_os_1.homedir)();
    return home ? node_path_1.default.join(home, '.cache', 'pysockfix', 'code') : null;
}
/** FNV-1a, 32 bits: a first SHA-1 from node:crypto showed as 3 ms of a one-file run's profile. */
function fnv(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16);
}
/**
 * The entries of this install run by this Node with these flags (V8 rejects an entry made under other
 * flags): one name for each build of the bundle. Entries of another install (pre-commit keeps one
 * per pinned version), another Node or other flags stay: a run replaces only its own earlier builds.
 */
function entryPrefix() {
    return `${process.version}-${process.arch}-${fnv([bundle, ...process.execArgv].join('\0'))}-`;
}
function entryName() {
    const st = (0, node_fs_1.statSync)(bundle);
    return `${entryPrefix()}${fnv(`${st.size}\0${st.mtimeMs}`)}.bin`;
}
/** Writes the entry at exit, so that it holds every function the run compiled, not only the top level. */
function writeAtExit(script, dir, name, lent) {
    process.once('exit', () => {
        if (!lent.writesCodeCache)
            return;
        try {
            const data = script.createCachedData();
            (0, node_fs_1.mkdirSync)(dir, { recursive: true, mode: 0o700 });
            const file = node_path_1.default.join(dir, name);
            const tmp = `${file}.${process.pid}.tmp`;
            (0, node_fs_1.writeFileSync)(tmp, data, { mode: 0o600 });
            (0, node_fs_1.renameSync)(tmp, file);
            // Entries of earlier builds for this Node and these flags go.
            const mine = entryPrefix();
            for (const n of (0, node_fs_1.readdirSync)(dir))
                if (n.startsWith(mine) && n.endsWith('.bin') && n !== name)
                    (0, node_fs_1.rmSync)(node_path_1.default.join(dir, n), { force: true });
        }
        catch {
            // a read-only home, a full disk: the next run compiles again
        }
    });
}
function run() {
    const dir = cacheDir();
    const name = dir ? entryName() : '';
    let cachedData;
    if (dir) {
        try {
            cachedData = (0, node_fs_1.readFileSync)(node_path_1.default.join(dir, name));
        }
        catch {
            // none yet, or unreadable: this run writes it
        }
    }
    // The bundle is ASCII (esbuild escapes the rest): read as Latin-1 it is the same string, made without
    // UTF-8 validation (1.2 MB in a fresh process: 2.7-4.4 ms against 3.3-5.7 ms; about 1 ms of a one-file run).
    const bytes = (0, node_fs_1.readFileSync)(bundle);
    const source = (0, node_buffer_1.isAscii)(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const script = new node_vm_1.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
    const codeCache = !dir ? 'off' : !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
    const writesCodeCache = codeCache === 'none' || codeCache === 'rejected';
    const lent = { import: (specifier) => import(specifier), writesCodeCache, codeCache };
    if (dir && writesCodeCache)
        writeAtExit(script, dir, name, lent);
    Reflect.set(globalThis, Symbol.for('pysockfix.launcher'), lent);
    const module = { exports: {} };
    script.runInThisContext()(module.exports, (0, node_module_1.createRequire)(bundle), module, bundle, here);
}
if ((0, node_fs_1.existsSync)(bundle))
    run();
else
    void import('./main.js');

// The program that dist/cli.js runs (bundled): the commander program: options, exit codes, and printing.
// Exit codes: 0 clean, 1 findings remain (or a diff, or a fix with
// --exit-non-zero-on-fix), 2 usage, configuration or I/O errors.
import { readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { CommanderError } from 'commander';
import { buildProgram } from './cli/args.js';
import { groupByConfig, processOptions } from './cli/settings.js';
import { ConfigError, findConfig, isDirectory, loadConfigFile } from './config.js';
import { discover } from './discover.js';
import { initParser } from './parse.js';
import { displayPath, isRemaining, summarize } from './report/reporter.js';
import { textReporter } from './report/text.js';
import { unknownSelector } from './rules/codes.js';
import { RULES, ruleByCode } from './rules/index.js';
import { ruleEnabled } from './lint.js';
import { processBytes } from './runner/process-file.js';
import { writeFileAtomic } from './runner/atomic-write.js';
import { POOL_THRESHOLD, poolStarted, poolStarter, poolWorkerModule, runFiles } from './runner/run.js';
import { RunCache } from './runner/cache.js';
import { launcher } from './launcher.js';
import { envFlag } from './env.cjs';
import { now } from './clock.js';
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
/** The reporter for a run: --add-noqa, --diff and --statistics have their own; else the format's. The ones not in use are never loaded. */
async function reporterFor(opts, options, meta) {
    if (opts.addNoqa)
        return (await import('./report/noqa.js')).noqaReporter();
    if (options.mode === 'diff')
        return (await import('./report/diff.js')).diffReporter(options);
    if (opts.statistics)
        return (await import('./report/statistics.js')).statisticsReporter(opts.outputFormat === 'json' ? 'json' : 'text');
    switch (opts.outputFormat) {
        case 'json':
            return (await import('./report/json.js')).jsonReporter(options);
        case 'concise':
            return (await import('./report/formats.js')).conciseReporter(options);
        case 'grouped':
            return (await import('./report/formats.js')).groupedReporter(options);
        case 'json-lines':
            return (await import('./report/formats.js')).jsonLinesReporter(options);
        case 'junit':
            return (await import('./report/formats.js')).junitReporter(options);
        case 'gitlab':
            return (await import('./report/formats.js')).gitlabReporter(options);
        case 'sarif':
            return (await import('./report/sarif.js')).sarifReporter(options);
        case 'github':
            return (await import('./report/github.js')).githubReporter(options);
        case 'html':
            return (await import('./report/html.js')).htmlReporter(options, meta());
        default:
            return textReporter(options);
    }
}
/** The settings a report names: what decided the outcomes. */
function reportSettings(opts, groups, mode) {
    const o = processOptions(opts, groups[0]?.config ?? null, mode);
    const settings = {
        select: o.select ?? ['ALL'],
        ignore: o.ignore ?? [],
        unsafeFixes: !!o.unsafeFixes,
        targetVersion: o.targetVersion ?? 'detected per file',
        fixStyle: o.fixStyle ?? 'try',
        config: groups.map((g) => g.config?.file ?? null).filter(Boolean),
    };
    if (o.socketNames?.length)
        settings.socketNames = o.socketNames;
    return settings;
}
/** Stdin, read up to `limit` bytes (0: no limit); `over` when there was more. */
function readStdin(limit) {
    const chunks = [];
    let total = 0;
    const chunk = Buffer.alloc(1 << 16);
    for (;;) {
        let n;
        try {
            n = readSync(0, chunk, 0, chunk.length, null);
        }
        catch (err) {
            const code = err.code;
            if (code === 'EAGAIN') {
                // Ex) a non-blocking pipe with nothing yet: wait for it
                Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
                continue;
            }
            if (code === 'EOF')
                break;
            throw err;
        }
        if (n === 0)
            break;
        chunks.push(Buffer.from(chunk.subarray(0, n)));
        total += n;
        // Ex) --max-file-size 1000 and a 2 MB stdin: stop reading, and refuse it as a file that size would be
        if (limit && total > limit)
            return { bytes: Buffer.concat(chunks), over: true };
    }
    return { bytes: Buffer.concat(chunks), over: false };
}
function progress(enabled) {
    if (!enabled)
        return { tick() { }, stop() { } };
    const started = Date.now();
    let shown = false;
    return {
        tick(done, total) {
            if (Date.now() - started < 2000)
                return;
            shown = true;
            const width = 30;
            const filled = Math.round((done / total) * width);
            process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
        },
        stop() {
            if (shown)
                process.stderr.write('\r\x1b[K');
        },
    };
}
/** --show-fixes: what --write changed, per file and rule (as ruff's `Fixed N errors:` list). */
function fixesApplied(results, cwd) {
    const lines = [];
    let total = 0;
    for (const r of results) {
        const byCode = new Map();
        for (const f of r.findings)
            if (f.fixed)
                byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
        if (!byCode.size)
            continue;
        lines.push(`- ${displayPath(cwd, r.path)}:`);
        for (const [code, n] of [...byCode].sort()) {
            total += n;
            lines.push(`    ${n} × ${code} (${ruleByCode(code)?.meta.name ?? code})`);
        }
    }
    if (!total)
        return 'No fixes applied.\n';
    return `Fixed ${total} finding${total === 1 ? '' : 's'}:\n${lines.join('\n')}\n`;
}
export async function main(argv) {
    const program = buildProgram(VERSION);
    program.exitOverride();
    let out = '';
    let err = '';
    program.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
    try {
        program.parse(argv);
    }
    catch (e) {
        process.stdout.write(out);
        process.stderr.write(err);
        if (e instanceof CommanderError) {
            if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
                return 0;
            if (e.code === 'pysockfix.usage')
                process.stderr.write(`${e.message}\n`);
            return 2;
        }
        throw e;
    }
    const opts = program.opts();
    const paths = program.args.length ? program.args : ['.'];
    // Ex) --fix   (ruff's name for --write)
    if (opts.fix)
        opts.write = true;
    if (opts.silent) {
        // Ex) -s: nothing printed at all, as ruff's --silent; the exit code still tells
        for (const stream of [process.stdout, process.stderr]) {
            stream.write = ((_chunk, encoding, callback) => {
                const done = typeof encoding === 'function' ? encoding : callback;
                if (typeof done === 'function')
                    done();
                return true;
            });
        }
    }
    if (opts.explain) {
        const rule = ruleByCode(opts.explain.toUpperCase());
        if (!rule) {
            process.stderr.write(`pysockfix: unknown rule '${opts.explain}' (known: ${RULES.map((r) => r.meta.code).join(', ')})\n`);
            return 2;
        }
        process.stdout.write(`# ${rule.meta.code} ${rule.meta.name}\n\n${rule.meta.doc}`);
        return 0;
    }
    if (opts.write && opts.diff) {
        process.stderr.write('pysockfix: --write and --diff cannot be used together\n');
        return 2;
    }
    if (opts.addNoqa && (opts.write || opts.diff)) {
        process.stderr.write('pysockfix: --add-noqa cannot be combined with --write or --diff\n');
        return 2;
    }
    // Ex) --select FOO   (ruff: error: Unknown rule selector `FOO`, exit 2)
    for (const [flag, list] of [['--select', opts.select], ['--ignore', opts.ignore]]) {
        const unknown = unknownSelector(list);
        if (unknown !== null) {
            process.stderr.write(`pysockfix: error: ${flag}: Unknown rule selector \`${unknown}\` (known: ${RULES.map((r) => r.meta.code).join(', ')}, a prefix of one, or ALL)\n`);
            return 2;
        }
    }
    const mode = opts.write || opts.addNoqa ? 'write' : opts.diff ? 'diff' : 'check';
    const useStdin = paths.includes('-');
    if (useStdin && paths.length > 1) {
        process.stderr.write('pysockfix: `-` (stdin) cannot be combined with other paths\n');
        return 2;
    }
    let groups;
    try {
        groups = useStdin ? [{ config: opts.config ? loadConfigFile(opts.config) : findConfig(opts.stdinFilename ?? '.'), paths }] : groupByConfig(paths, opts.config);
    }
    catch (e) {
        if (e instanceof ConfigError) {
            process.stderr.write(`pysockfix: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
    const color = !!process.stdout.isTTY && !('NO_COLOR' in process.env) || ('FORCE_COLOR' in process.env && process.env.FORCE_COLOR !== '0');
    const reportOptions = {
        mode,
        showSkipped: !!opts.showSkipped,
        unsafeFixes: !!opts.unsafeFixes || groups.some((g) => g.config?.config['unsafe-fixes'] === true),
        statistics: !!opts.statistics,
        quiet: !!opts.quiet,
        color,
        reportUnusedSuppressions: !!opts.reportUnusedSuppressions,
        cwd: process.cwd(),
        inputs: useStdin ? [] : paths,
        version: VERSION,
    };
    const results = [];
    let pathErrors = 0;
    let walkMs = 0;
    const lintStart = now();
    const started = Date.now();
    if (useStdin) {
        const group = groups[0];
        const name = opts.stdinFilename ?? '-';
        await initParser();
        const options = processOptions(opts, group.config, mode === 'write' ? 'diff' : mode);
        const { bytes, over } = readStdin(options.maxFileSize ?? 0);
        const r = over
            ? { path: name, status: 'failed', error: `larger than --max-file-size (more than ${options.maxFileSize} bytes)`, findings: [], suppressed: 0, unusedSuppressions: [] }
            : processBytes(path.resolve(name), bytes, options);
        const { output, ...rest } = r;
        if (mode === 'write' && !over) {
            // The fixed source goes to stdout; the report goes to stderr.
            process.stdout.write(rest.status === 'changed' && output ? Buffer.from(output) : bytes);
        }
        results.push({ ...rest, path: name === '-' ? 'stdin' : path.resolve(name) });
    }
    else {
        const bar = progress(!!process.stderr.isTTY && !process.env.CI && opts.outputFormat === 'text');
        for (const group of groups) {
            const c = group.config?.config ?? {};
            const options = processOptions(opts, group.config, mode);
            // Ex) pysockfix src/   (a project under src/ is seen whole; pre-commit's list of files is not)
            options.runRoots = group.paths.filter(isDirectory).map((p) => path.resolve(p));
            const listOnly = opts.showFiles || opts.showSettings;
            const cache = listOnly ? null : cacheFor(opts, group, options);
            // Ex) pysockfix src/ with no cache of it yet: the pool's threads start once the walk has found enough files,
            // none of them in the cache. A run with a cache of these settings is likely warm and may need no pool at all:
            // it does not load the pool's module here (tinypool and what it loads were 45 ms of a 1.2 s warm run), and
            // starts a pool after the walk if it needs one. Files named one by one (pre-commit, one file) are not
            // walked: they do not load it here either.
            const startPool = listOnly || !options.runRoots.length || cache?.keepsAny() ? null : await poolStarter(opts.jobs);
            let cached = 0;
            const walkStart = now();
            const discovered = discover(group.paths, {
                baseExcludes: c.exclude,
                exclude: [...(c.exclude ?? []), ...(c['extend-exclude'] ?? []), ...opts.exclude],
                respectGitignore: opts.respectGitignore === false ? false : (c['respect-gitignore'] ?? true),
                forceExclude: !!opts.forceExclude,
                onFound: startPool
                    ? (file, n) => {
                        if (cache?.holds(file))
                            cached++;
                        if (n === POOL_THRESHOLD && !cached)
                            startPool();
                    }
                    : undefined,
            });
            for (const e of discovered.errors) {
                process.stderr.write(`pysockfix: ${e.path}: ${e.error}\n`);
                pathErrors++;
            }
            for (const w of discovered.warnings)
                process.stderr.write(`pysockfix: warning: ${w.path}: ${w.warning}\n`);
            if (opts.verbose)
                process.stderr.write(`pysockfix: ${discovered.files.length} files under ${group.paths.join(' ')} (config: ${group.config?.file ?? 'none'})\n`);
            walkMs += now() - walkStart;
            if (opts.showFiles) {
                for (const f of discovered.files)
                    process.stdout.write(`${displayPath(process.cwd(), f)}\n`);
                continue;
            }
            if (opts.showSettings) {
                const { mode: _m, ...rules } = options;
                const settings = {
                    config: group.config?.file ?? null,
                    paths: group.paths,
                    discovery: { exclude: [...(c.exclude ?? []), ...(c['extend-exclude'] ?? []), ...opts.exclude], respectGitignore: opts.respectGitignore === false ? false : (c['respect-gitignore'] ?? true), forceExclude: !!opts.forceExclude },
                    rules: RULES.filter((r) => ruleEnabled(r.meta.code, options)).map((r) => r.meta.code),
                    settings: rules,
                };
                process.stdout.write(`${JSON.stringify(settings, null, 2)}\n`);
                continue;
            }
            // Ex) -v: each file as it is checked
            const onFile = opts.verbose ? (f) => process.stderr.write(`pysockfix: checked ${displayPath(process.cwd(), f)}\n`) : undefined;
            // A loop, not push(...list): a fleet's 200,000 results would overflow the stack as arguments
            for (const r of await runFiles(discovered.files, options, opts.jobs, (d, t) => bar.tick(d, t), onFile, cache))
                results.push(r);
        }
        bar.stop();
        if (opts.showFiles || opts.showSettings)
            return pathErrors ? 2 : 0;
    }
    const lintMs = now() - lintStart;
    const reportStart = now();
    const summary = summarize(results, pathErrors, reportOptions);
    const sink = useStdin && mode === 'write' ? process.stderr : process.stdout;
    const meta = () => ({ argv: process.argv.slice(2), date: new Date(started).toISOString(), settings: reportSettings(opts, groups, mode) });
    const reporter = await reporterFor(opts, reportOptions, meta);
    const chunks = [reporter.start?.() ?? ''];
    for (const r of results)
        chunks.push(reporter.file(r));
    chunks.push(reporter.end(summary, results));
    // Ex) --diff of a latin-1 file: its hunks are latin-1 bytes, so that git apply and patch take them
    sink.write(chunks.some((c) => typeof c !== 'string') ? Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))) : chunks.join(''));
    // The text formats name failed files in their report; the others leave it to stderr.
    const namesFailures = !opts.addNoqa && mode !== 'diff' && !opts.statistics;
    if (!namesFailures) {
        for (const r of results)
            if (r.status === 'failed')
                process.stderr.write(`pysockfix: ${displayPath(reportOptions.cwd, r.path)}: ${r.error}\n`);
    }
    // Ex) # pysockfix: ignore[SOCK9]   (ruff warns of an invalid code in a suppression, and goes on)
    for (const r of results) {
        for (const bad of r.invalidCodes ?? []) {
            process.stderr.write(`pysockfix: warning: ${displayPath(reportOptions.cwd, r.path)}:${bad.line}: Unknown rule code \`${bad.code}\` in \`${bad.text}\`\n`);
        }
    }
    if (mode === 'diff' && !opts.quiet)
        process.stderr.write(`${summary.changed} file(s) would be changed\n`);
    // Ex) pysockfix --write --report report.html services/   (fix, and keep the page to review what was done)
    if (opts.report) {
        const { htmlReport } = await import('./report/html.js');
        try {
            // Written whole or not at all, as fixed files are: a new file's mode is the usual one for the umask.
            writeFileAtomic(path.resolve(opts.report), Buffer.from(htmlReport(summary, results, reportOptions, meta())), 0o666 & ~process.umask());
        }
        catch (e) {
            process.stderr.write(`pysockfix: cannot write the report ${opts.report}: ${e.message}\n`);
            return 2;
        }
    }
    if (opts.addNoqa)
        return results.some((r) => r.status === 'failed') || pathErrors ? 2 : 0;
    if (opts.verbose)
        process.stderr.write(`pysockfix: ${results.length} files in ${Date.now() - started} ms\n`);
    if (opts.timings) {
        // Wall time for the main thread's phases; summed thread time (CPU ms) for the per-file ones.
        const perFile = {};
        for (const r of results)
            for (const [k, v] of Object.entries(r.timings ?? {}))
                perFile[k] = (perFile[k] ?? 0) + v;
        const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
        const wall = { walk: walkMs, lint: lintMs - walkMs, report: now() - reportStart };
        // Ex) how many files the prefilters let through to the parser (the rest end after the screen)
        const parsed = results.filter((r) => (r.timings?.parse ?? 0) > 0).length;
        // Ex) "codeCache": "accepted" when the launcher's V8 code cache spared the compile (launcher.ts)
        const codeCache = launcher()?.codeCache ?? 'modules';
        process.stderr.write(`${JSON.stringify({ wall: round(wall), threads: round(perFile), files: { total: results.length, parsed }, codeCache, pool: poolStarted(), worker: poolWorkerModule() })}\n`);
    }
    if (opts.showFixes && mode === 'write')
        process.stdout.write(fixesApplied(results, reportOptions.cwd));
    if (summary.failed || pathErrors)
        return 2;
    if (mode === 'diff')
        return summary.changed && !opts.exitZero ? 1 : 0;
    if (mode === 'write' && opts.exitNonZeroOnFix && summary.changed)
        return 1;
    if (opts.exitZero)
        return 0;
    return results.some((r) => r.findings.some(isRemaining)) ? 1 : 0;
}
main(process.argv).then((code) => {
    // Exit as soon as output is flushed: V8 would otherwise finish optimizing the WASM parser first.
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}, (e) => {
    process.stderr.write(`pysockfix: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
});
/**
 * The run's cache, as ruff keeps one: `.pysockfix_cache` beside the
 * pyproject.toml that configures the group (else in the working directory),
 * keyed by every setting that can change a result. None with --no-cache or
 * PYSOCKFIX_NO_CACHE, and none for --add-noqa (which writes what it finds).
 */
function cacheFor(opts, group, options) {
    if (opts.cache === false || envFlag('PYSOCKFIX_NO_CACHE') || opts.addNoqa)
        return null;
    const dir = path.resolve(opts.cacheDir || process.env.PYSOCKFIX_CACHE_DIR || path.join(group.config ? group.config.root : process.cwd(), '.pysockfix_cache'));
    const { mode: _mode, ...settings } = options;
    return RunCache.open(dir, VERSION, settings);
}

#!/usr/bin/env node
// The commander program: options to run options, exit codes, and printing.
// Exit codes: 0 clean, 1 findings remain (or a diff, or a fix with
// --exit-non-zero-on-fix), 2 usage, configuration or I/O errors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, findConfig, loadConfigFile } from './config.js';
import { discover } from './discover.js';
import { initParser } from './parse.js';
import { isRemaining, summarize } from './report/reporter.js';
import { textReporter } from './report/text.js';
import { RULES, ruleByCode } from './rules/index.js';
import { processBytes } from './runner/process-file.js';
import { runFiles } from './runner/run.js';
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const codes = (v, prev = []) => [...prev, ...v.split(',').map((c) => c.trim()).filter(Boolean)];
/** Larger files are refused unless --max-file-size says otherwise: parse time and memory grow with size. */
const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const wholeNumber = (name) => (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
        throw new CommanderError(2, 'pysockfix.usage', `error: ${name} takes a whole number >= 0, not '${v}'`);
    return n;
};
const positiveInt = (name) => (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1)
        throw new CommanderError(2, 'pysockfix.usage', `error: ${name} takes a whole number >= 1, not '${v}'`);
    return n;
};
function buildProgram() {
    return new Command()
        .name('pysockfix')
        .description('Find Python socket close() calls that lack shutdown(), and rewrite them to a guarded shutdown followed by the close.\n' +
        'Directories are walked for *.py files (.pyi stubs hold no code and are not checked); .gitignore files are honoured.')
        .version(VERSION, '-V, --version')
        .argument('[paths...]', 'files or directories to check; `-` reads stdin', ['.'])
        .option('--write', 'apply fixes in place (safe ones; unsafe ones too with --unsafe-fixes)')
        .option('--diff', 'print a unified diff of what --write would change, and write nothing')
        .option('--unsafe-fixes', 'also apply fixes that the analysis cannot prove safe')
        .option('--add-noqa', 'add `# noqa: CODE` to the line of every finding instead of fixing it (for adopting the check)')
        .option('--exit-non-zero-on-fix', 'with --write, exit 1 when any file was changed')
        .option('--show-skipped', 'also list the sites skipped on purpose, with the reason')
        .option('--statistics', 'print counts per rule and outcome instead of each finding')
        .addOption(new Option('--output-format <format>', 'output format').choices(['text', 'json', 'sarif', 'github']).default('text'))
        .option('--select <codes>', 'rule codes or prefixes to enable (comma-separated, repeatable)', codes)
        .option('--ignore <codes>', 'rule codes or prefixes to disable (comma-separated, repeatable)', codes)
        .option('--jobs <n>', 'worker threads (default: the number of cores; 1 runs in the main thread)', positiveInt('--jobs'))
        .option('--exclude <glob>', 'exclude files and directories matching a gitignore-style glob (repeatable)', (v, p) => [...p, v], [])
        .option('--no-respect-gitignore', 'check files that .gitignore excludes')
        .option('--force-exclude', 'apply excludes to files named on the command line too (for pre-commit)')
        .addOption(new Option('--target-version <version>', 'Python version the fix targets (default: detected per file)').choices(['py27', 'py3']))
        .option('--config <file>', 'read [tool.pysockfix] from this pyproject.toml instead of the nearest one')
        .option('--stdin-filename <name>', 'the name of the file read from stdin, for messages and config')
        .option('--report-unused-suppressions', 'report noqa / pysockfix: ignore comments that suppress nothing')
        .option('--max-file-size <bytes>', `fail files larger than this instead of reading them (default ${DEFAULT_MAX_FILE_SIZE}, 10 MiB; 0: no limit)`, wholeNumber('--max-file-size'), DEFAULT_MAX_FILE_SIZE)
        .option('-q, --quiet', 'print only the summary and errors')
        .option('-v, --verbose', 'print each file as it is checked, and timings')
        .option('--explain <code>', 'print the documentation of a rule and exit')
        .addOption(new Option('--no-prefilter', 'parse every file, even ones that cannot hold a finding').hideHelp())
        .addOption(new Option('--timings', 'print where the time went, per phase, as JSON on stderr (for the benchmark)').hideHelp())
        .showHelpAfterError('(run pysockfix --help for usage)');
}
function groupByConfig(paths, explicit) {
    if (explicit)
        return [{ config: loadConfigFile(explicit), paths }];
    const groups = new Map();
    for (const p of paths) {
        const config = findConfig(p);
        const key = config?.file ?? '';
        const g = groups.get(key) ?? { config, paths: [] };
        g.paths.push(p);
        groups.set(key, g);
    }
    return [...groups.values()];
}
function processOptions(opts, config, mode) {
    const c = config?.config ?? {};
    return {
        mode,
        select: opts.select ?? c.select,
        ignore: [...(c.ignore ?? []), ...(opts.ignore ?? [])],
        unsafeFixes: opts.unsafeFixes ?? c['unsafe-fixes'] ?? false,
        targetVersion: opts.targetVersion ?? c['target-version'],
        socketNames: c['socket-names'],
        maxFileSize: opts.maxFileSize || undefined,
        addNoqa: opts.addNoqa,
        reportUnusedSuppressions: opts.reportUnusedSuppressions,
        prefilter: opts.prefilter,
        perFileIgnores: config && c['per-file-ignores'] ? { root: config.root, rules: Object.entries(c['per-file-ignores']) } : undefined,
    };
}
function statisticsText(results, format) {
    const rows = new Map();
    for (const r of results) {
        for (const f of r.findings) {
            const key = `${f.code}\0${f.outcome}\0${f.reason ?? ''}`;
            const row = rows.get(key) ?? { code: f.code, outcome: f.outcome, reason: f.reason ?? null, count: 0 };
            row.count++;
            rows.set(key, row);
        }
    }
    const list = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code) || b.count - a.count);
    if (format === 'json')
        return `${JSON.stringify(list, null, 2)}\n`;
    const width = Math.max(5, ...list.map((r) => String(r.count).length));
    return list.map((r) => `${String(r.count).padStart(width)}  ${r.code}  ${r.outcome.padEnd(10)}${r.reason ? `  ${r.reason}` : ''}`.trimEnd() + '\n').join('');
}
/** The reporter for a format; the ones not in use are never loaded. */
async function reporterFor(format, options) {
    switch (format) {
        case 'json':
            return (await import('./report/json.js')).jsonReporter(options);
        case 'sarif':
            return (await import('./report/sarif.js')).sarifReporter(options);
        case 'github':
            return (await import('./report/github.js')).githubReporter(options);
        default:
            return textReporter(options);
    }
}
function readStdin() {
    try {
        return readFileSync(0);
    }
    catch (err) {
        if (err.code === 'EAGAIN' || err.code === 'EOF')
            return Buffer.alloc(0);
        throw err;
    }
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
export async function main(argv) {
    const program = buildProgram();
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
    const lintStart = performance.now();
    const started = Date.now();
    if (useStdin) {
        const group = groups[0];
        const name = opts.stdinFilename ?? '-';
        await initParser();
        const bytes = readStdin();
        const options = processOptions(opts, group.config, mode === 'write' ? 'diff' : mode);
        const r = processBytes(path.resolve(name), bytes, options);
        const { output, ...rest } = r;
        if (mode === 'write') {
            // The fixed source goes to stdout; the report goes to stderr.
            process.stdout.write(rest.status === 'changed' && output ? Buffer.from(output) : bytes);
        }
        results.push({ ...rest, path: name === '-' ? 'stdin' : path.resolve(name) });
    }
    else {
        const bar = progress(!!process.stderr.isTTY && !process.env.CI && opts.outputFormat === 'text');
        for (const group of groups) {
            const c = group.config?.config ?? {};
            const walkStart = performance.now();
            const discovered = discover(group.paths, {
                baseExcludes: c.exclude,
                exclude: [...(c.exclude ?? []), ...(c['extend-exclude'] ?? []), ...opts.exclude],
                respectGitignore: opts.respectGitignore === false ? false : (c['respect-gitignore'] ?? true),
                forceExclude: !!opts.forceExclude,
            });
            for (const e of discovered.errors) {
                process.stderr.write(`pysockfix: ${e.path}: ${e.error}\n`);
                pathErrors++;
            }
            if (opts.verbose)
                process.stderr.write(`pysockfix: ${discovered.files.length} files under ${group.paths.join(' ')} (config: ${group.config?.file ?? 'none'})\n`);
            walkMs += performance.now() - walkStart;
            const options = processOptions(opts, group.config, mode);
            results.push(...(await runFiles(discovered.files, options, opts.jobs, (d, t) => bar.tick(d, t))));
        }
        bar.stop();
    }
    if (opts.addNoqa) {
        const changed = results.filter((r) => r.status === 'changed');
        const added = changed.reduce((n, r) => n + new Set(r.findings.filter((f) => f.outcome !== 'skipped').map((f) => `${f.location.line}:${f.code}`)).size, 0);
        for (const r of results)
            if (r.status === 'failed')
                process.stderr.write(`pysockfix: ${path.relative(reportOptions.cwd, r.path)}: ${r.error}\n`);
        process.stdout.write(`Added ${added} noqa directive${added === 1 ? '' : 's'} to ${changed.length} file${changed.length === 1 ? '' : 's'}.\n`);
        return results.some((r) => r.status === 'failed') || pathErrors ? 2 : 0;
    }
    const lintMs = performance.now() - lintStart;
    const reportStart = performance.now();
    const summary = summarize(results, pathErrors, reportOptions);
    const sink = useStdin && mode === 'write' ? process.stderr : process.stdout;
    if (mode === 'diff') {
        const { createTwoFilesPatch } = await import('diff');
        for (const r of results) {
            if (r.status !== 'changed' || r.before === undefined || r.after === undefined)
                continue;
            const rel = path.relative(reportOptions.cwd, r.path) || r.path;
            sink.write(createTwoFilesPatch(`a/${rel}`, `b/${rel}`, r.before, r.after, '', '', { context: 3 }).replace(/^(Index: .*\n)?=+\n/, ''));
        }
        for (const r of results)
            if (r.status === 'failed')
                process.stderr.write(`pysockfix: ${r.path}: ${r.error}\n`);
        if (!opts.quiet)
            process.stderr.write(`${summary.changed} file(s) would be changed\n`);
    }
    else if (opts.statistics) {
        sink.write(statisticsText(results, opts.outputFormat));
        for (const r of results)
            if (r.status === 'failed')
                process.stderr.write(`pysockfix: ${path.relative(reportOptions.cwd, r.path)}: ${r.error}\n`);
    }
    else {
        const reporter = await reporterFor(opts.outputFormat, reportOptions);
        let text = reporter.start?.() ?? '';
        for (const r of results)
            text += reporter.file(r);
        text += reporter.end(summary, results);
        sink.write(text);
    }
    if (opts.verbose)
        process.stderr.write(`pysockfix: ${results.length} files in ${Date.now() - started} ms\n`);
    if (opts.timings) {
        // Wall time for the main thread's phases; summed thread time (CPU ms) for the per-file ones.
        const perFile = {};
        for (const r of results)
            for (const [k, v] of Object.entries(r.timings ?? {}))
                perFile[k] = (perFile[k] ?? 0) + v;
        const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
        const wall = { walk: walkMs, lint: lintMs - walkMs, report: performance.now() - reportStart };
        process.stderr.write(`${JSON.stringify({ wall: round(wall), threads: round(perFile) })}\n`);
    }
    if (summary.failed || pathErrors)
        return 2;
    if (mode === 'diff')
        return summary.changed ? 1 : 0;
    if (mode === 'write' && opts.exitNonZeroOnFix && summary.changed)
        return 1;
    return results.some((r) => r.findings.some(isRemaining)) ? 1 : 0;
}
main(process.argv).then((code) => {
    // Exit as soon as output is flushed: V8 would otherwise finish optimizing the WASM parser first.
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}, (e) => {
    process.stderr.write(`pysockfix: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
});

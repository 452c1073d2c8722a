// Paths to Python files: walks directories for *.py, honours .gitignore files
// (nested ones and .git/info/exclude), --exclude globs and the default excludes.
// Symlinked files are followed; symlinked directories are not, so no loop can hang.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
export const DEFAULT_EXCLUDES = [
    '.bzr', '.direnv', '.eggs', '.git', '.hg', '.mypy_cache', '.nox', '.pants.d', '.pysockfix_cache', '.ruff_cache', '.svn',
    '.tox', '.venv', '__pypackages__', '_build', 'buck-out', 'node_modules', 'venv', '__pycache__',
];
function readIgnoreFile(file) {
    try {
        const patterns = readFileSync(file, 'utf8').split(/\r?\n/);
        return { rules: ignore().add(patterns), patterns };
    }
    catch {
        return null;
    }
}
function gitRoot(dir) {
    for (let d = dir;; d = path.dirname(d)) {
        if (existsSync(path.join(d, '.git')))
            return d;
        if (path.dirname(d) === d)
            return null;
    }
}
/** The .gitignore layers that apply to `dir`: from the repository root down to it. */
function ancestorLayers(dir) {
    const root = gitRoot(dir);
    if (!root)
        return [];
    const layers = [];
    const exclude = readIgnoreFile(path.join(root, '.git', 'info', 'exclude'));
    if (exclude)
        layers.push({ base: root, ...exclude });
    const chain = [];
    for (let d = dir;; d = path.dirname(d)) {
        chain.unshift(d);
        if (d === root || path.dirname(d) === d)
            break;
    }
    for (const d of chain) {
        const read = readIgnoreFile(path.join(d, '.gitignore'));
        if (read)
            layers.push({ base: d, ...read });
    }
    return layers;
}
/**
 * The layer and pattern that exclude a path, or null. As git decides: the
 * deepest .gitignore with a matching rule wins, so a `!keep_gen.py` in a
 * subdirectory re-includes what a parent's `gen_*.py` excluded.
 */
function ignoredBy(layers, full, isDir) {
    for (let i = layers.length - 1; i >= 0; i--) {
        const { base, rules } = layers[i];
        // Ex) base /repo, full /repo/src/app.py: src/app.py   (a layer is an ancestor of the walk: a slice, not path.relative)
        const rel = full.startsWith(base) && full[base.length] === path.sep ? full.slice(base.length + 1) : path.relative(base, full);
        if (!rel || rel.startsWith('..'))
            continue;
        const posix = path.sep === '/' ? rel : rel.split(path.sep).join('/');
        const r = rules.test(isDir ? `${posix}/` : posix);
        if (r.unignored)
            return null;
        if (r.ignored)
            return { base, pattern: r.rule?.pattern ?? '' };
    }
    return null;
}
/**
 * The layers for walking a directory named on the command line: a named
 * directory is checked even where an ancestor's .gitignore excludes it (the
 * python3 lib directory under pyenv's `/versions`), as ruff and ripgrep do.
 * The layers that exclude the directory itself are left out of its walk.
 */
function namedDirectoryLayers(dir) {
    return ancestorLayers(dir).map((layer) => {
        const rel = path.relative(layer.base, dir);
        if (!rel || rel.startsWith('..'))
            return layer;
        const key = `${rel.split(path.sep).join('/')}/`;
        // Ex) /versions in ~/.pyenv/.gitignore: dropped for this walk; its other patterns (*.pyc) still apply
        let { rules, patterns } = layer;
        for (let r = rules.checkIgnore(key); r.ignored && r.rule; r = rules.checkIgnore(key)) {
            const drop = r.rule.pattern;
            patterns = patterns.filter((p) => p.trim() !== drop);
            rules = ignore().add(patterns);
        }
        return { base: layer.base, rules, patterns };
    });
}
export function discover(paths, options, cwd = process.cwd()) {
    const excludes = ignore().add(options.exclude);
    const base = options.baseExcludes ?? DEFAULT_EXCLUDES;
    const files = [];
    const errors = [];
    const warnings = [];
    /** Python files and directories the walk of the current named path left out, and the first reason. */
    let skipped = 0;
    let skippedBy = null;
    const skip = (why) => {
        skipped++;
        skippedBy ??= why;
    };
    const seen = new Set();
    // Ex) exclude = ["venv", "*_pb2.py"]: no pattern names a path, so inside a walk (whose every directory
    // passed) only the entry's own name can match, and its path need not be worked out (13,000 times)
    const namesOnly = options.exclude.every((p) => !p.trim().replace(/\/$/, '').includes('/'));
    const relative = (full) => path.relative(cwd, full).split(path.sep).join('/');
    const pathExcluded = (rel, isDir) => !!rel && !rel.startsWith('..') && excludes.ignores(isDir ? `${rel}/` : rel);
    /** Is the directory being walked (named on the command line) itself under an excluded path? Then so is all in it. */
    let walkedRootExcluded = false;
    // Ex) no exclude in the config or on the command line (most runs): no entry of the walk asks the matcher
    // (an empty one answers no, after its own work per name: 30-40 ms of a walk of the lib directory)
    const anyExclude = options.exclude.some((p) => p.trim() !== '' && !p.trim().startsWith('#'));
    const excluded = (full, isDir, inWalk = false, name = path.basename(full)) => {
        if (!anyExclude)
            return false;
        if (excludes.ignores(isDir ? `${name}/` : name))
            return true;
        if (inWalk && namesOnly)
            return walkedRootExcluded;
        return pathExcluded(relative(full), isDir);
    };
    const add = (file) => {
        if (!seen.has(file)) {
            seen.add(file);
            files.push(file);
            options.onFound?.(file, files.length);
        }
    };
    const walk = (dir, layers) => {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch (err) {
            errors.push({ path: dir, error: err.code ?? err.message });
            return;
        }
        // Ex) most directories have no .gitignore: it is read only where the listing shows one (a failed read costs an exception)
        const own = options.respectGitignore && entries.some((e) => e.name === '.gitignore') ? readIgnoreFile(path.join(dir, '.gitignore')) : null;
        const here = own && !layers.some((l) => l.base === dir) ? [...layers, { base: dir, ...own }] : layers;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            // Ex) /repo/src + app.py   (dir is already normal and a name holds no separator: path.join's normalize was 10% of a warm run)
            const full = dir.endsWith(path.sep) ? dir + entry.name : dir + path.sep + entry.name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // Ex) a link to a directory is not followed (no loops); a link to a file is
                try {
                    isFile = statSync(full).isFile();
                }
                catch {
                    isFile = false; // a broken link is not a source file
                }
                isDir = false;
            }
            if (isDir) {
                if (base.includes(entry.name))
                    continue;
                if (excluded(full, true, true, entry.name)) {
                    skip('--exclude / exclude');
                    continue;
                }
                const by = options.respectGitignore ? ignoredBy(here, full, true) : null;
                if (by) {
                    skip(`${path.join(by.base, '.gitignore')} (${by.pattern})`);
                    continue;
                }
                walk(full, here);
            }
            else if (isFile && entry.name.endsWith('.py')) {
                if (excluded(full, false, true, entry.name)) {
                    skip('--exclude / exclude');
                    continue;
                }
                const by = options.respectGitignore ? ignoredBy(here, full, false) : null;
                if (by) {
                    skip(`${path.join(by.base, '.gitignore')} (${by.pattern})`);
                    continue;
                }
                add(full);
            }
        }
    };
    for (const given of paths) {
        const full = path.resolve(cwd, given);
        let stat;
        try {
            stat = statSync(full);
        }
        catch (err) {
            errors.push({ path: given, error: err.code === 'ENOENT' ? 'no such file or directory' : err.message });
            continue;
        }
        if (stat.isDirectory()) {
            const before = files.length;
            skipped = 0;
            skippedBy = null;
            walkedRootExcluded = namesOnly && pathExcluded(relative(full), true);
            walk(full, options.respectGitignore ? namedDirectoryLayers(full) : []);
            // Ex) pysockfix docs/   (nothing to check there: say so rather than "Checked 0 files")
            if (files.length === before) {
                warnings.push({ path: given, warning: skipped ? `nothing to check: ${skipped} path(s) under it are excluded (first by ${skippedBy})` : 'no Python files found' });
            }
        }
        else if (!stat.isFile()) {
            // Ex) a FIFO or a device: reading it would block the whole run
            errors.push({ path: given, error: `not a regular file (${stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'a special file'})` });
        }
        else if (options.forceExclude) {
            const layers = options.respectGitignore ? ancestorLayers(path.dirname(full)) : [];
            if (!excluded(full, false) && !ignoredBy(layers, full, false))
                add(full);
        }
        else {
            // A file named on the command line is always checked.
            add(full);
        }
    }
    return { files, errors, warnings };
}

// Paths to Python files: walks directories for *.py, honours .gitignore files
// (nested ones and .git/info/exclude), --exclude globs and the default excludes.
// Symlinked files are followed; symlinked directories are not, so no loop can hang.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
export const DEFAULT_EXCLUDES = [
    '.bzr', '.direnv', '.eggs', '.git', '.hg', '.mypy_cache', '.nox', '.pants.d', '.ruff_cache', '.svn',
    '.tox', '.venv', '__pypackages__', '_build', 'buck-out', 'node_modules', 'venv', '__pycache__',
];
function readIgnoreFile(file) {
    try {
        return ignore().add(readFileSync(file, 'utf8'));
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
        layers.push({ base: root, rules: exclude });
    const chain = [];
    for (let d = dir;; d = path.dirname(d)) {
        chain.unshift(d);
        if (d === root || path.dirname(d) === d)
            break;
    }
    for (const d of chain) {
        const rules = readIgnoreFile(path.join(d, '.gitignore'));
        if (rules)
            layers.push({ base: d, rules });
    }
    return layers;
}
function ignoredBy(layers, full, isDir) {
    for (const { base, rules } of layers) {
        const rel = path.relative(base, full);
        if (!rel || rel.startsWith('..'))
            continue;
        if (rules.ignores(isDir ? `${rel.split(path.sep).join('/')}/` : rel.split(path.sep).join('/')))
            return true;
    }
    return false;
}
export function discover(paths, options, cwd = process.cwd()) {
    const excludes = ignore().add(options.exclude);
    const base = options.baseExcludes ?? DEFAULT_EXCLUDES;
    const files = [];
    const errors = [];
    const seen = new Set();
    const excluded = (full, isDir) => {
        const rel = path.relative(cwd, full).split(path.sep).join('/');
        const name = path.basename(full);
        if (excludes.ignores(isDir ? `${name}/` : name))
            return true;
        return !!rel && !rel.startsWith('..') && excludes.ignores(isDir ? `${rel}/` : rel);
    };
    const add = (file) => {
        if (!seen.has(file)) {
            seen.add(file);
            files.push(file);
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
        const own = options.respectGitignore ? readIgnoreFile(path.join(dir, '.gitignore')) : null;
        const here = own && !layers.some((l) => l.base === dir) ? [...layers, { base: dir, rules: own }] : layers;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = path.join(dir, entry.name);
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
                if (base.includes(entry.name) || excluded(full, true))
                    continue;
                if (options.respectGitignore && ignoredBy(here, full, true))
                    continue;
                walk(full, here);
            }
            else if (isFile && entry.name.endsWith('.py')) {
                if (excluded(full, false))
                    continue;
                if (options.respectGitignore && ignoredBy(here, full, false))
                    continue;
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
            walk(full, options.respectGitignore ? ancestorLayers(full) : []);
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
    return { files, errors };
}

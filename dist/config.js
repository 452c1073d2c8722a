// [tool.pysockfix] from the nearest pyproject.toml, validated against one
// schema, merged under the command line's options.
import { RULE_CODES, unknownSelector } from './rules/codes.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { noteDependency, statOrNull } from './runner/deps.js';
import { parse, TomlError } from 'smol-toml';
const stringList = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'an array of strings');
const bool = (v) => (typeof v === 'boolean' ? null : 'a boolean');
/** The schema: each key with the check its value must pass. */
const SCHEMA = {
    select: stringList,
    ignore: stringList,
    exclude: stringList,
    'extend-exclude': stringList,
    'unsafe-fixes': bool,
    'target-version': (v) => (v === 'py27' || v === 'py3' ? null : '"py27" or "py3"'),
    'respect-gitignore': bool,
    'per-file-ignores': (v) => v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => stringList(x) === null)
        ? null
        : 'a table of glob = [codes]',
    'socket-names': stringList,
    'fix-style': (v) => (v === 'try' || v === 'suppress' ? null : '"try" or "suppress"'),
};
export class ConfigError extends Error {
}
/** The line on which `key` is set inside [tool.pysockfix], for error messages. */
function lineOf(text, key) {
    const lines = text.split('\n');
    let inTable = false;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i].trim();
        if (l.startsWith('['))
            inTable = /^\[\s*tool\.pysockfix(\.|\s*\])/.test(l);
        else if (inTable && new RegExp(`^["']?${key.replace(/[-.]/g, '\\$&')}["']?\\s*=`).test(l))
            return i + 1;
    }
    return null;
}
export function loadConfigFile(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`${file}: cannot read: ${err.message}`);
    }
    let doc;
    try {
        doc = parse(text);
    }
    catch (err) {
        const where = err instanceof TomlError ? `:${err.line}:${err.column}` : '';
        throw new ConfigError(`${file}${where}: invalid TOML: ${err.message.split('\n')[0]}`);
    }
    const tool = doc.tool?.pysockfix;
    const root = path.dirname(path.resolve(file));
    if (tool === undefined)
        return { file, root, config: {} };
    if (typeof tool !== 'object' || tool === null || Array.isArray(tool)) {
        throw new ConfigError(`${file}: [tool.pysockfix] must be a table`);
    }
    for (const [key, value] of Object.entries(tool)) {
        const line = lineOf(text, key);
        const at = line ? `${file}:${line}` : file;
        const check = SCHEMA[key];
        if (!check) {
            throw new ConfigError(`${at}: unknown key '${key}' in [tool.pysockfix] (known: ${Object.keys(SCHEMA).join(', ')})`);
        }
        const problem = check(value);
        if (problem)
            throw new ConfigError(`${at}: '${key}' must be ${problem}`);
        // Ex) select = ["SOCK01"]   (ruff: Unknown rule selector)
        const codes = key === 'select' || key === 'ignore' ? value : key === 'per-file-ignores' ? Object.values(value).flat() : [];
        const unknown = unknownSelector(codes);
        if (unknown !== null)
            throw new ConfigError(`${at}: Unknown rule selector \`${unknown}\` in '${key}' (known: ${RULE_CODES.join(', ')}, a prefix of one, or ALL)`);
    }
    return { file, root, config: tool };
}
/** The nearest pyproject.toml at or above `start` that has a [tool.pysockfix] table. */
export function findConfig(start) {
    let dir = path.resolve(start);
    if (!isDirectory(dir))
        dir = path.dirname(dir);
    for (;;) {
        const candidate = path.join(dir, 'pyproject.toml');
        if (existsSync(candidate)) {
            const text = safeRead(candidate);
            if (text !== null && /^\s*\[\s*tool\.pysockfix/m.test(text))
                return loadConfigFile(candidate);
        }
        const parent = path.dirname(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
/** A file's text, or null when it cannot be read. */
export function safeRead(file) {
    // Ex) the pyproject.toml that says requires-python, or holds [tool.isort]: a fix's spelling depends on it
    noteDependency(file);
    try {
        return readFileSync(file, 'utf8');
    }
    catch {
        return null;
    }
}
export function isDirectory(p) {
    return statOrNull(p)?.isDirectory() ?? false;
}

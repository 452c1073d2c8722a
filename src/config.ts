// [tool.pysockfix] from the nearest pyproject.toml, validated against one
// schema, merged under the command line's options.
import { RULE_CODES, unknownSelector } from './rules/codes.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { noteDependency, statOrNull } from './runner/deps.js';
import { parse, TomlError } from 'smol-toml';

export interface FileConfig {
  /** Rule codes or prefixes to enable. */
  select?: string[];
  /** Rule codes or prefixes to disable. */
  ignore?: string[];
  /** Globs that replace the default excludes. */
  exclude?: string[];
  /** Globs added to the excludes. */
  'extend-exclude'?: string[];
  /** Apply unsafe fixes with --write. */
  'unsafe-fixes'?: boolean;
  /** py27 forces `except socket.error:`; py3 forces `except OSError:`. */
  'target-version'?: 'py27' | 'py3';
  /** Skip files that .gitignore excludes. */
  'respect-gitignore'?: boolean;
  /** Glob to rule codes ignored in matching files. */
  'per-file-ignores'?: Record<string, string[]>;
  /** Extra receiver names treated as likely sockets. */
  'socket-names'?: string[];
  /** SOCK001's guard: try/except (default) or contextlib.suppress (Python 3 files only). */
  'fix-style'?: 'try' | 'suppress';
}

type Check = (value: unknown) => string | null;

const stringList: Check = (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? null : 'an array of strings');
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'a boolean');

/** The schema: each key with the check its value must pass. */
const SCHEMA: Record<keyof FileConfig, Check> = {
  select: stringList,
  ignore: stringList,
  exclude: stringList,
  'extend-exclude': stringList,
  'unsafe-fixes': bool,
  'target-version': (v) => (v === 'py27' || v === 'py3' ? null : '"py27" or "py3"'),
  'respect-gitignore': bool,
  'per-file-ignores': (v) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => stringList(x) === null)
      ? null
      : 'a table of glob = [codes]',
  'socket-names': stringList,
  'fix-style': (v) => (v === 'try' || v === 'suppress' ? null : '"try" or "suppress"'),
};

export class ConfigError extends Error {}

export interface LoadedConfig {
  file: string | null;
  /** The directory the config's globs are relative to. */
  root: string;
  config: FileConfig;
}

/** The line on which `key` is set inside [tool.pysockfix], for error messages. */
function lineOf(text: string, key: string): number | null {
  const lines = text.split('\n');
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l.startsWith('[')) inTable = /^\[\s*tool\.pysockfix(\.|\s*\])/.test(l);
    else if (inTable && new RegExp(`^["']?${key.replace(/[-.]/g, '\\$&')}["']?\\s*=`).test(l)) return i + 1;
  }
  return null;
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read: ${(err as Error).message}`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (err) {
    const where = err instanceof TomlError ? `:${err.line}:${err.column}` : '';
    throw new ConfigError(`${file}${where}: invalid TOML: ${(err as Error).message.split('\n')[0]}`);
  }
  const tool = (doc.tool as Record<string, unknown> | undefined)?.pysockfix;
  const root = path.dirname(path.resolve(file));
  if (tool === undefined) return { file, root, config: {} };
  if (typeof tool !== 'object' || tool === null || Array.isArray(tool)) {
    throw new ConfigError(`${file}: [tool.pysockfix] must be a table`);
  }
  for (const [key, value] of Object.entries(tool)) {
    const line = lineOf(text, key);
    const at = line ? `${file}:${line}` : file;
    const check = SCHEMA[key as keyof FileConfig];
    if (!check) {
      throw new ConfigError(`${at}: unknown key '${key}' in [tool.pysockfix] (known: ${Object.keys(SCHEMA).join(', ')})`);
    }
    const problem = check(value);
    if (problem) throw new ConfigError(`${at}: '${key}' must be ${problem}`);
    // Ex) select = ["SOCK01"]   (ruff: Unknown rule selector)
    const codes = key === 'select' || key === 'ignore' ? (value as string[]) : key === 'per-file-ignores' ? Object.values(value as Record<string, string[]>).flat() : [];
    const unknown = unknownSelector(codes);
    if (unknown !== null) throw new ConfigError(`${at}: Unknown rule selector \`${unknown}\` in '${key}' (known: ${RULE_CODES.join(', ')}, a prefix of one, or ALL)`);
  }
  return { file, root, config: tool as FileConfig };
}

/** The nearest pyproject.toml at or above `start` that has a [tool.pysockfix] table. */
export function findConfig(start: string): LoadedConfig | null {
  let dir = path.resolve(start);
  if (!isDirectory(dir)) dir = path.dirname(dir);
  for (;;) {
    const candidate = path.join(dir, 'pyproject.toml');
    if (existsSync(candidate)) {
      const text = safeRead(candidate);
      if (text !== null && /^\s*\[\s*tool\.pysockfix/m.test(text)) return loadConfigFile(candidate);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** A file's text, or null when it cannot be read. */
export function safeRead(file: string): string | null {
  // Ex) the pyproject.toml that says requires-python, or holds [tool.isort]: a fix's spelling depends on it
  noteDependency(file);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function isDirectory(p: string): boolean {
  return statOrNull(p)?.isDirectory() ?? false;
}

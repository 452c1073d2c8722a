// The project model, as the analysis of one file sees it: the project modules
// it imports, found on disk and summarised on demand (so a pre-commit run of
// three files reads only what those files import, not the whole tree). Each
// summary is computed once per worker and kept as plain data; the module's
// tree is freed as soon as its summary is made.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectFacts } from '../analysis/facts.js';
import { ProvenanceResolver } from '../analysis/provenance.js';
import type { ModuleSummary, ProjectLookup } from '../analysis/summary.js';
import { loadedParser } from '../parse.js';
import { decodeSource } from '../source.js';

const ROOT_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', '.git'];
/** A module larger than this is not summarised (its names stay unknown). */
const MAX_MODULE_BYTES = 2 * 1024 * 1024;
/** How many modules deep a summary may follow imports. */
const MAX_DEPTH = 4;

const summaries = new Map<string, ModuleSummary | null>();
const inProgress = new Set<string>();
const statCache = new Map<string, 'file' | 'dir' | null>();
const rootCache = new Map<string, string[]>();

function kind(p: string): 'file' | 'dir' | null {
  let k = statCache.get(p);
  if (k === undefined) {
    try {
      const st = statSync(p);
      k = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null;
    } catch {
      k = null;
    }
    statCache.set(p, k);
  }
  return k;
}

/**
 * Where absolute imports of a file's project start (its sys.path entries): the
 * project root (the nearest directory with pyproject.toml, setup.py, setup.cfg
 * or .git), its `src/`, and the directory above the file's top-level package.
 */
export function importRoots(file: string): string[] {
  const dir = path.dirname(path.resolve(file));
  const cached = rootCache.get(dir);
  if (cached) return cached;
  const roots: string[] = [];
  let top = dir;
  while (kind(path.join(top, '__init__.py')) === 'file' && path.dirname(top) !== top) top = path.dirname(top);
  roots.push(top);
  for (let d = dir; ; d = path.dirname(d)) {
    if (ROOT_MARKERS.some((m) => kind(path.join(d, m)) !== null)) {
      roots.push(d, path.join(d, 'src'));
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const unique = [...new Set(roots)].filter((r) => kind(r) === 'dir');
  rootCache.set(dir, unique);
  return unique;
}

/** The file of module `parts` under `base` (`a/b.py` or `a/b/__init__.py`), or null. */
function moduleFile(base: string, parts: string[]): string | null {
  const stem = path.join(base, ...parts);
  if (kind(`${stem}.py`) === 'file') return `${stem}.py`;
  if (kind(path.join(stem, '__init__.py')) === 'file') return path.join(stem, '__init__.py');
  return null;
}

/** The project module a qualified name lives in, and the member inside it, from the importing file's point of view. */
export function resolveModule(fromFile: string, qualified: string): { file: string; member: string; module: string } | null {
  const dots = /^\.*/.exec(qualified)![0].length;
  const parts = qualified.slice(dots).split('.').filter(Boolean);
  if (parts.length < 2 && dots === 0) return null;
  let bases: string[];
  if (dots > 0) {
    let base = path.dirname(path.resolve(fromFile));
    for (let i = 1; i < dots; i++) base = path.dirname(base);
    bases = [base];
  } else {
    bases = importRoots(fromFile);
  }
  // The longest prefix that is a module; the rest is the member (`pkg.mod.Class` -> pkg/mod.py, Class).
  for (const base of bases) {
    for (let n = parts.length - 1; n >= 1; n--) {
      const file = moduleFile(base, parts.slice(0, n));
      if (file && path.resolve(file) !== path.resolve(fromFile)) {
        return { file, member: parts.slice(n).join('.'), module: qualified.slice(0, qualified.length - parts.slice(n).join('.').length - 1) };
      }
    }
  }
  return null;
}

/** The summary of one project module, computed on first use (null when it cannot be read or parsed). */
function summaryOf(file: string, depth: number, calledCallbacks: ReadonlySet<string>): ModuleSummary | null {
  const key = path.resolve(file);
  if (summaries.has(key)) return summaries.get(key)!;
  // Ex) a.py imports b.py, which imports a.py: the inner question gets no answer rather than a loop
  if (inProgress.has(key) || depth > MAX_DEPTH) return null;
  const parser = loadedParser();
  if (!parser) return null;
  let result: ModuleSummary | null = null;
  inProgress.add(key);
  try {
    if (statSync(key).size > MAX_MODULE_BYTES) return null;
    const decoded = decodeSource(readFileSync(key));
    if (!decoded.ok) return null;
    const tree = parser.parse(decoded.source.text);
    if (!tree) return null;
    try {
      const facts = collectFacts(tree, parser.query('facts'));
      result = new ProvenanceResolver(facts, null, calledCallbacks, projectLookup(key, depth + 1, calledCallbacks)).summary();
    } finally {
      tree.delete();
    }
  } catch {
    result = null;
  } finally {
    inProgress.delete(key);
  }
  summaries.set(key, result);
  return result;
}

/** The lookup a file's analysis uses to see the project modules it imports. */
export function projectLookup(file: string, depth = 0, calledCallbacks: ReadonlySet<string> = new Set()): ProjectLookup {
  return {
    find(qualified) {
      const found = resolveModule(file, qualified);
      if (!found) return null;
      const summary = summaryOf(found.file, depth, calledCallbacks);
      return summary ? { summary, member: found.member, module: found.module } : null;
    },
  };
}

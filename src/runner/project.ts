// The project model, as the analysis of one file sees it: the project modules
// it imports, found on disk and summarised on demand (so a pre-commit run of
// three files reads only what those files import, not the whole tree). Only
// the members asked for are summarised (a test module that imports one helper
// from a 3,000-line support package pays for that helper), each once per
// worker, and kept as plain data. A few modules' trees stay parsed for the
// next question (LIVE_MODULES); older ones are freed and parsed again if asked.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectFacts } from '../analysis/facts.js';
import { ProvenanceResolver } from '../analysis/provenance.js';
import type { ModuleSummary, ProjectLookup } from '../analysis/summary.js';
import { STDLIB_MODULES } from '../knowledge/stdlib-modules.js';
import { loadedParser, type Tree } from '../parse.js';
import { decodeSource } from '../source.js';

const ROOT_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', '.git'];
/** A module larger than this is not summarised (its names stay unknown). */
const MAX_MODULE_BYTES = 2 * 1024 * 1024;
/** How many modules deep a summary may follow imports. */
const MAX_DEPTH = 4;

/** How many modules' trees (and their resolvers' caches) stay alive between questions. */
const LIVE_MODULES = 24;

interface LiveModule {
  tree: Tree;
  resolver: ProvenanceResolver;
}

/** Per module file: each member's summary, once made (null: the module cannot be read or parsed). */
const members = new Map<string, Map<string, ModuleSummary> | null>();
/** Parsed modules, least recently used first. */
const live = new Map<string, LiveModule>();
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
  // Ex) import threading; threading.Thread(...)   (the standard library, even where the tree holds a copy of it)
  if (dots === 0 && STDLIB_MODULES.has(parts[0])) return null;
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

/** A parsed module with its resolver, kept among the LIVE_MODULES most recently used; null when it cannot be read or parsed. */
function liveModule(key: string, depth: number, calledCallbacks: ReadonlySet<string>): LiveModule | null {
  const found = live.get(key);
  if (found) {
    live.delete(key);
    live.set(key, found);
    return found;
  }
  const parser = loadedParser();
  if (!parser) return null;
  if (statSync(key).size > MAX_MODULE_BYTES) return null;
  const decoded = decodeSource(readFileSync(key));
  if (!decoded.ok) return null;
  const tree = parser.parse(decoded.source.text);
  if (!tree) return null;
  const facts = collectFacts(tree, parser.query('facts'));
  const entry = { tree, resolver: new ProvenanceResolver(facts, null, calledCallbacks, projectLookup(key, depth + 1, calledCallbacks)) };
  live.set(key, entry);
  while (live.size > LIVE_MODULES) {
    const [oldest, old] = live.entries().next().value as [string, LiveModule];
    // A module still being summarised up the stack keeps its tree.
    if (inProgress.has(oldest)) break;
    live.delete(oldest);
    old.tree.delete();
  }
  return entry;
}

/** The summary of one member of a project module, computed on first use (null when the module cannot be read or parsed). */
function summaryOf(file: string, member: string, depth: number, calledCallbacks: ReadonlySet<string>): ModuleSummary | null {
  const key = path.resolve(file);
  let known = members.get(key);
  if (known === null) return null;
  // The member's head: `Class.method` is asked of `Class`'s summary, which has no such entry.
  const head = member.split('.')[0];
  const done = known?.get(head);
  if (done) return done;
  // Ex) a.py imports b.py, which imports a.py: the inner question gets no answer rather than a loop
  if (inProgress.has(key) || depth > MAX_DEPTH) return null;
  inProgress.add(key);
  let result: ModuleSummary | null = null;
  try {
    const module = liveModule(key, depth, calledCallbacks);
    if (module) result = module.resolver.memberSummary(head);
  } catch {
    result = null;
  } finally {
    inProgress.delete(key);
  }
  if (!result) {
    members.set(key, null);
    return null;
  }
  if (!known) members.set(key, (known = new Map()));
  known.set(head, result);
  return result;
}

/** The lookup a file's analysis uses to see the project modules it imports. */
export function projectLookup(file: string, depth = 0, calledCallbacks: ReadonlySet<string> = new Set()): ProjectLookup {
  return {
    find(qualified) {
      const found = resolveModule(file, qualified);
      if (!found) return null;
      const summary = summaryOf(found.file, found.member, depth, calledCallbacks);
      return summary ? { summary, member: found.member, module: found.module } : null;
    },
  };
}

// The tree-sitter parser: one per thread, loaded once. Queries live in
// grammars/python/*.scm so they can be read and tested as tree-sitter text.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import v8 from 'node:v8';
import { Language, Parser, Query, type Node, type Tree } from 'web-tree-sitter';
import { launcher } from './launcher.js';
import { MIN_BLANKED_CHARS, numbersBlanked } from './blank-numbers.js';

export type { Node, Tree, Query, TreeCursor } from 'web-tree-sitter';

const GRAMMAR_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'grammars', 'python');

export interface PythonParser {
  parse(text: string): Tree | null;
  /**
   * The captures of a query file whose patterns are each one node type,
   * `(call) @call`: the compiled query, and the capture name by node type id
   * (every id of an aliased type) for a walk of the tree that finds the same
   * nodes (see facts.ts: tree-sitter's query cursor is not linear on very
   * wide or deep trees).
   */
  captures(name: string): Captures;
}

/** A query file's patterns, as the compiled query and as capture names by node type id. */
export interface Captures {
  /** Compiled on first use: tree-sitter's ts_query_new takes 20-25 ms on V8's baseline WASM compiler. */
  readonly query: Query;
  byId: Map<number, string>;
  /**
   * Take the walk from JS for every file, not only for very wide or deep code
   * (facts.ts, capturedNodes): the tests hold its answers to tree-sitter's walk's.
   */
  walk: boolean;
}

const ONE_NODE_PATTERN = /^\s*\(([a-z_]+)\)\s*@([\w.]+)\s*$/;

let loading: Promise<PythonParser> | null = null;
let loaded: PythonParser | null = null;

/**
 * Loads web-tree-sitter and the Python grammar; resolves to the same parser on every call.
 * quickStart is for a handful of files: V8 then keeps the grammar's WASM on its
 * baseline compiler, whose optimizing tier-up would otherwise delay the exit
 * (measured: 80 ms of a 0.4 s one-file run); a big run wants the optimized code.
 */
export function initParser(options: { quickStart?: boolean } = {}): Promise<PythonParser> {
  // Not in a run that writes V8's code cache (launcher.ts): the flag would change the hash the cache holds,
  // and its implications (no WASM tier-up) stay when it is turned off again.
  if (options.quickStart && !loading && !launcher()?.writesCodeCache) v8.setFlagsFromString('--liftoff-only');
  loading ??= (async () => {
    // Its runtime's WASM by package name, not beside the script that loads it: in the one-file bundle
    // (scripts/bundle.mjs) that script is dist/pysockfix.cjs, where no tree-sitter.wasm lies.
    const runtime = runtimeWasm();
    // (Its typing asks for a whole Emscripten module; locateFile is the one option given.)
    const runtimeModule = { locateFile: () => runtime } as Partial<EmscriptenModule> as EmscriptenModule;
    await Parser.init(runtimeModule);
    directWordAccess(runtimeModule);
    // Vendored (grammars/python/tree-sitter-python.json pins it; scripts/refresh-grammar.mjs refreshes it).
    // Its bytes, not its path: for a path, web-tree-sitter reads the file by import('fs/promises'), which the bundle has no loader for.
    const language = await Language.load(readFileSync(path.join(GRAMMAR_DIR, 'tree-sitter-python.wasm')));
    const parser = new Parser();
    parser.setLanguage(language);
    const queries = new Map<string, Captures>();
    let namedIds: Map<string, number[]> | undefined;
    loaded = {
      parse: (text) => parseBlanked(parser, text),
      captures(name) {
        const known = queries.get(name);
        if (known) return known;
        const source = readFileSync(path.join(GRAMMAR_DIR, `${name}.scm`), 'utf8');
        let query: Query | null = null;
        const byType = new Map<string, string>();
        for (const line of source.split('\n')) {
          if (!line.trim() || line.trim().startsWith(';')) continue;
          const m = ONE_NODE_PATTERN.exec(line);
          if (!m) throw new Error(`${name}.scm: only one-node patterns such as (call) @call are supported: ${line}`);
          byType.set(m[1], m[2]);
        }
        const byId = new Map<number, string>();
        for (const [type, capture] of byType) for (const id of (namedIds ??= idsOfNamedTypes(language)).get(type) ?? []) byId.set(id, capture);
        const captures: Captures = {
          get query() {
            return (query ??= new Query(language, source));
          },
          byId,
          walk: false,
        };
        queries.set(name, captures);
        return captures;
      },
    };
    return loaded;
  })();
  return loading;
}

/** Blank literals of numbers of at least this many characters before the parse (0: never); tests set it lower. */
export const blanking = { min: MIN_BLANKED_CHARS };

/** web-tree-sitter's Tree reads a node's text through this (not in its typings). */
interface TextSource {
  textCallback: (index: number) => string;
}

/**
 * The tree of `text`, parsed with its large literals of numbers blanked (blank-numbers.ts) when it
 * has any: the tree then reads node text from `text` itself. A blanked text whose tree has an error
 * is parsed again as it is, so a tree with errors is always the file's own (the blank never hides
 * one, nor changes how the parser recovers).
 */
function parseBlanked(parser: Parser, text: string): Tree | null {
  const blanked = blanking.min > 0 ? numbersBlanked(text, blanking.min) : null;
  if (blanked !== null) {
    const tree = parser.parse(blanked);
    if (tree && !tree.rootNode.hasError) {
      (tree as unknown as TextSource).textCallback = (index) => text.slice(index);
      return tree;
    }
    tree?.delete();
  }
  return parser.parse(text);
}

/**
 * web-tree-sitter's WASM: in the node_modules folders require.resolve() looks in, nearest first, and
 * by require.resolve() itself when none holds it (NODE_PATH, a global folder). Not require.resolve()
 * first: it reads the package's exports map, 2-4 ms of a one-file run.
 */
function runtimeWasm(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; ) {
    if (path.basename(dir) !== 'node_modules') {
      const file = path.join(dir, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm');
      if (existsSync(file)) return file;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return createRequire(import.meta.url).resolve('web-tree-sitter/tree-sitter.wasm');
}

/** The part of the Emscripten runtime module that directWordAccess() replaces and reads. */
interface WordAccess {
  setValue(ptr: number, value: number, type?: string): void;
  getValue(ptr: number, type?: string): number;
  HEAP32?: Int32Array;
}

/**
 * Every node web-tree-sitter hands out, and every question asked of one (its type, its end, a
 * field's child), goes through a transfer buffer in the WASM memory, a 32-bit word at a time, by the
 * Emscripten runtime's setValue()/getValue(): a generic function that tests the type's name
 * (`type.endsWith('*')`, a switch) and stores through a little-endian DataView. On the facts of the
 * lib directory's 176 socket modules that was 13% of the time. On a little-endian host the same word
 * is one element of the runtime's Int32Array view of that memory (HEAP32, which the runtime replaces
 * when the memory grows). Every other type keeps the runtime's function.
 */
export function directWordAccess(runtime: object): boolean {
  const module = runtime as WordAccess;
  if (endianness() !== 'LE' || !(module.HEAP32 instanceof Int32Array) || typeof module.setValue !== 'function' || typeof module.getValue !== 'function') return false;
  const { setValue, getValue } = module;
  let heap = module.HEAP32;
  // A grown memory detaches the old buffer (its view's length becomes 0): the runtime's new view is taken then.
  const words = () => (heap.length ? heap : (heap = module.HEAP32!));
  module.setValue = (ptr, value, type = 'i8') => {
    if (type === 'i32') words()[ptr >> 2] = value;
    else setValue(ptr, value, type);
  };
  module.getValue = (ptr, type = 'i8') => (type === 'i32' ? words()[ptr >> 2] : getValue(ptr, type));
  return true;
}

/** Every id of each named node type (an aliased type has several): read once for all the queries, 1-3 ms of WASM calls. */
function idsOfNamedTypes(language: Language): Map<string, number[]> {
  const ids = new Map<string, number[]>();
  for (let id = 0; id < language.nodeTypeCount; id++) {
    const type = language.nodeTypeForId(id);
    if (!type || !language.nodeTypeIsNamed(id)) continue;
    const list = ids.get(type);
    if (list) list.push(id);
    else ids.set(type, [id]);
  }
  return ids;
}

/** The parser if initParser() has finished, else null. */
export function loadedParser(): PythonParser | null {
  return loaded;
}

/** Up to this many ancestors are read with `.parent`; a deeper node's others are found from the top down. */
const NEAR_ANCESTORS = 64;

/**
 * A node's ancestors, innermost first, below `top` (an ancestor of the node;
 * itself not yielded) or up to the root; lazily, so a caller that stops at
 * the enclosing statement reads only that far. `node.parent` searches from
 * the root each time, so a walk up by `.parent` alone costs the square of the
 * depth (100,000 nested calls): past NEAR_ANCESTORS steps the rest of the
 * chain is found once, from the top down, with childWithDescendant().
 */
export function* ancestors(node: Node, top?: Node): Generator<Node> {
  let n = node;
  for (let i = 0; i < NEAR_ANCESTORS; i++) {
    const p = n.parent;
    if (!p || (top && p.id === top.id)) return;
    yield p;
    n = p;
  }
  const root = top ?? n.tree.rootNode;
  if (root.id === n.id) return;
  const rest: Node[] = top ? [] : [root];
  // Ex) root.childWithDescendant(n) is the child of root that holds n (n itself when a child)
  for (let c = root.childWithDescendant(n); c && c.id !== n.id; c = c.childWithDescendant(n)) rest.push(c);
  for (let i = rest.length - 1; i >= 0; i--) yield rest[i];
}

/** The node, then its ancestors (see ancestors()). */
export function* selfAndAncestors(node: Node): Generator<Node> {
  yield node;
  yield* ancestors(node);
}

/** How many ERROR and MISSING nodes a tree has (0 at once when it has none). */
export function countErrorNodes(tree: Tree): number {
  if (!tree.rootNode.hasError) return 0;
  let count = 0;
  const cursor = tree.walk();
  try {
    let done = false;
    while (!done) {
      const node: Node = cursor.currentNode;
      if (node.isError || node.isMissing) count++;
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
      }
    }
  } finally {
    cursor.delete();
  }
  return count;
}

/** Parses `text` and counts its error nodes (a text the parser gives up on counts as very many). */
export function parseErrorCount(parser: PythonParser, text: string): number {
  const tree = parser.parse(text);
  if (!tree) return Number.MAX_SAFE_INTEGER;
  try {
    return countErrorNodes(tree);
  } finally {
    tree.delete();
  }
}

// The tree-sitter parser: one per thread, loaded once. Queries live in
// grammars/python/*.scm so they can be read and tested as tree-sitter text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import v8 from 'node:v8';
import { Language, Parser, Query, type Node, type Tree } from 'web-tree-sitter';

export type { Node, Tree, Query } from 'web-tree-sitter';

const GRAMMAR_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'grammars', 'python');

export interface PythonParser {
  parse(text: string): Tree | null;
  query(name: string): Query;
}

let loading: Promise<PythonParser> | null = null;
let loaded: PythonParser | null = null;

/**
 * Loads web-tree-sitter and the Python grammar; resolves to the same parser on every call.
 * quickStart is for a handful of files: V8 then keeps the grammar's WASM on its
 * baseline compiler, whose optimizing tier-up would otherwise delay the exit
 * (measured: 80 ms of a 0.4 s one-file run); a big run wants the optimized code.
 */
export function initParser(options: { quickStart?: boolean } = {}): Promise<PythonParser> {
  if (options.quickStart && !loading) v8.setFlagsFromString('--liftoff-only');
  loading ??= (async () => {
    await Parser.init();
    // Vendored (grammars/python/tree-sitter-python.json pins it; scripts/refresh-grammar.mjs refreshes it).
    const language = await Language.load(path.join(GRAMMAR_DIR, 'tree-sitter-python.wasm'));
    const parser = new Parser();
    parser.setLanguage(language);
    const queries = new Map<string, Query>();
    loaded = {
      parse: (text) => parser.parse(text),
      query(name) {
        let q = queries.get(name);
        if (!q) {
          q = new Query(language, readFileSync(path.join(GRAMMAR_DIR, `${name}.scm`), 'utf8'));
          queries.set(name, q);
        }
        return q;
      },
    };
    return loaded;
  })();
  return loading;
}

/** The parser if initParser() has finished, else null. */
export function loadedParser(): PythonParser | null {
  return loaded;
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

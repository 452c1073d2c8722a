// The file's import statements, for the questions that need no scoping: which
// modules it imports at all, where its last top-level socket import stands, and
// whether a name is imported anywhere. What a name means at a given point is
// the semantic model's question (semantic.ts).
import { SOCKET_MODULES, SSL_MODULES, STAR_EXPORTS } from '../knowledge/socket.js';
import type { Node } from '../parse.js';

interface Binding {
  /** Fully qualified name the local name stands for (`socket`, `socket.create_connection`). */
  qualified: string;
  /** Bound at module level (visible in every function). */
  moduleLevel: boolean;
  node: Node;
}

export class ImportTable {
  private readonly bindings = new Map<string, Binding[]>();
  private readonly starModules: { module: string; moduleLevel: boolean }[] = [];

  add(stmt: Node, moduleLevel: boolean): void {
    for (const name of importedNames(stmt)) {
      if (name.star !== undefined) this.starModules.push({ module: name.star, moduleLevel });
      else this.bind(name.local, name.qualified, moduleLevel, stmt);
    }
  }

  private bind(local: string, qualified: string, moduleLevel: boolean, node: Node): void {
    const list = this.bindings.get(local) ?? [];
    list.push({ qualified: canonicalModule(qualified), moduleLevel, node });
    this.bindings.set(local, list);
  }

  /** The last module-level statement that imports from the socket module. */
  lastSocketImport(): Node | null {
    let last: Node | null = null;
    for (const list of this.bindings.values()) {
      for (const b of list) {
        if (!b.moduleLevel || !/^socket(\.|$)/.test(b.qualified)) continue;
        if (!last || b.node.startIndex > last.startIndex) last = b.node;
      }
    }
    return last;
  }

  /** The first qualified name an import binds that matches `pattern` (a star import's module too), or null. */
  firstMatching(pattern: RegExp): string | null {
    for (const list of this.bindings.values()) for (const b of list) if (pattern.test(b.qualified)) return b.qualified;
    return this.starModules.find((s) => pattern.test(canonicalModule(s.module)))?.module ?? null;
  }

  /** The names an import binds to a module matching `pattern` (a star import of one: `*`), with what each stands for. */
  namesMatching(pattern: RegExp): { local: string; qualified: string; node: Node | null }[] {
    const out: { local: string; qualified: string; node: Node | null }[] = [];
    for (const [local, list] of this.bindings) for (const b of list) if (pattern.test(b.qualified)) out.push({ local, qualified: b.qualified, node: b.node });
    for (const s of this.starModules) if (pattern.test(canonicalModule(s.module))) out.push({ local: '*', qualified: s.module, node: null });
    return out;
  }

  /** Is any module matching `pattern` imported (by any style)? */
  importsAny(pattern: RegExp): boolean {
    for (const list of this.bindings.values()) if (list.some((b) => pattern.test(b.qualified))) return true;
    return this.starModules.some((s) => pattern.test(canonicalModule(s.module)));
  }

  /**
   * What `head` is bound to by an import visible at `offset`: one inside the
   * innermost of `enclosing` (function ranges, innermost first) that holds it,
   * else the last module-level one unless the module defines the name after it
   * (`definedAt`); null when no import binds it there.
   */
  importedAt(head: string, offset: number, enclosing: { start: number; end: number }[], definedAt = -1): string | null {
    const list = this.bindings.get(head);
    if (list) {
      for (const range of enclosing) {
        const local = list.filter((b) => !b.moduleLevel && b.node.startIndex >= range.start && b.node.startIndex < range.end);
        if (local.length) return local[local.length - 1].qualified;
      }
      const top = list.filter((b) => b.moduleLevel);
      // Ex) import socket ... def socket(): ...   (the later module-level binding wins)
      if (top.length && top[top.length - 1].node.startIndex > definedAt) return top[top.length - 1].qualified;
    }
    if (definedAt >= 0) return null;
    // Ex) from socket import *; from thread import *   (the last star import that gives the name binds it)
    for (let i = this.starModules.length - 1; i >= 0; i--) {
      const star = this.starModules[i];
      const module = canonicalModule(star.module);
      if (star.moduleLevel && STAR_EXPORTS.get(module)?.has(head)) return `${module}.${head}`;
    }
    return null;
  }

  /** What every module-level import of `local` binds it to, in source order (`if`/`else` branches give several). */
  moduleLevel(local: string): string[] {
    return (this.bindings.get(local) ?? []).filter((b) => b.moduleLevel).map((b) => b.qualified);
  }

  isBound(local: string): boolean {
    return this.bindings.has(local);
  }
}

/** One name an import statement binds: `local` for `qualified`, or a star import of module `star`. */
export type ImportedName = { local: string; qualified: string; star?: undefined } | { star: string };

/**
 * The names an import statement binds, each with what it stands for:
 * `import os.path` binds `os` (to `os`), `import a.b as c` binds `c` (to `a.b`),
 * `from .factory import connect` binds `connect` (to `.factory.connect`, which
 * the project model resolves against the file).
 */
export function importedNames(stmt: Node): ImportedName[] {
  const out: ImportedName[] = [];
  if (stmt.type === 'import_statement') {
    for (const item of stmt.namedChildren) {
      if (item?.type === 'dotted_name') {
        const first = item.namedChild(0)?.text;
        if (first) out.push({ local: first, qualified: first });
      } else if (item?.type === 'aliased_import') {
        const name = item.childForFieldName('name')?.text.replace(/\s+/g, '');
        const alias = item.childForFieldName('alias')?.text;
        if (name && alias) out.push({ local: alias, qualified: name });
      }
    }
    return out;
  }
  const moduleNode = stmt.type === 'import_from_statement' ? stmt.childForFieldName('module_name') : null;
  if (!moduleNode) return out;
  const module = moduleNode.text.replace(/\s+/g, '');
  for (const item of stmt.namedChildren) {
    if (!item || item.startIndex === moduleNode.startIndex) continue;
    if (item.type === 'wildcard_import') out.push({ star: module });
    else if (item.type === 'dotted_name') out.push({ local: item.text, qualified: joinModule(module, item.text) });
    else if (item.type === 'aliased_import') {
      const name = item.childForFieldName('name')?.text;
      const alias = item.childForFieldName('alias')?.text;
      if (name && alias) out.push({ local: alias, qualified: joinModule(module, name) });
    }
  }
  return out;
}

/** `pkg.mod` + `name`; a bare relative prefix (`.`, `..`) takes the name directly (`.name`). */
export function joinModule(module: string, name: string): string {
  return module.endsWith('.') ? `${module}${name}` : `${module}.${name}`;
}

/** The module each alias folds into: the socket module's green and C modules, the ssl module's green ones. */
const CANONICAL: [ReadonlySet<string>, string][] = [
  [SOCKET_MODULES, 'socket'],
  [SSL_MODULES, 'ssl'],
];

/** Maps the socket module's aliases (green or C modules) to `socket`, and the ssl module's green ones to `ssl`. */
export function canonicalModule(qualified: string): string {
  for (const [aliases, canonical] of CANONICAL) {
    for (const m of aliases) {
      if (qualified === m) return canonical;
      if (qualified.startsWith(`${m}.`)) return `${canonical}${qualified.slice(m.length)}`;
    }
  }
  return qualified;
}

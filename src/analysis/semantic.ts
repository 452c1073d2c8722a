// The semantic model of one file: every scope Python creates (module, class,
// function, lambda, comprehension) with the names each one binds, looked up
// with Python's own rules. It answers the question a fix must ask before it
// writes a name: what does `socket` (or `SHUT_RDWR`, `OSError`) mean *there*,
// at run time? Modelled on ruff's `ruff_python_semantic` (SemanticModel,
// Scope, Binding), reduced to what the fixes need.
import { loadedParser, type Node, type Tree } from '../parse.js';
import { STAR_EXPORTS } from '../knowledge/socket.js';
import { canonicalModule, importedNames } from './imports.js';
import { capturedNodes, PYTHON2_INTEGER, type ModuleFacts } from './facts.js';

export type SemanticScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export type BindingKind =
  | 'import'
  | 'from-import'
  | 'star-import'
  | 'assignment'
  | 'parameter'
  | 'loop-target'
  | 'with-target'
  | 'except-target'
  | 'function'
  | 'class'
  | 'deletion'
  | 'pattern'
  | 'global-assignment';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** For imports: the qualified name bound (`socket`, `socket.SHUT_RDWR`), socket's aliases folded. */
  qualified: string | null;
  start: number;
  /** Bound on every path through its scope (not under if, a loop, an except handler or a case). */
  definite: boolean;
}

export interface SemanticScope {
  kind: SemanticScopeKind;
  start: number;
  end: number;
  parent: SemanticScope | null;
  bindings: Map<string, Binding[]>;
  globals: Set<string>;
  nonlocals: Set<string>;
  children: SemanticScope[];
}

export type Resolution =
  | { t: 'bound'; scope: SemanticScope; bindings: Binding[] }
  | { t: 'builtin' }
  /** The module's namespace is filled at run time, so no statement tells what the name is. */
  | { t: 'unknown'; why: string };

/** Which Python the file's own syntax admits: one that only one of them parses, or both. */
export type SyntaxVersion = 'py2' | 'py3' | 'either';

const TARGET_CONTAINERS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'as_pattern_target', 'list_splat_pattern', 'expression_list']);

/** The node types SemanticModel's walk handles (its switch's cases); the walk passes over every other type to these. */
export const HANDLED: ReadonlySet<string> = new Set([
  'function_definition',
  'lambda',
  'class_definition',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
  'assignment',
  'augmented_assignment',
  'named_expression',
  'for_statement',
  'while_statement',
  'if_statement',
  'try_statement',
  'except_clause',
  'except_group_clause',
  'with_item',
  'case_clause',
  'import_statement',
  'import_from_statement',
  'future_import_statement',
  'global_statement',
  'nonlocal_statement',
  'delete_statement',
  'print_statement',
  'exec_statement',
  'call',
  'string',
  'integer',
  'comparison_operator',
  'raise_statement',
  'await',
  'match_statement',
  'keyword_separator',
  'positional_separator',
  'type_alias_statement',
  'yield',
  'dictionary_splat',
  'list_splat',
]);

/** A part of a handled node whose handled nodes are read in a scope. */
interface Region {
  start: number;
  end: number;
  scope: SemanticScope;
  /** Under a branch, loop or handler of its scope: bindings here may not happen. */
  guarded: boolean;
}

/** A handled node being read: its regions in source order, and the first one a later node may still be in. */
interface Frame {
  start: number;
  end: number;
  regions: Region[];
  next: number;
}

type Push = (node: Node | null, scope: SemanticScope, guarded: boolean) => void;

export class SemanticModel {
  readonly module: SemanticScope;
  /** Why the module namespace holds names no statement binds (an unknown star import, globals()[...] = ...), or null. */
  openNamespace: string | null = null;
  /**
   * Where the module-level statements end whose `from X import *` opened the namespace (the end of the
   * last one), when nothing else opened it; else -1. A name bound after that point is the module's own.
   */
  private starOpenedUntil = -1;
  private openedOtherwise = false;
  /** What the syntax tells of the Python version. */
  syntaxVersion: SyntaxVersion = 'either';
  private readonly scopes: SemanticScope[] = [];
  private imported: Map<string, string[]> | null = null;
  private py2 = false;
  private py3 = false;
  /** Does the text hold `<>` anywhere (read once, on the first comparison)? */
  private diamond: boolean | undefined;

  constructor(
    tree: Tree,
    nodes: Iterable<{ name: string; node: Node }>,
    /** The names `from <module> import *` binds, when the project model knows them (a project module's `__all__`). */
    private readonly starExports: ((module: string) => string[] | null) | null = null,
    /**
     * The text the tree was parsed from: a node's own characters tell, without a call into the tree,
     * that most strings, calls and comparisons say nothing of the model (`"..."`, `f(x)`, `a < b`).
     */
    private readonly text: string | null = null,
  ) {
    this.module = this.newScope('module', tree.rootNode, null);
    this.walk(nodes);
    this.hoistDeclarations();
    // Scopes are made in document order but a default value's lambda belongs to the enclosing scope: keep every scope's children in source order.
    for (const scope of this.scopes) scope.children.sort((a, b) => a.start - b.start);
    this.syntaxVersion = this.py2 && !this.py3 ? 'py2' : this.py3 && !this.py2 ? 'py3' : 'either';
  }

  /** The innermost scope that holds an offset. */
  scopeAt(offset: number): SemanticScope {
    let scope = this.module;
    for (;;) {
      const child = findChild(scope.children, offset);
      if (!child) return scope;
      scope = child;
    }
  }

  /** What `name` means at `offset`, by Python's lookup: local, enclosing functions (never classes), module, builtins. */
  resolve(name: string, offset: number): Resolution {
    let first = true;
    for (let cur: SemanticScope | null = this.scopeAt(offset); cur; cur = cur.parent) {
      // Ex) class C: socket = None; def m(self): socket.x   (a class body is invisible from its methods)
      if (cur.kind === 'class' && !first) continue;
      first = false;
      if (cur.kind === 'module') return this.atModule(name);
      if (cur.kind !== 'class' && cur.globals.has(name)) return this.atModule(name);
      const bound = cur.bindings.get(name);
      if (bound?.length && !cur.nonlocals.has(name)) return { t: 'bound', scope: cur, bindings: bound };
    }
    return { t: 'builtin' };
  }

  /** Does any scope on the way from the site run later than the module's own code (a function or lambda body)? */
  deferred(offset: number): boolean {
    for (let s: SemanticScope | null = this.scopeAt(offset); s; s = s.parent) if (s.kind === 'function' || s.kind === 'lambda') return true;
    return false;
  }

  /** The names each function's own `global` statements declare, by the function's start; functions with none are left out. Built once. */
  functionGlobals(): ReadonlyMap<number, ReadonlySet<string>> {
    if (!this.globalsByStart) {
      this.globalsByStart = new Map();
      for (const s of this.scopes) if (s.kind === 'function' && s.globals.size) this.globalsByStart.set(s.start, s.globals);
    }
    return this.globalsByStart;
  }

  private globalsByStart: Map<number, ReadonlySet<string>> | null = null;

  /** The names each function's own `nonlocal` statements declare, by the function's start; functions with none are left out. Built once. */
  functionNonlocals(): ReadonlyMap<number, ReadonlySet<string>> {
    if (!this.nonlocalsByStart) {
      this.nonlocalsByStart = new Map();
      for (const s of this.scopes) if (s.kind === 'function' && s.nonlocals.size) this.nonlocalsByStart.set(s.start, s.nonlocals);
    }
    return this.nonlocalsByStart;
  }

  private nonlocalsByStart: Map<number, ReadonlySet<string>> | null = null;

  /** Every module-level binding of a name (including `global x; x = ...` in functions). */
  moduleBindings(name: string): Binding[] {
    return this.module.bindings.get(name) ?? [];
  }

  /** Names some import in the file binds to `qualified` (socket's aliases folded), in order of appearance. */
  importedAs(qualified: string): string[] {
    if (!this.imported) {
      this.imported = new Map();
      const all: Binding[] = [];
      for (const scope of this.scopes) for (const list of scope.bindings.values()) for (const b of list) if (isImport(b) && b.qualified) all.push(b);
      for (const b of all.sort((x, y) => x.start - y.start)) {
        const names = this.imported.get(b.qualified!) ?? [];
        if (!names.includes(b.name)) names.push(b.name);
        this.imported.set(b.qualified!, names);
      }
    }
    return this.imported.get(qualified) ?? [];
  }

  private atModule(name: string): Resolution {
    const bound = this.module.bindings.get(name);
    if (this.openNamespace) return { t: 'unknown', why: this.openNamespace };
    return bound?.length ? { t: 'bound', scope: this.module, bindings: bound } : { t: 'builtin' };
  }

  private newScope(kind: SemanticScopeKind, node: Node, parent: SemanticScope | null): SemanticScope {
    const scope: SemanticScope = {
      kind,
      start: node.startIndex,
      end: node.endIndex,
      parent,
      bindings: new Map(),
      globals: new Set(),
      nonlocals: new Set(),
      children: [],
    };
    parent?.children.push(scope);
    this.scopes.push(scope);
    return scope;
  }

  private bind(scope: SemanticScope, name: string, kind: BindingKind, at: number, guarded: boolean, qualified: string | null = null): void {
    const list = scope.bindings.get(name);
    const b: Binding = { name, kind, qualified, start: at, definite: !guarded };
    if (list) list.push(b);
    else scope.bindings.set(name, [b]);
  }

  /** Binds every name in an assignment-like target (`a`, `a, (b, *c)`, `[d]`); attributes and subscripts bind nothing. */
  private bindTarget(target: Node | null, scope: SemanticScope, kind: BindingKind, guarded: boolean): void {
    if (!target) return;
    if (target.type === 'identifier') {
      this.bind(scope, target.text, kind, target.startIndex, guarded);
      return;
    }
    if (TARGET_CONTAINERS.has(target.type)) for (const c of target.namedChildren) this.bindTarget(c, scope, kind, guarded);
  }

  /** `global x` / `nonlocal x` move the function's bindings of x to the scope that owns the name. */
  private hoistDeclarations(): void {
    for (const scope of this.scopes) {
      for (const name of scope.globals) {
        const moved = scope.bindings.get(name);
        if (!moved) continue;
        scope.bindings.delete(name);
        // Ex) def setup(): global socket; socket = make()   (rebinds the module's name when called)
        for (const b of moved) this.bind(this.module, name, 'global-assignment', b.start, true, b.qualified);
      }
      for (const name of scope.nonlocals) {
        const moved = scope.bindings.get(name);
        if (!moved) continue;
        scope.bindings.delete(name);
        for (let up = scope.parent; up; up = up.parent) {
          if (up.kind !== 'function' && up.kind !== 'lambda') continue;
          if (!up.bindings.has(name)) continue;
          for (const b of moved) this.bind(up, name, 'global-assignment', b.start, true, b.qualified);
          break;
        }
      }
    }
  }

  /**
   * Reads the nodes of the types in HANDLED (grammars/python/semantic.scm), in
   * document order, outer before inner: a query that runs inside tree-sitter,
   * or on very wide or deep code a walk (facts.ts). Each node's scope and
   * guard come from the regions its nearest handled ancestor gave its
   * children: the whole node (a call, an assignment), or only some of them (a
   * function's body in the function's scope, its defaults in the enclosing
   * one). A node in no region is passed over with all it holds (an import's
   * names, a deleted target's subscripts). No recursion: a 100,000-deep
   * expression must not overflow the JS stack.
   */
  private walk(captured: Iterable<{ name: string; node: Node }>): void {
    const everywhere = { start: -Infinity, end: Infinity, scope: this.module, guarded: false };
    const frames: Frame[] = [{ start: -Infinity, end: Infinity, regions: [everywhere], next: 0 }];
    let regions: Region[] = [];
    const push = (node: Node | null, scope: SemanticScope, guarded: boolean) => {
      if (node) regions.push({ start: node.startIndex, end: node.endIndex, scope, guarded });
    };
    for (const { name: type, node } of captured) {
      const start = node.startIndex;
      const end = node.endIndex;
      let frame = frames[frames.length - 1];
      while (start < frame.start || end > frame.end) {
        frames.pop();
        frame = frames[frames.length - 1];
      }
      const { regions: open } = frame;
      // The regions before this node are done with (the nodes come in document order).
      while (frame.next < open.length && (open[frame.next].end < start || (open[frame.next].end === start && open[frame.next].start < start))) frame.next++;
      let region: Region | undefined;
      for (let i = frame.next; i < open.length && open[i].start <= start; i++) {
        if (end <= open[i].end) {
          region = open[i];
          break;
        }
      }
      regions = [];
      if (region) this.handle(type, node, region.scope, region.guarded, push);
      // Ex) import a.b as c   (a node in no region of its ancestor's: it and what it holds are passed over)
      if (regions.length > 1) regions.sort((a, b) => a.start - b.start);
      frames.push({ start, end, regions, next: 0 });
    }
  }

  /** One handled node: its bindings, and the regions of it whose handled nodes are read, with their scope and guard. */
  private handle(type: string, node: Node, scope: SemanticScope, guarded: boolean, push: Push): void {
    const pushAll = (nodes: (Node | null)[], s: SemanticScope, g: boolean) => {
      for (const n of nodes) push(n, s, g);
    };
    switch (type) {
      case 'function_definition': {
        if (node.child(0)?.type === 'async') this.py3 = true;
        const name = node.childForFieldName('name');
        if (name) this.bind(scope, name.text, 'function', node.startIndex, guarded);
        const fn = this.newScope('function', node, scope);
        const params = node.childForFieldName('parameters');
        const returns = node.childForFieldName('return_type');
        if (returns) this.py3 = true;
        this.bindParameters(params, fn, scope, push);
        push(returns, scope, guarded);
        push(node.childForFieldName('body'), fn, false);
        return;
      }
      case 'lambda': {
        const fn = this.newScope('lambda', node, scope);
        this.bindParameters(node.childForFieldName('parameters'), fn, scope, push);
        push(node.childForFieldName('body'), fn, false);
        return;
      }
      case 'class_definition': {
        const name = node.childForFieldName('name');
        if (name) this.bind(scope, name.text, 'class', node.startIndex, guarded);
        const cls = this.newScope('class', node, scope);
        push(node.childForFieldName('superclasses'), scope, guarded);
        push(node.childForFieldName('body'), cls, false);
        return;
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression': {
        const comp = this.newScope('comprehension', node, scope);
        for (const clause of node.namedChildren) {
          if (clause?.type !== 'for_in_clause') continue;
          this.bindTarget(clause.childForFieldName('left'), comp, 'loop-target', false);
          // Ex) [x for x in xs]   (Python 2 list comprehensions bind x in the enclosing scope too)
          if (node.type === 'list_comprehension') this.bindTarget(clause.childForFieldName('left'), scope, 'loop-target', true);
        }
        pushAll(node.namedChildren.filter((c) => c?.type !== 'for_in_clause'), comp, false);
        for (const clause of node.namedChildren) if (clause?.type === 'for_in_clause') push(clause.childForFieldName('right'), comp, false);
        return;
      }
      case 'assignment': {
        const left = node.childForFieldName('left');
        this.bindTarget(left, scope, 'assignment', guarded);
        // Ex) x: int = 0   (an annotation's colon follows its target)
        if (this.followedBy(left, ANNOTATION_COLON) && node.childForFieldName('type')) this.py3 = true;
        if (hasStarTarget(left)) this.py3 = true;
        break;
      }
      case 'augmented_assignment':
        this.bindTarget(node.childForFieldName('left'), scope, 'assignment', guarded);
        break;
      case 'named_expression': {
        this.py3 = true;
        let owner = scope;
        while (owner.kind === 'comprehension' && owner.parent) owner = owner.parent;
        const name = node.childForFieldName('name');
        if (name) this.bind(owner, name.text, 'assignment', node.startIndex, true);
        break;
      }
      case 'for_statement': {
        if (node.child(0)?.type === 'async') this.py3 = true;
        this.bindTarget(node.childForFieldName('left'), scope, 'loop-target', true);
        push(node.childForFieldName('right'), scope, guarded);
        push(node.childForFieldName('body'), scope, true);
        push(node.childForFieldName('alternative'), scope, true);
        return;
      }
      case 'while_statement':
      case 'if_statement': {
        const condition = node.childForFieldName('condition');
        push(condition, scope, guarded);
        pushAll(node.namedChildren.filter((c) => c && c.startIndex !== condition?.startIndex), scope, true);
        return;
      }
      case 'try_statement': {
        push(node.childForFieldName('body'), scope, guarded);
        for (const c of node.namedChildren) {
          if (!c || c.type === 'block') continue;
          // Ex) try: import socket  except ImportError: socket = None   (the handler may not run)
          push(c, scope, c.type === 'finally_clause' ? guarded : true);
        }
        return;
      }
      case 'except_clause':
      case 'except_group_clause': {
        if (node.type === 'except_group_clause') this.py3 = true;
        const values = node.namedChildren.filter((c) => c && c.type !== 'block');
        for (const v of values) {
          if (v?.type === 'as_pattern') this.bindTarget(v.childForFieldName('alias'), scope, 'except-target', true);
        }
        // Ex) except socket.error, e:   (Python 2 binds e)
        if (node.children[2]?.type === ',' && node.children[1]?.type !== 'tuple') {
          this.py2 = true;
          this.bindTarget(values[1] ?? null, scope, 'except-target', true);
        } else if (values.length === 2 && values[0]?.type === 'tuple' && node.children[2]?.type === ',') {
          this.py2 = true;
          this.bindTarget(values[1] ?? null, scope, 'except-target', true);
        }
        break;
      }
      case 'with_item': {
        const value = node.childForFieldName('value');
        if (value?.type === 'as_pattern') this.bindTarget(value.childForFieldName('alias'), scope, 'with-target', guarded);
        break;
      }
      case 'case_clause': {
        for (const c of node.namedChildren) if (c?.type === 'case_pattern') this.bindPatternNames(c, scope);
        pushAll(node.namedChildren, scope, true);
        return;
      }
      case 'import_statement':
        this.bindImport(node, scope, guarded);
        return;
      case 'import_from_statement':
        this.bindImport(node, scope, guarded);
        return;
      case 'future_import_statement':
        return;
      case 'global_statement':
        for (const c of node.namedChildren) if (c?.type === 'identifier') scope.globals.add(c.text);
        return;
      case 'nonlocal_statement':
        this.py3 = true;
        for (const c of node.namedChildren) if (c?.type === 'identifier') scope.nonlocals.add(c.text);
        return;
      case 'delete_statement':
        this.bindDeleted(node.namedChild(0), scope, guarded);
        return;
      case 'print_statement':
        this.py2 = true;
        break;
      case 'exec_statement':
        this.py2 = true;
        if (scope === this.module) this.open('an exec statement fills the module namespace');
        break;
      case 'call':
        // Ex) f(x), self.m()   (only a call of super, exec, execfile, globals, vars or locals by name is noted)
        if (this.startsNamedCall(node)) this.noteCall(node, scope);
        break;
      case 'string':
        // Ex) "text"   (no prefix, no backtick: nothing to note)
        if (!this.startsWithQuote(node)) this.noteString(node);
        break;
      case 'integer':
        // Ex) 0777, 10L   (Python 2 only)
        if (PYTHON2_INTEGER.test(this.text !== null ? this.text.slice(node.startIndex, node.endIndex) : node.text)) this.py2 = true;
        break;
      case 'comparison_operator':
        if (this.holdsDiamond() && node.children.some((c) => c?.type === '<>')) this.py2 = true;
        break;
      case 'raise_statement':
        // Ex) raise E, "message"   (Python 2) / raise E from cause   (Python 3)
        if (this.holds(node, ',') && node.namedChild(0)?.type === 'expression_list') this.py2 = true;
        if (this.holds(node, 'from') && node.childForFieldName('cause')) this.py3 = true;
        break;
      case 'await':
      case 'match_statement':
      case 'keyword_separator':
      case 'positional_separator':
      case 'type_alias_statement':
        this.py3 = true;
        break;
      case 'yield':
        if (this.yieldsFrom(node) && node.children.some((c) => c?.type === 'from')) this.py3 = true;
        break;
      case 'dictionary_splat':
      case 'list_splat':
        // Ex) [*a, *b], {**a, **b}   (Python 3.5; in a call's arguments both Pythons take them)
        if (node.parent && node.parent.type !== 'argument_list') this.py3 = true;
        break;
    }
    // Ex) a call: every handled node it holds (its arguments' lambdas and calls) is read in its scope
    push(node, scope, guarded);
  }

  /**
   * Can the node hold `part`? False only when its text, known, does not contain it (a necessary
   * condition, read without the tree). Only for nodes that cannot nest (a raise statement): the
   * search reads the whole node, so nested ones would read their text once per level.
   */
  private holds(node: Node, part: string): boolean {
    // (A search bounded by the node: one to the end of the text, where the part is missing, made each node cost the rest of the file.)
    return this.text === null || this.text.slice(node.startIndex, node.endIndex).includes(part);
  }

  /** Can the file hold a `<>` comparison? Asked once per file: comparisons nest (`a < (b < c)`). */
  private holdsDiamond(): boolean {
    return this.text === null || (this.diamond ??= this.text.includes('<>'));
  }

  /**
   * Can the yield be a `yield from`: does `from` follow its keyword, past blanks, line continuations and
   * (in brackets) comments? A scan, not a pattern: comments of many `#` made a pattern backtrack.
   */
  private yieldsFrom(node: Node): boolean {
    const text = this.text;
    if (text === null) return true;
    let i = node.startIndex + 'yield'.length;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 35) {
        while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      } else if (c === 32 || c === 9 || c === 12 || c === 10 || c === 13 || c === 92) i++;
      else break;
    }
    return text.startsWith('from', i) && !/[\w\u0080-\uffff]/.test(text.charAt(i + 4));
  }

  /** Does a sticky pattern match the text at the node's start (true when the text is not known)? */
  private startsWith(node: Node, pattern: RegExp): boolean {
    if (this.text === null) return true;
    pattern.lastIndex = node.startIndex;
    return pattern.test(this.text);
  }

  /** Does a sticky pattern match the text right after the node (true when the text or the node is not known)? */
  private followedBy(node: Node | null, pattern: RegExp): boolean {
    if (this.text === null || !node) return true;
    pattern.lastIndex = node.endIndex;
    return pattern.test(this.text);
  }

  /** Can the call be one noteCall() notes: does its text start with one of the names it looks for? */
  private startsNamedCall(node: Node): boolean {
    return this.startsWith(node, NOTED_CALL);
  }

  /** Does the string start with its quote (no prefix letters, no backtick)? */
  private startsWithQuote(node: Node): boolean {
    if (this.text === null) return false;
    const c = this.text.charCodeAt(node.startIndex);
    return c === 34 || c === 39;
  }

  /** Parameters bind in the function; their defaults and annotations are evaluated in the enclosing scope. */
  private bindParameters(params: Node | null, fn: SemanticScope, outer: SemanticScope, push: Push): void {
    for (const p of params?.namedChildren ?? []) {
      if (!p) continue;
      switch (p.type) {
        case 'identifier':
          this.bind(fn, p.text, 'parameter', p.startIndex, false);
          break;
        case 'typed_parameter':
        case 'typed_default_parameter':
        case 'default_parameter': {
          if (p.type !== 'default_parameter') this.py3 = true;
          const name = p.type === 'typed_parameter' ? p.namedChild(0) : p.childForFieldName('name');
          this.bindTarget(name?.type === 'list_splat_pattern' || name?.type === 'dictionary_splat_pattern' ? name.namedChild(0) : name, fn, 'parameter', false);
          push(p.childForFieldName('value'), outer, false);
          push(p.childForFieldName('type'), outer, false);
          break;
        }
        case 'list_splat_pattern':
        case 'dictionary_splat_pattern':
        case 'tuple_pattern':
          // Ex) def f((a, b)):   (Python 2 tuple parameters)
          if (p.type === 'tuple_pattern') this.py2 = true;
          for (const c of p.namedChildren) this.bindTarget(c, fn, 'parameter', false);
          break;
        case 'keyword_separator':
        case 'positional_separator':
          this.py3 = true;
          break;
      }
    }
  }

  private bindPatternNames(pattern: Node, scope: SemanticScope): void {
    // Over-binding is safe: it only makes a name less certain.
    const stack: Node[] = [pattern];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.type === 'identifier') this.bind(scope, n.text, 'pattern', n.startIndex, true);
      for (const c of n.namedChildren) if (c) stack.push(c);
    }
  }

  private bindDeleted(target: Node | null, scope: SemanticScope, guarded: boolean): void {
    if (!target) return;
    if (target.type === 'identifier') this.bind(scope, target.text, 'deletion', target.startIndex, guarded);
    else if (TARGET_CONTAINERS.has(target.type)) for (const c of target.namedChildren) this.bindDeleted(c, scope, guarded);
  }

  private bindImport(stmt: Node, scope: SemanticScope, guarded: boolean): void {
    for (const name of importedNames(stmt)) {
      if (name.star === undefined) {
        this.bind(scope, name.local, stmt.type === 'import_statement' ? 'import' : 'from-import', stmt.startIndex, guarded, canonicalModule(name.qualified));
      } else if (STAR_EXPORTS.has(canonicalModule(name.star))) {
        // Ex) from socket import *   (binds the class `socket`, `error`, `SHUT_RDWR`, ...)
        // Ex) from thread import *   (binds `start_new_thread`, and `error`: thread's, no longer socket's)
        const module = canonicalModule(name.star);
        for (const member of STAR_EXPORTS.get(module) ?? []) this.bind(scope, member, 'star-import', stmt.startIndex, guarded, `${module}.${member}`);
      } else if (scope === this.module) {
        // Ex) from testsupport import *   (a project module whose __all__ lists what it gives: those names, of unknown values)
        const names = this.starExports?.(name.star);
        if (names) for (const n of names) this.bind(scope, n, 'star-import', stmt.startIndex, guarded, null);
        else this.open(`\`from ${name.star} import *\` may bind any name`, stmt);
      } else {
        // Ex) def f(): from x import *   (Python 2 only; the function's names are unknown)
        this.bind(scope, '*', 'star-import', stmt.startIndex, guarded, null);
      }
    }
  }

  /** Notes that the module namespace holds names no statement binds: by a star import (its statement), or otherwise. */
  private open(why: string, starImport?: Node): void {
    this.openNamespace ??= why;
    if (!starImport) {
      this.openedOtherwise = true;
      return;
    }
    // Ex) try: from cPickle import * ...   (the module-level statement that holds it)
    let top = starImport;
    while (top.parent && top.parent.type !== 'module') top = top.parent;
    this.starOpenedUntil = Math.max(this.starOpenedUntil, top.endIndex);
  }

  /**
   * The end of the last module-level statement that holds a star import which opened the namespace, when
   * only such imports opened it (not exec, execfile or a write to globals()); else null. After it, the
   * module's own bindings are the last word: a star import cannot rebind what a later import binds.
   */
  starImportsOpenedUntil(): number | null {
    return !this.openNamespace || this.openedOtherwise || this.starOpenedUntil < 0 ? null : this.starOpenedUntil;
  }

  private noteCall(node: Node, scope: SemanticScope): void {
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'identifier') return;
    const name = fn.text;
    if (name === 'super' && node.childForFieldName('arguments')?.namedChildCount === 0) this.py3 = true;
    if ((name === 'exec' || name === 'execfile') && scope === this.module) {
      this.open(`${name}() fills the module namespace`);
      return;
    }
    if (name !== 'globals' && name !== 'vars' && name !== 'locals') return;
    if (scope !== this.module && name !== 'globals') return;
    // Ex) globals()[name] = value; globals().update(...)   (the module's names are made at run time)
    const parent = node.parent;
    const writes =
      (parent?.type === 'subscript' && isAssignedTo(parent)) ||
      (parent?.type === 'attribute' && /^(update|setdefault|__setitem__|pop|clear)$/.test(parent.childForFieldName('attribute')?.text ?? ''));
    if (!writes || testCaseClasses(parent!)) return;
    // Ex) globals()['TIMEOUT'] = 5; for env, typ, val in [('TIMEOUT', float, 2.5), ...]: globals()[env] = typ(val)
    // (dnstwist: the names written are string literals of the text: each is a binding of its own, which may not run)
    const keys = name === 'globals' && parent?.type === 'subscript' ? writtenKeys(parent) : null;
    if (keys) for (const key of keys) this.bind(this.module, key, 'assignment', node.startIndex, true);
    else this.open(`${name}() is written to, so the module's names are made at run time`);
  }

  private noteString(node: Node): void {
    const start = node.child(0);
    if (start?.type !== 'string_start') return;
    const prefix = /^[A-Za-z]*/.exec(start.text)![0].toLowerCase();
    if (start.text.startsWith('`')) this.py2 = true;
    else if (prefix.includes('f')) this.py3 = true;
    // Ex) ur"..."   (Python 2 only); rb"..." (Python 3 only)
    else if (prefix.includes('u') && prefix.includes('r')) this.py2 = true;
    else if (prefix === 'rb') this.py3 = true;
  }
}

/**
 * Is `globals().update` (the attribute node) called with Twisted's `Builder.makeTestCaseClasses()`? That
 * binds test classes named for the builder and each reactor (`BuilderTests_SelectReactor`), never a module's name.
 */
function testCaseClasses(attribute: Node): boolean {
  const call = attribute.parent;
  if (call?.type !== 'call' || attribute.childForFieldName('attribute')?.text !== 'update') return false;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => c?.type !== 'comment') ?? [];
  const inner = args.length === 1 && args[0]?.type === 'call' ? args[0].childForFieldName('function') : null;
  return inner?.type === 'attribute' && inner.childForFieldName('attribute')?.text === 'makeTestCaseClasses' && !inner.parent?.childForFieldName('arguments')?.namedChildCount;
}

/** After an assignment's target: the colon of an annotation (only blanks and line continuations may come between). */
const ANNOTATION_COLON = /[ \t\f]*(?:\\\r?\n[ \t\f]*)*:/y;

/** The names noteCall() looks for, at a call's first character (a sticky test; no word may follow the name). */
const NOTED_CALL = /(?:super|exec|execfile|globals|vars|locals)(?![\w\u0080-\uffff])/y;

function isImport(b: Binding): boolean {
  return b.kind === 'import' || b.kind === 'from-import' || b.kind === 'star-import';
}

export { isImport as isImportBinding };

function hasStarTarget(target: Node | null): boolean {
  if (!target || !TARGET_CONTAINERS.has(target.type)) return false;
  return target.namedChildren.some((c) => c?.type === 'list_splat_pattern' || hasStarTarget(c));
}

function isAssignedTo(node: Node): boolean {
  const p = node.parent;
  return !!p && (p.type === 'assignment' || p.type === 'augmented_assignment') && p.childForFieldName('left')?.startIndex === node.startIndex;
}

/** The child scope that holds an offset (children are in source order and do not overlap). */
function findChild(children: SemanticScope[], offset: number): SemanticScope | null {
  let lo = 0;
  let hi = children.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = children[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return null;
}

const models = new WeakMap<Tree, SemanticModel>();
const starLookups = new WeakMap<Tree, (module: string) => string[] | null>();

/** What the project model knows of the star imports of the module parsed as `tree`, for its semantic model. */
export function useStarExports(tree: Tree, lookup: (module: string) => string[] | null): void {
  if (!models.has(tree)) starLookups.set(tree, lookup);
}

/** The file's semantic model, built on first use (only files with a fix to write pay for it). */
export function semanticModel(facts: Pick<ModuleFacts, 'tree' | 'walked' | 'text'>): SemanticModel {
  let model = models.get(facts.tree);
  if (!model) {
    const parser = loadedParser();
    if (!parser) throw new Error('the parser is not loaded: await initParser() first');
    // The same way to the nodes as the facts took: the query, or on very wide or deep code the walk.
    model = new SemanticModel(facts.tree, capturedNodes(facts.tree, parser.captures('semantic'), facts.walked, facts.text), starLookups.get(facts.tree) ?? null, facts.text);
    models.set(facts.tree, model);
  }
  return model;
}

/** A plain string literal's text (no prefix that formats or escapes, one piece), else null. */
function literalText(node: Node | null): string | null {
  if (node?.type !== 'string' || node.namedChildCount > 3) return null;
  const start = node.child(0);
  if (start?.type !== 'string_start' || /[fFrRbB]/.test(start.text)) return null;
  const content = node.namedChildren.find((c) => c?.type === 'string_content');
  const text = content?.text ?? '';
  return /^[A-Za-z_]\w*$/.test(text) ? text : null;
}

/**
 * The names a write `globals()[key] = value` makes, where the text says them all: a string literal key, or the
 * target of a `for` loop around it over a literal list or tuple whose items give it string literals (`for env,
 * typ, val in [('A', float, 2.5), ...]`); else null.
 */
function writtenKeys(subscript: Node): string[] | null {
  const key = subscript.childForFieldName('subscript');
  const literal = literalText(key);
  if (literal) return [literal];
  if (key?.type !== 'identifier') return null;
  for (let n: Node | null = subscript.parent; n; n = n.parent) {
    if (n.type === 'function_definition' || n.type === 'class_definition') return null;
    if (n.type !== 'for_statement') continue;
    const left = n.childForFieldName('left');
    const items = n.childForFieldName('right');
    if (!left || (items?.type !== 'list' && items?.type !== 'tuple')) continue;
    const parts = left.type === 'identifier' ? [left] : left.type === 'pattern_list' || left.type === 'tuple_pattern' ? left.namedChildren : [];
    const at = parts.findIndex((p) => p?.type === 'identifier' && p.text === key.text);
    if (at === -1) continue;
    const names: string[] = [];
    for (const item of items.namedChildren) {
      if (!item || item.type === 'comment') continue;
      const value = left.type === 'identifier' ? item : item.type === 'tuple' || item.type === 'list' ? item.namedChildren.filter((c) => c?.type !== 'comment')[at] ?? null : null;
      const text = literalText(value);
      if (!text) return null;
      names.push(text);
    }
    return names;
  }
  return null;
}

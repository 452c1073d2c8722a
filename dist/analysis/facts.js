// Facts about one parsed file, gathered in one pass over the tree: scopes (module,
// classes, functions), the calls and assignments in each, imports, loops and
// with statements. Everything later reads these facts (which Python the file is
// written for is the semantic model's question).
import { ancestors } from '../parse.js';
import { canonicalModule, ImportTable } from './imports.js';
const TYPE_COMMENT = /^#\s*type:\s*([^#(][^#]*?)\s*(?:#.*)?$/;
/** A text without this holds no type comment (TYPE_COMMENT's start, anywhere). */
const TYPE_COMMENT_ANYWHERE = /#\s*type:/;
/**
 * The PEP 484 type comment on the line a node ends on (`x = None  # type: Optional[Sock]`, a
 * parameter's `sock=None,  # type: Sock`): the comment after it, past a comma. Null for none, a
 * signature comment (`# type: (...) -> None`) or `# type: ignore`.
 */
function typeComment(node) {
    let next = node.nextSibling;
    if (next?.type === ',')
        next = next.nextSibling;
    if (next?.type !== 'comment' || next.startPosition.row !== node.endPosition.row)
        return null;
    const m = TYPE_COMMENT.exec(next.text);
    return m && !/^ignore\b/.test(m[1]) ? { node: next, text: m[1] } : null;
}
/**
 * A call of the facts. Its arguments are read when first asked for: most calls' never are (a
 * function's whose scope no question reaches, a project module's read for one member's summary),
 * and each is a few calls into the WASM.
 */
class CallSite {
    node;
    callee;
    receiver;
    method;
    scope;
    argNodes = null;
    pos;
    constructor(node, callee, receiver, method, scope) {
        this.node = node;
        this.callee = callee;
        this.receiver = receiver;
        this.method = method;
        this.scope = scope;
        this.pos = node.startIndex;
    }
    get args() {
        return (this.argNodes ??= callArguments(this.node));
    }
}
/** A dotted name of plain parts: `plexpy.WEBSOCKET`, `self.server.socket`. */
export const PLAIN_DOTTED = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
/** The expression a target takes: the value, or its own element of a tuple value (`ws, rs = a, b` gives `ws` the `a`). */
export function assignedNode(a) {
    if (a.tupleIndex === -1)
        return a.value;
    const v = a.value;
    return (v.type === 'expression_list' || v.type === 'tuple') && v.namedChildCount > a.tupleIndex ? v.namedChild(a.tupleIndex) : null;
}
/** A call node's arguments (positional, keyword and splat), without comments. */
export function callArguments(call) {
    return (call.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => !!a && a.type !== 'comment');
}
/** The value of a call's `name=` keyword argument, or null when the call gives none. */
export function keywordValue(args, name) {
    return args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name)?.childForFieldName('value') ?? null;
}
/** `obj.attr` for `getattr(obj, 'attr')` or `getattr(obj, 'attr', default)`: the same object as the attribute. */
export function getattrTarget(node) {
    if (node?.type !== 'call' || node.childForFieldName('function')?.text !== 'getattr')
        return null;
    const args = callArguments(node);
    if (args.length < 2 || args.length > 3)
        return null;
    const object = dottedName(args[0]);
    const attr = /^(?:'([A-Za-z_]\w*)'|"([A-Za-z_]\w*)")$/.exec(args[1].text);
    return object && attr ? `${object}.${attr[1] ?? attr[2]}` : null;
}
/** `X` when `dotted` is `self.X` in a method of a class (or a closure inside one), else null. */
export function selfAttribute(scope, dotted) {
    const self = scope.selfName;
    if (!self || !scope.ownerClass || dotted.length <= self.length + 1 || dotted[self.length] !== '.' || !dotted.startsWith(self))
        return null;
    const attr = dotted.slice(self.length + 1);
    return attr.includes('.') ? null : attr;
}
/**
 * The name code outside a class sets `self.attr` by: a private `__sock` of class `_Conn` is `_Conn__sock`
 * (Python mangles it; PySyncObj's tests do `conn._TcpConnection__socket = MockSocket(sock, 1)`).
 */
export function mangledAttribute(attr, scope) {
    if (!attr.startsWith('__') || attr.endsWith('__'))
        return attr;
    const cls = scope.ownerClass?.name.replace(/^_+/, '');
    return cls ? `_${cls}${attr}` : attr;
}
/** Is an attribute name a mangled private one (`_TcpConnection__socket`), which names its class? */
export function isMangled(attr) {
    return /^_[A-Za-z0-9]\w*?__\w*[^_]$/.test(attr);
}
/**
 * A dict view's method as Python 3 names it: Python 2's `iterkeys()`, `itervalues()`, `iteritems()`
 * and `viewkeys()`, `viewvalues()`, `viewitems()` walk what `keys()`, `values()` and `items()` do.
 */
export function dictViewMethod(method) {
    const m = method ? /^(?:iter|view)?(keys|values|items)$/.exec(method) : null;
    return m ? m[1] : null;
}
/** A collection's text with a trailing Python 2 dict view spelt as Python 3's (`d.itervalues()` as `d.values()`). */
export function py3DictViews(text) {
    return text.replace(/\.(?:iter|view)(keys|values|items)\(\s*\)$/, '.$1()');
}
/** Dotted text of a name or attribute chain of names (`self.sock.fp`), else null. */
export function dottedName(node) {
    if (!node)
        return null;
    // (Read once: each read of a node's type is a call into the WASM.)
    const type = node.type;
    if (type === 'identifier')
        return node.text;
    if (type === 'attribute') {
        // Ex) self.sock.fp   (the common shape reads straight from the text; anything else walks the tree)
        const text = node.text;
        if (PLAIN_DOTTED.test(text))
            return text;
        const object = dottedName(node.childForFieldName('object'));
        const attr = node.childForFieldName('attribute');
        return object && attr ? `${object}.${attr.text}` : null;
    }
    if (type === 'parenthesized_expression' && node.namedChildCount === 1) {
        return dottedName(node.namedChild(0));
    }
    return null;
}
function newScope(kind, node, name, parent) {
    return {
        kind,
        node,
        name,
        parent,
        ownerClass: null,
        selfName: null,
        params: [],
        assigns: [],
        stores: [],
        calls: [],
        returns: [],
        loops: [],
        withs: [],
        children: [],
    };
}
function parameterNames(fn, typeComments = true) {
    const names = [];
    const typed = [];
    const params = fn.childForFieldName('parameters');
    for (const p of params?.namedChildren ?? []) {
        if (!p)
            continue;
        let name = null;
        const kind = p.type;
        if (kind === 'identifier')
            name = p.text;
        else if (kind === 'typed_parameter' || kind === 'typed_default_parameter' || kind === 'default_parameter') {
            const id = kind === 'typed_parameter' ? p.namedChild(0) : p.childForFieldName('name');
            if (id?.type !== 'identifier')
                continue;
            name = id.text;
            const type = p.childForFieldName('type');
            if (type)
                typed.push({ name, type });
        }
        if (name === null)
            continue;
        names.push(name);
        // Ex) socket=None,  # type: Optional[SuperSocket]   (Python 2 code's annotation)
        const comment = typeComments && (kind === 'identifier' || kind === 'default_parameter') ? typeComment(p) : null;
        if (comment)
            typed.push({ name, type: comment.node, text: comment.text });
    }
    return { names, typed };
}
function addTargets(target, value, scope, pos, viaWith) {
    const name = dottedName(target);
    if (name) {
        scope.assigns.push({ target: name, value, tupleIndex: -1, pos, scope, viaWith });
        return;
    }
    // Ex) self._sockets[sock.fileno()] = sock
    if (target.type === 'subscript' && !viaWith) {
        const container = dottedName(target.childForFieldName('value'));
        const keys = target.childrenForFieldName('subscript').filter((c) => !!c);
        if (container)
            scope.stores.push({ target: container, key: keys.length === 1 && keys[0].type !== 'slice' ? keys[0] : null, value, pos });
        return;
    }
    if (['pattern_list', 'tuple_pattern', 'tuple', 'list_pattern'].includes(target.type)) {
        target.namedChildren.forEach((el, i) => {
            const elName = dottedName(el);
            if (elName)
                scope.assigns.push({ target: elName, value, tupleIndex: i, pos, scope, viaWith });
        });
    }
}
const loopTargetsCache = new WeakMap();
/** The names the `for` statements of a scope bind (`for s, conn in ...`, `for (a, [b, c]) in ...`), once a scope. */
export function loopTargets(scope) {
    let names = loopTargetsCache.get(scope);
    if (names)
        return names;
    names = new Set();
    const add = (target) => {
        if (!target)
            return;
        if (target.type === 'identifier')
            names.add(target.text);
        else if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'parenthesized_expression', 'list_splat_pattern'].includes(target.type))
            for (const el of target.namedChildren)
                add(el);
    };
    for (const loop of scope.loops)
        if (loop.type === 'for_statement')
            add(loop.childForFieldName('left'));
    loopTargetsCache.set(scope, names);
    return names;
}
/**
 * The qualified name a dotted expression stands for at an offset, for evidence
 * (is this a socket?), without the full semantic model: a parameter or an
 * assignment in an enclosing function makes the head local; else an import
 * visible there (a function's own first), else the module's names. The fix's
 * own names are resolved strictly, by the semantic model (semantic.ts).
 */
function quickQualify(dotted, scope, offset, cx, depth = 0) {
    const { imports, module, functions, classes } = cx;
    const dot = dotted.indexOf('.');
    const head = dot === -1 ? dotted : dotted.slice(0, dot);
    const rest = dot === -1 ? '' : dotted.slice(dot);
    const enclosing = [];
    for (let s = scope, first = true; s && s !== module; s = s.parent, first = false) {
        if (s.kind === 'class' && !first)
            continue;
        if (s.kind === 'function') {
            // Ex) def f(socket): socket.close()   (a parameter, not the module)
            // Ex) for s, conn in self.connection_map.items(): conn.handle_event(e)   (a loop's target is the function's too)
            if (s.params.includes(head) || (scopeIndex(s).assignsByTarget.get(head) ?? []).length || loopTargets(s).has(head))
                return `<local>.${dotted}`;
            enclosing.push({ start: s.node.startIndex, end: s.node.endIndex });
        }
    }
    // Ex) from _socket import *; class socket(_socket.socket): ...   (the module's own definition wins over a star import)
    const defined = functions.get(head)?.node ?? classes.get(head)?.node;
    const imported = imports.importedAt(head, offset, enclosing, defined?.startIndex ?? -1);
    if (imported)
        return canonicalModule(imported + rest);
    if (defined)
        return `<local>.${dotted}`;
    const assigned = scopeIndex(module).assignsByTarget.get(head);
    if (assigned) {
        // Ex) socket_ctor = socket.socket; AF, sock = (socket_module.AF_INET, socket_module.socket)
        let alias = cx.aliases.get(head);
        if (alias === undefined) {
            alias = moduleAlias(head, assigned, cx, depth);
            // (A chain cut short by depth is not kept: from nearer its end it may resolve.)
            if (depth === 0)
                cx.aliases.set(head, alias);
        }
        return alias ? canonicalModule(alias + rest) : `<local>.${dotted}`;
    }
    return canonicalModule(dotted);
}
/**
 * What a module-level name stands for when every assignment of it gives it a name the module imports
 * (`socket_ctor = socket.socket`, the parts of `AF, socket = (socket_module.AF_INET, socket_module.socket)`),
 * all the same: that qualified name. Null for any other value (a call, a literal, a local name), a
 * `with ... as` target, two different names, a name some function declares `global` (it may rebind it),
 * or a chain of more than three aliases.
 */
function moduleAlias(head, assigned, cx, depth) {
    if (depth >= 3)
        return null;
    let alias = null;
    for (const a of assigned) {
        if (a.viaWith)
            return null;
        const value = dottedName(assignedNode(a));
        if (!value || value === head || value.startsWith(`${head}.`))
            return null;
        const q = quickQualify(value, cx.module, a.pos, cx, depth + 1);
        if (q.startsWith('<local>.') || (alias !== null && q !== alias))
            return null;
        alias = q;
    }
    if (alias && new RegExp(`\\bglobal\\b[^\\n]*\\b${head}\\b`).test(cx.text))
        return null;
    return alias;
}
/**
 * The nodes the facts query captures, in document order (outer before inner),
 * from a walk of the tree. Tree-sitter's query cursor costs more than linear
 * time on a node with a million children (`x = [1, 1, ...]`) and on deep
 * nesting (and stops short of the deepest nodes there); the walk is linear at
 * any width and depth, and yields the same nodes in the same order. A large
 * literal of numbers only (numericOnly()) holds no node either query captures
 * but the semantic model's `integer`, of which only a Python 2 one (`0777`,
 * `10L`) tells anything: the walk yields that one and passes over the rest.
 */
function* walkedNodes(top, byId, source) {
    const tree = top.tree;
    const cursor = top.walk();
    const wide = wideTypeIds(tree);
    const integers = [...byId.values()].includes('integer');
    // The text the literal checks may read, together: a chain of literals nested in each other, each failing only
    // at its end (`1+1+...+x`), is read once or twice over, not once per level.
    let budget = -1;
    const span = cursor.endIndex - cursor.startIndex;
    try {
        for (;;) {
            const type = cursor.nodeTypeId;
            const name = byId.get(type);
            if (name)
                yield { name, node: cursor.currentNode };
            if (wide.has(type) && budget !== 0) {
                const start = cursor.startIndex;
                const end = cursor.endIndex;
                if (end - start >= MIN_LITERAL_CHARS) {
                    const text = source();
                    if (budget === -1)
                        budget = 2 * span + 1;
                    const literal = numericOnly(text, start, end);
                    budget = Math.max(0, budget - literal.read);
                    const python2 = literal.ok && integers ? python2Integer(tree, literal.python2) : null;
                    if (literal.ok && (!integers || !literal.python2.length || python2)) {
                        if (python2)
                            yield { name: 'integer', node: python2 };
                        // Ex) x = [1, 1, ...]   (passed over with all it holds)
                        while (!cursor.gotoNextSibling())
                            if (!cursor.gotoParent())
                                return;
                        continue;
                    }
                }
            }
            if (cursor.gotoFirstChild())
                continue;
            while (!cursor.gotoNextSibling())
                if (!cursor.gotoParent())
                    return;
        }
    }
    finally {
        cursor.delete();
    }
}
/** A literal shorter than this is walked: the check costs more than the walk. */
const MIN_LITERAL_CHARS = 4096;
/** The node types a large literal of numbers can be (a list, a dict, an operator chain such as `1+1+...`). */
const WIDE_TYPES = ['list', 'tuple', 'set', 'dictionary', 'expression_list', 'argument_list', 'parenthesized_expression', 'binary_operator', 'unary_operator', 'subscript', 'pair'];
const wideIds = new WeakMap();
function wideTypeIds(tree) {
    let ids = wideIds.get(tree.language);
    if (!ids) {
        ids = new Set();
        for (const t of WIDE_TYPES) {
            const id = tree.language.idForNodeType(t, true);
            if (id !== null && id !== undefined)
                ids.add(id);
        }
        wideIds.set(tree.language, ids);
    }
    return ids;
}
/**
 * One token of a literal of numbers: whitespace, a line continuation, a bracket, a separator, a sign or an
 * operator but `*` (a splat's too), or a number (`1_000`, `0x1F`, `1.5e`, `10L`; `1e-5` is `1e`, `-`, `5`).
 * A number runs into a keyword (`1if 1else 2`): Python reads the keyword, and keywords hold nothing the
 * queries capture.
 */
const LITERAL_TOKEN = /[ \t\f\r\n]+|\\\r?\n|[[\](){},:+\-/%&|^~]|\d\w*(?:\.\w*)?|\.\d\w*/y;
/**
 * Is `text[start, end)` numbers, brackets, separators and arithmetic only (no name, string, comment,
 * splat or call), with `read` the characters looked at and the first few numbers that read like Python
 * 2's (`0777`, `10L`)?
 */
export function numericOnly(text, start, end) {
    const python2 = [];
    let last = '';
    LITERAL_TOKEN.lastIndex = start;
    while (LITERAL_TOKEN.lastIndex < end) {
        const at = LITERAL_TOKEN.lastIndex;
        const m = LITERAL_TOKEN.exec(text);
        if (!m || LITERAL_TOKEN.lastIndex > end)
            return { ok: false, read: at - start + 1, python2 };
        const token = m[0];
        const c = token.charCodeAt(0);
        // Ex) (1)(2), 1(2)   (a call)
        if (c === 40 && (last === ')' || last === ']' || last === 'number'))
            return { ok: false, read: at - start + 1, python2 };
        if (c >= 48 && c <= 57) {
            last = 'number';
            if (python2.length < 8 && !token.includes('.') && PYTHON2_INTEGER.test(token))
                python2.push([at, at + token.length]);
        }
        else if (c === 46)
            last = 'number';
        else if (c !== 32 && c !== 9 && c !== 12 && c !== 13 && c !== 10 && c !== 92)
            last = token;
    }
    return { ok: true, read: end - start, python2 };
}
/** An integer literal only Python 2 reads (`0777`, `10L`): the semantic model's test, and the walk's for the one it keeps. */
export const PYTHON2_INTEGER = /^0\d+$|[lL]$/;
/** The first of the candidates that is an integer node of the tree (a Python 2 one), or null. */
function python2Integer(tree, candidates) {
    for (const [start, end] of candidates) {
        const node = tree.rootNode.descendantForIndex(start, end);
        if (node?.type === 'integer' && node.startIndex === start && node.endIndex === end)
            return node;
    }
    return null;
}
/** Brackets this deep, or a line this long, and the query cursor's cost is no longer linear: the walk takes over. */
const QUERY_MAX_DEPTH = 256;
const QUERY_MAX_LINE = 8192;
/**
 * Does the text nest deeper or run a line longer than the query cursor is
 * linear for? A byte scan (strings and comments not told apart: it only picks
 * between two ways to the same nodes).
 */
function wideOrDeep(text, start = 0, end = text.length) {
    let depth = 0;
    let lineStart = start;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 40 || c === 91 || c === 123) {
            if (++depth > QUERY_MAX_DEPTH)
                return true;
        }
        else if (c === 41 || c === 93 || c === 125) {
            if (depth > 0)
                depth--;
        }
        else if (c === 10) {
            if (i - lineStart > QUERY_MAX_LINE)
                return true;
            lineStart = i + 1;
        }
    }
    return end - lineStart > QUERY_MAX_LINE;
}
/**
 * The nodes a query file (facts.scm, semantic.scm) captures, in document order (outer before inner).
 * Three ways give the same nodes (test/fixtures.test.ts; by script on the 16,844 files of the lib
 * directory, the corpus and eleven projects). Tree-sitter's own walk (descendedNodes) is the one the
 * analysis takes: 35-45% less time than the query cursor on the lib directory's modules, and no
 * query to compile (20-25 ms a query on V8's baseline WASM compiler). It gives one array of every
 * node, so a file longer than CAPTURE_WINDOW has them part by part (descendedInParts). On a
 * million-child list or deep nesting (`walk`, see wideOrDeep) neither tree-sitter way is linear (the
 * query cursor also stops short of the deepest nodes): the walk from JS gives them there, for the
 * whole of a short file, and for each top-level statement that is wide or deep in a long one. The
 * query itself is the reference the tests hold the walks to.
 */
export function capturedNodes(tree, captures, walk, text) {
    let source = text;
    const read = () => (source ??= tree.rootNode.text);
    const root = tree.rootNode;
    const long = root.endIndex - root.startIndex > CAPTURE_WINDOW;
    if (captures.walk || (walk && !long))
        return walkedNodes(root, captures.byId, read);
    return long ? descendedInParts(root, captures.byId, CAPTURE_WINDOW, walk ? read() : undefined) : descendedNodes(root, captures.byId);
}
const typeNames = new WeakMap();
/**
 * The type names descendantsOfType() is given: web-tree-sitter turns them into symbols on every call
 * by asking `types.includes(name)` of each of the grammar's 274 symbols, 274 x 39 string comparisons
 * for the semantic model's types; a Set answers the same question. A long file takes a call per
 * top-level statement (descendedInParts): on 20 MB of the lib directory's modules, 28,000 calls.
 */
function typeNamesOf(byId, language) {
    let types = typeNames.get(byId);
    if (!types) {
        const names = [...new Set([...byId.keys()].map((id) => language.types[id]))];
        const set = new Set(names);
        Object.defineProperty(names, 'includes', { value: (name) => set.has(name) });
        typeNames.set(byId, (types = names));
    }
    return types;
}
/**
 * The nodes of the captured types, in document order, by tree-sitter's own
 * walk (Node#descendantsOfType, one call into the WASM): the query's nodes
 * without a query to compile (20-25 ms a query on V8's baseline WASM
 * compiler, which a run of a few files keeps to), in less time than the query
 * cursor takes, and at a fraction of the cost of walking the tree from JS, a
 * call into the WASM per node (the facts of five files, 190 KB: 250 ms).
 * Linear, but one array of every node. Types that are also a keyword's
 * (`await`, `lambda`) bring the keywords too: a node whose id is not a
 * captured one is passed over.
 */
function* descendedNodes(root, byId) {
    for (const node of root.descendantsOfType(typeNamesOf(byId, root.tree.language))) {
        const name = node && byId.get(node.typeId);
        if (name)
            yield { name, node };
    }
}
/** A node longer than this (in characters) has its captures taken part by part (descendedInParts). */
export const CAPTURE_WINDOW = 256 * 1024;
/**
 * The captured nodes under `root`, in the same order as the query's captures of it, taken a part at a
 * time: a node of at most `window` characters whole (descendedNodes), a longer one as itself and then
 * each child. All of an 11 MB file's captures at once were 470,000 Node objects in two arrays: peak RSS
 * 820 MB and 16 s, against 670 MB and 14 s in parts. With `text`, a part below the root that is wide
 * or deep (wideOrDeep over its own text) is walked from JS instead, whatever its length: checked
 * alone, a statement's depth starts at 0, so the brackets in earlier statements' strings do not add up
 * (20 MB of the lib directory's modules read as 375 deep as one text), and only the statements that
 * need the walk (a call into the WASM per node) pay for it. On those 20 MB the facts and the semantic
 * model's nodes took 3.8 s walked whole, 3.0 s by the query cursor part by part, and 2.8 s so. A
 * part's call sets up its types by a Set (typeNamesOf): 4 MB of 47,000 top-level definitions take
 * as long as by the query cursor, with no query to compile.
 */
export function* descendedInParts(root, byId, window = CAPTURE_WINDOW, text) {
    const stack = [root];
    while (stack.length) {
        const node = stack.pop();
        if (text !== undefined && node !== root && wideOrDeep(text, node.startIndex, node.endIndex)) {
            yield* walkedNodes(node, byId, () => text);
            continue;
        }
        if (node.endIndex - node.startIndex <= window || node.childCount === 0) {
            yield* descendedNodes(node, byId);
            continue;
        }
        const name = byId.get(node.typeId);
        if (name)
            yield { name, node };
        const children = node.children;
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
}
export function collectFacts(tree, captures, text) {
    const root = tree.rootNode;
    // Ex) x = None  # type: socket.socket   (only where the text holds one are the comments after targets looked for)
    const typeComments = TYPE_COMMENT_ANYWHERE.test(text);
    /** The inner assignments of a chain read with its outermost one (by node id), passed over when they come. */
    const chained = new Set();
    const module = newScope('module', root, '<module>', null);
    const scopes = [module];
    const classes = new Map();
    const functions = new Map();
    const imports = new ImportTable();
    const annotations = [];
    const stack = [module];
    const classOfScope = new Map();
    // Each open scope's end, read once: a node's endIndex is a call into the WASM, and every captured node asks.
    const ends = [Infinity];
    const open = (inner) => {
        stack.push(inner);
        ends.push(inner.node.endIndex);
    };
    const scopeAt = (node) => {
        const start = node.startIndex;
        while (stack.length > 1 && start >= ends[ends.length - 1]) {
            stack.pop();
            ends.pop();
        }
        return stack[stack.length - 1];
    };
    const walked = wideOrDeep(text);
    for (const { name, node } of capturedNodes(tree, captures, walked, text)) {
        const scope = scopeAt(node);
        switch (name) {
            case 'function': {
                const fnName = node.childForFieldName('name')?.text ?? '<lambda>';
                const fn = newScope('function', node, fnName, scope);
                const { names, typed } = parameterNames(node, typeComments);
                fn.params = names;
                for (const t of typed)
                    annotations.push({ target: t.name, type: t.type, ...(t.text ? { text: t.text } : {}), scope: fn });
                if (scope.kind === 'class') {
                    // Ex) if posix: class Trigger: ...  else: class Trigger: ...   (each method belongs to its own class)
                    const cls = classOfScope.get(scope);
                    if (cls) {
                        fn.ownerClass = cls;
                        fn.selfName = names[0] ?? null;
                        cls.methods.set(fnName, fn);
                    }
                }
                else if (scope.ownerClass) {
                    // Ex) a closure inside a method still sees the method's `self`
                    fn.ownerClass = scope.ownerClass;
                    fn.selfName = scope.selfName;
                }
                if (scope.kind === 'module')
                    functions.set(fnName, fn);
                scope.children.push(fn);
                scopes.push(fn);
                open(fn);
                break;
            }
            case 'class': {
                const clsName = node.childForFieldName('name')?.text ?? '<class>';
                const clsScope = newScope('class', node, clsName, scope);
                const bases = [];
                for (const b of node.childForFieldName('superclasses')?.namedChildren ?? []) {
                    const dn = b && dottedName(b);
                    if (dn)
                        bases.push(dn);
                }
                const cls = { name: clsName, node, scope: clsScope, bases, methods: new Map() };
                // First definition wins for lookups; nested classes share the map by name.
                if (!classes.has(clsName))
                    classes.set(clsName, cls);
                classOfScope.set(clsScope, cls);
                clsScope.ownerClass = null;
                scope.children.push(clsScope);
                scopes.push(clsScope);
                open(clsScope);
                break;
            }
            case 'call': {
                const fnNode = node.childForFieldName('function');
                const callee = dottedName(fnNode);
                let receiver = null;
                let method = null;
                if (fnNode?.type === 'attribute') {
                    // Ex) self.sock.close   (a dotted callee is its receiver, a dot and the method: the tree is not asked again)
                    const dot = callee ? callee.lastIndexOf('.') : -1;
                    receiver = callee ? callee.slice(0, dot) : dottedName(fnNode.childForFieldName('object'));
                    method = callee ? callee.slice(dot + 1) : (fnNode.childForFieldName('attribute')?.text ?? null);
                }
                scope.calls.push(new CallSite(node, callee, receiver, method, scope));
                break;
            }
            case 'assignment': {
                // Ex) a = b = c = 0   (the inner assignments were read with the outermost one's chain; read again, each
                // would walk the rest of the chain: a 2,000-target chain took 11 s)
                if (chained.delete(node.id))
                    break;
                const left = node.childForFieldName('left');
                const right = node.childForFieldName('right');
                const type = node.childForFieldName('type');
                if (left && type) {
                    const t = dottedName(left);
                    if (t)
                        annotations.push({ target: t, type, scope });
                }
                // Ex) self.send_sock = None  # type: Optional[SuperSocket]
                const comment = typeComments && left && !type && node.parent?.type === 'expression_statement' ? typeComment(node.parent) : null;
                if (comment) {
                    const t = dottedName(left);
                    if (t)
                        annotations.push({ target: t, type: comment.node, text: comment.text, scope });
                }
                if (left && right) {
                    // Ex) a = b = socket.socket() binds both names
                    let value = right;
                    const targets = [left];
                    while (value.type === 'assignment') {
                        const l = value.childForFieldName('left');
                        const r = value.childForFieldName('right');
                        if (!l || !r)
                            break;
                        chained.add(value.id);
                        targets.push(l);
                        value = r;
                    }
                    for (const t of targets)
                        addTargets(t, value, scope, node.startIndex, false);
                }
                break;
            }
            case 'with_item': {
                const value = node.childForFieldName('value');
                if (value?.type === 'as_pattern') {
                    const expr = value.namedChild(0);
                    const target = value.childForFieldName('alias')?.namedChild(0) ?? null;
                    if (expr && target)
                        addTargets(target, expr, scope, node.startIndex, true);
                }
                break;
            }
            case 'import':
            case 'future':
                imports.add(node, scope === module);
                break;
            case 'return':
                scope.returns.push(node);
                break;
            case 'loop':
                scope.loops.push(node);
                break;
            case 'with':
                scope.withs.push(node);
                break;
        }
    }
    // Children are in source order and do not overlap: a binary search per level.
    const qualifyContext = { imports, module, functions, classes, text, aliases: new Map() };
    const scopeAtOffset = (offset) => {
        let scope = module;
        for (;;) {
            const kids = scope.children;
            let lo = 0;
            let hi = kids.length - 1;
            let next = null;
            while (lo <= hi) {
                const mid = (lo + hi) >> 1;
                const c = kids[mid];
                if (offset < c.node.startIndex)
                    hi = mid - 1;
                else if (offset >= c.node.endIndex)
                    lo = mid + 1;
                else {
                    next = c;
                    break;
                }
            }
            if (!next)
                return scope;
            scope = next;
        }
    };
    return {
        scopeAt: scopeAtOffset,
        qualifyAt: (dotted, offset) => quickQualify(dotted, scopeAtOffset(offset), offset, qualifyContext),
        module,
        scopes,
        classes,
        classOfScope,
        functions,
        imports,
        annotations,
        importAnchor: findImportAnchor(root),
        firstStatement: firstStatementStart(root),
        tree,
        text,
        walked,
    };
}
function firstStatementStart(root) {
    for (let n = root.firstNamedChild; n; n = n.nextNamedSibling)
        if (n.type !== 'comment')
            return n.startIndex;
    return 0;
}
/** Where `import socket` goes: after the docstring and `from __future__` imports. */
function findImportAnchor(root) {
    let anchor = -1;
    for (let stmt = root.firstNamedChild; stmt; stmt = stmt.nextNamedSibling) {
        if (stmt.type === 'comment')
            continue;
        const isDocstring = anchor === -1 && stmt.type === 'expression_statement' && stmt.namedChild(0)?.type === 'string';
        if (isDocstring || stmt.type === 'future_import_statement') {
            anchor = stmt.endIndex;
            continue;
        }
        break;
    }
    return anchor;
}
const indexes = new WeakMap();
/** Adds a value to a map's list under a key (a new list for a new key). */
export function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** How many of `items` (in document order) start before `pos`: a binary search. */
export function countBefore(items, pos) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[mid].pos < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The statement that holds `node` below `top` (its scope's node): itself or the ancestor whose parent is a block or the module. */
export function statementOf(node, top) {
    let child = node;
    for (const n of ancestors(node, top)) {
        if (n.type === 'block' || n.type === 'module')
            return child;
        child = n;
    }
    // (ancestors() stops below top: a statement of the module is top's child)
    return top.type === 'module' ? child : null;
}
/**
 * Does the statement at `from` run on every way from the function's start to `to`, with no loop around
 * `to` that does not hold it too? It does when its block holds `to` (the statement itself or one after it
 * in that block, however deep), and every loop around `to` is around it as well.
 */
export function dominates(facts, fn, from, to) {
    if (!loopsAround(fn, to).every((l) => l.start <= from && from < l.end))
        return false;
    const at = facts.tree.rootNode.descendantForIndex(from);
    const statement = at ? statementOf(at, fn.node) : null;
    const block = statement?.parent;
    return !!block && statement.startIndex <= to && to < block.endIndex;
}
const asyncioConnectsCache = new WeakMap();
/**
 * The calls of a scope that connect a socket through an event loop (`await loop.sock_connect(sock, addr)`,
 * `loop.sock_connect(sock=sock, address=addr)`), by the socket's name: python-socks' `connect_tcp()`
 * binds the socket and connects it only so.
 */
export function asyncioConnects(scope) {
    let found = asyncioConnectsCache.get(scope);
    if (found)
        return found;
    found = new Map();
    for (const c of scope.calls) {
        if (c.method !== 'sock_connect' || !c.args.length)
            continue;
        const name = dottedName(c.args[0].type === 'keyword_argument' ? keywordValue(c.args, 'sock') : c.args[0]);
        if (name)
            push(found, name, c);
    }
    asyncioConnectsCache.set(scope, found);
    return found;
}
const loopSpanCache = new WeakMap();
/**
 * The loops of a scope around `pos`, outermost first: from the outermost loop around it, found by a binary
 * search (each of 8,000 closes beside 8,000 loops once read every loop's end through the WASM).
 */
export function loopsAround(scope, pos) {
    let spans = loopSpanCache.get(scope);
    if (!spans) {
        const all = scope.loops.map((node) => ({ start: node.startIndex, end: node.endIndex, node })).sort((a, b) => a.start - b.start || b.end - a.end);
        const outer = [];
        all.forEach((span, index) => {
            if (!outer.length || span.start >= outer[outer.length - 1].span.end)
                outer.push({ span, index });
        });
        loopSpanCache.set(scope, (spans = { all, outer }));
    }
    const { all, outer } = spans;
    let lo = 0;
    let hi = outer.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (outer[mid].span.start <= pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    const top = lo > 0 ? outer[lo - 1] : null;
    if (!top || pos >= top.span.end)
        return [];
    const out = [];
    for (let i = top.index; i < all.length && all[i].start < top.span.end; i++)
        if (all[i].start <= pos && pos < all[i].end)
            out.push(all[i]);
    return out;
}
/** A loop's body as offsets, read once. */
export function bodyOf(loop) {
    if (!loop.body) {
        const body = loop.node.childForFieldName('body');
        loop.body = body ? [body.startIndex, body.endIndex] : [loop.end, loop.end];
    }
    return loop.body;
}
/** The first of `calls` (in document order) that starts after `pos`. */
export function firstAfter(calls, pos) {
    return calls[countBefore(calls, pos + 1)];
}
export function scopeIndex(scope) {
    let index = indexes.get(scope);
    if (index)
        return index;
    index = {
        assignsByTarget: new Map(),
        assignsByValue: new Map(),
        callsByReceiver: new Map(),
        callsByArg: new Map(),
        selfCalls: [],
        closesByReceiver: new Map(),
    };
    for (const a of scope.assigns) {
        push(index.assignsByTarget, a.target, a);
        // Ex) sock = getattr(self, 'socket', None); ws, rs = self._write_sock, self._read_sock   (aliases)
        const node = assignedNode(a);
        const value = node && (dottedName(node) ?? getattrTarget(node));
        if (value)
            push(index.assignsByValue, value, a);
    }
    for (const c of scope.calls) {
        if (c.receiver)
            push(index.callsByReceiver, c.receiver, c);
        if (c.method === 'close' && c.receiver && c.args.length === 0)
            push(index.closesByReceiver, c.receiver, c);
        for (const arg of c.args) {
            const dn = dottedName(arg);
            if (dn)
                push(index.callsByArg, dn, c);
        }
        if (c.callee && selfAttribute(scope, c.callee))
            index.selfCalls.push(c);
    }
    indexes.set(scope, index);
    return index;
}

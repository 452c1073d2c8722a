// The project model, as the analysis of one file sees it: the project modules
// it imports, found on disk and summarised on demand (so a pre-commit run of
// three files reads only what those files import, not the whole tree). Only
// the members asked for are summarised (a test module that imports one helper
// from a 3,000-line support package pays for that helper), each once per
// worker, and kept as plain data. A few modules' trees stay parsed for the
// next question (LIVE_MODULES); older ones are freed and parsed again if asked.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectFacts, dottedName, isMangled, push, scopeIndex } from '../analysis/facts.js';
import { attributeDoubles, bareClass, callbackDoubles } from '../analysis/doubles.js';
import { ProvenanceResolver } from '../analysis/provenance.js';
import { OrderFacts } from '../analysis/order.js';
import { semanticModel } from '../analysis/semantic.js';
import { codeText } from '../code-text.js';
import { discover } from '../discover.js';
import { STDLIB_MODULES } from '../knowledge/stdlib-modules.js';
import { loadedParser, selfAndAncestors } from '../parse.js';
import { isWithin } from '../paths.js';
import { decodeSource } from '../source.js';
import { noteDependency, statOrNull } from './deps.js';
import { moduleNameOf } from './patches.js';
import { now } from '../clock.js';
const ROOT_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', '.git'];
/** A module larger than this is not summarised (its names stay unknown). */
const MAX_MODULE_BYTES = 2 * 1024 * 1024;
/** How many modules deep a summary may follow imports. */
const MAX_DEPTH = 4;
/** How many modules' trees (and their resolvers' caches) stay alive between questions. */
const LIVE_MODULES = 24;
/**
 * And how much of their text, together: a module's facts and its resolver's caches grow with its size, and
 * 24 large modules held in each worker took 50 MB of peak RSS on four copies of the lib directory.
 */
const LIVE_CHARS = 512 * 1024;
/**
 * A module analysed in a run is kept for the project model's later questions up to this size: keeping
 * every one (test_socket.py's tree among them) took peak RSS on the lib directory from 375 to 422 MB.
 */
const KEEP_CHARS = 64 * 1024;
let runIndex = null;
let runIndexId = null;
/** The run index, shared for the workers. */
export function shareRunIndex(index) {
    const bytes = Buffer.from(JSON.stringify(index));
    const json = new SharedArrayBuffer(bytes.length);
    new Uint8Array(json).set(bytes);
    return { id: `${process.pid}-${now()}`, json };
}
/** Set by the runner before the analysis of a file: decoded once per worker and run. */
export function useRunIndex(shared) {
    if (!shared) {
        if (runIndex)
            rootCache.clear();
        runIndex = runIndexId = null;
        return;
    }
    if (shared.id === runIndexId)
        return;
    runIndex = JSON.parse(Buffer.from(shared.json).toString());
    runIndexId = shared.id;
    // (a file's import roots may be the run's: importRoots())
    rootCache.clear();
}
/**
 * The run index's importers of a module, by its last name; undefined when the index has no entry (an own
 * property only: a module named `constructor` or `toString` must not find Object.prototype's).
 */
function indexedImporters(file) {
    const base = moduleBasename(file);
    return runIndex && Object.hasOwn(runIndex.importers, base) ? runIndex.importers[base] : undefined;
}
/** The last name a module is imported by: the file's stem, or its package's directory for `__init__.py`. */
export function moduleBasename(file) {
    const base = path.basename(file).replace(/\.py$/, '');
    return base === '__init__' ? path.basename(path.dirname(file)) : base;
}
/** Per module file: each member's summary, once made (null: the module cannot be read or parsed). */
const members = new Map();
/** Parsed modules, least recently used first. */
const live = new Map();
/** The characters of the live modules' texts. */
let liveChars = 0;
const inProgress = new Set();
const statCache = new Map();
const rootCache = new Map();
function kind(p) {
    noteDependency(p);
    let k = statCache.get(p);
    if (k === undefined) {
        // (most paths asked for are modules and markers that are not there: statOrNull() returns for them, not throws)
        const st = statOrNull(p);
        k = st?.isFile() ? 'file' : st?.isDirectory() ? 'dir' : null;
        statCache.set(p, k);
    }
    return k;
}
/**
 * Where absolute imports of a file's project start (its sys.path entries): the
 * project root (the nearest directory with pyproject.toml, setup.py, setup.cfg
 * or .git), its `src/`, and the directory above the file's top-level package.
 * Without a project root, the directories the run was given that hold the file
 * stand for it (and their `src/`), as the current directory does for ruff's
 * `src` and for `python -m pytest` run there (a deployed copy of a service, an
 * archive of its .py files).
 */
export function importRoots(file) {
    const dir = path.dirname(path.resolve(file));
    const cached = rootCache.get(dir);
    if (cached)
        return cached;
    const roots = [aboveTopPackage(dir)];
    const marked = markedRoot(dir);
    if (marked)
        roots.push(marked, path.join(marked, 'src'));
    // Ex) tests/test_conn.py: from pkg.conn import Conn   (pkg/ beside tests/, in a tree with no pyproject.toml, setup.py or .git)
    else if (runIndex)
        for (const r of runIndex.roots)
            if (isWithin(r, dir))
                roots.push(r, path.join(r, 'src'));
    const unique = [...new Set(roots)].filter((r) => kind(r) === 'dir');
    rootCache.set(dir, unique);
    return unique;
}
/** The nearest directory at or above `dir` with a root marker (pyproject.toml, setup.py, setup.cfg, .git), or null. */
function markedRoot(dir) {
    for (let d = dir;; d = path.dirname(d)) {
        if (ROOT_MARKERS.some((m) => kind(path.join(d, m)) !== null))
            return d;
        if (path.dirname(d) === d)
            return null;
    }
}
/** A test module by its path: `test_x.py`, `x_test.py`, `tests.py`, `conftest.py`, or any file under `test/`, `tests/`, `testing/`. */
const TEST_FILE = /(?:^|[\\/])(?:test_[^\\/]*|[^\\/]*_test|tests?|conftest)\.py$|(?:^|[\\/])(?:tests?|testing)[\\/]/;
/**
 * The project directory of an analysed file when it has a root marker and the run does not cover it
 * (a pre-commit run names a few files), else null. The test modules of such a project
 * (testFilesUnder) are screened too: their doubles and patched `socket` globals make a fix unsafe, as
 * they do when the tests are in the run. Only a project with a root marker is walked (a loose
 * script's directory could be anything), with the default excludes and `.gitignore`.
 */
export function projectOutside(analysed, runRoots) {
    const root = markedRoot(path.dirname(path.resolve(analysed)));
    return root && !runRoots.some((r) => isWithin(r, root)) ? root : null;
}
/** The test modules under a project directory (projectOutside) that the run does not hold. */
export function testFilesUnder(root, inRun) {
    const found = [];
    for (const f of discover([root], { exclude: [], respectGitignore: true, forceExclude: false }).files) {
        const abs = path.resolve(f);
        if (!inRun.has(abs) && TEST_FILE.test(path.relative(root, abs)))
            found.push(abs);
    }
    return found;
}
/** The directory above the top-level package that holds `dir` (`dir` itself outside packages). */
function aboveTopPackage(dir) {
    let top = dir;
    while (kind(path.join(top, '__init__.py')) === 'file' && path.dirname(top) !== top)
        top = path.dirname(top);
    return top;
}
/** A file's project directory: the nearest with a root marker, else the one above its top-level package. */
function projectRootOf(file) {
    const dir = path.dirname(path.resolve(file));
    return markedRoot(dir) ?? aboveTopPackage(dir);
}
const IMPORT_STATEMENTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);
/** At most this many importing modules are parsed to find a function's callers; beyond, some stay unseen. */
const MAX_CALLER_MODULES = 8;
/** A larger importing module is not parsed for callers (its calls stay unseen): a test module of 300 KB costs more than it tells. */
const MAX_CALLER_BYTES = 256 * 1024;
/** Per `file\0name\0question`: the importers where the question found something, and whether the search saw them all. */
const importerFiles = new Map();
/**
 * The modules of the run that import `file` and name `name` in their code (not only in an import),
 * each parsed and handed to `visit` while its tree is held (with `file`'s resolved path, and the
 * module's path from `file`'s directory, for messages); the search's `complete` is false when
 * some such module was left unread (outside the project, too large, too many, or being analysed up
 * the stack), or when a visit says it could not place a use. Null when the run cannot tell (see
 * ProjectLookup.callers). `question` keys the modules where `visit` found something, read first
 * (and alone) when the same question comes again.
 */
function importersNaming(file, name, question, depth, calledCallbacks, uncovered, visit, naming) {
    if (!runIndex || depth > MAX_DEPTH)
        return null;
    const self = path.resolve(file);
    const root = projectRootOf(self);
    // Ex) pre-commit names client/base.py: the tests that import it were screened, the rest of the project was not
    const covered = runIndex.roots.some((r) => isWithin(r, root));
    if (!covered && !uncovered)
        return null;
    // Ex) Lib/socket.py checked as a tree: `import socket` elsewhere means the standard library's, never this file
    if (STDLIB_MODULES.has(moduleNameOf(self).split('.')[0]))
        return null;
    // Ex) a module summarised for an import, not analysed in this run: its importers were not indexed
    const importers = indexedImporters(self);
    if (!importers)
        return null;
    const cacheKey = `${self}\0${name}\0${question}`;
    const known = importerFiles.get(cacheKey);
    const word = new RegExp(`(?<![\\w])${name}(?!\\w)`, 'g');
    const found = [];
    let complete = known?.complete ?? true;
    let parsed = 0;
    // A candidate being analysed up the stack is skipped here; such an answer is this question's, not the cache's
    let cycled = false;
    for (const candidate of known?.files ?? importers) {
        const key = path.resolve(candidate);
        if (key === self)
            continue;
        if (!known) {
            // Ex) four copies of a package side by side, each its own project: a module outside this project's
            // directory imports its own pkg, or an installed one; it is not parsed (parsing every copy's
            // importers for every question made the run quadratic in the copies), but if it names the
            // function it is a use this search cannot place (below), which an incomplete search need not read.
            const outside = !isWithin(root, key);
            if (outside && !complete)
                continue;
            let bytes;
            noteDependency(key);
            try {
                bytes = readFileSync(key);
            }
            catch {
                complete = false;
                continue;
            }
            if (!bytes.includes(name))
                continue;
            // Ex) the calls of self._set_socket() in subclasses: a 270 KB test module that never names it cannot make one
            // (a subclass of a subclass there, in a third module, is not followed)
            if (outside || bytes.length > MAX_CALLER_BYTES) {
                if (naming === undefined || bytes.includes(naming))
                    complete = false;
                continue;
            }
            // Ex) the name only in a docstring or a comment, or inside a longer word: no use of it to read, and no parse
            if (!live.has(key) && !namedInCode(bytes, word))
                continue;
        }
        // Ex) a helper imported by 300 test modules: the search stops, and the uses seen stay "likely"
        if (inProgress.has(key) || ++parsed > MAX_CALLER_MODULES) {
            complete = false;
            cycled ||= inProgress.has(key);
            if (parsed > MAX_CALLER_MODULES)
                break;
            continue;
        }
        inProgress.add(key);
        try {
            const module = liveModule(key, depth, calledCallbacks);
            if (!module) {
                complete = false;
                continue;
            }
            const seen = visit(module, key, word, self, path.relative(path.dirname(self), key) || key);
            if (!seen.complete)
                complete = false;
            if (seen.found)
                found.push(key);
        }
        finally {
            inProgress.delete(key);
        }
    }
    if (!known && !cycled)
        importerFiles.set(cacheKey, { files: found, complete });
    return { complete: complete && covered };
}
/**
 * The calls of `name`, a top-level function or class of `file`, in the other
 * modules of the run that import it, each handed to `each` while its module's
 * tree is held; null when the run cannot tell (see ProjectLookup.callers).
 */
function callersElsewhere(file, name, depth, calledCallbacks, each, uncovered) {
    const results = [];
    const searched = importersNaming(file, name, 'calls', depth, calledCallbacks, uncovered, (module, key, word, self, shown) => {
        let complete = true;
        const code = (module.code ??= codeText(module.tree.rootNode.text));
        if (!module.calls) {
            module.calls = new Map();
            for (const scope of module.resolver.facts.scopes)
                for (const call of scope.calls)
                    module.calls.set(call.node.startIndex, call);
        }
        let calls = 0;
        for (const m of code.matchAll(word)) {
            const node = module.tree.rootNode.descendantForIndex(m.index, m.index + name.length);
            if (!node) {
                complete = false;
                continue;
            }
            if (inImport(node))
                continue;
            // Ex) from pkg import relay; relay.relay(conn)   (the module of the same name, before the call below)
            if (node.parent?.type === 'attribute' && node.parent.childForFieldName('object')?.id === node.id) {
                // (a module, this function's own or another: its name with one more part resolves to that part of it)
                const inside = resolveModule(key, `${module.resolver.facts.qualifyAt(node.text, node.startIndex)}._`);
                if (inside?.member === '_')
                    continue;
            }
            // Ex) http_client.HTTPHandler(listener)   (the name, or the attribute part of a dotted callee)
            const callee = node.parent?.type === 'attribute' && node.parent.childForFieldName('attribute')?.id === node.id ? node.parent : node;
            let call = callee.parent?.type === 'call' && callee.parent.childForFieldName('function')?.id === callee.id ? module.calls.get(callee.parent.startIndex) : undefined;
            // Ex) eventlet.spawn_n(shutdown_server, sock=sock, pool=pool)   (st2: a thread started on it calls it with what it is given)
            if (!call) {
                const holder = callee.parent?.type === 'keyword_argument' ? callee.parent : callee;
                const outer = holder.parent?.type === 'argument_list' ? holder.parent.parent : null;
                const starter = outer?.type === 'call' ? module.calls.get(outer.startIndex) : undefined;
                const started = starter ? module.resolver.threadStartedOn(starter, callee) : null;
                if (started === 'opaque') {
                    complete = false;
                    continue;
                }
                if (started)
                    call = started;
            }
            // Ex) def _getTargetClass(self): from pkg.client import Handler; return Handler ... self._getTargetClass()(listener)
            if (!call) {
                const made = factoryCalls(module, node);
                const target = made ? resolveModule(key, module.resolver.facts.qualifyAt(node.text, node.startIndex)) : null;
                if (made && target && path.resolve(target.file) === self && target.member === name) {
                    calls += made.length;
                    for (const c of made)
                        results.push(each({ call: c, resolver: module.resolver, file: shown }));
                    continue;
                }
            }
            // Ex) register(Handler); class Sub(Handler): ...   (a use that calls it in ways this index does not see)
            if (!call?.callee) {
                complete = false;
                continue;
            }
            const qualified = module.resolver.facts.qualifyAt(call.callee, call.pos);
            // Ex) a local function of the same name
            if (qualified.startsWith('<local>.'))
                continue;
            const target = resolveModule(key, qualified);
            if (!target || (path.resolve(target.file) === self && target.member !== name)) {
                complete = false;
                continue;
            }
            if (path.resolve(target.file) !== self)
                continue;
            calls++;
            results.push(each({ call, resolver: module.resolver, file: shown }));
        }
        return { found: calls > 0, complete };
    });
    return searched ? { results, complete: searched.complete } : null;
}
/** Is the node inside an import statement? */
function inImport(node) {
    for (const n of selfAndAncestors(node))
        if (IMPORT_STATEMENTS.has(n.type))
            return true;
    return false;
}
/**
 * The classes of the other modules of the run that import `file` and name `name`, a top-level class of
 * it, among their bases (`class TCPConn(base.BaseConn):`), each handed to `each` with its module's
 * resolver while that module's tree is held; null when the run cannot tell (see ProjectLookup.callers).
 * `complete` is false when some module names the class in a base this search cannot place
 * (`class X(make_base(BaseConn))`) or was left unread.
 */
function subclassesElsewhere(file, name, depth, calledCallbacks, each, naming) {
    const results = [];
    const question = naming === undefined ? 'subclasses' : `subclasses\0${naming}`;
    const searched = importersNaming(file, name, question, depth, calledCallbacks, false, (module, key, word, self, shown) => {
        let complete = true;
        let found = false;
        const facts = module.resolver.facts;
        // (the name as a whole word, tested without the search's global regex and its lastIndex)
        const names = new RegExp(word.source);
        for (const scope of facts.scopes) {
            if (scope.kind !== 'class')
                continue;
            const bases = scope.node.childForFieldName('superclasses');
            if (!bases || !names.test(bases.text))
                continue;
            // Ex) def test_secondary(self): class SecondaryWriter(AbstractWriterThread): ...   (nested in a test, and defined again in the next)
            const cls = facts.classOfScope.get(scope);
            for (const b of bases.namedChildren) {
                if (!b || b.type === 'keyword_argument' || b.type === 'comment' || !names.test(b.text))
                    continue;
                const dotted = dottedName(b);
                // Ex) class X(with_metaclass(Meta, BaseConn)), class X(bases[BaseConn])   (a base this search cannot read)
                if (!dotted || !cls) {
                    complete = false;
                    continue;
                }
                const target = resolveModule(key, facts.qualifyAt(dotted, b.startIndex));
                if (!target) {
                    // Ex) a class of this module of the same name, or an installed package's
                    if (!dotted.includes('.') && facts.classes.has(dotted))
                        continue;
                    complete = false;
                    continue;
                }
                if (path.resolve(target.file) !== self || target.member !== name)
                    continue;
                found = true;
                results.push(each({ cls, resolver: module.resolver, file: shown }));
            }
        }
        return { found, complete };
    }, naming);
    return searched ? { results, complete: searched.complete } : null;
}
/**
 * The calls of what a factory returns, where `node` is the whole value of a `return` in that factory:
 * the Pylons tests' `def _getTargetClass(self): return Handler` and `self._getTargetClass()(listener)`.
 * Every call of the factory in the module must call its result at once, from the factory's own class
 * (a subclass may override it); null when one does not (`klass = self._getTargetClass()`), or the
 * factory is nested in another function.
 */
function factoryCalls(module, node) {
    if (node.type !== 'identifier' || node.parent?.type !== 'return_statement')
        return null;
    const def = node.parent.parent?.parent;
    if (def?.type !== 'function_definition' || node.parent.parent?.type !== 'block')
        return null;
    const resolver = module.resolver;
    // (the module's functions by node, and its calls by the callee's last part: once a module)
    if (!module.factories) {
        const scopes = new Map();
        const byName = new Map();
        for (const s of resolver.facts.scopes) {
            if (s.kind === 'function')
                scopes.set(s.node.id, s);
            for (const c of s.calls)
                if (c.callee)
                    push(byName, c.callee.slice(c.callee.lastIndexOf('.') + 1), c);
        }
        module.factories = { scopes, byName };
    }
    const factory = module.factories.scopes.get(def.id);
    if (!factory || factory.parent?.kind === 'function')
        return null;
    const cls = factory.parent?.kind === 'class' ? factory.ownerClass : null;
    const made = [];
    for (const call of module.factories.byName.get(factory.name) ?? []) {
        const own = cls ? (call.scope.selfName && call.callee === `${call.scope.selfName}.${factory.name}` ? call.scope.ownerClass : undefined) : call.callee === factory.name ? null : undefined;
        if (own === undefined)
            continue;
        if (own !== cls) {
            // Ex) class ListenerTests: def _getTargetClass(self): return Listener   (another class's own factory of the name)
            if (!own || own.methods.has(factory.name) || !cls)
                continue;
            // Ex) class SubTests(HandlerTests)   (a subclass that inherits the factory: not followed)
            if (resolver.classChain(own).includes(cls))
                return null;
            continue;
        }
        // (the outer call starts where the factory's call does: found by its node, in the same scope)
        const parent = call.node.parent;
        const outer = parent?.type === 'call' && parent.childForFieldName('function')?.id === call.node.id ? call.scope.calls.find((c) => c.node.id === parent.id) : undefined;
        if (!outer || call.args.length)
            return null;
        made.push(outer);
    }
    return made.length ? made : null;
}
/** What a function must call for ProjectLookup.parameterKinds() to find anything: a method that decides a socket's kind. */
const KIND_WORDS = /\.\s*(?:listen|accept|bind|connect|connect_ex|\w*listen(?!er)\w*)\s*\(|\bSO_LINGER\b/;
/** What a function must call for ProjectLookup.childParameters() to find anything: a call that starts a child process. */
const CHILD_WORDS = /\b(?:Process|Popen|run|call|check_call|check_output|posix_spawnp?|fork|forkpty|create_subprocess_exec|create_subprocess_shell)\s*\(/;
const wordsCache = new Map();
/** Does a project module's code (strings and comments left out) hold what `words` looks for? Once a file and question. */
function wordsIn(file, words) {
    const key = `${path.resolve(file)}\0${words.source}`;
    let known = wordsCache.get(key);
    if (known === undefined) {
        try {
            known = namedInCode(readFileSync(path.resolve(file)), words);
        }
        catch {
            known = false;
        }
        wordsCache.set(key, known);
    }
    return known;
}
/**
 * Does a module's code (its text without comments and strings) hold `word`, a name as a whole word?
 * True when the bytes cannot be decoded: the parse then says what the module is.
 */
function namedInCode(bytes, word) {
    const decoded = decodeSource(bytes);
    if (!decoded.ok)
        return true;
    word.lastIndex = 0;
    const found = word.test(codeText(decoded.source.text));
    word.lastIndex = 0;
    return found;
}
/** The file of module `parts` under `base` (`a/b.py` or `a/b/__init__.py`), or null. */
function moduleFile(base, parts) {
    const stem = path.join(base, ...parts);
    if (kind(`${stem}.py`) === 'file')
        return `${stem}.py`;
    if (kind(path.join(stem, '__init__.py')) === 'file')
        return path.join(stem, '__init__.py');
    return null;
}
/** The project module a qualified name lives in, and the member inside it, from the importing file's point of view. */
export function resolveModule(fromFile, qualified) {
    const dots = /^\.*/.exec(qualified)[0].length;
    const parts = qualified.slice(dots).split('.').filter(Boolean);
    if (parts.length < 2 && dots === 0)
        return null;
    // Ex) import threading; threading.Thread(...)   (the standard library, even where the tree holds a copy of it)
    if (dots === 0 && STDLIB_MODULES.has(parts[0]))
        return null;
    let bases;
    if (dots > 0) {
        let base = path.dirname(path.resolve(fromFile));
        for (let i = 1; i < dots; i++)
            base = path.dirname(base);
        bases = [base];
    }
    else {
        bases = importRoots(fromFile);
    }
    // The longest prefix that is a module; the rest is the member (`pkg.mod.Class` -> pkg/mod.py, Class).
    const within = (roots) => {
        for (const base of roots) {
            for (let n = parts.length - 1; n >= 1; n--) {
                const file = moduleFile(base, parts.slice(0, n));
                if (file && path.resolve(file) !== path.resolve(fromFile)) {
                    return { file, member: parts.slice(n).join('.'), module: qualified.slice(0, qualified.length - parts.slice(n).join('.').length - 1) };
                }
            }
        }
        return null;
    };
    if (dots > 0) {
        // Ex) tests/test_connections.py: from . import bind_socket   (psutil: where no module of that name lies beside the
        // file, a member of the package's own __init__.py)
        const found = within(bases);
        if (found || !parts.length)
            return found;
        const init = path.join(bases[0], '__init__.py');
        // (its module said as the import says it: `.bind_socket`)
        return kind(init) === 'file' && init !== path.resolve(fromFile) ? { file: init, member: parts.join('.'), module: qualified.slice(0, dots - 1) } : null;
    }
    // Ex) test/broker/helper.py: sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..")); import mosq_test
    return within(bases) ?? within(sysPathRoots(fromFile));
}
/**
 * The module `name` next to a file, as a script's directory on sys.path (and Python 2's implicit
 * relative import) finds it: its absolute path, or null (none, or the file itself).
 */
function siblingModule(file, name) {
    const found = moduleFile(path.dirname(path.resolve(file)), [name]);
    return found && path.resolve(found) !== path.resolve(file) ? path.resolve(found) : null;
}
/** Does `module` (dotted, absolute) name `file` itself, from one of its import roots or, for a plain name, from its own directory? */
function namesItself(file, module) {
    const self = path.resolve(file);
    const parts = module.split('.');
    if (!parts.every((p) => /^\w+$/.test(p)))
        return false;
    const bases = parts.length === 1 ? [...importRoots(file), path.dirname(self)] : importRoots(file);
    return bases.some((base) => {
        const found = moduleFile(base, parts);
        return !!found && path.resolve(found) === self;
    });
}
const sysPathCache = new Map();
/** `sys.path.insert(0, X)`, `sys.path.append(X)`: X is the argument, up to its call's closing parenthesis. */
const SYS_PATH_CALL = /\bsys\.path\.(?:insert\s*\(\s*\d+\s*,|append\s*\()/g;
/**
 * The directories a file adds to sys.path relative to itself before it imports (`sys.path.insert(0,
 * os.path.join(os.path.dirname(__file__), '..'))`, or through a name assigned such a path on one line,
 * as mosquitto's test helpers do with `os.path.split(inspect.getfile(inspect.currentframe()))[0]`):
 * where Python finds the modules the file imports that the project's own roots do not hold. Each
 * `dirname()`, `split(...)[0]` or `.parent` climbs a directory from the file; the string literals are
 * then joined on. Read once a file, only where an import of it is not found otherwise.
 */
function sysPathRoots(file, hops = 1) {
    const key = path.resolve(file);
    const known = sysPathCache.get(key);
    if (known)
        return known;
    const roots = [];
    sysPathCache.set(key, roots);
    let text;
    try {
        text = readFileSync(key, 'latin1');
    }
    catch {
        return roots;
    }
    // Ex) test/broker/03-publish.py: from mosq_test_helper import *   (the module next to it that it imports changed sys.path first)
    if (hops > 0) {
        for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+(\w+)[ \t]+import\b|import[ \t]+(\w+)[ \t]*$)/gm)) {
            const name = m[1] ?? m[2];
            const sibling = STDLIB_MODULES.has(name) ? null : siblingModule(key, name);
            if (sibling)
                for (const r of sysPathRoots(sibling, hops - 1))
                    if (!roots.includes(r))
                        roots.push(r);
        }
    }
    if (!text.includes('sys.path'))
        return roots;
    for (const m of text.matchAll(SYS_PATH_CALL)) {
        let depth = 1;
        let end = m.index + m[0].length;
        for (; end < text.length && depth > 0; end++)
            depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
        let arg = text.slice(m.index + m[0].length, end - 1).trim();
        // Ex) cmd_subfolder = os.path.realpath(...); sys.path.insert(0, cmd_subfolder)   (the last assignment before the call)
        if (/^[A-Za-z_]\w*$/.test(arg)) {
            const assigned = [...text.slice(0, m.index).matchAll(new RegExp(`^[ \\t]*${arg}[ \\t]*=(?!=)(.*)$`, 'gm'))].pop();
            if (!assigned)
                continue;
            arg = assigned[1];
        }
        if (!/\b__file__\b|\bcurrentframe\s*\(/.test(arg))
            continue;
        const climbs = (arg.match(/\bdirname\s*\(|\bsplit\s*\(.*?\)\s*\)?\s*\[\s*0\s*\]|\.parent\b/g) ?? []).length;
        const literals = [...arg.matchAll(/(['"])([^'"\\]*)\1/g)].map((l) => l[2]);
        if (!climbs || literals.some((l) => !/^[\w.\-/]+$/.test(l)))
            continue;
        let dir = key;
        for (let i = 0; i < climbs; i++)
            dir = path.dirname(dir);
        dir = path.resolve(dir, ...literals);
        if (kind(dir) === 'dir' && !roots.includes(dir))
            roots.push(dir);
    }
    return roots;
}
/** Modules whose tree a file's own analysis has borrowed (borrow()): kept while it runs. */
const borrowed = new Set();
/** Frees the trees of the least recently used modules beyond LIVE_MODULES, or LIVE_CHARS of text. */
function evict() {
    while (live.size > LIVE_MODULES || (live.size > 1 && liveChars > LIVE_CHARS)) {
        const [oldest, old] = live.entries().next().value;
        // A module still being summarised up the stack, or analysed, keeps its tree.
        if (inProgress.has(oldest) || borrowed.has(oldest))
            break;
        live.delete(oldest);
        liveChars -= old.text.length;
        old.tree.delete();
    }
}
/** A parsed module with its resolver, kept among the LIVE_MODULES most recently used; null when it cannot be read or parsed. */
function liveModule(key, depth, calledCallbacks) {
    const found = live.get(key);
    if (found) {
        live.delete(key);
        live.set(key, found);
        // Ex) a module of the run, analysed (and kept) before a caller's question: the resolver it would have had if parsed now
        found.resolver ??= new ProvenanceResolver(found.facts, null, calledCallbacks, projectLookup(key, depth + 1, calledCallbacks));
        return found;
    }
    const parser = loadedParser();
    if (!parser)
        return null;
    noteDependency(key);
    if (statSync(key).size > MAX_MODULE_BYTES)
        return null;
    const decoded = decodeSource(readFileSync(key));
    if (!decoded.ok)
        return null;
    const text = decoded.source.text;
    const tree = parser.parse(text);
    if (!tree)
        return null;
    const facts = collectFacts(tree, parser.captures('facts'), text);
    const entry = { tree, facts, text, resolver: new ProvenanceResolver(facts, null, calledCallbacks, projectLookup(key, depth + 1, calledCallbacks)) };
    live.set(key, entry);
    liveChars += text.length;
    evict();
    return entry;
}
/** The summary of one member of a project module, computed on first use (null when the module cannot be read or parsed). */
function summaryOf(file, member, depth, calledCallbacks) {
    const key = path.resolve(file);
    let known = members.get(key);
    if (known === null)
        return null;
    // The member's head: `Class.method` is asked of `Class`'s summary, which has no such entry.
    const head = member.split('.')[0];
    const done = known?.get(head);
    if (done)
        return done;
    // Ex) a.py imports b.py, which imports a.py: the inner question gets no answer rather than a loop
    if (inProgress.has(key) || depth > MAX_DEPTH)
        return null;
    inProgress.add(key);
    let result = null;
    try {
        const module = liveModule(key, depth, calledCallbacks);
        if (module)
            result = module.resolver.memberSummary(head);
    }
    catch {
        result = null;
    }
    finally {
        inProgress.delete(key);
    }
    if (!result) {
        members.set(key, null);
        return null;
    }
    if (!known)
        members.set(key, (known = new Map()));
    known.set(head, result);
    return result;
}
/** The answers about one project module that other modules asked for (its classes' members, what its star import gives), by module and question. */
const moduleAnswers = new Map();
/**
 * One question about a project module, asked of its parsed module on first use and kept (under `id`);
 * null when the module cannot be read or parsed, or is being asked already up the stack (a loop:
 * that answer is not kept).
 */
function askModule(file, id, depth, calledCallbacks, ask) {
    const key = path.resolve(file);
    if (moduleAnswers.has(id))
        return moduleAnswers.get(id);
    if (inProgress.has(key) || depth > MAX_DEPTH)
        return null;
    inProgress.add(key);
    let result = null;
    try {
        const module = liveModule(key, depth, calledCallbacks);
        if (module)
            result = ask(module);
    }
    catch {
        result = null;
    }
    finally {
        inProgress.delete(key);
    }
    moduleAnswers.set(id, result);
    return result;
}
/**
 * The doubles every one of `files` hands the code (`ask`, of each module's facts), when each module hands
 * only bare ones (doubles.ts); null when one of them hands another, or cannot be read.
 */
function doublesOf(files, ask, question, depth, calledCallbacks) {
    const names = new Set();
    for (const f of files) {
        noteDependency(f);
        const found = askModule(f, `${f}\0${question}`, depth, calledCallbacks, ask);
        if (!found)
            return null;
        for (const n of found)
            names.add(n);
    }
    return [...names].sort();
}
/** One question about a class of a project module (`head` of `member`), asked of that module's resolver (askModule()). */
function askClass(file, member, question, depth, calledCallbacks, ask) {
    const key = path.resolve(file);
    const head = member.split('.')[0];
    const id = `${key}\0${head}\0${question}`;
    if (!moduleAnswers.has(id) && members.get(key) === null)
        return null;
    return askModule(file, id, depth, calledCallbacks, (module) => ask(module.resolver, head));
}
/**
 * What `from <module> import *` binds of a project module: its `__all__`, when that is one module-level
 * assignment of a list or tuple of plain string literals and nothing else in the module names `__all__`
 * (an `__all__ += [...]` or `__all__.extend()` would add names); without any `__all__`, every public
 * name its semantic model binds, unless its own namespace is open; else null, and the star import
 * stays an open namespace.
 */
function exportsOf(file, depth, calledCallbacks) {
    return askModule(file, `${path.resolve(file)}\0*`, depth, calledCallbacks, (module) => {
        const mentions = (module.code ??= codeText(module.text)).split(/\b__all__\b/).length - 1;
        if (!mentions) {
            // Ex) no __all__: every public name the module binds (its semantic model's), unless its namespace is open
            const model = semanticModel(module.facts);
            return model.openNamespace ? null : [...model.module.bindings.keys()].filter((n) => !n.startsWith('_'));
        }
        const assigns = scopeIndex(module.facts.scopes[0]).assignsByTarget.get('__all__') ?? [];
        const value = assigns.length === 1 && assigns[0].tupleIndex === -1 ? assigns[0].value : null;
        if (!value || (value.type !== 'list' && value.type !== 'tuple') || mentions !== 1)
            return null;
        const listed = [];
        for (const item of value.namedChildren) {
            if (item?.type === 'comment')
                continue;
            // Ex) "tobytes"   (not an f-string, a bytes literal, a concatenation, an escape or a name)
            const parts = item?.type === 'string' ? item.namedChildren.map((c) => c?.type) : [];
            const plain = parts.length === 3 && parts[0] === 'string_start' && parts[1] === 'string_content' && parts[2] === 'string_end';
            const content = plain && !/[fFbB]/.test(item.namedChild(0).text) ? item.namedChild(1).text : null;
            if (!content || !/^[A-Za-z_]\w*$/.test(content))
                return null;
            listed.push(content);
        }
        return listed;
    });
}
/** The lookup a file's analysis uses to see the project modules it imports. */
export function projectLookup(file, depth = 0, calledCallbacks = new Set()) {
    /**
     * One question about a module-level function of another project module, asked of that module's
     * order facts. A module whose code holds none of `words` is not parsed for it (whether it is parsed
     * already or not, so that the answer does not depend on the order of questions): a helper it passes
     * the socket on to in a third module is not followed there.
     */
    const askFunction = (qualified, words, question, ask) => {
        const found = resolveModule(file, qualified);
        if (!found || found.member.includes('.'))
            return null;
        noteDependency(path.resolve(found.file));
        if (!wordsIn(found.file, words))
            return null;
        return askClass(found.file, found.member, question, depth, calledCallbacks, (r, head) => ask(new OrderFacts(r.facts, r), head));
    };
    /** The modules of the run that set `X.attr` to a test double: this one, or one that imports it. */
    const doubleSetters = (attr) => {
        const setters = runIndex?.doubles[attr];
        if (!setters?.length)
            return [];
        const self = path.resolve(file);
        // Ex) conn._TcpConnection__socket = MockSocket(sock, 1)   (a mangled private name says its class: the test may import
        // only the package that re-exports it)
        if (isMangled(attr))
            return setters.map((f) => path.resolve(f));
        const importers = new Set((indexedImporters(self) ?? []).map((i) => path.resolve(i)));
        return setters.map((f) => path.resolve(f)).filter((f) => f === self || importers.has(f));
    };
    return {
        find(qualified) {
            const found = resolveModule(file, qualified);
            if (!found)
                return null;
            const summary = summaryOf(found.file, found.member, depth, calledCallbacks);
            return summary ? { summary, member: found.member, module: found.module } : null;
        },
        initParameter(qualified, attr) {
            const found = resolveModule(file, qualified);
            return found ? askClass(found.file, found.member, `init\0${attr}`, depth, calledCallbacks, (r, head) => r.initParameterSummary(head, attr)) : null;
        },
        servedParameter(qualified) {
            const found = resolveModule(file, qualified);
            return found ? askClass(found.file, found.member, 'served', depth, calledCallbacks, (r, head) => r.servedParameterSummary(head)) : null;
        },
        selfFactories(qualified, attr) {
            const found = resolveModule(file, qualified);
            return found ? askClass(found.file, found.member, `factories\0${attr}`, depth, calledCallbacks, (r, head) => r.selfFactoriesSummary(head, attr)) : null;
        },
        parameterKinds(qualified) {
            return askFunction(qualified, KIND_WORDS, 'kinds', (order, name) => order.parameterKinds(name));
        },
        childParameters(qualified) {
            return askFunction(qualified, CHILD_WORDS, 'child', (order, name) => order.childParametersOf(name));
        },
        classMember(qualified, kind, name) {
            const found = resolveModule(file, qualified);
            return found ? askClass(found.file, found.member, `${kind}\0${name}`, depth, calledCallbacks, (r, head) => r.classMemberSummary(head, kind, name)) : null;
        },
        namesSelfAttribute(qualified, attr) {
            const found = resolveModule(file, qualified);
            return found ? askClass(found.file, found.member, `names\0${attr}`, depth, calledCallbacks, (r, head) => r.namesSelfAttributeSummary(head, attr)) : null;
        },
        callers(name, each, uncovered = false) {
            return callersElsewhere(file, name, depth + 1, calledCallbacks, each, uncovered);
        },
        subclasses(name, each, naming) {
            return subclassesElsewhere(file, name, depth + 1, calledCallbacks, each, naming);
        },
        borrow(text) {
            // Ex) test_events.py parsed for the callers of a helper, then analysed itself: parsed once
            const key = path.resolve(file);
            const found = live.get(key);
            if (!found || found.text !== text || borrowed.has(key))
                return null;
            borrowed.add(key);
            return { tree: found.tree, facts: found.facts, release: () => borrowed.delete(key) && evict() };
        },
        keep(text, tree, facts) {
            // Ex) a module analysed before a caller's question reaches it: that question finds its tree
            // (Only a module of up to KEEP_CHARS: the trees of the largest would hold the WASM heap up, which never shrinks.)
            const key = path.resolve(file);
            if (live.has(key) || text.length > KEEP_CHARS)
                return false;
            live.set(key, { tree, facts, text, resolver: null });
            liveChars += text.length;
            evict();
            return true;
        },
        starExports(module) {
            // Ex) from testsupport import *   (a module of the project; in a package, also the one next to this file,
            // as Python 2's implicit relative import and a test runner's sys.path find it: both, if they differ)
            const files = new Set();
            const found = resolveModule(file, `${module}._`);
            if (found?.member === '_')
                files.add(path.resolve(found.file));
            const sibling = /^\w+$/.test(module) ? siblingModule(file, module) : null;
            if (sibling)
                files.add(sibling);
            // Ex) if __name__ == "__main__": from pyspark.tests.test_daemon import *   (the module itself, as pyspark's tests do: a
            // second copy of its own names, each meaning what it means here, so nothing new)
            if (!files.size)
                return namesItself(file, module) ? [] : null;
            const names = new Set();
            for (const f of files) {
                const listed = exportsOf(f, depth, calledCallbacks);
                if (!listed)
                    return null;
                for (const n of listed)
                    names.add(n);
            }
            return [...names];
        },
        doubles(attr) {
            // Ex) tests/test_http_client.py: from supervisor.http_client import HTTPHandler ... inst.socket = DummySocket()
            const mine = doubleSetters(attr);
            return mine.length ? path.relative(path.dirname(path.resolve(file)), mine[0]) : null;
        },
        attributeDoubles(attr) {
            // Ex) DummySocket, a class of the tests without shutdown(), in every module that sets .socket: the fix guards AttributeError too
            const mine = doubleSetters(attr);
            return mine.length ? doublesOf(mine, (m) => attributeDoubles(m.resolver.facts, m.resolver.project, attr), `doubles\0${attr}`, depth, calledCallbacks) : null;
        },
        callbackDoubles(callback, index) {
            const callers = runIndex?.callbacks?.[callback];
            if (!callers?.length)
                return null;
            return doublesOf(callers.map((f) => path.resolve(f)), (m) => callbackDoubles(m.resolver.facts, m.resolver.project, callback, index), `callback\0${callback}`, depth, calledCallbacks);
        },
        bareClass(qualified, role, level) {
            const found = resolveModule(file, qualified);
            if (!found || found.member.includes('.'))
                return false;
            const key = path.resolve(found.file);
            noteDependency(key);
            const answer = askModule(key, `${key}\0bare\0${role}\0${found.member}`, depth, calledCallbacks, (m) => bareClass(m.resolver.facts, m.resolver.project, found.member, m.text.length, role, level));
            return answer === true;
        },
    };
}

import { type Node } from '../parse.js';
import type { ClassMemberKind, ForeignCalls, InitParameter, ModuleSummary, ProjectLookup } from './summary.js';
import { type CallFact, type ClassFact, type ModuleFacts, type Scope } from './facts.js';
export type SocketKind = 'stream' | 'tls' | 'listening' | 'unconnected' | 'datagram' | 'raw' | 'copy' | 'adopted' | 'unknown-type';
/**
 * A factory's socket listens only when the caller passes a parameter (Pyro4's
 * `createSocket(bind=None, connect=None)`): `kind` is what it is with the
 * parameter given, `otherwise` what it is without it.
 */
export interface ListensIf {
    param: string;
    /** The parameter's position among the call's positional arguments (-1: keyword only). */
    index: number;
    otherwise: SocketKind;
    otherOrigin: string;
}
export type Provenance = 
/** `abortive`: a caller sets SO_LINGER on the socket it passes (the close is meant to reset). */
/** `doubled`: the project's tests hand the code doubles, all bare classes of the project (doubles.ts): their names. */
{
    t: 'socket';
    kind: SocketKind;
    origin: string;
    abortive?: string;
    listensIf?: ListensIf;
    doubled?: string[];
}
/** Some assignments are sockets, the others cannot be traced. */
 | {
    t: 'partial';
    kind: SocketKind;
    origin: string;
    patched?: string;
    doubles?: string;
    callers?: string;
    abortive?: string;
    listensIf?: ListensIf;
    doubled?: string[];
} | {
    t: 'not';
    why: string;
} | {
    t: 'unknown';
}
/** `None`: a placeholder that never reaches close(). */
 | {
    t: 'none';
};
export declare function combine(list: Provenance[]): Provenance;
/**
 * A factory's socket at one call: listening when the call passes the
 * parameter its `listen()` depends on (or may pass it: `**kw`), else what it
 * is without it.
 */
export declare function atCall(p: Provenance, args: Node[]): Provenance;
/**
 * The members of a type annotation's union, each a plain dotted name or `None` (`socket.socket |
 * None`, `Optional[Union[socket.socket, ssl.SSLSocket]]`, either quoted as a whole or in part); null
 * when a member is anything else (a generic, a `Literal`, a callable): the annotation then says nothing.
 */
export declare function annotationMembers(text: string): string[] | null;
/** A call of a function of this module, or a thread started on it (`opaque`: its arguments cannot be read). */
export interface Caller {
    call: CallFact;
    scope: Scope;
    opaque?: boolean;
}
/** A value a subclass elsewhere gives an attribute, with where, for messages. */
interface AttributeValue {
    p: Provenance;
    where: string;
}
export declare class ProvenanceResolver {
    readonly facts: ModuleFacts;
    private readonly patchedNote;
    /** Library callbacks the project's own code calls with arguments of its own (tests with doubles). */
    private readonly calledCallbacks;
    /** The other modules of the project, summarised on demand (none in the pure core). */
    readonly project: ProjectLookup | null;
    private readonly attrCache;
    private readonly fileObjectCache;
    private readonly listCache;
    private readonly baseMethodCache;
    private readonly subclassMethods;
    private readonly paramCache;
    private readonly paramElementsCache;
    private readonly containerIndex;
    /** methodsOnShared(), by scope and name. */
    private readonly sharedMethods;
    private fileText;
    /** The module's code with its comments and strings blanked (codeText()), once a module: for the rules' text questions too. */
    code(): string;
    private valueUses;
    /** classMembers(), by class; the module's annotations by the class of their method and by their class body. */
    private readonly membersCache;
    private annotationsByClass;
    /** Calls through an injected socket module being re-evaluated after a caller replaced the module. */
    private readonly injecting;
    /** Inside a function's return summary, where its parameters stay unknown. */
    private summarisingReturns;
    /** indexCalls()'s index, once a module. */
    private calls;
    private readonly servedCache;
    private readonly returnCache;
    /** yieldsOf()'s answers, by function. */
    private readonly yieldCache;
    /** pytestFixture()'s module-level fixtures by the name they give, once a module. */
    private fixtures;
    /** Keys being computed; a lookup that meets one gets a provisional answer. */
    private readonly inProgress;
    /** Set when a computation used a provisional answer, so its result must not be cached. */
    private provisional;
    /** Provisional results, reused within one top-level question and dropped after it. */
    private readonly scratch;
    /** assignedUpTo()'s folds, by scope, name and depth. */
    private readonly prefixes;
    /**
     * Memoizes `compute` under `key`, safely with cycles (self.a = self.b; self.b = self.a):
     * a result that depended on a provisional answer is returned but not cached, so
     * the answer never depends on which site asked first.
     */
    private memo;
    /**
     * @param patchedNote set when this module's `socket` global is replaced
     *   elsewhere (a test's mock); sockets built through it are then not definite.
     */
    constructor(facts: ModuleFacts, patchedNote?: string | null, 
    /** Library callbacks the project's own code calls with arguments of its own (tests with doubles). */
    calledCallbacks?: ReadonlySet<string>, 
    /** The other modules of the project, summarised on demand (none in the pure core). */
    project?: ProjectLookup | null);
    /** This module's summary, for the modules that import it: every member's, merged. */
    summary(): ModuleSummary;
    /**
     * The summary of a module-level name that only stands for another: imported from another project
     * module (a re-export: `from .server import Server`), or assigned a class or function by name
     * (`CANSocket = NativeCANSocket`, in `if`/`else` branches too). Where it may stand for several
     * (`from .native import CANSocket` / `from .python_can import CANSocket`), it gets what they agree
     * on: the same entry, or, for classes none of which is a socket subclass, a class that is no
     * socket either (its members are asked one at a time: classMemberSummary()). Null when it names
     * nothing known.
     */
    private aliased;
    /**
     * What a module-level name that only stands for others stands for: each class or function of this
     * module it is assigned (`local`), each project name it is imported as or assigned from (`qualified`).
     * Null when it is anything else (another value, a standard-library name, more than one import of an
     * assigned name).
     */
    private aliasTargets;
    /**
     * The summary of one module-level member (a function or a class), as plain
     * data: what an importing module asks for, computed only when it asks.
     */
    memberSummary(name: string): ModuleSummary;
    /**
     * One member of a module-level class, for another module (ProjectLookup.classMember()): what
     * `self.<member>` holds, or what the method `<member>` returns when that is a socket. Through a
     * re-export or an alias too, where every class the name may stand for agrees.
     */
    classMemberSummary(name: string, kind: ClassMemberKind, member: string): Provenance | null;
    /**
     * selfFactories() for a class of this module: the methods whose result its chain assigns to
     * `self.<attr>` as it is (`self.sock = self._make_socket()`), which a subclass may override.
     */
    selfFactoriesSummary(name: string, attr: string): string[] | null;
    /** The methods whose result a class's chain assigns to `self.<attr>` as it is (`self.sock = self._make_socket()`), sorted. */
    private selfFactories;
    /** initParameter() for a class of this module (not through a re-export). */
    initParameterSummary(name: string, attr: string): InitParameter | null;
    /** The module-level class `name` of this module, unless a function of the module has that name too. */
    private moduleClass;
    /**
     * The `__init__` parameter that alone gives `self.<attr>` its value: the class chain assigns it
     * once, `self.attr = param` in its `__init__` (the first one up the chain), never elsewhere.
     */
    private initParameter;
    /** Every assignment of `self.<attr>` in the methods of a class chain (closures in them too), or null when a class body assigns the name. */
    private selfAssignsOf;
    /**
     * What `self.<attr>` of a class holds, for another module (only an attribute its chain assigns); with
     * `exact`, on an instance of the class itself (classAttribute()).
     */
    private attributeSummary;
    /** What `self.<attr>` holds as the first base of `chain` from another project module says (null: no such base, or it says nothing). */
    private baseAttributeSummary;
    /** What a class's method returns, when a socket (the most derived definition that returns a call decides). */
    private methodSummary;
    /** Is a callee this module's own function or class (or `self.x`), which the module itself answers for? */
    private isLocal;
    /** The methods the class chain calls on `self.<attr>`. */
    private methodsOnAttribute;
    /** The `self.X` names the class chain assigns (the attributes a summary describes). */
    private assignedAttributes;
    /** What the summaries of the class's bases in other project modules say of `self.<attr>`. */
    private inheritedAttribute;
    /**
     * The function `name` stands for where a call in `scope` makes it: one `def name` in this function or in
     * the nearest function around it that binds the name, and nothing else binding it there. Null at module
     * level (facts.functions answers there), or where the name is a parameter or assigned.
     */
    private nestedFunction;
    /** The names some `global` statement of the module declares (functions may rebind them), read once from the text. */
    private declaredGlobal;
    private globalNames;
    /** The names a function's own `global` statements declare (a nested def's are its own), from the semantic model. */
    private globalsOf;
    /**
     * The assignments of the functions that declare `name` global (`def start(): global httpd; httpd =
     * TCPServer(addr, Handler)`), in document order: what the module's name holds besides its own
     * module-level assignments, when a function that does not bind it reads it. Read once a name, from
     * the functions that have a `global` statement.
     */
    private globalAssigns;
    /**
     * Does this function declare `name` nonlocal, assign it nothing but None, and is its `nonlocal` statement the only
     * one that names it in the function whose name it is (no other nested function may rebind it)?
     */
    private clearsNonlocal;
    private functionsByStart;
    private readonly globalAssignsByName;
    private readonly nestedDefs;
    /** The names a scope assigns an AF_ALG socket (`alg = socket.socket(AF_ALG, SOCK_SEQPACKET)`), once a scope; none unless the module names AF_ALG. */
    private kernelCryptoNames;
    private readonly cryptoNames;
    /** `socket.<rest>` for a qualified name whose project module binds its head to the socket module (ModuleSummary.modules), else null. */
    private reexportedSocket;
    /** A call of a function or class of another project module: what its summary says it makes. */
    private projectCall;
    /** The provenance of a receiver (`sock`, `self.sock`) as seen at `pos` in `scope`. */
    receiver(text: string, scope: Scope, pos: number, depth?: number): Provenance;
    /** A module-level name of another project module, imported here: what its module's summary says it holds. */
    private importedName;
    private annotationIndex;
    /** Annotations by scope and target name. */
    private annotationsOf;
    /** The depth limit gives up: a provisional answer, like a cycle's. */
    private tooDeep;
    /** The class a `self.X` receiver belongs to, following module-local base classes. */
    classChain(cls: ClassFact): ClassFact[];
    /**
     * The stream server that serves a BaseRequestHandler subclass: every call of this module that passes
     * the class as its RequestHandlerClass (`IRCServer(addr, IRCClient)`) constructs a server whose socket
     * listens (a TCP or Unix stream server: socketserver's, this module's, or another project module's).
     * The callee's name; null when no call passes it, or one passes it to anything else.
     */
    private streamServerOf;
    /**
     * The calls that pass a class nested in another class as the handler: `self.Service` in a method of the outer
     * class's family, or `Outer.Service`; none where the outer class's chain assigns the name itself.
     */
    private nestedHandlerUses;
    /** The stream server every call that passes `cls` as the handler class gives it, or null. */
    private servedBy;
    /**
     * The socket method a BaseRequestHandler's chain calls on `self.request` itself (`self.request.recv(1024)`),
     * where no server of this module is given the class and nothing in the chain reads the request as a pair
     * (`data, sock = self.request`, `self.request[1]`, `isinstance(self.request, ...)`, `len(self.request)`);
     * else null. A UDP server hands its handler a (data, socket) tuple, which has no such method.
     */
    private requestUsedAsStream;
    /** The calls of the module by the name they pass as a RequestHandlerClass (handlerArguments()), once asked. */
    private handlerUses;
    /** The module's classes whose chain holds each class (not the class itself), found once a module. */
    private subclassIndex;
    /** ownAssigns(), once a class. */
    private ownAssignsCache;
    /** The classes of this module that derive from `cls`, at any depth (a mixin: the classes that mix it in). */
    subclassesOf(cls: ClassFact): ClassFact[];
    /** Qualified names of every base class, through module-local classes. */
    baseNames(cls: ClassFact): string[];
    /**
     * What `self.<attr>` holds in the methods of a class, where `self` may be an instance of any of this
     * module's subclasses too; with `exact`, an instance made by calling the class itself (`d = Dispatcher(sock);
     * d.socket`), where what a subclass's methods assign is no value of it.
     */
    classAttribute(cls: ClassFact, attr: string, depth: number, exact?: boolean): Provenance;
    private computeClassAttribute;
    /** descendantValues(), once a class and attribute; an entry being computed up the stack reads as incomplete. */
    private readonly descendantCache;
    /**
     * What `ask` finds in each subclass of a top-level class in the other modules of the project (`naming`:
     * the modules to read must name it), with the resolver of the subclass's module; null when the run
     * cannot tell (a pre-commit run of a few files) or no module derives from the class. `complete` is
     * false when some subclass may be unseen, or some answer was incomplete.
     */
    private foreignSubclasses;
    /**
     * For a class of this module whose base is in another module, and each of this module's subclasses
     * of it, in turn: what `own` finds in the class, then what `further` finds in its subclasses further out.
     */
    private outward;
    /**
     * What a class of this module whose base is in another module (`sub`, in `file`) gives `self.<attr>`
     * by its own body and methods, with what its own methods do to it (`self.sock.listen(5)`), and what
     * this module's subclasses of it and their subclasses elsewhere give. A class that assigns nothing adds
     * nothing: it holds what its base or a subclass gives.
     */
    descendantValues(sub: ClassFact, attr: string, depth: number, file: string, factories?: readonly string[]): ForeignCalls<AttributeValue>;
    /**
     * What the subclasses of a top-level class in the other modules of the project give `self.<attr>` (descendantValues() of
     * each), with what their overrides of the methods that make it (`factories`: `self.sock = self._make_socket()`) return.
     */
    private foreignSubclassValues;
    /**
     * The assignments to `self.<attr>` in the own methods (and bodies) of this module's subclasses of
     * `cls`, at any depth, with the scope of each.
     */
    private subclassAssigns;
    /** A class's own assignments to `self.<attr>` that give it a value (not one that restores a saved value or unwraps it). */
    private ownValueAssigns;
    /** What a class's own body and methods (not its bases') assign, by attribute, in classMembers()'s order: built once a class. */
    private ownAssigns;
    /**
     * What the class chain assigns to each attribute, in computeClassAttribute's order (each class of
     * the chain: its body's `X = ...`, then each method's scope tree's `self.X = ...`), and the
     * annotations that declare it (`self.X: T` in a method, `X: T` in a class body), in the module's
     * order. Built once a class: each attribute once read every assignment of the chain and every
     * annotation of the module (a class of 2,000 methods, each with a socket of its own, was quadratic).
     */
    private classMembers;
    /**
     * `self.socket` of an asyncore dispatcher, from what the class chain does:
     * `self.create_socket(family, type)`, `self.set_socket(sock)` or
     * `dispatcher.__init__(self, sock)`. The dispatcher's own `listen()`/`accept()`
     * make it a listener; a created socket counts as connected only where the
     * class calls `self.connect()`.
     */
    private dispatcherSocket;
    /**
     * A method of the class chain that overrides one of socketserver's server hooks (`get_request()`,
     * `server_bind()`...) and calls the base's (`super(...).get_request()`, `Base.server_bind(self)`), as
     * `Class.method`; null for none.
     */
    private serverHookOverride;
    private classSetsDatagram;
    /** A function scope and the scopes nested in it. */
    scopeTree(scope: Scope): Scope[];
    /**
     * What the first `count` assignments to `name` in scope `s` give it, combined.
     * Each site asks for the assignments before it; a prefix is folded from the
     * one before (combine() folds: combining a combined prefix with the next
     * value gives the combination of all of them), so a function with 100,000
     * `with socket.socket() as t:` costs one value() per assignment, not one per
     * site and assignment. A prefix that leaned on a provisional answer (a cycle,
     * the depth limit) is not kept.
     */
    private assignedUpTo;
    private name;
    /**
     * The methods called on a name that scope `s` binds, in `s` and in every scope nested in it that does
     * not bind the name again, and on the plain aliases `s` gives it, either way (`LISTEN_SOCK = _sock`,
     * `ALIAS = LISTEN_SOCK`): what a function that closes a module's socket cannot see in its own body.
     */
    private methodsOnShared;
    /**
     * A parameter's provenance from the calls in this module that pass it. Only a
     * private function (`_name`), a nested one or a private method has no callers
     * elsewhere; for the others a socket the callers pass is only likely, though
     * its kind (a listener, say) still counts.
     */
    private fromCallers;
    /**
     * Are all the calls of `fn` in this module: a private (`_name`) or nested function (not a constructor)
     * that no other module calls (`seen` incomplete: from .util import _close) and nothing uses as a value?
     */
    private callersAllHere;
    /**
     * What each element of a parameter that holds a collection is, from what the calls of its function
     * pass (`Server(sockets=[sock])`, `serve(socks)`): proof only when every caller is seen, as fromCallers().
     */
    private paramElements;
    /**
     * What `each` makes of the argument each call of `fn` seen passes for
     * `param` (null: the call leaves the default; undefined: `*args`/`**kw` hide
     * it): this module's calls, then, for a top-level function or class, those
     * of the modules that import it, each read by its own module's resolver
     * (`foreign` null: the run cannot tell). With `uncovered`, the modules a run
     * that does not cover the project saw (its files, the project's tests) too.
     */
    private argumentsPassed;
    /**
     * The calls `self.<method>(...)` in the subclasses of a top-level class in the other modules of the
     * project, and in their own subclasses there and further out, each handed to `each` with the resolver
     * of its module (foreignSubclasses()). `complete` is also false when one uses `self.<method>` other
     * than in a call (a callback with callers of its own).
     */
    private inheritedCallers;
    /**
     * The calls `self.<method>(...)` that a class of this module whose base is in another module (`sub`,
     * in `file`) makes, with this module's subclasses of it, and those of their subclasses elsewhere.
     */
    selfCallsIn<T>(sub: ClassFact, method: string, each: (caller: Caller, from: ProvenanceResolver, file: string) => T, depth: number, file: string): ForeignCalls<T>;
    /**
     * The server that hands its accepted connections to this function (SERVER_HANDLERS): a function of this module, or a
     * method given as `self.handle`; or `handle()` of a class whose chain has gevent's StreamServer. Null for none.
     */
    private handlerOf;
    /** servedParameter() for a class of this module (not through a re-export). */
    servedParameterSummary(name: string): InitParameter | null;
    /**
     * The `__init__` parameter of a server class that the class calls with each connection it accepts
     * (ryu's hub.StreamServer: `self.handle = handle` in `__init__`, `sock, addr = self.server.accept();
     * spawn(self.handle, sock, addr)` in `serve_forever()`): a method calls `self.X(conn, ...)`, or starts it
     * in a thread or green thread with the connection first, the connection a stream socket; and every
     * assignment of `self.X` in the class chain is in the class's `__init__`, giving it that parameter or a
     * function defined there that calls it (a TLS wrapper). Null for any other class.
     */
    private servedParameter;
    /** servedParameter()'s search: the first call of the class chain's methods that hands a handler attribute an accepted stream. */
    private findServedParameter;
    /** `self.X(conn, ...)`, or a thread or green thread started on `self.X` with `conn` first: X and the connection's node. */
    private handedConnection;
    /**
     * The call that a thread started by `call` makes of the function `fn` names, where `fn` is what the starter runs
     * (`eventlet.spawn_n(shutdown, sock=sock)`, `Thread(target=util.serve, args=(conn,))`): a call of it with the
     * arguments the thread is given; 'opaque' where they cannot be read; null where `call` starts no thread on `fn`.
     */
    threadStartedOn(call: CallFact, fn: Node): CallFact | 'opaque' | null;
    /**
     * The function and arguments of a call that starts a thread or green thread: one of THREAD_STARTERS, or any
     * `spawn()`/`spawn_n()` (a project's own that starts eventlet's or gevent's) with the rest of its arguments.
     */
    private spawned;
    /** How a call that starts a thread or green thread (THREAD_STARTERS) is given its target and arguments, or undefined. */
    private starterShape;
    /** The `__init__` parameter `self.<attr>` stands for (servedParameter()): assigned only in `__init__`, the parameter or a function there that calls it. */
    private handlerParameter;
    /** The module's calls by callee key, with the threads started on each function (callersOf()), and how often each is handed to one (usedAsValue()). */
    private indexCalls;
    /**
     * The calls of a function in this module: `f(...)` for a module function, `self.m(...)` for a method, `C(...)` for `__init__`,
     * and the threads started on it with their arguments (`threading.Thread(target=f, args=(conn, addr))`: threadHandoff()).
     */
    private callersOf;
    /**
     * A subclass's own `__init__` handing its arguments to this class's: `Base.__init__(self, sock)`
     * (given without `self`, as a construction would) and `super().__init__(sock)` /
     * `super(Sub, self).__init__(sock)` where this class's `__init__` is the next one up the chain.
     */
    private subclassInitCalls;
    /**
     * Constructions of this module's subclasses that run this class's `__init__` as their own: each class
     * on the way up by first bases (`class UNIXSocketStream(_RawSocketMixin, abc.UNIXSocketStream)`) is this
     * module's and defines no `__init__`, so Python's method order reaches this one first.
     */
    private inheritedInitCalls;
    /** Is the function named anywhere other than in a call (`f` or `self.f` passed as a value)? */
    private usedAsValue;
    /** A parameter's default value, when a caller leaves it out. */
    private defaultOf;
    /**
     * Is `name` (a plain name or `self.X`) a socket module handed in for
     * injection: a parameter whose default is the socket module
     * (`socket_module=socket`), or a name or attribute bound only to one? A
     * replacement (gevent.socket, eventlet's green socket) keeps the socket API,
     * so `s.socket(s.AF_UNIX, s.SOCK_STREAM)` makes a socket.
     */
    private injectedSocketModule;
    /**
     * A caller that hands an injected socket module parameter something other
     * than a socket module (`socket_module=MockSocketModule()`, as tests do): a
     * note naming it, with the doubles' classes when every such caller hands a
     * module double whose sockets are bare classes of the project (doubles.ts);
     * null when every caller seen leaves the default or passes a socket module on.
     */
    private injectionReplaced;
    /**
     * What an annotation or type comment says: a socket class, or a project class that is no socket
     * (`# type: Optional[SuperSocket]`, scapy's own socket type, which has no shutdown()).
     */
    private annotation;
    /** What one member of an annotation (`socket.socket`, a class of the project) says the value is. */
    private annotatedAs;
    /** The provenance of an expression's value. */
    value(node: Node, scope: Scope, pos: number, depth: number, tupleIndex?: number, viaWith?: boolean): Provenance;
    private call;
    /** Is `object` the `super()` of a method, or a class of this module (`Base.method(self, ...)`)? */
    private explicitlyInherited;
    /**
     * What `super().<method>(...)` or `super(Cls, self).<method>(...)` returns, in a method: the method
     * of the next class up the chain after the owner (or after Cls), this module's or, through its
     * summary, another module's base's. Null when `call` is no such `super()`.
     */
    private superMethod;
    /**
     * What the method `<method>` of the project class `qualified` (another module's) returns, as its
     * module answers (ProjectLookup.classMember()), with where it came from; null unless a socket.
     */
    private projectMethodReturns;
    /**
     * What `Cls.<method>(self, ...)` returns, in a method: `Cls` a class of this module (its chain's
     * method) or of another project module (its summary, a socket only). Null when `Cls` is neither.
     */
    private explicitBaseMethod;
    /**
     * What `<method>` returns where the first base of `chain` from another project module defines it,
     * as that module's summary says (a socket only). Null when no such base, or it says nothing.
     */
    private baseMethodReturns;
    private findBaseMethodReturns;
    private constructorCall;
    private otherCall;
    /** Is the argument the socket module's address family (`socket.AF_INET`, or `AF_UNIX` imported from it)? */
    private socketFamily;
    /**
     * What a call of a function of this module gives: what it returns, or, as the target of a `with`
     * statement, what a `@contextmanager` generator yields (torpy's `with self.create_socket(dst, port)
     * as ssock:`, which yields the socket).
     */
    private calledFunction;
    /**
     * Is the call one of this module's `@contextmanager` generators, a function or the class's own method
     * (`with self.upstream(addr) as ssock:`)? A `with` statement over it runs the generator's exit, and
     * closes nothing of what it yields.
     */
    contextManagerCall(call: Node, scope: Scope): boolean;
    /**
     * The method `Cls.method` names, where `Cls` is a class of this module (no import rebinds it) and the
     * method, its own or a base's of this module, is a `@staticmethod` or a `@classmethod`; else null.
     */
    private classMethodCalled;
    /**
     * The module's pytest fixture that gives a test its parameter `param`: a module-level function decorated with
     * `pytest.fixture` (named for the parameter, or by its `name=`), where `fn` is a test (`test*`, a function or a
     * method of a `Test*` class) or a fixture itself. pytest passes what the fixture yields or returns; a fixture
     * of the module overrides a conftest's. Null where the test's class has a fixture of that name, or a
     * `parametrize` mark names the parameter (it gives the values instead).
     */
    private pytestFixture;
    /** The name a function gives as a pytest fixture (`@pytest.fixture`, `@pytest.fixture(name="x")`, `@fixture`), or null. */
    private fixtureName;
    /** Is the function a generator decorated with contextlib's `contextmanager` or `asynccontextmanager`? */
    private isContextManager;
    /** Is `q` (a qualified `X.Pipe`) multiprocessing's Pipe(): on multiprocessing, multiprocess or billiard, or on an object no import binds (`self`, a context)? */
    private multiprocessingPipe;
    /**
     * The assignments of a plain name of this function's own, or of a module's name that no function rebinds
     * (`if __name__ == '__main__': server = HTTPd(addr, Handler)`): null for a parameter, another name, or a
     * name that one of them unpacks (`a, b = ...`) or binds by `with ... as`.
     */
    private ownNameAssigns;
    /**
     * The assignments of a module's name that a function reads without binding it (nor a function around
     * it): the module level's and those of the functions that declare it `global`. Null where a function
     * around binds it, or where one of them unpacks it or binds it by `with ... as`.
     */
    private moduleNameAssigns;
    private readonly moduleNameCache;
    /**
     * The assignments of a name a nested function (or a method of a class in a function) reads without
     * binding it, where the nearest function around it that binds it does (Python's own lookup: class
     * bodies are passed over): ownNameAssigns() there. Null where that function has it as a parameter,
     * unpacks it or binds it by `with ... as`, where a function in it declares the name `nonlocal` (it may
     * rebind it), or where no function around binds it (moduleNameAssigns() answers then).
     */
    private closureNameAssigns;
    /** The function of this module (or one around `scope`) that `value` calls by its plain name, or null. */
    private ownFunctionCalled;
    /**
     * The constructions that a call of this module's own function returns, where every return of it gives
     * one, whole or at the assignment's place in a tuple, itself or by a name of the function's own
     * (`def make_conn(cfg): ...; return TConn(cfg, a), b` and `conn, client = make_conn(cfg)`): each with
     * the function's scope, where its arguments' names live. Null for any other value.
     */
    private factoryMade;
    /** The class a construction `callee(...)` at `at` makes: this module's own (key `<local>.Name`), or its qualified name. */
    private constructed;
    /**
     * The one project class `receiver` is an instance of: every assignment of it (a local name, or
     * `self.X` in the class's methods) constructs that class, maybe as the fallback of `x or Class()`
     * (`likely`: the caller may give another object). `key` is `<local>.Name` or the qualified name;
     * `attr` the X of `self.X`. Null when not known.
     */
    private instanceClass;
    /**
     * What `obj.method(...)` returns when obj is an instance of one class of the project
     * (instanceClass()): the class's own method, or what its module says of it for a class of
     * another module. Null when not known.
     */
    private instanceMethod;
    /**
     * What `obj.attr` holds when obj is an instance of one class of the project (instanceClass()):
     * the class's own `self.attr` (`conn = Connection(sock); conn.sock.close()`). Unknown where this
     * function sets `obj.attr` itself, or the class is not known.
     */
    private instanceAttribute;
    /**
     * `self.X.attr` where the class (its chain) assigns `self.X.attr` itself and X holds an instance of a
     * class of this module: what those assignments give, with what that class gives its own `self.attr`
     * (`self.s = None` in `__init__`), and the kind the methods called on `self.X.attr` in the class say.
     * Null where the class assigns no `self.X.attr`, or X's class is not this module's.
     */
    private storedThroughSelf;
    /** A class's own assignments to `self.X.attr`, by `X.attr`, once a class. */
    private storesThroughSelf;
    private readonly throughSelfCache;
    /**
     * Where `X.attr` is closed and X is an instance of a class of this module (instanceClass()) that makes
     * a makefile() of that attribute (`self.rfile = sock.makefile('rb')` in `__init__`, with `self.attr =
     * sock`, or `self.attr.makefile()` in any method): the class's name, for its file object may be read
     * through X after the close. Null otherwise.
     */
    instanceMakefile(receiver: string, scope: Scope): string | null;
    /**
     * The names that an unpacking of a call of this module's own function binds, beside `name`, to a
     * makefile() object of the socket `name` receives: `fp, sock = connect(addr)` where `connect()`
     * returns `sock.makefile('rwb'), sock` (Swift's memcached pool's shape), or a name of its own
     * assigned that makefile(). Once a name and scope: each of 4,000 closes of one name once read
     * every assignment of it again.
     */
    factoryFileObjects(name: string, scope: Scope): string[];
    private computeFactoryFileObjects;
    /** The methods `name` resolves to in this module's subclasses of `cls`, other than `m` (what `cls` resolves it to). */
    private overridesOf;
    /**
     * What an instance of a class of this module holds as `.attr`, with the kind the class's own methods give it
     * (`self._sock.listen(5)` in `__init__`: `server = TCPServer(addr); server._sock` is a listener), as a class of
     * another module answers it (attributeSummary()).
     */
    private localAttribute;
    /**
     * `obj.attr` where a function's (or the module's) own name is assigned instances of more than one project
     * class, each by a plain construction in its own statement (`if v6: srv = TCP6Server(addr)` / `else: srv =
     * TCPServer(0)`; not a conditional expression): what every class gives the attribute, folded; unknown unless
     * each class says what it holds.
     */
    private attributeOfEither;
    /** The method `name` as every module-local subclass of `cls` resolves it (empty when any of them has none). */
    private methodOfSubclasses;
    /**
     * What `self.name()` returns in a mixin `cls` whose every user of this module has the method, its own or from a base
     * of another module (baseMethodReturns()), where at least one takes it from another module; null where a user has
     * none, or none does.
     */
    private mixinBaseMethodReturns;
    /** The method `name` as each of this module's subclasses of `cls` resolves it (undefined where one has none), once a class and name. */
    private subclassMethodsOf;
    /** The method `name` as `cls` resolves it: its own, or the first class's up its chain in this module. */
    private methodOf;
    private functionReference;
    /**
     * Does the class chain define `shutdown(self, how)`: one required argument named like socket's
     * (`how`, `flag`), the rest defaulted? pymemcache's `shutdown(self, graceful=False)` stops the
     * memcached server; it is no socket's.
     */
    private shutdownHow;
    private instanceOf;
    private socketConstructor;
    /**
     * The socket types a function's local name holds where each of its bindings is an assignment of a type
     * constant (`SOCK_STREAM`, `SOCK_DGRAM`, `SOCK_RAW`, bare or on socket), or null.
     */
    private constantTypes;
    /** The bindings of `name` where `at` reads it, when a function (not the module) binds it; else null. */
    private localBindings;
    /** Does a function bind `name` (where `at` reads it) by `count` plain assignments and nothing else? */
    private assignedOnly;
    /**
     * The socket types a function's local name holds when its one binding is a `for` loop over type
     * constants: written out in a list or tuple, or a local name bound only to such lists that nothing
     * else in the function uses (no `append()`, no inner function), or null.
     */
    private loopedTypes;
    /**
     * Is `name` a parameter of the function, never rebound in it, whose default
     * passes `test` and that no call in this module sets to anything that does not?
     */
    private streamByDefault;
    /**
     * The type argument of the getaddrinfo() call whose result's socket-type field `name` is (null when
     * it is not one, or the call gives no type): through `for af, socktype, ... in getaddrinfo(...)`,
     * `for res in ...: af, socktype, ... = res` or `af, socktype, ... = getaddrinfo(...)[0]`, the call
     * itself or a name bound to it.
     */
    private getaddrinfoType;
    /**
     * The type a function of the module or a method of the class returns getaddrinfo() results of, for what
     * a loop walks (`self._get_socket_addresses()`, or a name bound once to that call): every return a
     * getaddrinfo() call with a type (or a name bound once to one), or a list of tuples written out whose
     * second element is that type (`[(socket.AF_UNIX, socket.SOCK_STREAM, 0, None, address)]`), all the same
     * type's text; else null.
     */
    private returnedAddrinfoType;
    private wrap;
    /**
     * What the factory itself did to the socket it returns: `s.listen()` or
     * `s.accept()` makes it a listener, `s.bind()` with no connect leaves it
     * unconnected (the caller may still connect it).
     */
    private madeIn;
    /**
     * A name a wrapper is made of (`ctx.wrap_socket(raw)`, `GreenSocket(raw)`) is a listener where a `listen()` or
     * `accept()` on it comes before the wrapper on every way there: earlier, in the wrapper's block or one around
     * it. Not under an `if` the wrapper is outside of: `if bind: sock.listen(5)` ... `sock = ctx.wrap_socket(sock)`
     * (Pyro5's create_socket()) listens only when given bind, which the factory's callers decide.
     */
    private listenedBefore;
    /**
     * A name the caller listens on or accepts from before it hands it over is a listener:
     * `sock.listen(10); super().__init__(sock)`.
     */
    private listenedOn;
    /**
     * A call of a function that hands back one of its parameters (`def set_options(self, sock): ...
     * sock.listen(n); return sock`): what this call passes there, with what the function does to it.
     * Null when the function is not of that shape or the call's argument cannot be told.
     */
    private passedThrough;
    /**
     * What a function in this module returns: the whole value (`index` -1), one
     * element of the tuple every return gives (`index` ≥ 0), or the elements of
     * the list it returns (`ELEMENTS`).
     */
    returns(fn: Scope, depth: number, index?: number): Provenance;
    private computeReturns;
    /**
     * The elements of the list a function returns (`sockets.append(sock)`; `return sockets`), or what a
     * generator yields (`client, address = listener.accept(); yield client`; `yield from socks`).
     */
    private computeReturnedElements;
    /** The `yield` expressions of a function's own body (not of a function or class inside it): empty for no generator. */
    private yieldsOf;
    /**
     * The `index`-th part of each element a generator yields, for a `for` target that unpacks them
     * (`yield client, address` or `yield listener.accept()`, and `for skt, addr in _accept(lsock)`).
     */
    private yieldedPart;
    /**
     * The `index`-th part of each element of what `node` walks, for a `for` target that unpacks the
     * elements: the parts a generator of this module yields, through a name of the scope's own bound
     * to its call and through `list()`; else unknown.
     */
    private elementPart;
    /**
     * What the elements of a collection expression are: a list literal's
     * items, what a function returns as a list, or a local list name with what
     * its assignments and `append()`/`extend()` calls put in it. `maker` is the
     * function whose return is summarised (the kind its own `listen()` gives).
     */
    elements(node: Node, scope: Scope, pos: number, depth: number, maker?: Scope | null, excluded?: ReadonlySet<string>): Provenance;
    /**
     * `name[index]` where every assignment to `name` (in the nearest scope that binds it) is a call made
     * as a whole: that call's `index`-th element, as `a, b = call()` would bind it; else unknown.
     */
    private heldPairElement;
    /** An element's value, with the kind `maker` (the function whose return is summarised), or else the scope that puts it in its container, gives it. */
    private made;
    /** What a `for` loop binds `name` to: each element of what it walks, or each value of a dict's `items()`. */
    private loopElement;
    /** For `r, w, x = select.select(rs, ws, xs)`: the argument a target's list is drawn from (`rs` for `r`), else null. */
    private selectedFrom;
    /**
     * What each element of a comprehension is, from its element expression
     * `body` (a dict comprehension's value): a name the comprehension walks
     * takes the elements of what it walks; any other expression is what it is,
     * but only when no name the comprehension binds is in it (those names are
     * not the enclosing scope's), or when it is a call that makes the same
     * socket whatever its arguments (`socket.create_connection(a)`).
     */
    private comprehended;
    /**
     * What the values of a dict (or the items of a list) held in `container`
     * are: what `container[key] = value` stores in it, its literal's values,
     * `setdefault()`'s. For `self.X`, in every method of the class; anything
     * else that could fill it (an assignment that is not a literal, `update()`,
     * a base class in another module) leaves the values unknown.
     */
    /**
     * The scopes that may fill a container, and how they name it: for `self.X`, the methods of the
     * class, its bases and its subclasses in this module (null when a base in another project module
     * may fill it too); for a local name, the function that binds it. Null when not known.
     */
    private containerUses;
    /**
     * What the methods of a class, its bases and its subclasses in this module do to each `self.X`
     * (assignments, stores, calls on it), by X, in the order containerUses() gives them; with the bases
     * of another module, which may fill them too (`class Pool(base.Pool)`).
     */
    private classContainerUses;
    /** The qualified names of a class's bases in other modules, not the standard library's (`threading.Thread` fills nothing of the project's). */
    private otherModuleBases;
    /**
     * For another module (ProjectLookup.namesSelfAttribute()): does a module-level class of this module,
     * or a class up its chain, name `attr` anywhere in its body (`self.socks.append(...)`, `socks = []`,
     * `getattr(self, "socks")`)? Null when the class is not this module's, or a base of another module
     * cannot answer.
     */
    namesSelfAttributeSummary(name: string, attr: string): boolean | null;
    /**
     * The elements of a list a class keeps in `self.X`: what its methods put there (`self.X = [a, b]`,
     * `self.X.append(sock)`, `extend()`, `insert()`, `self.X[i] = sock`). Unknown when anything else
     * assigns it.
     */
    private selfListElements;
    /**
     * The elements of a class's list (selfListElements()), or with `part` the part-th of each: every element put
     * there is then a tuple written out (`self._sockets.append((sock, addr))`), else the answer is unknown.
     */
    private computeSelfListElements;
    dictValues(container: string, scope: Scope, pos: number, depth: number, maker?: Scope | null): Provenance;
    /** What the keys of a dict held in `container` are (`for sock in self.clients:`, `.keys()`, the first of `.items()`), as dictValues() finds its values. */
    dictKeys(container: string, scope: Scope, pos: number, depth: number, maker?: Scope | null): Provenance;
    private dictPart;
    /** Is every assignment to a container a dict (a literal, a comprehension, an empty `dict()`), with at least one? */
    private holdsDict;
}
export {};

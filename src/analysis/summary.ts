// Small, serialisable summaries of a module, for the modules that import it:
// what each module-level function returns, and what each class is (a socket
// subclass, a wrapper with its own close(), or something else). A lookup
// (`ProjectLookup`) finds the module a qualified name lives in; the runner
// provides one that reads project files on demand, the pure core has none.
import type { CallFact, ClassFact, ModuleFacts } from './facts.js';
import type { Tree } from '../parse.js';
import type { Provenance, ProvenanceResolver } from './provenance.js';
import type { DoubleRole } from './doubles.js';

export interface ClassSummary {
  /** A subclass of socket.socket (or ssl.SSLSocket). */
  socketSubclass: boolean;
  /** Defines close() somewhere in its chain. */
  ownClose: boolean;
  /** Defines `shutdown(self, how)` in its chain (a wrapper a fix could shut down, as trio's socket): set only when true. */
  shutdownHow?: true;
}

/** An `__init__` parameter: its name, and its position among a construction's positional arguments. */
export interface InitParameter {
  name: string;
  index: number;
}

/**
 * A class's member another module asks of it (classMember()): what `self.X` holds, what `.X` holds on an
 * instance made by calling the class itself (`instance-attribute`: no subclass's method touches it), or
 * what a method returns.
 */
export type ClassMemberKind = 'attribute' | 'instance-attribute' | 'method';

export interface ModuleSummary {
  /** Module-level functions: what they return. */
  functions: Record<string, Provenance>;
  /** Functions whose returns are tuples: what each of the first elements is (`return sock, port`). */
  tuples?: Record<string, Provenance[]>;
  /** Functions that return a list: what its elements are (`sockets.append(sock); return sockets`). */
  elements?: Record<string, Provenance>;
  classes: Record<string, ClassSummary>;
  /** Module-level names other than functions and classes: what each holds (`LISTENER = socket.create_server(...)`). */
  names?: Record<string, Provenance>;
  /** Module-level names bound by import to the socket module alone, re-exported (`from eventlet.green import socket`): `socket`. */
  modules?: Record<string, 'socket'>;
}

export interface ProjectLookup {
  /**
   * The summary of the project module a qualified name (`pkg.mod.make`, or a
   * relative `.mod.make`) belongs to, and the name inside it (`make`); null
   * when the name is not in a project module, or the module cannot be read.
   */
  find(qualified: string): { summary: ModuleSummary; member: string; module: string } | null;
  /**
   * One member of a project class, asked only when an analysis needs it (a summary of every attribute
   * and method of each class a module imports made each summary read the next module, and the next):
   * what the class's `self.<name>` holds (`attribute`, only one the class chain assigns) or what its
   * method `<name>` returns when that is a socket (`method`); null when unknown.
   */
  classMember?(qualified: string, kind: ClassMemberKind, name: string): Provenance | null;
  /**
   * Does a project class, or a class up its chain, name `attr` anywhere in its body? False proves that
   * it puts nothing in a subclass's `self.<attr>`; null when that cannot be told (not a project class,
   * or a base that cannot be read).
   */
  namesSelfAttribute?(qualified: string, attr: string): boolean | null;
  /**
   * The `__init__` parameter that alone gives a project class's `self.<attr>` its value (`self.sock =
   * sock`, the class chain's one assignment of it), so that an instance's attribute is what its
   * construction passed; null when anything else assigns it, or the class is not known.
   */
  initParameter?(qualified: string, attr: string): InitParameter | null;
  /**
   * The `__init__` parameter of a project class that it calls with each connection it accepts, a
   * handler (ryu's `hub.StreamServer(listen_info, handle)`: `spawn(self.handle, sock, addr)`); null when
   * it has none, or the class is not known.
   */
  servedParameter?(qualified: string): InitParameter | null;
  /**
   * The methods whose result a project class's chain assigns to `self.<attr>` as it is (`self.sock =
   * self._make_socket()`): a subclass in another module that overrides one makes the attribute too.
   * Null when none, or the class is not known.
   */
  selfFactories?(qualified: string, attr: string): string[] | null;
  /**
   * What a module-level function of a project module does to each of its parameters that decides a
   * socket's kind (`listen`, `accept`, `bind`, `connect`, setting SO_LINGER), by parameter index
   * (OrderFacts.parameterKinds()); null when it does none of these, or is not known.
   */
  parameterKinds?(qualified: string): Record<number, string[]> | null;
  /**
   * The parameters of a module-level function of a project module that it hands to a child process
   * (named in the arguments of a call that starts one, also through a local name:
   * `kwargs = {"sockets": sockets}; return spawn.Process(target=run, kwargs=kwargs)`), with their positions
   * (OrderFacts.childParametersOf()); null when none, or it is not known.
   */
  childParameters?(qualified: string): { name: string; index: number }[] | null;
  /**
   * The calls in the other modules of the project of this module's top-level
   * function or class `name` (a class's calls construct it), each handed to
   * `each` with the resolver of its own module while that module is held (its
   * nodes are freed later). `complete` is false when some caller may be
   * unseen: a module names `name` other than in a call (a callback, a
   * subclass, a re-export), or too many modules call it to read. Null when the
   * run does not cover the project (a pre-commit run of a few files), unless
   * `uncovered` asks for the callers among the run's files and the project's
   * tests anyway: evidence against a kind (a test's double), never for one.
   */
  callers?<T>(name: string, each: (call: ForeignCall) => T, uncovered?: boolean): ForeignCalls<T> | null;
  /**
   * The classes in the other modules of the project that derive directly from this module's top-level
   * class `name` (`class TCPConn(base.BaseConn):` in tcp.py), each handed to `each` with the resolver of
   * its own module while that module is held. `complete` is false when some may be unseen: a module names
   * the class in a base this search cannot read, or too many modules name it. Null when the run does not
   * cover the project (a pre-commit run of a few files). With `naming`, a module that cannot be read
   * leaves the answer complete when its code does not hold that word (the method whose calls are asked).
   */
  subclasses?<T>(name: string, each: (sub: ForeignSubclass) => T, naming?: string): ForeignCalls<T> | null;
  /**
   * The names `from <module> import *` binds when `module` is a project module whose `__all__` is one
   * literal list of strings that nothing else in it touches, or that has no `__all__` and binds its
   * names in statements (every public one); null when unknown.
   */
  starExports?(module: string): string[] | null;
  /** A module of the run that imports this one and sets `X.attr` to a test double (its path, for messages), or null. */
  doubles?(attr: string): string | null;
  /** The doubles' classes where every module doubles?() finds sets only bare ones (doubles.ts); null otherwise, or when none does. */
  attributeDoubles?(attr: string): string[] | null;
  /** The doubles the project's own code hands a library callback (`inst.handle_accepted(sock, addr)`), when every one is bare; else null. */
  callbackDoubles?(callback: string, index: number): string[] | null;
  /** Is the class a qualified name gives a bare double of the project (doubles.ts's bareClass(), asked of its module)? */
  bareClass?(qualified: string, role: DoubleRole, depth: number): boolean;
  /**
   * The tree and facts the project model holds of this very module, parsed from this text (for a
   * caller's question), lent to the module's own analysis until release(); null when it holds none.
   */
  borrow?(text: string): { tree: Tree; facts: ModuleFacts; release(): void } | null;
  /** Takes this module's tree and facts, parsed from its own text, for later questions of it (true), or declines (false: free them). */
  keep?(text: string, tree: Tree, facts: ModuleFacts): boolean;
}

export interface ForeignCalls<T> {
  results: T[];
  complete: boolean;
}

export interface ForeignSubclass {
  cls: ClassFact;
  resolver: ProvenanceResolver;
  /** The subclass's module's path, for messages. */
  file: string;
}

export interface ForeignCall {
  call: CallFact;
  resolver: ProvenanceResolver;
  /** The calling module's path, for messages. */
  file: string;
}

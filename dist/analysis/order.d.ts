import { type Node } from '../parse.js';
import { type CallFact, type ClassFact, type ModuleFacts, type Scope } from './facts.js';
import type { ProvenanceResolver } from './provenance.js';
/** Are two nodes in different branches of one if/elif/else (or match), so at most one of them runs? */
export declare function exclusiveBranches(a: Node, b: Node): boolean;
export declare class OrderFacts {
    private readonly facts;
    private readonly provenance;
    private readonly summaries;
    private readonly makefileClasses;
    private readonly aliasCache;
    private readonly descriptorCache;
    private readonly shutdownCache;
    private readonly setupOnlyCache;
    private readonly methodsCache;
    private readonly forkCache;
    private readonly copyCache;
    private readonly madeClassesCache;
    private readonly forkingHelpers;
    private readonly kindSummaries;
    private readonly passedCache;
    private readonly closureCache;
    private readonly closureDoneCache;
    private readonly siblingCache;
    private readonly storedCache;
    private readonly elementsDoneCache;
    private readonly storedInProgress;
    private readonly familyScopesCache;
    private readonly classLoopsCache;
    private readonly spawnCache;
    private readonly spawnNamingCache;
    private readonly inheritableCache;
    private childRunners;
    private readonly senderCache;
    private readonly servingCache;
    private readonly sentCache;
    private readonly descriptorSenderCache;
    private readonly outlivingCache;
    private readonly liveCopyCache;
    private readonly copyToChildCache;
    private readonly handedCache;
    private readonly madeCache;
    private readonly neverCache;
    private readonly childOfClassCache;
    private readonly classStartsCache;
    private readonly copyOwnersCache;
    private readonly closureReceivers;
    private readonly countsCache;
    private readonly wrapCache;
    private readonly wrappedCache;
    private readonly classWrapCache;
    private readonly orderedCache;
    private readonly relatedCache;
    private readonly detachCache;
    private readonly expectsResetCache;
    private readonly sockKeywordCache;
    private readonly namingCache;
    private readonly usesCache;
    private readonly reachEndCache;
    private readonly returnedCache;
    private readonly firstCloseCache;
    private readonly handoffCache;
    private readonly wideCache;
    private readonly writerMarks;
    private readonly classWritesCache;
    private readonly wbufsizeCache;
    private readonly fileHolders;
    private readonly dottedUseCache;
    private readonly childParamCache;
    private readonly containerChildCache;
    private readonly loopToChildCache;
    private readonly loopsByCollectionCache;
    private readonly storedIndexCache;
    private readonly passedByNameCache;
    private readonly selfCallsCache;
    constructor(facts: ModuleFacts, provenance: ProvenanceResolver);
    /** The receiver and the names that alias it in its function (`sock = self.sock`). */
    aliases(receiver: string, scope: Scope): Set<string>;
    private aliasKey;
    /** The calls on any alias, and the calls that take an alias as an argument. */
    private related;
    private isArgOf;
    /**
     * A call before `pos`, with no assignment of the socket's names between, after which another socket
     * object owns its descriptor: `sock.detach()` (the close then does nothing; a shutdown raises EBADF), or Python 2's
     * rewrap `socket.socket(_sock=sock._sock)` (the close drops the old wrapper only; a shutdown would
     * end the connection the new one holds).
     */
    detachedBefore(aliases: Set<string>, scope: Scope, pos: number): CallFact | null;
    /** A scope's calls given `_sock=X._sock` (Python 2's rewrap), with X; read once a scope, and only where its text names `_sock`. */
    private sockKeywordCalls;
    /** A shutdown of the receiver before `pos` in the same function, directly or through a helper. */
    hasPriorShutdown(aliases: Set<string>, scope: Scope, close: Node, receiver?: string): boolean;
    /** A shutdown of the receiver inside [start, end), directly or through a helper. */
    shutdownWithin(aliases: Set<string>, scope: Scope, start: number, end: number): boolean;
    /** The calls that shut the receiver down in its function, directly or through a helper, in order, with the name each acts through. */
    private shutdowns;
    /**
     * Does a shutdown through `via` reach the receiver? Not when `via` is a name
     * the function binds to the receiver only after it: in
     * `self.close(); ...; self.sock = sock`, the close() shut down the old
     * `self.sock`, not `sock`.
     */
    private reaches;
    /**
     * A close on the failure path of the socket's own set-up: in an except handler
     * whose try body only sets the socket up and connects or binds it. The socket
     * never got connected there, so a shutdown would only raise ENOTCONN.
     */
    closedBeforeConnected(aliases: Set<string>, scope: Scope, close: Node): boolean;
    /** Where the first close() on any alias starts (Infinity: none). */
    private firstClose;
    /** The calls on any alias, by position (related()'s, which come alias by alias). */
    private callsInOrder;
    /** Does the helper called shut the receiver down: false, or the name it acts through (null: the argument it is given). */
    private helperShutsDown;
    findMethod(cls: ClassFact, name: string): Scope | null;
    /** Which parameters and `self` attributes a helper shuts down. */
    /**
     * methodsOn(), and the methods that decide a socket's kind which the helpers it is passed to call
     * on it: `start(sock, addr)` with `def start(sock, addr): sock.bind(addr); sock.listen(5)`, or
     * `self.setup(self.sock)` (a function or method of this module, through their own helpers too).
     */
    private doneTo;
    /**
     * kindSummary() of what a call calls: a function or method of this module, or a function of another
     * project module (its module answers: ProjectLookup.parameterKinds()). With the offset of the call's
     * arguments among the parameters (1 for `self.helper(...)`). Null when none is known or it does nothing.
     */
    private calleeKinds;
    /** For another module (ProjectLookup.parameterKinds()): kindSummary() of this module's function `name`, as plain data; null when empty. */
    parameterKinds(name: string): Record<number, string[]> | null;
    /**
     * For an attribute of a `for` loop's element (`for s in self._services: s.sock.close()`): the function
     * where a loop over the same collection calls a method named for listening on the element itself
     * (`for s in self._services: s.bind_and_listen()`, diesel's Application), whose socket attribute is then
     * its listener; else null.
     */
    elementListens(receiver: string, scope: Scope): string | null;
    /**
     * What the other loops over the same collection do to their element, for a name that is a `for`
     * loop's variable: `for sock in self.values():` (or `self._socks`, `self._socks.values()`) in any
     * method of the class, `for s in socks:` in the same function. Only the methods that decide the
     * kind (KIND_METHODS, and one named for listening), each with the loop's function as `via`.
     */
    private siblingElementsDone;
    /**
     * For a name that a `for` loop takes from a container (`for sock in self.socks`, `for s in
     * socks.values()`, `for fd, sock in self._sockets.items()`): what is done, where each is put in
     * (`self._sockets[fd] = sock`, `socks.append(sock)`), to the name put there, as doneTo() finds it
     * (its helpers too). Only the methods that decide the kind. Once a container; a container that
     * leads back to itself answers nothing the second time.
     */
    private storedElementsDone;
    private gatherStored;
    /** The `self.m()` calls of a class's family (classFamilyScopes()), by the method they call, each with its scope. Once a class. */
    private selfCallsByMethod;
    /** The scopes of a class's methods (and their nested functions): its family's (classFamily()). Once a class. */
    private classFamilyScopes;
    /** A class, its module-local bases (its chain) and its subclasses in the module: the classes whose methods may touch its `self.X`. */
    private classFamily;
    /** What the loops over one collection do to their elements: the methods that decide the kind (KIND_METHODS, one named for listening), each with where. */
    private elementsDone;
    /** classLoops() by their collection's text. Once a class. */
    private classLoopsByCollection;
    /** The `for` loops of every method (and nested function) of a class chain, each with its scope: once a class. */
    private classLoops;
    /** What the closures of a function do to the names (free in them): once a function and names, whatever the stretch. */
    private closureDone;
    /** The functions nested in a function (at any depth, not through a class body), whose free names are the function's own. */
    private closuresOf;
    /** The parameters of a function on which it (or a helper it passes them to) calls a method of KIND_METHODS or sets SO_LINGER (LINGER), with those methods. */
    private kindSummary;
    private summary;
    private innerHelper;
    private recordTarget;
    private reverseAliases;
    /**
     * The methods called on the receiver in its function, and for `self.X` in
     * every method of the class: tells a listening socket from a connected one.
     * With the site's position, a local name rebound in its function counts only
     * the calls made while it holds what it holds there (bindingStretch()).
     */
    methodsCalled(aliases: Set<string>, scope: Scope, pos?: number): Set<string>;
    /**
     * A test that stages a crash: a function around the close (its own, or one it is nested in) expects the
     * peer to see the connection reset (`pytest.raises(BrokenResourceError)`, `assertRaises(ConnectionResetError)`),
     * and the closing function never reads the socket, so input is left unread and the close sends RST (anyio's
     * `test_unretrieved_future_exception_server_crash`). The name of the function that expects it, or null.
     */
    resetExpected(aliases: Set<string>, scope: Scope, pos: number): string | null;
    /** Does the receiver (class-wide for `self.X`) set SO_LINGER, asking for an abortive close? */
    setsLinger(aliases: Set<string>, scope: Scope, pos?: number): boolean;
    /** The methods called on the receiver's aliases, in its function and, for `self.X`, every method of the class. */
    private receiverFacts;
    /** The helper a method of methodsCalled() is called in (`start` for `start(sock)`), when only a helper calls it. */
    methodVia(aliases: Set<string>, scope: Scope, pos: number | undefined, method: string): string | undefined;
    /** The `X` of a `self.X` among the aliases (`sock = self.sock` gives sock), if any. */
    private selfAttributeOf;
    /**
     * What the methods of a class (and its module-local bases) that name `self.X` do with it: each
     * one's calls on the aliases `self.X` has there (receiverFacts), how many of them call each method
     * and set SO_LINGER, and their hand-offs that matter from another method than the close's (a
     * makefile() of it, a class of this module that reads it through makefile(), a holder that is an
     * attribute). A method that never names `self.X` has no alias of it and no such call, and is left
     * out. Once a class and attribute: each site once went through every method of its class (a class
     * of 2,000 methods, each closing self.sock: 4.9 s; 8,000: 78 s).
     */
    private classWide;
    private gatherClassWide;
    /**
     * What a method did to a local name before or after it stored it as `self.X`, as far as the kind
     * goes: `s = socket.socket(); s.bind(a); s.listen(1); self.server_socket = s` makes a listener of
     * `self.server_socket` for every method that closes it (the calls made while the name held that socket).
     */
    private withStoredKind;
    /**
     * The method scopes of a class and its module-local bases (the class chain,
     * each method's scope tree) by the `X` of each `self.X` their calls are made on or take as an
     * argument, or their assignments give to another name: the keys aliases() and related() look up.
     */
    private scopesNaming;
    private gatherScopesNaming;
    /**
     * An os.fork() (or a multiprocessing Process) before the close, or in a loop around both, when the child
     * may hold the socket: not when `receiver` is a name the function gives a new socket after every such
     * fork, on every way to the close (madeAfterForks()).
     */
    forkBefore(scope: Scope, closeNode: Node, receiver?: string): boolean;
    /**
     * Is `name` given a socket of its own after every fork (at `forks`, in order) that runs before the close:
     * its last assignment before the close runs on every way to it (dominates()), after each such fork, and
     * makes a new socket (freshSocket())?
     */
    private madeAfterForks;
    /**
     * Does an assignment give its target a socket no one held before: a socket constructor's or
     * create_connection()'s, an accept()'s connection, a socketpair()'s end, or what a function of this
     * module returns that makes one on each call (no `global`, each return a new socket or None)?
     */
    private freshSocket;
    /**
     * A call before the close (or in a loop around both) that starts a child process with the socket:
     * `subprocess.Popen(cmd, stdin=conn)`, `pass_fds=[conn.fileno()]`, a posix_spawn file action.
     */
    spawnedWith(aliases: Set<string>, scope: Scope, closeNode: Node): CallFact | null;
    /**
     * A call before the close that sends the socket's descriptor to another process, or the socket to
     * another holder through a queue or pipe: `send_handle(conn_, sock.fileno(), pid)`,
     * `socket.send_fds(s, [b'x'], [sock.fileno()])`, `sock.share(pid)`, `queue.put(sock)`, `pipe.send(sock)`.
     * That process (or thread) holds the connection on: a shutdown here would end it there too.
     */
    sentAway(aliases: Set<string>, scope: Scope, closeNode: Node): CallFact | null;
    /** The first call of a scope that sends the socket away (sentAway()), wherever it is. Once a socket and function: each of 10,000 closes once read every earlier put(). */
    private firstSent;
    /**
     * A function of the module that sends the descriptors it is given to another process, whatever its name:
     * `def send_fd(sock, fd): sock.sendmsg([b'x'], [(SOL_SOCKET, SCM_RIGHTS, struct.pack('i', fd))])` (the
     * Python Cookbook's server, which closes its copy after `send_fd(worker, client.fileno())`).
     */
    private descriptorSender;
    /**
     * Another method of the class that hands `self.X` to a child process: a call that starts one
     * (a multiprocessing Process, a spawn) with self.X in its arguments, or an os.fork() in a method that
     * names self.X (the child runs that method's code on it). The close's own method is forkBefore()'s.
     * Once a class and attribute.
     */
    childOfClass(aliases: Set<string>, scope: Scope): {
        call: CallFact;
        method: string;
    } | null;
    /**
     * A spawn in a function around a closure that closes a name it does not bind (anywhere in that
     * function: the closure runs when it is called, after the spawn or not).
     * Ex) (s1, s2) = socket.socketpair(); pstdout = s1; def get_pfile(): s1.close() ...; Popen(argv, stdout=pstdout)
     */
    spawnedAround(aliases: Set<string>, scope: Scope): CallFact | null;
    /**
     * The call that runs this function (or the function around it) in a child process between fork and
     * exec: `subprocess.Popen(..., preexec_fn=f)` or `os.register_at_fork(after_in_child=f)` anywhere in
     * the module, matched by the function's name (a method's too: `preexec_fn=self._child_setup`).
     */
    runsInChild(scope: Scope): {
        call: CallFact;
        fn: string;
    } | null;
    private gatherChildRunners;
    /**
     * A dup()/fromfd() copy of the socket, made in this scope, that a call of this scope hands to a
     * child process (`pstdin = os.dup(s1.fileno()); ...; Popen(argv, stdin=pstdin)`): its name, else null.
     */
    copyToChild(aliases: Set<string>, scope: Scope): {
        copy: string;
        spawn: CallFact;
    } | null;
    /**
     * The calls of a scope that start a child process with `name` among their arguments
     * (`stdin=conn`, `pass_fds=[conn.fileno()]`, also through a local name: `file_actions=actions`), in order.
     */
    private spawnsNaming;
    /**
     * A call that makes the socket's descriptor inheritable (`remote.set_inheritable(True)`,
     * `os.set_inheritable(remote.fileno(), True)`): in this scope, or in the function or method of this
     * module that made it (`remote = self.add_fd_based_remote_control()`, kitty's: the socketpair's end
     * a child process it launches gets). Its only use is to hand the descriptor to a child process. For
     * a plain name, only one before the close, on what the name holds there (bindingStretch()); an
     * attribute's may be a call of the method that ran before (zdaemon's doaccept()).
     */
    madeInheritable(aliases: Set<string>, scope: Scope, pos: number): {
        call: CallFact;
        fn: string | null;
        at: number;
    } | null;
    /** Does this call start a child process: os.fork() and its kin, a multiprocessing Process (a context's too), subprocess and posix_spawn? */
    private startsChild;
    /**
     * The parameters a function hands to a child process: named in the arguments of a call of its body
     * that starts one, or in the value of a local name passed there (`kwargs = {"sockets": sockets};
     * spawn.Process(target=run, kwargs=kwargs)`), with their positions. Once a function.
     */
    childParameters(fn: Scope): {
        name: string;
        index: number;
    }[];
    /** For another module (ProjectLookup.childParameters()): childParameters() of this module's function `name`; null when none. */
    childParametersOf(name: string): {
        name: string;
        index: number;
    }[] | null;
    /**
     * For a name a `for` loop takes from a container (`for sock in self.sockets`): a call in the class's
     * methods (or the function) that hands the container itself to a child process, directly or
     * through a function that does (`get_subprocess(config, target, sockets=self.sockets)` in another
     * module: uvicorn's reloader), with the callee that does. Once a container.
     */
    containerToChild(names: Set<string>, s: Scope): {
        container: string;
        call: CallFact;
    } | null;
    private findContainerToChild;
    /**
     * The calls of some scopes by each dotted name (`self.` spelt `self`) they are given: as an argument
     * or keyword value (with its place), or anywhere in the arguments of a call that starts a child
     * process (`Process(target=f, args=(self.socks,))`). Once a class or function.
     */
    private callsPassingNames;
    /** The first of these calls that gives its argument to a child process: itself, or a function (this module's or another's) that does. */
    private toChild;
    /** ProjectLookup.childParameters() of what a call calls: a function of another project module. */
    private foreignChildParameters;
    /** Does this call fork: os.fork() and its kin, or a function or method of this module whose body forks? */
    private callForks;
    /**
     * The methods a call `obj.m(...)` (not on `self`) may run: each method `m` of a class of this module that the
     * function around `scope` (or its class) makes (madeClasses()).
     */
    private madeClassMethods;
    /** The classes of this module that the function around `scope` (or, in a method, its class) makes: `Name(` in its text, read once. */
    private madeClasses;
    /**
     * `super().start()`, `self.start()` or `Process.start(self)` in a method of a class that derives from
     * multiprocessing's Process: the process it stands for starts, a fork on POSIX (the default start method).
     */
    private startsOwnProcess;
    private helperForks;
    /** Class names (module-local) whose constructor calls makefile() on a parameter, by parameter index. */
    private makefileParams;
    /** The module class a callee names: `HTTPResponse` or `self.response_class` (a class attribute). */
    private calleeClass;
    /**
     * The call a socket this function makes (`socket.socket()`, and nothing connects it here) is handed
     * to before the close, where the analysis cannot see what is done to it: `asyncio.start_server(sock=s)`,
     * `Thread(target=serve, args=(s,))`. That code may listen on it. Null when there is none, when the
     * socket is connected, listens or accepts here, or when it does not come from a socket constructor.
     */
    handedUnconnected(aliases: Set<string>, scope: Scope, pos: number): CallFact | null;
    /**
     * A socket this function makes under a plain local name (every assignment of the name a socket
     * constructor's call, of a stream type, on no descriptor of another) that nothing connects: no method
     * on it decides a kind or hands its descriptor on (connect, accept, listen, bind, fileno, dup, ...),
     * and the name occurs in the function only as those assignments, the receiver of its method calls,
     * and an argument of calls that hold it harmlessly (`ioctl(sck, SIOCGIFADDR, ...)`). Any other
     * occurrence (a closure, a container, a comparison, a string) leaves it unknown. Once a name and function.
     * Ex) sck = socket.socket(); try: return ioctl(sck, cmd, arg)  finally: sck.close()
     */
    neverConnected(aliases: Set<string>, scope: Scope): boolean;
    /** Does an assignment give its one target a socket constructor's call (`s = socket.socket(...)`)? */
    private constructs;
    /** How many times each name occurs in a scope's text, nested scopes and strings included (not as an attribute: `x.name`), once a scope. */
    private nameCounts;
    /**
     * The calls of a scope that take `name` (passedIn()) and may do to it what the analysis cannot see,
     * and those named for connecting it (`loop.sock_connect(s, addr)`), each in document order.
     */
    private handedOver;
    /** The calls of a scope by each name passed to them: as an argument, a keyword's value, or an element of a tuple or list argument (`args=(s,)`). */
    private passedIn;
    /**
     * Why the socket's data may still be read after the close: a makefile() object
     * of it in use afterwards. Returns 'skip' with a detail, 'unsafe' when the
     * socket went to a constructor that the analysis cannot see into, or null.
     */
    handoff(aliases: Set<string>, scope: Scope, closeNode: Node): {
        level: 'skip' | 'unsafe';
        detail: string;
    } | null;
    /**
     * Where, before `pos`, a function last writes to the file object `holder` (-1: never), and where it last flushes or
     * closes it (-1: never), in the module's blanked code. Writes: its write() and writelines(), `print(x, file=f)`, a
     * dump() or copyfileobj() into it (`json.dump(obj, f)`), a function named for writing given it first (pg8000's
     * `_write(self._sock, data)`); flushes: its flush() and close(), a function named for flushing given it alone
     * (pg8000's `_flush(self._sock)`). Another call given it may read it
     * (`readuntil2crlfs(fd)`). The positions are found once a function and holder: each close is a binary search.
     */
    private writesBefore;
    /** Does any method of a class write to `self<attrPath>` (`.wfile`)? Once a class and attribute. */
    private classWrites;
    /** The `wbufsize` a stream handler class sets (its own, a module-local base's, xmlrpc.server's -1), or null. Once a class. */
    private wbufsize;
    /**
     * Why a close of a socketserver stream handler's request (or its `connection`) ends what its file objects still
     * do: `setup()` made `self.rfile` (and, with a `wbufsize` other than 0, `self.wfile`, in Python 2 always) by
     * makefile(), which keep the connection up after the close. One used after the close in the same method reads or
     * writes through it; a buffered `self.wfile` not flushed after its last write before the close is flushed by
     * `finish()` after it: a shutdown first loses that data (BrokenPipeError, in 2.7 and 3.x alike). Else null.
     */
    private handlerFiles;
    /**
     * The first `X(sock.fileno())` of a function that hands the socket's descriptor to a class's constructor (not a socket
     * class's: that is a copy, asked elsewhere), with the class's name. Once a socket and function: each close reads it.
     */
    private descriptorGiven;
    /**
     * The response of an HTTP connection whose `.sock` the close closes (`conn.sock.close()`, or a socket given to it as
     * `conn.sock = sock`), got before the close and read after it: http.client's `getresponse()` hands the response a
     * makefile() of the socket, which the shutdown would cut off (`resp.read()` gives nothing). Null for none.
     */
    private httpResponse;
    /**
     * What each call that may hand the socket off means for any close of it: a makefile()
     * of it (whether its file object outlives a close is asked at each close), a class of this module
     * that reads the argument through makefile(), or a holder the call's result is kept in (with
     * whether the callee is named like a class); the candidates that mean none of these are left out.
     * Once a socket and function: each close once asked it all again, each holder's assignment found
     * through `node.parent`, a search from the function's top (5,000 wrap_socket() calls and closes: 14 s).
     */
    private handoffFacts;
    private gatherHandoffFacts;
    /**
     * The wrap_socket() call the socket was handed to before the close, in the
     * close's own function (`ssl_sock = ctx.wrap_socket(sock)`; not
     * `sock = ctx.wrap_socket(sock)`, which rebinds the name to the TLS socket).
     */
    wrappedBefore(aliases: Set<string>, scope: Scope, closeNode: Node): CallFact | null;
    /**
     * For a close of `self.X`: a wrap_socket() call in another method of the class's family (classFamily()) that
     * wraps `self.X` and keeps the TLS socket elsewhere (`self.sslobj = ssl.wrap_socket(self.sock)` in
     * Python 2's poplib.POP3_SSL), so `self.X` may be the raw socket under a TLS connection when it is
     * closed. `self.X = ctx.wrap_socket(self.X)` rebinds the attribute to the TLS socket and is none, and
     * so is a wrap whose TLS socket is returned or handed on at once (its holder is not seen).
     * (The close's own method is wrappedBefore()'s, which reads the order.)
     */
    wrappedInClass(receiver: string, scope: Scope): CallFact | null;
    /** The wrap_socket() calls of a function, each with the name of the socket it wraps and the name it is kept as. */
    private wrapsOf;
    /**
     * For a hand-off fact that is a makefile() call alone: how it keeps its file (returned, its holder, the with
     * statement, buffered or not), the same text for calls that give a close the same answer; else null.
     */
    private keptAlike;
    /** How a makefile() call's file object is kept: returned, or held by a name (a with statement's alias, with that statement). Once a call. */
    private fileHeld;
    private makefileReader;
    /** The name an expression is assigned to (`fp = ...` gives fp). */
    private assignedName;
    /**
     * Where the last use of a dotted name (`self.read_file`) in a function's text starts (-1: none),
     * an assignment to it and a close of it not counted. Once a name and function.
     */
    private dottedLastUse;
    /**
     * Where each use of a dotted name (`self.read_file`) in a function's text starts, in order, an
     * assignment to it and a close of it not counted. Once a name and function.
     */
    private dottedUses;
    /**
     * Is a dotted name used after the close, before it is bound again on every path from the close
     * (reboundAfter())? A use in the statement that binds it again reads what it held (`self.f = wrap(self.f)`).
     */
    private dottedUsedAfter;
    /**
     * Where the statement that next binds a name again after the close ends, when it runs on every path
     * that goes on from the close: an assignment to the name after the close's statement, in the close's
     * block or a block around it in the function (`if self.sock: self.sock.close()` then `self.sock =
     * socket.socket()`). -1 when there is none: one in a branch, a try or a loop body the close is not in
     * may not run.
     */
    private reboundAfter;
    private readonly reboundCache;
    /** Is the local name used after the close, other than by closing it (anywhere further down its function)? */
    usedAfter(name: string, scope: Scope, closeNode: Node): boolean;
    /**
     * Is the local name (a file object's) used after the close, other than by closing it, on a way from it? A
     * `return` or `raise` a few simple statements after the close ends its way: uses further down belong to the
     * other ways. (An object the socket was handed to is asked with usedAfter(): it may go on using it by itself.)
     */
    readAfter(name: string, scope: Scope, closeNode: Node): boolean;
    /** reachEnd() of a close in its own scope, once a close. */
    private reachEnd;
    /**
     * Where each use of a local name in its function starts, in order, a close of it (`name.close()`) and an
     * assignment to it not counted. Once a name and function: each close once read every identifier after
     * it (5,000 closes after `r = Reader(s)`: 40 s; 20,000: 490 s).
     */
    private uses;
    /**
     * The copiers of a scope by the socket each copies: the X of an `X.fileno()` in its arguments, or the
     * socket whose descriptor a name holds (`fd = sock.fileno(); os.dup(fd)`: pyroute2's NoClose). Once a scope.
     */
    private copiesByOwner;
    /** The copiers of a scope that copy one of these names' socket (copiesByOwner()), in the aliases' order. */
    private copiesOf;
    /** The calls of a scope that may copy a socket's descriptor: `socket.fromfd(conn.fileno(), ...)`, `os.dup(conn.fileno())`, `socket.socket(fileno=...)`. */
    private copiers;
    /** A dup()/fromfd() copy of the socket made before the close and not closed yet. */
    liveCopy(aliases: Set<string>, scope: Scope, pos: number): string | null;
    /** The last copy made in a loop that no close in the rest of the loop ends (once a socket and loop: each close of 4,000 in one loop would read every copy). */
    private lastCopyOutlivingLoop;
    /**
     * The copies of a socket a scope makes (its own `dup()`, `os.dup(s.fileno())`, `socket.fromfd(s.fileno(), ...)`), in order,
     * each with where its holder is next closed (Infinity: never), and for each the copy among it and the earlier ones that
     * stays open longest. Once a socket and function: each of 20,000 closes once read every copy (6.9 s, 15x the parse).
     */
    private copyStretches;
}

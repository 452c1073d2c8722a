export interface ReasonInfo {
    /** What a site with this reason becomes. */
    outcome: 'skipped' | 'fix-unsafe' | 'no-fix';
    /** The word in the summary line's counts. */
    short: string;
    /** One or two sentences for the README and the HTML report. */
    doc: string;
}
export declare const REASONS: {
    readonly 'not a socket': {
        readonly outcome: "skipped";
        readonly short: "not a socket";
        readonly doc: "Named like a socket, but traced to something else (a file, a buffer, a wrapper class with its own `close()`, a multiprocessing `Pipe()` Connection).";
    };
    readonly MicroPython: {
        readonly outcome: "skipped";
        readonly short: "MicroPython";
        readonly doc: "The module is MicroPython's or CircuitPython's (it imports `micropython`, `machine`, `usocket`, `adafruit_connection_manager`..., or a MicroPython `manifest.py` packages it, or it is in MicroPython's own source tree, whose root has `py/mpconfig.h`): their sockets have no `shutdown()` and their socket module no `SHUT_RDWR`, so the fix would raise.";
    };
    readonly 'listening socket': {
        readonly outcome: "skipped";
        readonly short: "listening";
        readonly doc: "The socket listens (`listen()` or `accept()` is called on it, `create_server()` or a socketserver server made it): shutdown would stop the listener for every process that shares it.";
    };
    readonly 'datagram socket': {
        readonly outcome: "skipped";
        readonly short: "datagram";
        readonly doc: "A `SOCK_DGRAM` socket has no connection to shut down.";
    };
    readonly 'raw socket': {
        readonly outcome: "skipped";
        readonly short: "raw";
        readonly doc: "A `SOCK_RAW` or packet socket has no connection to shut down.";
    };
    readonly 'dup/fromfd copy': {
        readonly outcome: "skipped";
        readonly short: "dup";
        readonly doc: "The socket is a `dup()`/`fromfd()` copy: shutdown would end the original's connection too.";
    };
    readonly detached: {
        readonly outcome: "skipped";
        readonly short: "detached";
        readonly doc: "Another socket object owns the descriptor since an earlier call: `sock.detach()` (the close does nothing, and a shutdown would only raise EBADF), or Python 2's rewrap `socket.socket(_sock=sock._sock)` (the close drops the old wrapper only, and a shutdown would end the connection the new one holds).";
    };
    readonly 'not connected': {
        readonly outcome: "skipped";
        readonly short: "not connected";
        readonly doc: "The socket was never connected (bound only, or closed where its `connect()` or `bind()` failed): shutdown only raises ENOTCONN.";
    };
    readonly 'abortive close': {
        readonly outcome: "skipped";
        readonly short: "abortive";
        readonly doc: "The socket sets `SO_LINGER` (with a zero timeout, close() sends RST on purpose), or a test stages a crash: it expects the peer to see the connection reset (`pytest.raises(ConnectionResetError)`) and closes the socket with its input unread, which sends RST. A shutdown first would turn the reset into an orderly FIN.";
    };
    readonly 'fork handoff': {
        readonly outcome: "skipped";
        readonly short: "fork";
        readonly doc: "Another process holds the connection: the close is the parent's side of a fork handoff (`os.fork()` or a `multiprocessing` Process before it, a `ForkingMixIn` server), the socket or a `dup()` of it went to a child process (`Popen(cmd, stdin=conn)`, `pass_fds`) or was sent to one (`send_handle()`, `socket.send_fds()`, `queue.put(sock)`), or the close itself runs in the child (a `preexec_fn`, where it would cut off the parent): shutdown would cut off the child.";
    };
    readonly 'makefile handoff': {
        readonly outcome: "skipped";
        readonly short: "makefile";
        readonly doc: "A `makefile()` reader of the socket is still read after the close (the `http.client` idiom), returned, or kept on another object (`sys.stdin = TextIOWrapper(sock.makefile())`), or a buffered `makefile()` writer still holds data it flushes after the close (also the `wfile` of a `StreamRequestHandler` with a `wbufsize` other than 0, which `finish()` flushes): shutdown would cut it off. One kept on `self` and not read after the close in the closing method is no reason to skip, nor one read only after the method binds the socket and its file objects again (a reconnect).";
    };
    readonly 'wrapped by TLS': {
        readonly outcome: "skipped";
        readonly short: "wrapped";
        readonly doc: "The socket was handed to `wrap_socket()` before the close, or, for `self.X`, in another method of the class that keeps the TLS socket elsewhere (`self.sslobj = ssl.wrap_socket(self.sock)`, Python 2's `poplib.POP3_SSL`). Python 3 detaches it, so the close does nothing and a shutdown would only raise EBADF; Python 2's `SSLSocket` shares its connection, so a shutdown would end the TLS connection without its close_notify.";
    };
    readonly 'close used as an expression': {
        readonly outcome: "skipped";
        readonly short: "close used as an expression";
        readonly doc: "`return sock.close()` or a `lambda`: the close cannot be rewritten in place.";
    };
    readonly 'syntax error nearby': {
        readonly outcome: "skipped";
        readonly short: "syntax error";
        readonly doc: "The code around the site does not parse, so no edit is made there.";
    };
    readonly 'layout not supported': {
        readonly outcome: "skipped";
        readonly short: "layout";
        readonly doc: "The statement shares its line with code the rewrite cannot move.";
    };
    readonly 'live dup/fromfd copy': {
        readonly outcome: "skipped";
        readonly short: "live copy";
        readonly doc: "A `dup()`/`fromfd()` copy of the socket is still open when the original is closed: shutdown would end the copy's connection too.";
    };
    readonly 'handed to another object': {
        readonly outcome: "fix-unsafe";
        readonly short: "handed over";
        readonly doc: "The socket was given to another object that may still use it after the close.";
    };
    readonly 'close in another block': {
        readonly outcome: "fix-unsafe";
        readonly short: "close elsewhere";
        readonly doc: "SOCK002: the close is not in the shutdown's block, so a caller may expect the exception the guard would swallow.";
    };
    readonly 'socket module patched': {
        readonly outcome: "fix-unsafe";
        readonly short: "module patched";
        readonly doc: "Another module of the project (a test) replaces this module's `socket` global: its sockets may be doubles without `shutdown()`. The unsafe fix's guard also catches `AttributeError`.";
    };
    readonly 'test doubles': {
        readonly outcome: "fix-unsafe";
        readonly short: "test doubles";
        readonly doc: "The project's own code (a test) hands this code a double that may answer `shutdown()`: it calls the library callback that receives the socket, passes its own socket module, or sets the closed attribute to a `Dummy`/`Fake`/`Mock`, and that double is a library `Mock`, defines `shutdown` or `__getattr__`, or is a class the analysis cannot read. (Doubles that are all classes of the project without `shutdown` keep the fix safe, its guard catching `AttributeError` too.) The unsafe fix's guard also catches `AttributeError`.";
    };
    readonly 'likely socket': {
        readonly outcome: "fix-unsafe";
        readonly short: "likely socket";
        readonly doc: "The receiver is a socket only by its name, or some of its assignments could not be traced. The unsafe fix's guard also catches `AttributeError`: where the receiver is an object without `shutdown()` (a test's double), the fix leaves it as it was.";
    };
    readonly 'socket kind unknown': {
        readonly outcome: "fix-unsafe";
        readonly short: "kind unknown";
        readonly doc: "A socket whose type is chosen at run time (`socket(af, socktype)`) or adopted from a file descriptor: it may be a listener or a datagram socket.";
    };
    readonly 'block re-indented': {
        readonly outcome: "fix-unsafe";
        readonly short: "re-indented";
        readonly doc: "SOCK003: the fix re-indents the `with` block into a `try`/`finally`, which a reviewer should read.";
    };
    readonly 'socket name unresolved': {
        readonly outcome: "fix-unsafe";
        readonly short: "name unresolved";
        readonly doc: "No name the fix could write is sure to mean the socket module where it goes (a star import of another module below a definition, a namespace filled at run time with `globals()` or `exec`, every candidate name rebound), so the fix may not run.";
    };
};
export type Reason = keyof typeof REASONS;
/** The README's reasons table. */
export declare function reasonTable(): string;

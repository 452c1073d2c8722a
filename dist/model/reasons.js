// Every reason a site is skipped or gets only an unsafe fix, in one table: the
// rules name them (typed, so a misspelt reason does not compile), the summary
// line takes their short labels, and the README's table is generated from it.
// The key is the label that JSON, SARIF and the text report show. The order is
// the priority (src/rules/judge.ts): a site with several reasons reports the
// first, and any reason that skips beats every reason that only makes it unsafe.
export const REASONS = {
    'not a socket': { outcome: 'skipped', short: 'not a socket', doc: 'Named like a socket, but traced to something else (a file, a buffer, a wrapper class with its own `close()`, a multiprocessing `Pipe()` Connection).' },
    MicroPython: {
        outcome: 'skipped',
        short: 'MicroPython',
        doc: 'The module is MicroPython\'s or CircuitPython\'s (it imports `micropython`, `machine`, `usocket`, `adafruit_connection_manager`..., or a MicroPython `manifest.py` packages it, or it is in MicroPython\'s own source tree, whose root has `py/mpconfig.h`): their sockets have no `shutdown()` and their socket module no `SHUT_RDWR`, so the fix would raise.',
    },
    'listening socket': {
        outcome: 'skipped',
        short: 'listening',
        doc: 'The socket listens (`listen()` or `accept()` is called on it, `create_server()` or a socketserver server made it): shutdown would stop the listener for every process that shares it.',
    },
    'datagram socket': { outcome: 'skipped', short: 'datagram', doc: 'A `SOCK_DGRAM` socket has no connection to shut down.' },
    'raw socket': { outcome: 'skipped', short: 'raw', doc: 'A `SOCK_RAW` or packet socket has no connection to shut down.' },
    'dup/fromfd copy': {
        outcome: 'skipped',
        short: 'dup',
        doc: 'The socket is a `dup()`/`fromfd()` copy: shutdown would end the original\'s connection too.',
    },
    detached: {
        outcome: 'skipped',
        short: 'detached',
        doc: 'Another socket object owns the descriptor since an earlier call: `sock.detach()` (the close does nothing, and a shutdown would only raise EBADF), or Python 2\'s rewrap `socket.socket(_sock=sock._sock)` (the close drops the old wrapper only, and a shutdown would end the connection the new one holds).',
    },
    'not connected': {
        outcome: 'skipped',
        short: 'not connected',
        doc: 'The socket was never connected (bound only, or closed where its `connect()` or `bind()` failed): shutdown only raises ENOTCONN.',
    },
    'abortive close': {
        outcome: 'skipped',
        short: 'abortive',
        doc: 'The socket sets `SO_LINGER` (with a zero timeout, close() sends RST on purpose), or a test stages a crash: it expects the peer to see the connection reset (`pytest.raises(ConnectionResetError)`) and closes the socket with its input unread, which sends RST. A shutdown first would turn the reset into an orderly FIN.',
    },
    'fork handoff': {
        outcome: 'skipped',
        short: 'fork',
        doc: 'Another process holds the connection: the close is the parent\'s side of a fork handoff (`os.fork()` or a `multiprocessing` Process before it, a `ForkingMixIn` server), the socket or a `dup()` of it went to a child process (`Popen(cmd, stdin=conn)`, `pass_fds`) or was sent to one (`send_handle()`, `socket.send_fds()`, `queue.put(sock)`), or the close itself runs in the child (a `preexec_fn`, where it would cut off the parent): shutdown would cut off the child.',
    },
    'makefile handoff': {
        outcome: 'skipped',
        short: 'makefile',
        doc: 'A `makefile()` reader of the socket is still read after the close (the `http.client` idiom), returned, or kept on another object (`sys.stdin = TextIOWrapper(sock.makefile())`), or a buffered `makefile()` writer still holds data it flushes after the close (also the `wfile` of a `StreamRequestHandler` with a `wbufsize` other than 0, which `finish()` flushes): shutdown would cut it off. One kept on `self` and not read after the close in the closing method is no reason to skip, nor one read only after the method binds the socket and its file objects again (a reconnect).',
    },
    'wrapped by TLS': {
        outcome: 'skipped',
        short: 'wrapped',
        doc: 'The socket was handed to `wrap_socket()` before the close, or, for `self.X`, in another method of the class that keeps the TLS socket elsewhere (`self.sslobj = ssl.wrap_socket(self.sock)`, Python 2\'s `poplib.POP3_SSL`). Python 3 detaches it, so the close does nothing and a shutdown would only raise EBADF; Python 2\'s `SSLSocket` shares its connection, so a shutdown would end the TLS connection without its close_notify.',
    },
    'close used as an expression': {
        outcome: 'skipped',
        short: 'close used as an expression',
        doc: '`return sock.close()` or a `lambda`: the close cannot be rewritten in place.',
    },
    'syntax error nearby': { outcome: 'skipped', short: 'syntax error', doc: 'The code around the site does not parse, so no edit is made there.' },
    'layout not supported': { outcome: 'skipped', short: 'layout', doc: 'The statement shares its line with code the rewrite cannot move.' },
    'live dup/fromfd copy': {
        outcome: 'skipped',
        short: 'live copy',
        doc: 'A `dup()`/`fromfd()` copy of the socket is still open when the original is closed: shutdown would end the copy\'s connection too.',
    },
    'handed to another object': {
        outcome: 'fix-unsafe',
        short: 'handed over',
        doc: 'The socket was given to another object that may still use it after the close.',
    },
    'close in another block': {
        outcome: 'fix-unsafe',
        short: 'close elsewhere',
        doc: 'SOCK002: the close is not in the shutdown\'s block, so a caller may expect the exception the guard would swallow.',
    },
    'socket module patched': {
        outcome: 'fix-unsafe',
        short: 'module patched',
        doc: 'Another module of the project (a test) replaces this module\'s `socket` global: its sockets may be doubles without `shutdown()`. The unsafe fix\'s guard also catches `AttributeError`.',
    },
    'test doubles': {
        outcome: 'fix-unsafe',
        short: 'test doubles',
        doc: 'The project\'s own code (a test) hands this code a double that may answer `shutdown()`: it calls the library callback that receives the socket, passes its own socket module, or sets the closed attribute to a `Dummy`/`Fake`/`Mock`, and that double is a library `Mock`, defines `shutdown` or `__getattr__`, or is a class the analysis cannot read. (Doubles that are all classes of the project without `shutdown` keep the fix safe, its guard catching `AttributeError` too.) The unsafe fix\'s guard also catches `AttributeError`.',
    },
    'likely socket': {
        outcome: 'fix-unsafe',
        short: 'likely socket',
        doc: 'The receiver is a socket only by its name, or some of its assignments could not be traced. The unsafe fix\'s guard also catches `AttributeError`: where the receiver is an object without `shutdown()` (a test\'s double), the fix leaves it as it was.',
    },
    'socket kind unknown': {
        outcome: 'fix-unsafe',
        short: 'kind unknown',
        doc: 'A socket whose type is chosen at run time (`socket(af, socktype)`) or adopted from a file descriptor: it may be a listener or a datagram socket.',
    },
    'block re-indented': {
        outcome: 'fix-unsafe',
        short: 're-indented',
        doc: 'SOCK003: the fix re-indents the `with` block into a `try`/`finally`, which a reviewer should read.',
    },
    'socket name unresolved': {
        outcome: 'fix-unsafe',
        short: 'name unresolved',
        doc: 'No name the fix could write is sure to mean the socket module where it goes (a star import of another module below a definition, a namespace filled at run time with `globals()` or `exec`, every candidate name rebound), so the fix may not run.',
    },
};
/** The README's reasons table. */
export function reasonTable() {
    const rows = Object.entries(REASONS).map(([label, r]) => `| ${label} | ${r.outcome} | ${r.doc} |`);
    return ['| Reason | Outcome | Why |', '|---|---|---|', ...rows].join('\n');
}

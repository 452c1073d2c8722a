/** Modules with the socket module's API (green and C variants fold into `socket`). */
export declare const SOCKET_MODULES: Set<string>;
/** Modules with the ssl module's API (`from gevent.ssl import wrap_socket`): they fold into `ssl`. */
export declare const SSL_MODULES: Set<string>;
/** Names that `from socket import *` brings in and that the analysis or a fix reads. */
export declare const SOCKET_STAR_NAMES: Set<string>;
/**
 * What `from M import *` binds, for the other standard-library modules whose members the analysis reads:
 * the thread starters (`from thread import *` ... `start_new_thread(clientthread, (conn,))`, the Python 2
 * tutorials' server). Every public name each module gives in Python 2.7 and 3.6-3.13 (`_thread` has no
 * `__all__`), so that a name the star import rebinds (`thread.error` over `socket.error`) is known.
 */
export declare const STAR_EXPORTS: ReadonlyMap<string, ReadonlySet<string>>;
/** Classes whose instances are sockets (qualified); PySocks' `socks.socksocket` is a `socket.socket` subclass that connects through a proxy. */
export declare const SOCKET_CLASSES: Set<string>;
/** In-memory buffers: named like a stream, never a socket. */
export declare const BUFFERS: Set<string>;
/** socketserver's server classes (and their kin): `self.socket` is the listening socket. */
export declare const SERVER_BASE: RegExp;
/**
 * socketserver's server hooks that only its servers have: a class that overrides one and calls its base's is a
 * socketserver server, whose `self.socket` is the listening (or datagram) socket.
 */
export declare const SERVER_HOOKS: ReadonlySet<string>;
/** The datagram ones among them. */
export declare const UDP_SERVER: RegExp;
/** Calls after which a socket has a second holder in another process. */
export declare const FORK_CALLS: Set<string>;
/**
 * Calls that start a child process: one whose arguments name the socket (`stdin=conn`,
 * `pass_fds=[conn.fileno()]`, a posix_spawn file action) hands the child the connection.
 */
export declare const SPAWN_CALLS: Set<string>;
/**
 * Does a qualified call start a child process with its arguments (SPAWN_CALLS), also through Python 2's
 * subprocess32 backport or a module of the project that imports subprocess (`testlib.subprocess.Popen(...)`)?
 */
export declare function isSpawnCall(q: string): boolean;
/**
 * Library classes whose constructor reads the socket it is given through makefile() (`HTTPResponse(sock)`),
 * and the file classes makefile() itself makes (`socket._fileobject(sock, 'rb')` in Python 2, `socket.SocketIO(sock, 'rb')`).
 */
export declare const MAKEFILE_READER_CLASSES: Set<string>;
/** Library connection classes whose responses read the socket after the connection closes it (http.client's idiom). */
export declare const HTTP_CONNECTION: RegExp;
/** Calls that connect or bind a socket: a failure there leaves it unconnected. */
export declare const CONNECTING: Set<string>;
/** Calls that set a socket up before any byte moves. */
export declare const SETUP: Set<string>;
/** Methods whose call marks a listening socket. */
export declare const LISTENING_METHODS: readonly ["listen", "accept"];
/** Exceptions (qualified) that catch what shutdown() raises: OSError and its aliases, and wider. */
export declare const CATCHES_OSERROR: Set<string>;
/** The last word of a receiver's name that makes it a likely socket (`client_sock`, `conn2`). */
export declare const LIKELY_WORDS: readonly ["sock", "socket", "sck", "skt", "conn"];
/**
 * Words before a last word `conn` that name a protocol client's connection object, not a socket
 * (`http_conn`, `HTTP_CONN`, `db_conn`, `qpid_conn`): http.client's, a database driver's, an SSH or FTP
 * session. They close without a shutdown() of their own (an HTTPConnection has none).
 */
export declare const NOT_SOCKET_CONN_WORDS: ReadonlySet<string>;
/** The prefilter's form of LIKELY_WORDS: a receiver named like a socket right before `.method`. */
export declare const LIKELY_RECEIVER: string;
/** Modules whose presence makes a bare `conn` more likely a socket than a database or IPC connection. */
export declare const SOCKET_USING_MODULES: RegExp;
/**
 * Socket construction in a file's text. Neither this nor the modules above is
 * something a fix adds (a fix adds `import socket` and `socket.SHUT_RDWR`), so
 * fixing a file never turns a `conn` elsewhere in it into a likely socket.
 */
export declare const SOCKET_CONSTRUCTION: RegExp;
/**
 * Every attribute a socket object has (socket.socket and ssl.SSLSocket in
 * typeshed, plus Python 2's and the green libraries' private handles). A
 * receiver known only by its name that is used through any other attribute
 * (`conn.request()`, `conn.linger = True`) is not a socket.
 */
export declare const SOCKET_ATTRIBUTES: Set<string>;
/** Functions (qualified) whose result is never a socket, though it may be named like one. */
export declare const NOT_SOCKET_RESULTS: Set<string>;
/**
 * scapy's SuperSockets (`scapy.arch.linux.L2Socket(iface=...)`, `StreamSocket(sock)`, `conf.L3socket()`): they
 * wrap a socket, and their close() has no shutdown() beside it.
 */
export declare const SCAPY_SUPERSOCKET: RegExp;
/** The socket types of ZeroMQ (`ctx.socket(zmq.REQ)`): a message socket with no shutdown(). */
export declare const ZMQ_SOCKET_TYPE: RegExp;
/**
 * Callbacks whose parameter the standard library fills with a socket, by method
 * name: asyncore's dispatcher.handle_accepted(sock, addr) gets the connection
 * accept() just returned (the index counts `self`).
 */
export declare const CALLBACK_SOCKET_PARAMS: Record<string, {
    index: number;
    kind: 'stream';
    origin: string;
}>;
/**
 * Calls that run a function in a new thread of this process with the arguments they are given, by
 * qualified name: `threading.Thread(target=f, args=(conn, addr))` calls `f(conn, addr)` there, as
 * `_thread.start_new_thread(f, (conn, addr))` and a green thread's `eventlet.spawn(f, conn, addr)` do.
 * A process (`multiprocessing.Process`) is not one: its target runs on a copy, in another process.
 */
export declare const THREAD_STARTERS: Record<string, 'target' | 'tuple' | 'rest'>;
/**
 * Servers that hand each connection they accept to a function they are given, as its first argument
 * (`StreamServer(('', 16000), echo)`, `eventlet.serve(sock, handle)`): the handler's position among the
 * call's arguments, or its keyword, and the name a message gives the server.
 */
export declare const SERVER_HANDLERS: Record<string, {
    position: number;
    keyword: string;
    server: string;
}>;
/**
 * asyncore's dispatcher and its kin (asynchat, and the copies projects keep:
 * waitress's wasyncore, medusa's asyncore_25). Their `self.socket` is set by
 * `create_socket(family, type)`, `set_socket(sock)` or `__init__(sock)`, and
 * their own `listen()`, `bind()`, `connect()` and `accept()` act on it.
 */
export declare const ASYNCORE_DISPATCHER: RegExp;
/** asyncore's dispatcher of a file descriptor (a pipe, on POSIX): its `self.socket` is a file_wrapper, not a socket. */
export declare const FILE_DISPATCHER: RegExp;
/** socketserver's handlers whose `self.request` is the connected stream socket (http.server's and xmlrpc.server's derive from them). */
export declare const STREAM_REQUEST_HANDLER: RegExp;
/** The standard library's stream handlers that set `wbufsize = -1` (a buffered `self.wfile`, flushed after the handler method returns). */
export declare const BUFFERED_WFILE_HANDLER: RegExp;
/** The generic handler: `self.request` is a socket for TCP servers, a (data, socket) pair for UDP ones. */
export declare const BASE_REQUEST_HANDLER: RegExp;

// What the standard library and its idioms mean for sockets, in one table:
// the modules with the socket API, the constructors and the kinds they make,
// the server base classes, the calls that fork, the exceptions that catch what
// shutdown() raises, and the names that make a receiver a likely socket.
// Provenance, the order facts, the rules and the prefilters read it here.

/** Modules with the socket module's API (green and C variants fold into `socket`). */
export const SOCKET_MODULES = new Set(['socket', '_socket', 'eventlet.green.socket', 'gevent.socket']);

/** Modules with the ssl module's API (`from gevent.ssl import wrap_socket`): they fold into `ssl`. */
export const SSL_MODULES = new Set(['eventlet.green.ssl', 'gevent.ssl']);

/** Names that `from socket import *` brings in and that the analysis or a fix reads. */
export const SOCKET_STAR_NAMES = new Set([
  'socket',
  'SocketType',
  'create_connection',
  'create_server',
  'socketpair',
  'fromfd',
  'SHUT_RDWR',
  'SOCK_DGRAM',
  'SOCK_RAW',
  'SOCK_STREAM',
  'error',
]);

/**
 * What `from M import *` binds, for the other standard-library modules whose members the analysis reads:
 * the thread starters (`from thread import *` ... `start_new_thread(clientthread, (conn,))`, the Python 2
 * tutorials' server). Every public name each module gives in Python 2.7 and 3.6-3.13 (`_thread` has no
 * `__all__`), so that a name the star import rebinds (`thread.error` over `socket.error`) is known.
 */
export const STAR_EXPORTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['socket', SOCKET_STAR_NAMES],
  ['thread', new Set([
    'LockType', 'allocate', 'allocate_lock', 'error', 'exit', 'exit_thread', 'get_ident', 'interrupt_main', 'stack_size',
    'start_new', 'start_new_thread',
  ])],
  ['_thread', new Set([
    'LockType', 'RLock', 'TIMEOUT_MAX', 'allocate', 'allocate_lock', 'daemon_threads_allowed', 'error', 'exit', 'exit_thread',
    'get_ident', 'get_native_id', 'interrupt_main', 'lock', 'stack_size', 'start_joinable_thread', 'start_new', 'start_new_thread',
  ])],
  ['threading', new Set([
    'Barrier', 'BoundedSemaphore', 'BrokenBarrierError', 'Condition', 'Event', 'ExceptHookArgs', 'Lock', 'RLock', 'Semaphore',
    'TIMEOUT_MAX', 'Thread', 'ThreadError', 'Timer', 'activeCount', 'active_count', 'currentThread', 'current_thread',
    'enumerate', 'excepthook', 'get_ident', 'get_native_id', 'getprofile', 'gettrace', 'local', 'main_thread', 'setprofile',
    'setprofile_all_threads', 'settrace', 'settrace_all_threads', 'stack_size',
  ])],
]);

/** Classes whose instances are sockets (qualified); PySocks' `socks.socksocket` is a `socket.socket` subclass that connects through a proxy. */
export const SOCKET_CLASSES = new Set(['socket.socket', 'socket.SocketType', 'ssl.SSLSocket', 'socks.socksocket']);

/** In-memory buffers: named like a stream, never a socket. */
export const BUFFERS = new Set(['io.BytesIO', 'io.StringIO', 'StringIO.StringIO', 'cStringIO.StringIO', 'BytesIO', 'StringIO']);

/** socketserver's server classes (and their kin): `self.socket` is the listening socket. */
export const SERVER_BASE = /(^|\.)(Base|TCP|UDP|Unix\w*|HTTP|ThreadingHTTP|SimpleXMLRPC|XMLRPC|WSGI|Threading\w*|Forking\w*)Server$/;
/**
 * socketserver's server hooks that only its servers have: a class that overrides one and calls its base's is a
 * socketserver server, whose `self.socket` is the listening (or datagram) socket.
 */
export const SERVER_HOOKS: ReadonlySet<string> = new Set(['server_bind', 'server_activate', 'get_request', 'verify_request', 'process_request', 'finish_request', 'shutdown_request', 'close_request']);
/** The datagram ones among them. */
export const UDP_SERVER = /(^|\.)(UDP|ThreadingUDP|ForkingUDP|UnixDatagram|ThreadingUnixDatagram|ForkingUnixDatagram)Server$/;

/** Calls after which a socket has a second holder in another process. */
export const FORK_CALLS = new Set(['os.fork', 'os.forkpty', 'pty.fork', 'multiprocessing.Process', 'multiprocessing.context.Process']);

/**
 * Calls that start a child process: one whose arguments name the socket (`stdin=conn`,
 * `pass_fds=[conn.fileno()]`, a posix_spawn file action) hands the child the connection.
 */
export const SPAWN_CALLS = new Set([
  'subprocess.Popen',
  'subprocess.run',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'os.posix_spawn',
  'os.posix_spawnp',
  'asyncio.create_subprocess_exec',
  'asyncio.create_subprocess_shell',
]);

/**
 * Does a qualified call start a child process with its arguments (SPAWN_CALLS), also through Python 2's
 * subprocess32 backport or a module of the project that imports subprocess (`testlib.subprocess.Popen(...)`)?
 */
export function isSpawnCall(q: string): boolean {
  return SPAWN_CALLS.has(q) || /(?:^|\.)subprocess(?:32)?\.(?:Popen|run|call|check_call|check_output)$/.test(q);
}

/**
 * Library classes whose constructor reads the socket it is given through makefile() (`HTTPResponse(sock)`),
 * and the file classes makefile() itself makes (`socket._fileobject(sock, 'rb')` in Python 2, `socket.SocketIO(sock, 'rb')`).
 */
export const MAKEFILE_READER_CLASSES = new Set(['http.client.HTTPResponse', 'httplib.HTTPResponse', 'socket._fileobject', 'socket.SocketIO']);

/** Library connection classes whose responses read the socket after the connection closes it (http.client's idiom). */
export const HTTP_CONNECTION = /(^|\.)HTTPS?Connection$/;

/** Calls that connect or bind a socket: a failure there leaves it unconnected. */
export const CONNECTING = new Set(['connect', 'connect_ex', 'bind']);
/** Calls that set a socket up before any byte moves. */
export const SETUP = new Set([...CONNECTING, 'settimeout', 'setblocking', 'setsockopt', 'set_inheritable', 'fileno', 'getsockopt']);
/** Methods whose call marks a listening socket. */
export const LISTENING_METHODS = ['listen', 'accept'] as const;

/** Exceptions (qualified) that catch what shutdown() raises: OSError and its aliases, and wider. */
export const CATCHES_OSERROR = new Set(['OSError', 'EnvironmentError', 'IOError', 'Exception', 'BaseException', 'socket.error', 'select.error']);

/** The last word of a receiver's name that makes it a likely socket (`client_sock`, `conn2`). */
export const LIKELY_WORDS = ['sock', 'socket', 'sck', 'skt', 'conn'] as const;
/**
 * Words before a last word `conn` that name a protocol client's connection object, not a socket
 * (`http_conn`, `HTTP_CONN`, `db_conn`, `qpid_conn`): http.client's, a database driver's, an SSH or FTP
 * session. They close without a shutdown() of their own (an HTTPConnection has none).
 */
export const NOT_SOCKET_CONN_WORDS: ReadonlySet<string> = new Set([
  'http', 'https', 'httplib', 'h2', 'db', 'database', 'sql', 'mysql', 'pg', 'postgres', 'psycopg', 'sqlite', 'redis',
  'mongo', 'ldap', 'smtp', 'imap', 'pop', 'pop3', 'ftp', 'sftp', 'ssh', 'amqp', 'qpid', 'rabbit', 'xmlrpc', 'rpc',
  'dbus', 'libvirt', 'telnet',
]);
/** The prefilter's form of LIKELY_WORDS: a receiver named like a socket right before `.method`. */
export const LIKELY_RECEIVER = `(?:${LIKELY_WORDS.join('|')})\\d*\\s*\\.\\s*`;

/** Modules whose presence makes a bare `conn` more likely a socket than a database or IPC connection. */
export const SOCKET_USING_MODULES = /^(ssl|socketserver|SocketServer|asyncore|selectors|select)(\.|$)/;
/**
 * Socket construction in a file's text. Neither this nor the modules above is
 * something a fix adds (a fix adds `import socket` and `socket.SHUT_RDWR`), so
 * fixing a file never turns a `conn` elsewhere in it into a likely socket.
 */
export const SOCKET_CONSTRUCTION = /socket\s*\(|create_connection|create_server|socketpair|fromfd|wrap_socket/;

/**
 * Every attribute a socket object has (socket.socket and ssl.SSLSocket in
 * typeshed, plus Python 2's and the green libraries' private handles). A
 * receiver known only by its name that is used through any other attribute
 * (`conn.request()`, `conn.linger = True`) is not a socket.
 */
export const SOCKET_ATTRIBUTES = new Set([
  // socket.socket
  'accept', 'bind', 'close', 'connect', 'connect_ex', 'detach', 'dup', 'family', 'fileno', 'get_inheritable',
  'getblocking', 'getpeername', 'getsockname', 'getsockopt', 'gettimeout', 'ioctl', 'listen', 'makefile', 'proto',
  'recv', 'recv_into', 'recvfrom', 'recvfrom_into', 'recvmsg', 'recvmsg_into', 'send', 'sendall', 'sendfile',
  'sendmsg', 'sendmsg_afalg', 'sendto', 'set_inheritable', 'setblocking', 'setsockopt', 'settimeout', 'share',
  'shutdown', 'timeout', 'type',
  // ssl.SSLSocket
  'cipher', 'compression', 'context', 'do_handshake', 'get_channel_binding', 'get_unverified_chain',
  'get_verified_chain', 'getpeercert', 'pending', 'read', 'selected_alpn_protocol', 'selected_npn_protocol',
  'server_hostname', 'server_side', 'session', 'session_reused', 'shared_ciphers', 'unwrap',
  'verify_client_post_handshake', 'version', 'write',
  // ssl.SSLSocket's own attributes (Python 3's private ones; Python 2's keep the wrap_socket() arguments)
  '_sslobj', '_context', '_connected', '_session', 'do_handshake_on_connect', 'suppress_ragged_eofs',
  'keyfile', 'certfile', 'cert_reqs', 'ssl_version', 'ca_certs', 'ciphers', '_makefile_refs', '_real_close', '_real_connect',
  // Python 2's wrapper, eventlet's and gevent's green sockets, and dunders any object has
  '_sock', 'fd', '_closed', '_io_refs', '__class__', '__enter__', '__exit__', '__del__', '__dict__', '__repr__',
]);

/** Functions (qualified) whose result is never a socket, though it may be named like one. */
export const NOT_SOCKET_RESULTS = new Set([
  'urllib.request.urlopen', 'urllib2.urlopen', 'urllib.urlopen', 'sqlite3.connect', 'multiprocessing.connection.Client',
  'multiprocessing.connection.Listener', 'socket.makefile', 'select.select', 'selectors.DefaultSelector',
  // Ex) websocket-client's and websockets' connections: their shutdown() takes no `how` (or there is none)
  'websocket.create_connection', 'websocket.WebSocket', 'websocket.WebSocketApp', 'websockets.connect', 'websockets.client.connect',
  'websockets.sync.client.connect', 'zmq.Socket', 'zmq.asyncio.Socket', 'zmq.green.Socket',
]);

/**
 * scapy's SuperSockets (`scapy.arch.linux.L2Socket(iface=...)`, `StreamSocket(sock)`, `conf.L3socket()`): they
 * wrap a socket, and their close() has no shutdown() beside it.
 */
export const SCAPY_SUPERSOCKET = /^scapy\.(?:[\w.]*\.)?(?:[A-Z]\w*Socket\w*|conf\.L[23](?:socket|listen)\w*)$/;

/** The socket types of ZeroMQ (`ctx.socket(zmq.REQ)`): a message socket with no shutdown(). */
export const ZMQ_SOCKET_TYPE = /^(?:zmq\.)?(?:REQ|REP|PUB|SUB|PUSH|PULL|DEALER|ROUTER|PAIR|XPUB|XSUB|STREAM|XREQ|XREP|CLIENT|SERVER|RADIO|DISH|GATHER|SCATTER|CHANNEL|PEER)$/;

/**
 * Callbacks whose parameter the standard library fills with a socket, by method
 * name: asyncore's dispatcher.handle_accepted(sock, addr) gets the connection
 * accept() just returned (the index counts `self`).
 */
export const CALLBACK_SOCKET_PARAMS: Record<string, { index: number; kind: 'stream'; origin: string }> = {
  handle_accepted: { index: 1, kind: 'stream', origin: 'handle_accepted(): the connection asyncore just accepted' },
};

/**
 * Calls that run a function in a new thread of this process with the arguments they are given, by
 * qualified name: `threading.Thread(target=f, args=(conn, addr))` calls `f(conn, addr)` there, as
 * `_thread.start_new_thread(f, (conn, addr))` and a green thread's `eventlet.spawn(f, conn, addr)` do.
 * A process (`multiprocessing.Process`) is not one: its target runs on a copy, in another process.
 */
export const THREAD_STARTERS: Record<string, 'target' | 'tuple' | 'rest'> = {
  'threading.Thread': 'target',
  '_thread.start_new_thread': 'tuple',
  '_thread.start_new': 'tuple',
  'thread.start_new_thread': 'tuple',
  'thread.start_new': 'tuple',
  'eventlet.spawn': 'rest',
  'eventlet.spawn_n': 'rest',
  'eventlet.greenthread.spawn': 'rest',
  'eventlet.greenthread.spawn_n': 'rest',
  'gevent.spawn': 'rest',
  'gevent.spawn_raw': 'rest',
  'gevent.Greenlet.spawn': 'rest',
  'gevent.greenlet.Greenlet.spawn': 'rest',
};

/**
 * Servers that hand each connection they accept to a function they are given, as its first argument
 * (`StreamServer(('', 16000), echo)`, `eventlet.serve(sock, handle)`): the handler's position among the
 * call's arguments, or its keyword, and the name a message gives the server.
 */
export const SERVER_HANDLERS: Record<string, { position: number; keyword: string; server: string }> = {
  'gevent.server.StreamServer': { position: 1, keyword: 'handle', server: "gevent's StreamServer" },
  'gevent.StreamServer': { position: 1, keyword: 'handle', server: "gevent's StreamServer" },
  // Ex) hub.StreamServer((path, None), self._loop).serve_forever   (Ryu's and os-ken's server on eventlet: faucet)
  'ryu.lib.hub.StreamServer': { position: 1, keyword: 'handle', server: "Ryu's hub.StreamServer" },
  'os_ken.lib.hub.StreamServer': { position: 1, keyword: 'handle', server: "os-ken's hub.StreamServer" },
  'eventlet.serve': { position: 1, keyword: 'handle', server: 'eventlet.serve()' },
  'eventlet.convenience.serve': { position: 1, keyword: 'handle', server: 'eventlet.serve()' },
};

/**
 * asyncore's dispatcher and its kin (asynchat, and the copies projects keep:
 * waitress's wasyncore, medusa's asyncore_25). Their `self.socket` is set by
 * `create_socket(family, type)`, `set_socket(sock)` or `__init__(sock)`, and
 * their own `listen()`, `bind()`, `connect()` and `accept()` act on it.
 */
export const ASYNCORE_DISPATCHER = /(^|\.)(dispatcher|dispatcher_with_send|async_chat)$/;

/** asyncore's dispatcher of a file descriptor (a pipe, on POSIX): its `self.socket` is a file_wrapper, not a socket. */
export const FILE_DISPATCHER = /(^|\.)file_dispatcher$/;

/** socketserver's handlers whose `self.request` is the connected stream socket (http.server's and xmlrpc.server's derive from them). */
export const STREAM_REQUEST_HANDLER = /(^|\.)(StreamRequestHandler|BaseHTTPRequestHandler|SimpleHTTPRequestHandler|CGIHTTPRequestHandler|WSGIRequestHandler|SimpleXMLRPCRequestHandler|DocXMLRPCRequestHandler)$/;
/** The standard library's stream handlers that set `wbufsize = -1` (a buffered `self.wfile`, flushed after the handler method returns). */
export const BUFFERED_WFILE_HANDLER = /(^|\.)(SimpleXMLRPCRequestHandler|DocXMLRPCRequestHandler)$/;
/** The generic handler: `self.request` is a socket for TCP servers, a (data, socket) pair for UDP ones. */
export const BASE_REQUEST_HANDLER = /(^|\.)BaseRequestHandler$/;

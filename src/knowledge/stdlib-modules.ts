// Top-level module names of the standard library: Python 3.10-3.13 (sys.stdlib_module_names)
// and Python 2.7. An absolute import of one of these is the standard library,
// even in a tree that holds a copy of it (the python3 lib directory itself):
// the knowledge table answers for it, and the project model does not read it.
// Left out on purpose: names generic enough to be a project's own top-level
// module (code, parser, user, commands, test, types, token, platform, ...).
// Made with: for each pyenv Python, sys.stdlib_module_names (2.7: pkgutil over its lib).
export const STDLIB_MODULES: ReadonlySet<string> = new Set([
  'BaseHTTPServer', 'Bastion', 'CGIHTTPServer', 'ConfigParser', 'Cookie', 'DocXMLRPCServer', 'HTMLParser',
  'MimeWriter', 'Queue', 'SimpleHTTPServer', 'SimpleXMLRPCServer', 'SocketServer', 'StringIO', 'UserDict', 'UserList',
  'UserString', 'abc', 'aifc', 'antigravity', 'anydbm', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore',
  'atexit', 'audiodev', 'audioop', 'base64', 'bdb', 'binascii', 'binhex', 'bisect', 'bsddb', 'builtins', 'bz2',
  'cPickle', 'cProfile', 'cStringIO', 'calendar', 'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'codecs', 'codeop',
  'collections', 'colorsys', 'compileall', 'concurrent', 'configparser', 'contextlib', 'contextvars', 'cookielib',
  'copy', 'copy_reg', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses', 'dataclasses', 'datetime', 'dbhash', 'dbm',
  'decimal', 'difflib', 'dircache', 'dis', 'distutils', 'doctest', 'dumbdbm', 'dummy_thread', 'dummy_threading',
  'email', 'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp', 'fileinput', 'fnmatch',
  'fpformat', 'fractions', 'ftplib', 'functools', 'future_builtins', 'gc', 'genericpath', 'getopt', 'getpass',
  'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac', 'hotshot', 'html', 'htmlentitydefs',
  'htmllib', 'http', 'httplib', 'idlelib', 'ihooks', 'imaplib', 'imghdr', 'imp', 'importlib', 'imputil', 'inspect',
  'io', 'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'linuxaudiodev', 'locale', 'logging',
  'lzma', 'macpath', 'macurl2path', 'mailbox', 'mailcap', 'markupbase', 'marshal', 'math', 'md5', 'mhlib',
  'mimetools', 'mimetypes', 'mimify', 'mmap', 'modulefinder', 'msilib', 'msvcrt', 'multifile', 'multiprocessing',
  'mutex', 'netrc', 'nis', 'nntplib', 'nt', 'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os',
  'os2emxpath', 'ossaudiodev', 'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil', 'plistlib', 'popen2',
  'poplib', 'posix', 'posixfile', 'posixpath', 'pprint', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc',
  'pydoc_data', 'pyexpat', 'queue', 'quopri', 'random', 're', 'readline', 'reprlib', 'resource', 'rexec', 'rfc822',
  'rlcompleter', 'robotparser', 'runpy', 'sched', 'secrets', 'select', 'selectors', 'sgmllib', 'sha', 'shelve',
  'shlex', 'shutil', 'signal', 'smtpd', 'smtplib', 'sndhdr', 'socket', 'socketserver', 'spwd', 'sqlite3',
  'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics', 'statvfs', 'string', 'stringold',
  'stringprep', 'strop', 'struct', 'subprocess', 'sunau', 'sunaudio', 'symtable', 'sys', 'sysconfig', 'syslog',
  'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap', 'thread', 'threading', 'time', 'timeit',
  'tkinter', 'toaiff', 'tokenize', 'tomllib', 'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'typing',
  'unicodedata', 'unittest', 'urllib', 'urllib2', 'urlparse', 'uu', 'uuid', 'venv', 'warnings', 'wave', 'weakref',
  'webbrowser', 'whichdb', 'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmllib', 'xmlrpc', 'xmlrpclib',
  'xxsubtype', 'zipapp', 'zipfile', 'zipimport', 'zlib', 'zoneinfo',
]);

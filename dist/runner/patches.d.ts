/**
 * The dotted names of modules whose `socket` global this file's text replaces. A module the file
 * imports from its package (`from srv import patched; patched.socket = ...`) is named in full too.
 */
export declare function patchedSocketModulesIn(text: string): string[];
/**
 * The owners of assigned `socket` attributes, `smtplib` of `smtplib.socket = mock` (and `a.b` of
 * `a.b.socket = x`): for each `.socket` followed by `=`, the run of word characters and dots that
 * ends there, when it starts with a letter or `_`. Found from each `.socket` of the text: the regex
 * `/(?:^|[^\w.])([A-Za-z_][\w.]*)\.socket\s*=(?!=)/gm`, tried at every position, took 160 ms of the
 * screen of the lib directory (on its 333 files that hold `socket`), and it missed the second of
 * `a.socket=b.socket=c`, whose `=` the first match had taken.
 */
export declare function assignedSocketOwners(text: string): string[];
/**
 * A module name as `file` imports it, absolute: `.patched` in pkg/tests/test_x.py is
 * `pkg.tests.patched`, `..net` is `pkg.net`; null when the file is not that deep in packages.
 */
export declare function absoluteModule(name: string, file: string): string | null;
/**
 * The library callbacks (asyncore's handle_accepted) this file calls itself on
 * another object, as tests do with doubles: `inst.handle_accepted(sock, addr)`.
 * The library's own `self.handle_accepted(*pair)` does not count, nor does a
 * subclass handing its own argument on (`Base.handle_accepted(self, sock, addr)`).
 */
export declare function directCallbackCallsIn(text: string): string[];
/** A file's module name: `pkg/sub/mod.py` inside packages gives `pkg.sub.mod`. */
export declare function moduleNameOf(file: string): string;
/**
 * The words of a file's import statements: every component of the modules it
 * imports and every name it imports (`from a.b import c as d` gives a, b, c,
 * d), and `*` for a star import. The run turns them into an index of which
 * files may call into a module (its importers), for the parameters of
 * functions and classes that other modules call. A scan of the statements
 * around the word `import`, cheap enough for the screen of every file.
 */
export declare function importWordsIn(text: string): string[];
/**
 * The attributes this file gives a test double from outside the object:
 * `inst.socket = DummySocket()`, `conn.sock = FakeSocket(body)`,
 * `client._sock = mock.Mock()`. A class of a module this file imports that
 * closes `self.socket` may then be closing a double without shutdown().
 * Only the lines that hold one of the words are read.
 */
export declare function doubledAttributesIn(text: string): string[];

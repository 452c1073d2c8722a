/** The dotted names of modules whose `socket` global this file's text replaces. */
export declare function patchedSocketModulesIn(text: string): string[];
/**
 * The library callbacks (asyncore's handle_accepted) this file calls itself on
 * another object, as tests do with doubles: `inst.handle_accepted(sock, addr)`.
 * The library's own `self.handle_accepted(*pair)` does not count, nor does a
 * subclass handing its own argument on (`Base.handle_accepted(self, sock, addr)`).
 */
export declare function directCallbackCallsIn(text: string): string[];
/** A file's module name: `pkg/sub/mod.py` inside packages gives `pkg.sub.mod`. */
export declare function moduleNameOf(file: string): string;

import type { Node } from '../parse.js';
import type { ProjectLookup } from './summary.js';
import { type ModuleFacts, type Scope } from './facts.js';
/**
 * What a double stands for: `instance`, a socket itself (`DummySocket()`); `module`, a socket
 * module whose `socket()` makes the sockets (`MockSocketModule()`).
 */
export type DoubleRole = 'instance' | 'module';
/**
 * Is `name`, as this module binds it at `pos`, a class of the project whose instances (or, for a
 * module double, the sockets its `socket()` method returns) have no `shutdown`? Every class of that
 * name in the module counts (a test module may define `DummySocket` twice), and a name the module
 * imports from another project module is asked of that module.
 */
export declare function bareClass(facts: ModuleFacts, project: ProjectLookup | null, name: string, pos: number, role: DoubleRole, depth?: number): boolean;
/**
 * The double classes an expression gives (a call of one, or a local name every assignment of
 * which is one: `sock = dummysocket()`), or null when any of them is not a bare class of the
 * project or the value cannot be read.
 */
export declare function bareValue(facts: ModuleFacts, project: ProjectLookup | null, value: Node, scope: Scope, role: DoubleRole, depth?: number): string[] | null;
/**
 * The doubles this module sets `X.attr` to from outside the object (`inst.socket = DummySocket()`,
 * as patches.ts's screen found by their text, and `self.t.sock = Mock()` through a longer chain),
 * when every one is bare; null when one is not, or when none is found in the code (the screen's
 * match was in a string, say).
 */
export declare function attributeDoubles(facts: ModuleFacts, project: ProjectLookup | null, attr: string): string[] | null;
/**
 * The doubles this module hands a library callback itself (`inst.handle_accepted(sock, '1')`),
 * `index` being the socket parameter's position after `self`, when every one is bare; null when
 * one is not, or when no such call is found in the code.
 */
export declare function callbackDoubles(facts: ModuleFacts, project: ProjectLookup | null, callback: string, index: number): string[] | null;

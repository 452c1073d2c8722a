import { type CallFact, type Scope } from '../analysis/facts.js';
import type { Provenance } from '../analysis/provenance.js';
import { type Node } from '../parse.js';
import type { Fix } from '../fix/edit.js';
import { Evidence } from './judge.js';
import type { Finding, LintOptions, RuleContext } from './rule.js';
/**
 * Does a receiver's last name read like a socket (`sock`, `client_socket`,
 * `conn2`)? `conn` counts only in a file that builds sockets or imports a socket-using module.
 */
export declare function looksLikeSocket(receiver: string, extra?: string[], socketFile?: boolean): boolean;
/** Does the text hold the word `close` anywhere? */
export declare function mentionsClose(text: string): boolean;
/** ZERO_ARG_CLOSE.test(text), tried at each `close` only. */
export declare function holdsZeroArgClose(text: string): boolean;
/** `/\.\s*close\b(?!\s*\()/.test(text)`: an attribute `close` not called (`atexit.register(sock.close)`), from each `close`. */
export declare function holdsCloseValue(text: string): boolean;
/**
 * The prefilter's question for one method: could the file hold a socket
 * receiver of `.method`? Only if some receiver can be traced (traceable()), or
 * one is named like a socket right before the call, or named in socket-names.
 */
export declare function socketMethodText(method: string): (text: string, options: LintOptions) => boolean;
/**
 * Does a line start a class statement with a base (`class Child(Base):`, after its indentation)? The
 * same as `/^[ \t]*class[ \t]+\w+[ \t]*\([ \t]*[A-Za-z_]/m.test(text)`, from each `class` the text holds
 * instead of from every line start: 90 ms less per run of SOCK003's prefilter on the lib directory.
 */
export declare function hasClassWithBase(text: string): boolean;
/**
 * Could a `self.X.method()` in a subclass close what a base class in another module made? Only where
 * the file has a class with a base and gives X no value of its own (none, or only a placeholder such as
 * `None`): the base's module then names the socket, not this file (`class Child(Base): ...
 * self.link.close()`, Base setting `self.link = socket.create_connection(addr)` in base.py).
 */
export declare function inherited(text: string, onSelf: RegExp | Iterable<string>): boolean;
/** A fix as a rule builds it; `unsafe` says why a fix of a safe site can only be offered as unsafe. */
export type BuiltFix = Omit<Fix, 'applicability'> & {
    unsafe?: string | null;
};
export interface Receiver {
    prov: Provenance;
    aliases: Set<string>;
    /** Where the socket came from, for messages (`accept()`), or null when only its name says so. */
    origin: string | null;
    /** What is known so far: the rules add their own reasons, and ask it for the verdict. */
    evidence: Evidence;
    /**
     * The project's tests may hand this code a double without shutdown() that the fix need not
     * fear: every one is a class of the project with none (doubles.ts), or the close sits where an
     * AttributeError is caught anyway. The fix's guard catches AttributeError too, so that such a
     * double is still closed. Null otherwise.
     */
    doubled: string | null;
    /**
     * The bare classes `doubled` names (not only an AttributeError caught anyway), or null: a rule
     * whose fix does not catch AttributeError keeps such a site unsafe ("test doubles").
     */
    bareDoubles: string[] | null;
}
/**
 * Why a module written for CPython runs on MicroPython too (pylogix: `if not is_micropython():`, and
 * mip's package.json ships it compiled), once a module; else null. Its sockets have a shutdown() on
 * CPython and none on MicroPython, whose socket module has no SHUT_RDWR either.
 */
export declare function alsoMicroPython(ctx: RuleContext): string | null;
/**
 * Judges a receiver at a site: null when it is not a socket (and not named like
 * one), else its provenance, aliases and the evidence its kind gives (a
 * listening, datagram, raw or copied socket skips; a likely one is unsafe).
 * A rule that already asked for the provenance passes it in.
 */
export declare function judgeReceiver(ctx: RuleContext, receiver: string, scope: Scope, pos: number, prov?: Provenance): Receiver | null;
/** The message for a socket whose descriptor another socket object took (OrderFacts.detachedBefore()). */
export declare function detachedText(receiver: string, call: CallFact): string;
/** The project's tests hand the code doubles that are bare classes of the project: their names, for messages. */
export declare function bareDoublesText(classes: string[]): string;
/** `(accept())` after a message, or nothing when the receiver is a socket only by its name (its evidence says so). */
export declare function originNote(judged: Receiver): string;
/** Is the node inside a function or top-level statement that does not parse? */
export declare function nearSyntaxError(ctx: RuleContext, scope: Scope, node: Node): boolean;
/** Every zero-or-more-argument method call `X.method(...)` with a dotted receiver, in each scope. */
export declare function methodCalls(ctx: RuleContext, method: string): Generator<{
    call: CallFact;
    scope: Scope;
}>;
/**
 * Builds a finding from a rule's evidence. Building the fix can add reasons of
 * its own (a syntax error nearby, a layout the rewrite cannot handle, a socket
 * name it cannot be sure of); the verdict is then taken again, by the same rule.
 */
export declare function makeFinding(ctx: RuleContext, code: string, scope: Scope, site: {
    node: Node;
    receiverNode: Node;
    receiver: string;
}, judged: {
    evidence: Evidence;
    base: {
        outcome: 'fix-safe' | 'no-fix';
        detail: string;
    };
}, buildFix: (() => BuiltFix | {
    error: string;
}) | null, 
/** What a fix that cannot be built makes of the site: a skip (the default) or a finding with no fix. */
onFixError?: 'skipped' | 'no-fix'): Finding;

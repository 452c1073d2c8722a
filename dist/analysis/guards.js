// What a loop's own `is` guards say of its element at one place in the loop:
//
//   for s in readable:
//       if s is server:
//           conn, addr = s.accept()
//           inputs.append(conn)
//       else:
//           s.close()
//
// The select() loop's list holds the listener and the connections it accepted; the close in the
// `else` is of a connection, never of `server`, and the `accept()` above it is the listener's.
import { ancestors } from '../parse.js';
/** `name is X` or `name == X` (`negated`: `is not`, `!=`): X's text, else null. */
function comparedTo(condition, name, negated) {
    if (condition?.type !== 'comparison_operator' || condition.namedChildCount !== 2)
        return null;
    const [left, right] = [condition.namedChild(0), condition.namedChild(1)];
    const op = condition.children.find((c) => !!c && !c.isNamed)?.type;
    if (op !== (negated ? 'is not' : 'is') && op !== (negated ? '!=' : '=='))
        return null;
    if (left?.type === 'identifier' && left.text === name && right && /^[\w.]+$/.test(right.text))
        return right.text;
    if (right?.type === 'identifier' && right.text === name && left && /^[\w.]+$/.test(left.text))
        return left.text;
    return null;
}
/** A statement that never falls through to the next (`continue`, `break`, `return`, `raise`). */
const LEAVES = new Set(['continue_statement', 'break_statement', 'return_statement', 'raise_statement']);
const span = (n) => (n ? [[n.startIndex, n.endIndex]] : []);
/**
 * The guards of `loop` (a `for` loop whose target is `name`) at `pos`, in its body: the element is
 * not X in the `else` (or a later `elif`) of `if name is X:` (or `==`), in the body of
 * `if name is not X:` (or `!=`), and after `if name is X: ...; continue` (or break, return,
 * raise). Undefined where none says anything.
 */
export function loopGuards(loop, name, pos) {
    const excluded = new Set();
    const away = [];
    const at = loop.childForFieldName('body')?.descendantForIndex(pos);
    let child = at ?? null;
    for (const n of at ? ancestors(at, loop) : []) {
        if (n.type === 'else_clause' || n.type === 'elif_clause') {
            const stmt = n.parent;
            // (the if's own condition, and those of the elif clauses before this one, each with its block)
            const branches = [[stmt?.childForFieldName('condition') ?? null, stmt?.childForFieldName('consequence') ?? null]];
            for (const c of stmt?.namedChildren ?? []) {
                if (c?.id === n.id)
                    break;
                if (c?.type === 'elif_clause')
                    branches.push([c.childForFieldName('condition'), c.childForFieldName('consequence')]);
            }
            for (const [condition, block] of branches) {
                const x = comparedTo(condition, name, false);
                if (x) {
                    excluded.add(x);
                    away.push(...span(block));
                }
            }
        }
        else if (n.type === 'if_statement' && child?.type === 'block' && n.childForFieldName('consequence')?.id === child.id) {
            const x = comparedTo(n.childForFieldName('condition'), name, true);
            // (the element is X in the if's other branches)
            if (x) {
                excluded.add(x);
                away.push(...n.namedChildren.filter((c) => c?.type === 'else_clause' || c?.type === 'elif_clause').flatMap(span));
            }
        }
        else if (n.type === 'block' && child) {
            // Ex) if s is server: ...; continue   (the statements after it run for the other elements only)
            for (const stmt of n.namedChildren) {
                if (!stmt || stmt.startIndex >= child.startIndex)
                    break;
                if (stmt.type !== 'if_statement' || stmt.namedChildren.some((c) => c?.type === 'else_clause' || c?.type === 'elif_clause'))
                    continue;
                const block = stmt.childForFieldName('consequence');
                const last = block?.lastNamedChild;
                const x = last && LEAVES.has(last.type) ? comparedTo(stmt.childForFieldName('condition'), name, false) : null;
                if (x) {
                    excluded.add(x);
                    away.push(...span(block));
                }
            }
        }
        child = n;
    }
    return excluded.size ? { excluded, away } : undefined;
}

// How the fix names socket.SHUT_RDWR (and socket.error for Python 2) at a site:
// through the file's own binding of the socket module, or a new import that
// clashes with no existing name.
import { scopeIndex } from '../analysis/facts.js';
import { lineStart, newlineAt } from './render.js';
function boundLocally(name, scope) {
    for (let s = scope; s && s.kind !== 'module'; s = s.parent) {
        if (s.kind === 'class' && s !== scope)
            continue;
        if (s.params.includes(name) || scopeIndex(s).assignsByTarget.has(name))
            return true;
    }
    return false;
}
function boundAtModule(name, facts) {
    return (scopeIndex(facts.module).assignsByTarget.has(name) ||
        facts.functions.has(name) ||
        facts.classes.has(name));
}
export function socketSpelling(facts, text, scope, site, python2) {
    const visible = (b) => {
        if (b.moduleLevel)
            return true;
        // Ex) def f(): import socket; ...; sock.close()
        for (let s = scope; s && s.kind !== 'module'; s = s.parent) {
            if (b.node.startIndex >= s.node.startIndex && b.node.startIndex < s.node.endIndex && b.node.startIndex < site)
                return true;
        }
        return false;
    };
    const usable = (spelled) => {
        if (!spelled)
            return null;
        const head = spelled.split('.')[0];
        return boundLocally(head, scope) ? null : spelled;
    };
    const shut = usable(facts.imports.spell('SHUT_RDWR', visible));
    const err = python2 ? usable(facts.imports.spell('error', visible)) : 'OSError';
    if (shut && err)
        return { shutdownArg: shut, exception: err, importEdit: null };
    const moduleFree = !facts.imports.isBound('socket') && !boundAtModule('socket', facts) && !boundLocally('socket', scope);
    let line;
    let shutdownArg;
    let exception;
    if (moduleFree) {
        line = 'import socket';
        shutdownArg = 'socket.SHUT_RDWR';
        exception = err ?? 'socket.error';
    }
    else {
        // Ex) from socket import socket   (the name `socket` is the class, not the module)
        const names = ['SHUT_RDWR'];
        if (!err)
            names.push('error as socket_error');
        line = `from socket import ${names.join(', ')}`;
        shutdownArg = shut ?? 'SHUT_RDWR';
        exception = err ?? 'socket_error';
    }
    return { shutdownArg, exception, importEdit: importInsertion(facts, text, line) };
}
function importInsertion(facts, text, line) {
    const nl = newlineAt(text, 0);
    // Ex) from socket import socket   (the new import goes on the next line, beside it)
    const beside = facts.imports.lastSocketImport();
    const top = beside && beside.parent?.type === 'module' ? beside : null;
    const anchor = top ? top.endIndex : facts.importAnchor;
    if (anchor >= 0) {
        const eol = text.indexOf('\n', anchor);
        if (eol === -1)
            return { start: text.length, end: text.length, text: nl + line };
        return { start: eol + 1, end: eol + 1, text: line + nl };
    }
    const at = lineStart(text, facts.firstStatement);
    return { start: at, end: at, text: line + nl };
}
/** Only the exception for a guard: OSError, or socket.error (with an import if needed) in Python 2. */
export function exceptionSpelling(facts, text, scope, site, python2) {
    if (!python2)
        return { exception: 'OSError', importEdit: null };
    const full = socketSpelling(facts, text, scope, site, true);
    return { exception: full.exception, importEdit: full.importEdit };
}

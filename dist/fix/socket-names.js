// How a fix names socket.SHUT_RDWR and the exception its guard catches, at the
// site where it writes them. Every name it writes must resolve, at run time and
// by Python's scoping, to the socket module's member: through a binding the
// file already has, or through a new module-level import that nothing in the
// file rebinds. When neither exists the fix is still offered, but as unsafe.
import { isImportBinding } from '../analysis/semantic.js';
import { STDLIB_MODULES } from '../knowledge/stdlib-modules.js';
/** isort's defaults for the settings that move an import (also what src/runner/isort-config.ts starts from). */
export const ISORT_DEFAULTS = { forceSortWithinSections: false, forceSingleLine: false, orderByType: true };
import { lineStart, newlineAt } from './render.js';
/** Is `name` at `site` certainly bound to `qualified` (an import of the socket module or one of its members)? */
function certainly(model, name, site, qualified) {
    const r = model.resolve(name, site);
    if (r.t !== 'bound')
        return false;
    if (!r.bindings.every((b) => isImportBinding(b) && b.qualified === qualified))
        return false;
    // Ex) def f(): ...; sock.close()  with `import socket` anywhere at module level: bound before f runs
    if (r.scope === model.module && model.deferred(site))
        return r.bindings.some((b) => b.definite);
    // Ex) def f(): import socket; ...; sock.close()   (a local import must run first)
    return r.bindings.some((b) => b.definite && b.start < site);
}
/** Would a new module-level import of `qualified` as `name`, put at `at`, be what `name` means at the site? */
function claimable(model, name, site, qualified, at, open = false) {
    if (model.openNamespace && !open)
        return false;
    // Ex) from socket import *   (binds `socket` to the class: a new `import socket` would be rebound)
    if (!model.moduleBindings(name).every((b) => isImportBinding(b) && b.qualified === qualified))
        return false;
    const r = model.resolve(name, site);
    if (r.t === 'bound' && r.scope !== model.module)
        return false;
    return at <= site || model.deferred(site);
}
/** `socket.<member>` spelled through a binding the file has and that holds at the site, or null. */
function existingSpelling(model, member, site) {
    for (const name of model.importedAs('socket'))
        if (certainly(model, name, site, 'socket'))
            return `${name}.${member}`;
    for (const name of model.importedAs(`socket.${member}`))
        if (certainly(model, name, site, `socket.${member}`))
            return name;
    return null;
}
/**
 * The spellings at a site. `need` says which the fix writes: the shutdown
 * argument and the exception (SOCK001, SOCK003), or the exception alone (SOCK002).
 */
export function socketSpelling(facts, model, text, site, target, need = 'shutdown-and-exception', style = ISORT_DEFAULTS) {
    const shut = need === 'exception' ? 'SHUT_RDWR' : existingSpelling(model, 'SHUT_RDWR', site);
    // Python 2's socket.error is not an OSError; socket.error is OSError itself in Python 3, so it is right in both.
    const exception = target === 'py3' && model.resolve('OSError', site).t === 'builtin' ? 'OSError' : existingSpelling(model, 'error', site);
    if (shut && exception)
        return { shutdownArg: shut, exception, importEdit: null, unresolved: null };
    const at = importPosition(facts, text, site, model, 'socket', style);
    // Ex) from socket import create_connection   (extended to `from socket import SHUT_RDWR, create_connection`)
    const extended = extendFromImport(facts, model, text, site, shut, exception, style);
    if (extended)
        return extended;
    if (claimable(model, 'socket', site, 'socket', at)) {
        return {
            shutdownArg: shut ?? 'socket.SHUT_RDWR',
            exception: exception ?? 'socket.error',
            importEdit: importEdit(text, at, 'import socket'),
            unresolved: null,
        };
    }
    // Ex) from socket import socket   (the name `socket` is the class, not the module)
    const imported = fromSocketNames(model, text, site, at, shut, exception, false) ?? aliasedModule(model, text, site, at, shut, exception, false);
    if (imported)
        return { ...imported, unresolved: null };
    // Ex) from smb_structs import *   (a star import that may bind any name: a new import after it binds last)
    const afterStars = importAfterStarImports(facts, model, text);
    if (afterStars !== null) {
        const sure = fromSocketNames(model, text, site, afterStars, shut, exception, true) ?? aliasedModule(model, text, site, afterStars, shut, exception, true);
        if (sure)
            return { ...sure, unresolved: null };
    }
    const unresolved = model.openNamespace
        ? `no name the fix could write is sure to mean the socket module here: ${model.openNamespace}`
        : `no name the fix could write is sure to mean the socket module here (\`socket\` means something else at this point)`;
    // Nothing is sure where the namespace is open, but the file's own bindings still rule a spelling out:
    // Ex) def connect(port): from socket import socket ...   with `from x import *`   (`socket` is the class there,
    // whose SHUT_RDWR and error do not exist; pyspark's tests)
    const open = model.openNamespace && !claimable(model, 'socket', site, 'socket', at, true) ? (fromSocketNames(model, text, site, at, shut, exception, true) ?? aliasedModule(model, text, site, at, shut, exception, true)) : null;
    if (open)
        return { ...open, unresolved };
    return {
        shutdownArg: shut ?? 'socket.SHUT_RDWR',
        exception: exception ?? 'socket.error',
        importEdit: importEdit(text, at, 'import socket'),
        unresolved,
    };
}
const afterStarsCache = new WeakMap();
/**
 * Where a new import binds its names for good in a module whose namespace only star imports opened: the
 * line after the last module-level statement that holds one. Null if something else opened it, or if a
 * function or class is defined before that point (module code there could already run a site).
 */
function importAfterStarImports(facts, model, text) {
    if (afterStarsCache.has(facts))
        return afterStarsCache.get(facts);
    const until = model.starImportsOpenedUntil();
    let at = until === null ? null : lineAfter(text, until);
    for (let node = facts.tree.rootNode.firstNamedChild; at !== null && node && node.startIndex < until; node = node.nextNamedSibling) {
        if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'decorated_definition')
            at = null;
    }
    afterStarsCache.set(facts, at);
    return at;
}
/**
 * `from socket import SHUT_RDWR, error as socket_error`, for what the site has no spelling of yet, where
 * each new name would mean that member at the site (`open`: leaving aside that the namespace is open);
 * null where either is taken.
 */
function fromSocketNames(model, text, site, at, shut, exception, open) {
    const names = [];
    if (!shut) {
        if (!claimable(model, 'SHUT_RDWR', site, 'socket.SHUT_RDWR', at, open))
            return null;
        names.push('SHUT_RDWR');
    }
    if (!exception) {
        if (!claimable(model, 'socket_error', site, 'socket.error', at, open))
            return null;
        names.push('error as socket_error');
    }
    return { shutdownArg: shut ?? 'SHUT_RDWR', exception: exception ?? 'socket_error', importEdit: importEdit(text, at, `from socket import ${names.join(', ')}`) };
}
/**
 * `import socket as socket_module` where `socket` and the member names are taken (Responder's MultiRelay:
 * `from socket import *` binds the class, and another star import may bind SHUT_RDWR), if nothing binds
 * that name (`open`: leaving aside that the namespace is open); else null.
 */
function aliasedModule(model, text, site, at, shut, exception, open) {
    if (!claimable(model, 'socket_module', site, 'socket', at, open))
        return null;
    return { shutdownArg: shut ?? 'socket_module.SHUT_RDWR', exception: exception ?? 'socket_module.error', importEdit: importEdit(text, at, 'import socket as socket_module') };
}
const fromSocketCache = new WeakMap();
/** The file's first top-level `from socket import ...` statement, found once per file. */
function fromSocketImport(facts) {
    let found = fromSocketCache.get(facts);
    if (found === undefined) {
        found = facts.tree.rootNode.namedChildren.find((n) => n?.type === 'import_from_statement' && n.childForFieldName('module_name')?.text === 'socket') ?? null;
        fromSocketCache.set(facts, found);
    }
    return found;
}
/** isort's order of the names of a from-import: CONSTANTS, then Classes, then the rest (order_by_type), else by name alone. */
function isortNameKey(name, orderByType = true) {
    if (!orderByType)
        return name.toLowerCase();
    const kind = /^[A-Z0-9_]+$/.test(name) && name.length > 1 ? 0 : /^[A-Z]/.test(name) ? 1 : 2;
    return `${kind}${name.toLowerCase()}`;
}
/**
 * force_single_line: one `from socket import X` line per name. The new lines
 * join the file's run of `from socket import ...` lines, each where isort
 * sorts it (by name; `error as socket_error` by `error`).
 */
function singleLineFromImports(facts, text, first, adds, alias, shutdownArg, exception, style) {
    const run = [];
    const siblings = facts.tree.rootNode.namedChildren.filter((n) => !!n);
    // Node objects are made afresh on each access: find the statement by its position
    for (let i = siblings.findIndex((n) => n.startIndex === first.startIndex); i >= 0 && i < siblings.length; i++) {
        const n = siblings[i];
        if (n.type !== 'import_from_statement' || n.childForFieldName('module_name')?.text !== 'socket')
            break;
        const name = n.childrenForFieldName('name')[0];
        const plain = name?.type === 'aliased_import' ? name.childForFieldName('name')?.text : name?.text;
        run.push({ name: plain ?? '', node: n });
    }
    const lines = [...adds.map((a) => ({ key: a, line: `from socket import ${a}` })), ...(alias ? [{ key: 'error', line: 'from socket import error as socket_error' }] : [])];
    if (!lines.length || !run.length)
        return null;
    // Everything lands in one edit: from the first line that moves to the end of the run.
    const nl = newlineAt(text, first.startIndex);
    const merged = [...run.map((r) => ({ key: r.name, line: null, node: r.node })), ...lines.map((l) => ({ ...l, node: null }))];
    merged.sort((a, b) => isortNameKey(a.key, style.orderByType).localeCompare(isortNameKey(b.key, style.orderByType)));
    const start = run[0].node.startIndex;
    const end = run[run.length - 1].node.endIndex;
    const body = merged.map((m) => (m.node ? text.slice(m.node.startIndex, m.node.endIndex) : m.line)).join(nl);
    return { shutdownArg, exception, importEdit: { start, end, text: body }, unresolved: null };
}
/**
 * The spelling through the file's own `from socket import a, b` (top level,
 * one line, no aliases, no comment): the line gets SHUT_RDWR, in isort's order,
 * and `from socket import error as socket_error` on a line of its own where the
 * guard must catch Python 2's socket.error (isort keeps `as` imports apart).
 */
function extendFromImport(facts, model, text, site, shut, exception, style = ISORT_DEFAULTS) {
    const stmt = fromSocketImport(facts);
    if (stmt && !(stmt.endIndex < site || model.deferred(site)))
        return null;
    if (!stmt || stmt.text.includes('\n') || /[#*]|\bas\b/.test(stmt.text))
        return null;
    if (!stmt.childrenForFieldName('name').some((n) => !!n))
        return null;
    const adds = [];
    const newShut = shut ?? (claimable(model, 'SHUT_RDWR', site, 'socket.SHUT_RDWR', stmt.startIndex) ? 'SHUT_RDWR' : null);
    if (!newShut)
        return null;
    if (!shut)
        adds.push('SHUT_RDWR');
    const newException = exception ?? (claimable(model, 'socket_error', site, 'socket.error', stmt.startIndex) ? 'socket_error' : null);
    if (!newException)
        return null;
    if (style.forceSingleLine)
        return singleLineFromImports(facts, text, stmt, adds, exception ? null : 'socket_error', newShut, newException, style);
    // The user's own names keep their order: SHUT_RDWR goes before the first name isort would put after it.
    const nameNodes = stmt.childrenForFieldName('name').filter((n) => !!n);
    let start = stmt.endIndex;
    let inserted = '';
    if (adds.length) {
        const before = nameNodes.find((n) => isortNameKey(n.text, style.orderByType).localeCompare(isortNameKey('SHUT_RDWR', style.orderByType)) > 0);
        start = before ? before.startIndex : nameNodes[nameNodes.length - 1].endIndex;
        inserted = before ? 'SHUT_RDWR, ' : ', SHUT_RDWR';
    }
    const nl = newlineAt(text, stmt.startIndex);
    const errorLine = exception ? '' : `${nl}from socket import error as socket_error`;
    const edit = { start, end: stmt.endIndex, text: inserted + text.slice(start, stmt.endIndex) + errorLine };
    return { shutdownArg: newShut, exception: newException, importEdit: edit, unresolved: null };
}
/**
 * Where a new import goes: beside the file's last top-level socket import, or
 * after the docstring and `__future__` imports. A module-level site needs it
 * before the site, so an import below it is not a place.
 */
function importPosition(facts, text, site, model, module = 'socket', style = ISORT_DEFAULTS) {
    // Ex) import os / import sys: `import socket` goes between them, in isort's order
    const sorted = isortPosition(facts, text, module, style.forceSortWithinSections);
    if (sorted !== null && (sorted <= site || model.deferred(site)))
        return sorted;
    const beside = facts.imports.lastSocketImport();
    if (beside && beside.parent?.type === 'module' && (beside.endIndex < site || model.deferred(site)))
        return lineAfter(text, beside.endIndex);
    if (facts.importAnchor >= 0)
        return lineAfter(text, facts.importAnchor);
    return lineStart(text, facts.firstStatement);
}
/**
 * Where isort (default settings) would put a new `import <module>` of the
 * standard library: among the module's top-level straight imports of the
 * standard library, in order of name; before the section's first from-import
 * when it has only those. Null when the file has no such section to join.
 */
const isortCache = new WeakMap();
function isortPosition(facts, text, module, withinSections) {
    // Once per file and module: a file of 100,000 closes asks at every site
    let cache = isortCache.get(facts);
    if (!cache)
        isortCache.set(facts, (cache = new Map()));
    const key = `${module}\0${withinSections}`;
    if (!cache.has(key))
        cache.set(key, computeIsortPosition(facts, text, module, withinSections));
    return cache.get(key);
}
function computeIsortPosition(facts, text, module, withinSections) {
    const root = facts.tree.rootNode;
    const straight = [];
    let firstFrom = null;
    for (const node of root.namedChildren) {
        if (!node)
            continue;
        if (node.type === 'import_statement') {
            const first = node.namedChild(0);
            const name = (first?.type === 'aliased_import' ? first.childForFieldName('name') : first)?.text ?? '';
            if (STDLIB_MODULES.has(name.split('.')[0]))
                straight.push({ name, node });
        }
        else if (node.type === 'import_from_statement') {
            const name = node.childForFieldName('module_name')?.text ?? '';
            // Ex) force_sort_within_sections: `from os import path` and `import socket` sort together by module
            if (STDLIB_MODULES.has(name.split('.')[0]) && withinSections)
                straight.push({ name, node });
            else if (STDLIB_MODULES.has(name.split('.')[0]) && !straight.length)
                firstFrom ??= node;
        }
    }
    if (!straight.length)
        return firstFrom ? lineStart(text, firstFrom.startIndex) : null;
    // isort compares module names without case (force_sort_within_sections off, case_sensitive off)
    const after = straight.find((s) => s.name.toLowerCase() > module.toLowerCase());
    if (after)
        return lineStart(text, after.node.startIndex);
    return lineAfter(text, straight[straight.length - 1].node.endIndex);
}
/** The start of the line after `pos`, or the end of the text when `pos` is on the last line. */
function lineAfter(text, pos) {
    const eol = text.indexOf('\n', pos);
    return eol === -1 ? text.length : eol + 1;
}
function importEdit(text, at, line) {
    return placeImport(text, at, [line]);
}
/** The module an import line names (`import a.b` and `from a.b import c`: `a`; a relative `from .b import c`: `.`). */
function importedTop(line) {
    const m = /^(?:import|from)\s+([\w.]+)/.exec(line.trim());
    return m ? m[1].split('.')[0] || '.' : null;
}
/**
 * New standard-library import lines at `at`, spaced as isort spaces sections:
 * a blank line after a `__future__` import above, a blank line before a
 * third-party or local import below, and the blank lines isort wants between
 * the imports and code that follows at once (two before a def or class).
 */
function placeImport(text, at, lines) {
    const nl = newlineAt(text, 0);
    const body = lines.join(nl);
    // Ex) a file whose last line is the docstring, with no newline after it
    if (at === text.length && !text.endsWith('\n'))
        return { start: at, end: at, text: nl + body };
    const prevStart = at > 0 ? text.lastIndexOf('\n', at - 2) + 1 : -1;
    const prev = prevStart >= 0 ? text.slice(prevStart, at).trim() : '';
    const nextEnd = text.indexOf('\n', at);
    const next = text.slice(at, nextEnd === -1 ? text.length : nextEnd).trim();
    let before = '';
    let after = '';
    const prevTop = importedTop(prev);
    if (prevTop === '__future__')
        before = nl;
    const nextTop = /^(import|from)\s/.test(next) ? importedTop(next) : null;
    // (not between two imports of the same kind: after a project's star import, before its next import)
    const prevOther = prevTop !== null && prevTop !== '__future__' && !STDLIB_MODULES.has(prevTop);
    if (nextTop && nextTop !== '__future__' && !STDLIB_MODULES.has(nextTop))
        after = prevOther ? '' : nl;
    else if (!nextTop && next !== '' && !next.startsWith('#'))
        after = /^(def|class|async\s+def|@)/.test(next) ? nl + nl : nl;
    return { start: at, end: at, text: before + body + nl + after };
}
/**
 * How the fix names `contextlib.suppress` at a site (fix-style = "suppress"):
 * through a binding the file has, or through a new module-level
 * `import contextlib`; null when neither is sure to resolve (the fix then
 * keeps the try/except form).
 */
export function suppressSpelling(facts, model, text, site, style = ISORT_DEFAULTS) {
    for (const name of model.importedAs('contextlib'))
        if (certainly(model, name, site, 'contextlib'))
            return { name: `${name}.suppress`, importLine: null, at: -1 };
    for (const name of model.importedAs('contextlib.suppress'))
        if (certainly(model, name, site, 'contextlib.suppress'))
            return { name, importLine: null, at: -1 };
    const at = importPosition(facts, text, site, model, 'contextlib', style);
    if (claimable(model, 'contextlib', site, 'contextlib', at))
        return { name: 'contextlib.suppress', importLine: 'import contextlib', at };
    return null;
}
/** One edit for the new import lines at one place, in isort's order (`import contextlib` before `import socket`). */
export function importLinesEdit(text, at, lines) {
    // isort's default: `import x` lines before `from x import y` lines, each by module name
    const key = (l) => `${l.startsWith('from ') ? 1 : 0}${l.split(/\s+/)[1]}`;
    return placeImport(text, at, [...new Set(lines)].sort((a, b) => key(a).localeCompare(key(b))));
}

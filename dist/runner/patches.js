// A project-wide fact no single file shows: tests that replace a module's
// `socket` global with a mock (`smtplib.socket = mock_socket`,
// `patch('nntplib.socket', ...)`). Sockets built through that global may be
// test doubles without shutdown(), so their fixes become unsafe.
import { existsSync } from 'node:fs';
import { CALLBACK_SOCKET_PARAMS } from '../knowledge/socket.js';
import path from 'node:path';
import { noteDependency } from './deps.js';
import { isWordChar } from '../code-text.js';
import { holdsWord, indexOfWord, isRegexWordChar } from '../text-search.js';
const PATCHED = /patch\(\s*['"]([\w.]+?)\.socket(?:\.[\w.]+)?['"]/g;
const PATCH_OBJECT = /(?:patch\.object|setattr)\(\s*([\w.]+)\s*,\s*['"]socket['"]/g;
const NOT_MODULES = new Set(['self', 'cls']);
/**
 * The dotted names of modules whose `socket` global this file's text replaces. A module the file
 * imports from its package (`from srv import patched; patched.socket = ...`) is named in full too.
 */
export function patchedSocketModulesIn(text) {
    if (!holdsWord(text, 'socket'))
        return [];
    const found = new Set();
    let imported = null;
    for (const name of [...assignedSocketOwners(text), ...Array.from(text.matchAll(PATCHED), (m) => m[1]), ...Array.from(text.matchAll(PATCH_OBJECT), (m) => m[1])]) {
        if (NOT_MODULES.has(name))
            continue;
        found.add(name);
        // Ex) from srv import patched   /   from srv import (a, patched as p)   (p.socket = mock)
        if (!name.includes('.'))
            for (const full of (imported ??= importedFrom(text)).get(name) ?? [])
                found.add(full);
    }
    return [...found];
}
/** After `.socket`: an assignment (not a comparison). */
const ASSIGNMENT_AT = /\s*=(?!=)/y;
/** A character of a dotted name: a regex's word character or a dot. */
const isDottedChar = (c) => isRegexWordChar(c) || c === 46;
/**
 * The owners of assigned `socket` attributes, `smtplib` of `smtplib.socket = mock` (and `a.b` of
 * `a.b.socket = x`): for each `.socket` followed by `=`, the run of word characters and dots that
 * ends there, when it starts with a letter or `_`. Found from each `.socket` of the text: the regex
 * `/(?:^|[^\w.])([A-Za-z_][\w.]*)\.socket\s*=(?!=)/gm`, tried at every position, took 160 ms of the
 * screen of the lib directory (on its 333 files that hold `socket`), and it missed the second of
 * `a.socket=b.socket=c`, whose `=` the first match had taken.
 */
export function assignedSocketOwners(text) {
    const names = [];
    for (let at = indexOfWord(text, '.socket'); at !== -1; at = indexOfWord(text, '.socket', at + 7)) {
        ASSIGNMENT_AT.lastIndex = at + 7;
        if (!ASSIGNMENT_AT.test(text))
            continue;
        let start = at;
        while (start > 0 && isDottedChar(text.charCodeAt(start - 1)))
            start--;
        const first = text.charCodeAt(start);
        if (start === at || first === 46 || (first >= 48 && first <= 57))
            continue;
        names.push(text.slice(start, at));
    }
    return names;
}
/** Each name `from PKG import member [as name]` binds, with the dotted names it binds it to. */
function importedFrom(text) {
    const names = new Map();
    for (const imp of text.matchAll(FROM_IMPORT)) {
        for (const part of imp[2].replace(/[()\\\s]+/g, ' ').split(',')) {
            const [member, alias] = part.trim().split(/\s+as\s+/);
            if (!/^[A-Za-z_]\w*$/.test(member ?? ''))
                continue;
            const name = alias ?? member;
            // Ex) from . import patched   (`.patched`: absoluteModule() resolves it with the file's package)
            const full = imp[1].endsWith('.') ? `${imp[1]}${member}` : `${imp[1]}.${member}`;
            names.set(name, [...(names.get(name) ?? []), full]);
        }
    }
    return names;
}
/** `from PKG import names` (one line, or a parenthesised list over lines); PKG may be relative (`.`, `..net`). */
const FROM_IMPORT = /^[ \t]*from[ \t]+(\.*[A-Za-z_][\w.]*(?=[ \t])|\.+)[ \t]*import[ \t]+(\([^)]*\)|[^\n#;]*)/gm;
/**
 * A module name as `file` imports it, absolute: `.patched` in pkg/tests/test_x.py is
 * `pkg.tests.patched`, `..net` is `pkg.net`; null when the file is not that deep in packages.
 */
export function absoluteModule(name, file) {
    const dots = /^\.*/.exec(name)[0].length;
    if (!dots)
        return name;
    const own = moduleNameOf(file).split('.').filter(Boolean);
    // The package a relative import starts from: the module's own (an __init__.py is its package).
    const pkg = path.basename(file) === '__init__.py' ? own : own.slice(0, -1);
    // Ex) from ... import x   two packages deep: beyond the top-level package, an ImportError
    if (dots - 1 >= pkg.length)
        return null;
    const base = pkg.slice(0, pkg.length - (dots - 1));
    const rest = name.slice(dots);
    const full = [...base, ...(rest ? rest.split('.') : [])].join('.');
    return full || null;
}
const CALLBACK_CALL = new RegExp(`(?:^|[^\\w.])([A-Za-z_][\\w.]*)\\.(${Object.keys(CALLBACK_SOCKET_PARAMS).join('|')})\\s*\\((?!\\s*self\\s*[,)])`, 'gm');
/**
 * The library callbacks (asyncore's handle_accepted) this file calls itself on
 * another object, as tests do with doubles: `inst.handle_accepted(sock, addr)`.
 * The library's own `self.handle_accepted(*pair)` does not count, nor does a
 * subclass handing its own argument on (`Base.handle_accepted(self, sock, addr)`).
 */
export function directCallbackCallsIn(text) {
    const found = new Set();
    for (const m of text.matchAll(CALLBACK_CALL))
        if (m[1] !== 'self' && !m[1].startsWith('self.'))
            found.add(`callback:${m[2]}`);
    return [...found];
}
/** A file's module name: `pkg/sub/mod.py` inside packages gives `pkg.sub.mod`. */
export function moduleNameOf(file) {
    let dir = path.dirname(path.resolve(file));
    const base = path.basename(file).replace(/\.py$/, '');
    const parts = base === '__init__' ? [] : [base];
    for (;;) {
        noteDependency(path.join(dir, '__init__.py'));
        if (!existsSync(path.join(dir, '__init__.py')))
            break;
        parts.unshift(path.basename(dir));
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return parts.join('.');
}
/** The identifier runs (and `*`) in text[from, to), skipping `#` comments; `as` left out. */
function wordsIn(text, from, to, into) {
    for (let i = from; i < to;) {
        const c = text.charCodeAt(i);
        if (c === 35) {
            // Ex) from x import (a,  # note\n b)
            while (i < to && text.charCodeAt(i) !== 10)
                i++;
        }
        else if (c === 42) {
            into.add('*');
            i++;
        }
        else if (isWordChar(c) && !(c >= 48 && c <= 57)) {
            let j = i + 1;
            while (j < to && isWordChar(text.charCodeAt(j)))
                j++;
            const word = text.slice(i, j);
            if (word !== 'as')
                into.add(word);
            i = j;
        }
        else
            i++;
    }
}
const SPACE = (c) => c === 32 || c === 9 || c === 12;
/**
 * The words of a file's import statements: every component of the modules it
 * imports and every name it imports (`from a.b import c as d` gives a, b, c,
 * d), and `*` for a star import. The run turns them into an index of which
 * files may call into a module (its importers), for the parameters of
 * functions and classes that other modules call. A scan of the statements
 * around the word `import`, cheap enough for the screen of every file.
 */
export function importWordsIn(text) {
    const words = new Set();
    for (let at = indexOfWord(text, 'import'); at !== -1; at = indexOfWord(text, 'import', at + 6)) {
        // Ex) "important", "imports", "reimport": not the keyword
        const before = at === 0 ? 10 : text.charCodeAt(at - 1);
        const after = text.charCodeAt(at + 6);
        if ((before !== 32 && before !== 9 && before !== 10 && before !== 59) || (after !== 32 && after !== 9 && after !== 40 && after !== 92))
            continue;
        // The statement starts at the line's start or after a `;`: only blanks, or `from <module>`, may come before the keyword.
        // (the `;` is looked for on this line only: a file without one was scanned back to its start for each import)
        const lineStart = text.lastIndexOf('\n', at) + 1;
        let i = at;
        while (i > lineStart && text.charCodeAt(i - 1) !== 59)
            i--;
        while (i < at && SPACE(text.charCodeAt(i)))
            i++;
        let module = null;
        if (i < at) {
            // Ex) from a.b import c
            if (!text.startsWith('from', i) || !(text.charCodeAt(i + 4) === 32 || text.charCodeAt(i + 4) === 9))
                continue;
            i += 5;
            while (i < at && SPACE(text.charCodeAt(i)))
                i++;
            const m = i;
            while (i < at && (isWordChar(text.charCodeAt(i)) || text.charCodeAt(i) === 46))
                i++;
            module = [m, i];
            while (i < at && SPACE(text.charCodeAt(i)))
                i++;
            if (i !== at || module[0] === module[1])
                continue;
        }
        // The names: to the line's end or a `;`, or over lines to `)` for a parenthesised list.
        let j = at + 6;
        for (let c = text.charCodeAt(j); SPACE(c) || c === 92 || c === 13; c = text.charCodeAt(++j))
            ;
        let end;
        if (text.charCodeAt(j) === 40) {
            end = text.indexOf(')', j);
            if (end === -1)
                end = text.length;
        }
        else {
            end = j;
            // Ex) import a, \\\n    b   (a backslash continues the line)
            for (; end < text.length; end++) {
                const c = text.charCodeAt(end);
                if (c === 59 || c === 35 || (c === 10 && text.charCodeAt(end - 1) !== 92 && !(text.charCodeAt(end - 1) === 13 && text.charCodeAt(end - 2) === 92)))
                    break;
            }
        }
        if (module)
            wordsIn(text, module[0], module[1], words);
        wordsIn(text, at + 6, end, words);
    }
    return [...words];
}
const DOUBLE_WORDS = ['Dummy', 'Fake', 'Mock', 'Stub', 'mock'];
const DOUBLE_ASSIGNED = /(?:^|[^\w.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*=(?!=)\s*[\w.]*(?:Dummy|Fake|Mock|Stub|mock)\w*\s*\(/g;
/**
 * The attributes this file gives a test double from outside the object:
 * `inst.socket = DummySocket()`, `conn.sock = FakeSocket(body)`,
 * `client._sock = mock.Mock()`. A class of a module this file imports that
 * closes `self.socket` may then be closing a double without shutdown().
 * Only the lines that hold one of the words are read.
 */
export function doubledAttributesIn(text) {
    const found = new Set();
    const seen = new Set();
    for (const w of DOUBLE_WORDS) {
        for (let at = indexOfWord(text, w); at !== -1; at = indexOfWord(text, w, at + w.length)) {
            const start = text.lastIndexOf('\n', at) + 1;
            if (seen.has(start))
                continue;
            seen.add(start);
            let end = text.indexOf('\n', at);
            if (end === -1)
                end = text.length;
            const line = text.slice(start, end);
            if (!line.includes('='))
                continue;
            for (const m of line.matchAll(DOUBLE_ASSIGNED))
                if (!NOT_MODULES.has(m[1]))
                    found.add(m[2]);
        }
    }
    return [...found];
}

// A project-wide fact no single file shows: tests that replace a module's
// `socket` global with a mock (`smtplib.socket = mock_socket`,
// `patch('nntplib.socket', ...)`). Sockets built through that global may be
// test doubles without shutdown(), so their fixes become unsafe.
import { existsSync } from 'node:fs';
import { CALLBACK_SOCKET_PARAMS } from '../knowledge/socket.js';
import path from 'node:path';
const ASSIGNED = /(?:^|[^\w.])([A-Za-z_][\w.]*)\.socket\s*=(?!=)/gm;
const PATCHED = /patch\(\s*['"]([\w.]+?)\.socket(?:\.[\w.]+)?['"]/g;
const PATCH_OBJECT = /(?:patch\.object|setattr)\(\s*([\w.]+)\s*,\s*['"]socket['"]/g;
const NOT_MODULES = new Set(['self', 'cls']);
/** The dotted names of modules whose `socket` global this file's text replaces. */
export function patchedSocketModulesIn(text) {
    if (!text.includes('socket'))
        return [];
    const found = new Set();
    for (const re of [ASSIGNED, PATCHED, PATCH_OBJECT]) {
        for (const m of text.matchAll(re))
            if (!NOT_MODULES.has(m[1]))
                found.add(m[1]);
    }
    return [...found];
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
    while (existsSync(path.join(dir, '__init__.py'))) {
        parts.unshift(path.basename(dir));
        const parent = path.dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return parts.join('.');
}
const IMPORT_STATEMENT = /^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import\b|import\b)/;
/**
 * The words of a file's import statements: every component of the modules it
 * imports and every name it imports (`from a.b import c as d` gives a, b, c,
 * d), and `*` for a star import. The run turns them into an index of which
 * files may call into a module (its importers), for the parameters of
 * functions and classes that other modules call. A text scan, cheap enough
 * for the screen: only the statements around the word `import` are read.
 */
export function importWordsIn(buf) {
    const words = new Set();
    let at = buf.indexOf('import');
    while (at !== -1) {
        // Ex) "important", "imports", "reimport": not the keyword
        const before = at === 0 ? 10 : buf[at - 1];
        const after = buf[at + 6];
        if ((before !== 32 && before !== 9 && before !== 10 && before !== 59) || (after !== 32 && after !== 9 && after !== 40 && after !== 92)) {
            at = buf.indexOf('import', at + 6);
            continue;
        }
        // The statement: from the line start or a `;` before it, to the line end or a `;` after it.
        const lineStart = buf.lastIndexOf(10, at) + 1;
        const semi = buf.lastIndexOf(59, at);
        const start = semi >= lineStart ? semi + 1 : lineStart;
        let end = buf.indexOf(10, at);
        if (end === -1)
            end = buf.length;
        let text = buf.toString('latin1', start, end);
        const m = IMPORT_STATEMENT.exec(text);
        if (!m) {
            at = buf.indexOf('import', at + 6);
            continue;
        }
        let names = text.slice(m[0].length);
        // Ex) from a import (b,\n    c,  # note\n)   (a parenthesised list runs over lines)
        if (/^\s*\(/.test(names) && !names.includes(')')) {
            const close = buf.indexOf(41, end);
            if (close !== -1) {
                end = close + 1;
                text = buf.toString('latin1', start, end);
                names = text.slice(m[0].length);
            }
        }
        names = names.replace(/#[^\n]*/g, '');
        const semicolon = names.indexOf(';');
        if (semicolon !== -1)
            names = names.slice(0, semicolon);
        for (const w of `${m[1] ?? ''} ${names}`.match(/[A-Za-z_]\w*|\*/g) ?? [])
            if (w !== 'as')
                words.add(w);
        at = buf.indexOf('import', at + 6);
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
export function doubledAttributesIn(buf) {
    const found = new Set();
    const seen = new Set();
    for (const w of DOUBLE_WORDS) {
        for (let at = buf.indexOf(w); at !== -1; at = buf.indexOf(w, at + w.length)) {
            const start = buf.lastIndexOf(10, at) + 1;
            if (seen.has(start))
                continue;
            seen.add(start);
            let end = buf.indexOf(10, at);
            if (end === -1)
                end = buf.length;
            const line = buf.toString('latin1', start, end);
            if (!line.includes('='))
                continue;
            for (const m of line.matchAll(DOUBLE_ASSIGNED))
                if (!NOT_MODULES.has(m[1]))
                    found.add(m[2]);
        }
    }
    return [...found];
}

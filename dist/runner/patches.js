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
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+([.\w]+)[ \t]+import\b([^\n#;]*(?:\([^)]*\))?)|import[ \t]+([^\n#;]+))/;
/**
 * The words of a file's import statements: every component of the modules it
 * imports and every name it imports (`from a.b import c as d` gives a, b, c),
 * and `*` for a star import. The run turns them into an index of which files
 * may call into a module (its importers), for the parameters of functions and
 * classes that other modules call. A text scan, cheap enough for the screen:
 * only the lines that hold `import` are read.
 */
export function importWordsIn(buf) {
    const words = new Set();
    let at = buf.indexOf('import');
    while (at !== -1) {
        const start = buf.lastIndexOf(10, at) + 1;
        // Ex) from a import (b,\n c)   (a parenthesised list runs over lines)
        let end = buf.indexOf(10, at);
        if (end === -1)
            end = buf.length;
        const open = buf.indexOf('(', start);
        if (open !== -1 && open < end) {
            const close = buf.indexOf(')', open);
            if (close !== -1)
                end = Math.max(end, close + 1);
        }
        const line = buf.toString('latin1', start, end);
        const m = IMPORT_LINE.exec(line);
        if (m) {
            const names = m[3] ?? `${m[1]} ${m[2]}`;
            for (const w of names.match(/[A-Za-z_]\w*|\*/g) ?? [])
                if (w !== 'as' && w !== 'import')
                    words.add(w);
        }
        at = buf.indexOf('import', Math.max(end, at + 6));
    }
    return [...words];
}
const DOUBLE_WORDS = ['Dummy', 'Fake', 'Mock', 'Stub', 'mock'];
const DOUBLE_ASSIGNED = /(?:^|[^\w.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)\s*=(?!=)\s*([\w.]*(?:Dummy|Fake|Mock|Stub|mock)\w*)\s*\(/gm;
/**
 * The attributes this file gives a test double from outside the object:
 * `inst.socket = DummySocket()`, `conn.sock = FakeSocket(body)`,
 * `client._sock = mock.Mock()`. A class of a module this file imports that
 * closes `self.socket` may then be closing a double without shutdown().
 */
export function doubledAttributesIn(buf) {
    if (!DOUBLE_WORDS.some((w) => buf.includes(w)))
        return [];
    const found = new Set();
    for (const m of buf.toString('latin1').matchAll(DOUBLE_ASSIGNED))
        if (!NOT_MODULES.has(m[1]))
            found.add(m[2]);
    return [...found];
}

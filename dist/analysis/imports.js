// The file's import statements, for the questions that need no scoping: which
// modules it imports at all, where its last top-level socket import stands, and
// whether a name is imported anywhere. What a name means at a given point is
// the semantic model's question (semantic.ts).
import { SOCKET_MODULES, SOCKET_STAR_NAMES } from '../knowledge/socket.js';
export class ImportTable {
    bindings = new Map();
    starModules = [];
    add(stmt, moduleLevel) {
        if (stmt.type === 'import_statement') {
            for (const item of stmt.namedChildren) {
                if (!item)
                    continue;
                if (item.type === 'dotted_name') {
                    // Ex) import os.path binds `os`
                    const first = item.namedChild(0)?.text;
                    if (first)
                        this.bind(first, first, moduleLevel, stmt);
                }
                else if (item.type === 'aliased_import') {
                    const name = item.childForFieldName('name')?.text;
                    const alias = item.childForFieldName('alias')?.text;
                    if (name && alias)
                        this.bind(alias, name, moduleLevel, stmt);
                }
            }
            return;
        }
        if (stmt.type !== 'import_from_statement')
            return;
        const moduleNode = stmt.childForFieldName('module_name');
        if (!moduleNode)
            return;
        // Ex) from .factory import connect   (`.factory.connect`, for the project model)
        const module = moduleNode.text.replace(/\s+/g, '');
        for (const item of stmt.namedChildren) {
            if (!item || item.startIndex === moduleNode.startIndex)
                continue;
            if (item.type === 'wildcard_import') {
                this.starModules.push({ module, moduleLevel });
            }
            else if (item.type === 'dotted_name') {
                this.bind(item.text, joinModule(module, item.text), moduleLevel, stmt);
            }
            else if (item.type === 'aliased_import') {
                const name = item.childForFieldName('name')?.text;
                const alias = item.childForFieldName('alias')?.text;
                if (name && alias)
                    this.bind(alias, joinModule(module, name), moduleLevel, stmt);
            }
        }
    }
    bind(local, qualified, moduleLevel, node) {
        const list = this.bindings.get(local) ?? [];
        list.push({ qualified: canonicalModule(qualified), moduleLevel, node });
        this.bindings.set(local, list);
    }
    /** The last module-level statement that imports from the socket module. */
    lastSocketImport() {
        let last = null;
        for (const list of this.bindings.values()) {
            for (const b of list) {
                if (!b.moduleLevel || !/^socket(\.|$)/.test(b.qualified))
                    continue;
                if (!last || b.node.startIndex > last.startIndex)
                    last = b.node;
            }
        }
        return last;
    }
    /** Is any module matching `pattern` imported (by any style)? */
    importsAny(pattern) {
        for (const list of this.bindings.values())
            if (list.some((b) => pattern.test(b.qualified)))
                return true;
        return this.starModules.some((s) => pattern.test(canonicalModule(s.module)));
    }
    /**
     * What `head` is bound to by an import visible at `offset`: one inside the
     * innermost of `enclosing` (function ranges, innermost first) that holds it,
     * else the last module-level one unless the module defines the name after it
     * (`definedAt`); null when no import binds it there.
     */
    importedAt(head, offset, enclosing, definedAt = -1) {
        const list = this.bindings.get(head);
        if (list) {
            for (const range of enclosing) {
                const local = list.filter((b) => !b.moduleLevel && b.node.startIndex >= range.start && b.node.startIndex < range.end);
                if (local.length)
                    return local[local.length - 1].qualified;
            }
            const top = list.filter((b) => b.moduleLevel);
            // Ex) import socket ... def socket(): ...   (the later module-level binding wins)
            if (top.length && top[top.length - 1].node.startIndex > definedAt)
                return top[top.length - 1].qualified;
        }
        if (definedAt >= 0)
            return null;
        if (SOCKET_STAR_NAMES.has(head) && this.starModules.some((s) => s.moduleLevel && SOCKET_MODULES.has(canonicalModule(s.module))))
            return `socket.${head}`;
        return null;
    }
    isBound(local) {
        return this.bindings.has(local);
    }
}
/** `pkg.mod` + `name`; a bare relative prefix (`.`, `..`) takes the name directly (`.name`). */
export function joinModule(module, name) {
    return module.endsWith('.') ? `${module}${name}` : `${module}.${name}`;
}
/** Maps the socket module's aliases (green or C modules) to `socket`. */
export function canonicalModule(qualified) {
    for (const m of SOCKET_MODULES) {
        if (qualified === m)
            return 'socket';
        if (qualified.startsWith(`${m}.`))
            return `socket${qualified.slice(m.length)}`;
    }
    return qualified;
}

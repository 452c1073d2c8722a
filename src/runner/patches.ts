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
export function patchedSocketModulesIn(text: string): string[] {
  if (!text.includes('socket')) return [];
  const found = new Set<string>();
  for (const re of [ASSIGNED, PATCHED, PATCH_OBJECT]) {
    for (const m of text.matchAll(re)) if (!NOT_MODULES.has(m[1])) found.add(m[1]);
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
export function directCallbackCallsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(CALLBACK_CALL)) if (m[1] !== 'self' && !m[1].startsWith('self.')) found.add(`callback:${m[2]}`);
  return [...found];
}

/** A file's module name: `pkg/sub/mod.py` inside packages gives `pkg.sub.mod`. */
export function moduleNameOf(file: string): string {
  let dir = path.dirname(path.resolve(file));
  const base = path.basename(file).replace(/\.py$/, '');
  const parts = base === '__init__' ? [] : [base];
  while (existsSync(path.join(dir, '__init__.py'))) {
    parts.unshift(path.basename(dir));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return parts.join('.');
}

// A project-wide fact no single file shows: tests that replace a module's
// `socket` global with a mock (`smtplib.socket = mock_socket`,
// `patch('nntplib.socket', ...)`). Sockets built through that global may be
// test doubles without shutdown(), so their fixes become unsafe.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ASSIGNED = /(?:^|[^\w.])([A-Za-z_][\w.]*)\.socket\s*=(?!=)/gm;
const PATCHED = /patch\(\s*['"]([\w.]+?)\.socket(?:\.[\w.]+)?['"]/g;
const PATCH_OBJECT = /(?:patch\.object|setattr)\(\s*([\w.]+)\s*,\s*['"]socket['"]/g;
const NOT_MODULES = new Set(['self', 'cls']);

/** The dotted names of modules whose `socket` global some file replaces. */
export function findPatchedSocketModules(files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'latin1');
    } catch {
      continue; // reported when the file itself is processed
    }
    if (!text.includes('socket')) continue;
    for (const re of [ASSIGNED, PATCHED, PATCH_OBJECT]) {
      for (const m of text.matchAll(re)) if (!NOT_MODULES.has(m[1])) found.add(m[1]);
    }
  }
  return [...found].sort();
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

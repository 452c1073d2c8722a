// How a fix names socket.SHUT_RDWR and the exception its guard catches, at the
// site where it writes them. Every name it writes must resolve, at run time and
// by Python's scoping, to the socket module's member: through a binding the
// file already has, or through a new module-level import that nothing in the
// file rebinds. When neither exists the fix is still offered, but as unsafe.
import { isImportBinding, type SemanticModel } from '../analysis/semantic.js';
import type { ModuleFacts } from '../analysis/facts.js';
import type { Edit } from './edit.js';
import { lineStart, newlineAt } from './render.js';

/** Which Python the fix must run on: py3 only, py2 only, or either (spellings right in both). */
export type TargetPython = 'py2' | 'py3' | 'either';

export interface SocketSpelling {
  shutdownArg: string;
  exception: string;
  importEdit: Edit | null;
  /** Why no spelling is certain to resolve at run time (the fix is then unsafe), or null. */
  unresolved: string | null;
}

/** Is `name` at `site` certainly bound to `qualified` (an import of the socket module or one of its members)? */
function certainly(model: SemanticModel, name: string, site: number, qualified: string): boolean {
  const r = model.resolve(name, site);
  if (r.t !== 'bound') return false;
  if (!r.bindings.every((b) => isImportBinding(b) && b.qualified === qualified)) return false;
  // Ex) def f(): ...; sock.close()  with `import socket` anywhere at module level: bound before f runs
  if (r.scope === model.module && model.deferred(site)) return r.bindings.some((b) => b.definite);
  // Ex) def f(): import socket; ...; sock.close()   (a local import must run first)
  return r.bindings.some((b) => b.definite && b.start < site);
}

/** Would a new module-level import of `qualified` as `name`, put at `at`, be what `name` means at the site? */
function claimable(model: SemanticModel, name: string, site: number, qualified: string, at: number): boolean {
  if (model.openNamespace) return false;
  // Ex) from socket import *   (binds `socket` to the class: a new `import socket` would be rebound)
  if (!model.moduleBindings(name).every((b) => isImportBinding(b) && b.qualified === qualified)) return false;
  const r = model.resolve(name, site);
  if (r.t === 'bound' && r.scope !== model.module) return false;
  return at <= site || model.deferred(site);
}

/** `socket.<member>` spelled through a binding the file has and that holds at the site, or null. */
function existingSpelling(model: SemanticModel, member: string, site: number): string | null {
  for (const name of model.importedAs('socket')) if (certainly(model, name, site, 'socket')) return `${name}.${member}`;
  for (const name of model.importedAs(`socket.${member}`)) if (certainly(model, name, site, `socket.${member}`)) return name;
  return null;
}

/**
 * The spellings at a site. `need` says which the fix writes: the shutdown
 * argument and the exception (SOCK001, SOCK003), or the exception alone (SOCK002).
 */
export function socketSpelling(
  facts: ModuleFacts,
  model: SemanticModel,
  text: string,
  site: number,
  target: TargetPython,
  need: 'shutdown-and-exception' | 'exception' = 'shutdown-and-exception',
): SocketSpelling {
  let shut = need === 'exception' ? 'SHUT_RDWR' : existingSpelling(model, 'SHUT_RDWR', site);
  // Python 2's socket.error is not an OSError; socket.error is OSError itself in Python 3, so it is right in both.
  let exception = target === 'py3' && model.resolve('OSError', site).t === 'builtin' ? 'OSError' : existingSpelling(model, 'error', site);
  if (shut && exception) return { shutdownArg: shut, exception, importEdit: null, unresolved: null };

  const at = importPosition(facts, text, site, model);
  if (claimable(model, 'socket', site, 'socket', at)) {
    return {
      shutdownArg: shut ?? 'socket.SHUT_RDWR',
      exception: exception ?? 'socket.error',
      importEdit: importEdit(text, at, 'import socket'),
      unresolved: null,
    };
  }
  // Ex) from socket import socket   (the name `socket` is the class, not the module)
  const names: string[] = [];
  if (!shut && claimable(model, 'SHUT_RDWR', site, 'socket.SHUT_RDWR', at)) {
    names.push('SHUT_RDWR');
    shut = 'SHUT_RDWR';
  }
  if (!exception && claimable(model, 'socket_error', site, 'socket.error', at)) {
    names.push('error as socket_error');
    exception = 'socket_error';
  }
  if (shut && exception) {
    return { shutdownArg: shut, exception, importEdit: importEdit(text, at, `from socket import ${names.join(', ')}`), unresolved: null };
  }
  const unresolved = model.openNamespace
    ? `no name the fix could write is sure to mean the socket module here: ${model.openNamespace}`
    : `no name the fix could write is sure to mean the socket module here (\`socket\` means something else at this point)`;
  return {
    shutdownArg: shut ?? 'socket.SHUT_RDWR',
    exception: exception ?? 'socket.error',
    importEdit: importEdit(text, at, 'import socket'),
    unresolved,
  };
}

/**
 * Where a new import goes: beside the file's last top-level socket import, or
 * after the docstring and `__future__` imports. A module-level site needs it
 * before the site, so an import below it is not a place.
 */
function importPosition(facts: ModuleFacts, text: string, site: number, model: SemanticModel): number {
  const beside = facts.imports.lastSocketImport();
  if (beside && beside.parent?.type === 'module' && (beside.endIndex < site || model.deferred(site))) return lineAfter(text, beside.endIndex);
  if (facts.importAnchor >= 0) return lineAfter(text, facts.importAnchor);
  return lineStart(text, facts.firstStatement);
}

/** The start of the line after `pos`, or the end of the text when `pos` is on the last line. */
function lineAfter(text: string, pos: number): number {
  const eol = text.indexOf('\n', pos);
  return eol === -1 ? text.length : eol + 1;
}

function importEdit(text: string, at: number, line: string): Edit {
  const nl = newlineAt(text, 0);
  // Ex) a file whose last line is the docstring, with no newline after it
  if (at === text.length && !text.endsWith('\n')) return { start: at, end: at, text: nl + line };
  return { start: at, end: at, text: line + nl };
}

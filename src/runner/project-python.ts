// What a project declares of its Python: `requires-python` in pyproject.toml,
// `python_requires` in setup.cfg or setup.py, and setup.py's classifiers. Only
// "Python 3 and nothing older" matters: it lets a fix write `except OSError:`
// in files whose own syntax does not tell (elsewhere the guard is
// `except socket.error:`, which is right in both Pythons).
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { safeRead } from '../config.js';
import { noteDependency, statOrNull } from './deps.js';

const MARKERS = ['pyproject.toml', 'setup.cfg', 'setup.py'];
const cache = new Map<string, 'py3' | null>();

/** Does a version specifier (`>=3.8`, `~=3.6`, `>=2.7, !=3.0.*`) leave out every Python 2? */
export function specifierIsPython3(spec: string): boolean {
  return spec.split(',').some((clause) => {
    const m = /^\s*(>=|>|~=|==)\s*(\d+)(?:\.(\d+|\*))?/.exec(clause);
    if (!m) return false;
    const major = Number(m[2]);
    // Ex) >=3, >3.5, ~=3.6, ==3.* leave out Python 2; >=2.7 and >2 do not
    return major >= 3;
  });
}

/** What the files of one project root say: py3, or null (Python 2 admitted, or nothing said). */
function declaredIn(dir: string): 'py3' | null {
  let py3 = false;
  const pyproject = safeRead(path.join(dir, 'pyproject.toml'));
  if (pyproject !== null) {
    try {
      const requires = (parseToml(pyproject) as { project?: { 'requires-python'?: unknown } }).project?.['requires-python'];
      if (typeof requires === 'string') py3 ||= specifierIsPython3(requires);
    } catch {
      // Ex) a malformed pyproject.toml says nothing about the Python it needs
    }
  }
  for (const name of ['setup.cfg', 'setup.py']) {
    const text = safeRead(path.join(dir, name));
    if (text === null) continue;
    // Ex) 'Programming Language :: Python :: 2.7' in setup.py: the code must run on Python 2 too
    if (/Programming Language :: Python :: 2\b/.test(text)) return null;
    const requires = /python_requires\s*=\s*['"]?([^'"\n]+)/.exec(text)?.[1];
    if (requires) py3 ||= specifierIsPython3(requires);
    if (/Programming Language :: Python :: 3 :: Only/.test(text)) py3 = true;
  }
  return py3 ? 'py3' : null;
}

/** The declaration of the nearest project root above a file (the first directory with one of MARKERS). */
export function declaredPython(file: string): 'py3' | null {
  return upward(file, cache, (dir) => (MARKERS.some((m) => isFile(path.join(dir, m))) ? { found: declaredIn(dir) } : undefined));
}

/**
 * What the first directory at or above a file that answers says (`look` gives `{ found }` there;
 * 'stop' ends the walk with null), each directory's answer kept in `memo` for the files beside it.
 */
function upward<T>(file: string, memo: Map<string, T | null>, look: (dir: string) => { found: T | null } | 'stop' | undefined): T | null {
  const dirs: string[] = [];
  let dir = path.dirname(path.resolve(file));
  let found: T | null = null;
  for (;;) {
    const cached = memo.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    dirs.push(dir);
    const answer = look(dir);
    if (answer === 'stop') break;
    if (answer) {
      found = answer.found;
      break;
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of dirs) memo.set(d, found);
  return found;
}

function isFile(p: string): boolean {
  noteDependency(p);
  return statOrNull(p)?.isFile() ?? false;
}

const manifestCache = new Map<string, string | null>();
/** A MicroPython manifest: the functions micropython-lib's and a firmware's `manifest.py` call. */
const MANIFEST_CALL = /^\s*(?:metadata|package|module|require|freeze|include)\s*\(/m;

/**
 * The MicroPython manifest that packages a file (`manifest.py` calling `package()`, `module()`,
 * `require()` or `metadata()`, as micropython-lib's packages and a firmware's frozen modules have) in
 * its directory or one above it, up to its project root, or the `py/mpconfig.h` of the MicroPython
 * source tree it is in (outside its `tools/`): the path, else null. MicroPython's sockets
 * have no shutdown(), and its socket module no SHUT_RDWR.
 */
export function microPythonManifest(file: string): string | null {
  return upward(file, manifestCache, (dir) => {
    const manifest = path.join(dir, 'manifest.py');
    if (isFile(manifest) && MANIFEST_CALL.test(safeRead(manifest) ?? '')) return { found: manifest };
    // Ex) micropython/tests/multi_net/tcp_data.py   (MicroPython's own source tree, or CircuitPython's, whose root has
    // py/mpconfig.h: its tests and examples run on the board; its tools/ run on the host, under CPython)
    if (path.basename(dir) === 'tools' && isFile(path.join(dir, '..', 'py', 'mpconfig.h'))) return 'stop';
    const core = path.join(dir, 'py', 'mpconfig.h');
    if (isFile(core)) return { found: core };
    // (up to the project root: a manifest.py above it is another project's)
    return MARKERS.some((m) => isFile(path.join(dir, m))) || statOrNull(path.join(dir, '.git')) ? 'stop' : undefined;
  });
}

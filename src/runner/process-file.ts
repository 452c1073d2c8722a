// One file through the core: read, lint, and (with --write) write back
// atomically, keeping the file's mode and refusing to overwrite a file that
// changed on disk since it was read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { lintSource, type LintOptions } from '../lint.js';
import type { Finding } from '../rules/rule.js';
import { decodeSource, latin1Text } from '../source.js';
import { writeFileAtomic } from './atomic-write.js';
import { contentHash } from './cache.js';
import { statSignature, takeDependencies } from './deps.js';
import { directCallbackCallsIn, doubledAttributesIn, importWordsIn, moduleNameOf, patchedSocketModulesIn } from './patches.js';
import { importStyle } from './isort-config.js';
import { declaredPython, microPythonManifest } from './project-python.js';
import { projectLookup, useRunIndex, type SharedRunIndex } from './project.js';
import { now } from '../clock.js';

export type FileStatus = 'changed' | 'unchanged' | 'skipped' | 'failed';

export interface FileResult {
  path: string;
  status: FileStatus;
  error?: string;
  findings: Finding[];
  suppressed: number;
  unusedSuppressions: { line: number; text: string }[];
  /** The decoded text of the lines the findings are on, for code frames. */
  sourceLines?: Record<number, string>;
  /** Codes in suppression comments that name no rule. */
  invalidCodes?: { line: number; code: string; text: string }[];
  /** The original and fixed text, for --diff, and the file's encoding (and UTF-8 BOM) to write the diff in. */
  before?: string;
  after?: string;
  encoding?: string;
  bom?: boolean;
  /** Milliseconds per phase: read and write here, the rest from lintSource. */
  timings?: Record<string, number>;
  /** From the screening phase: the file needs the full analysis (its result is not final). */
  deferred?: boolean;
  /** From the screening phase: modules whose `socket` global this file replaces, and `callback:NAME` for library callbacks it calls itself. */
  patches?: string[];
  /**
   * From the screening phase: the words of the file's import statements (see importWordsIn), joined
   * by spaces: one string, not 20, for each of 13,000 files a warm run reads back from the cache.
   */
  importWords?: string;
  /** From the screening phase: attributes the file sets to a test double (`inst.socket = DummySocket()`). */
  doubles?: string[];
  /** With `cacheable`: the file's stat signature and content hash when read (for the cache). */
  signature?: string;
  contentHash?: string;
  /** With `cacheable`, from the analysis: the files it read or looked for besides this one (deps.ts). */
  dependencies?: string[];
}

export interface ProcessOptions extends LintOptions {
  /** write: change files; diff: compute fixed text only; check: report. */
  mode: 'check' | 'write' | 'diff';
  maxFileSize?: number;
  /** Only screen: read, decode and prefilter, and defer files that need parsing (see runFiles). */
  screen?: boolean;
  /** per-file-ignores from the config: gitignore-style patterns relative to root. */
  perFileIgnores?: { root: string; rules: [string, string[]][] };
  /** The directories the run was given (a project under one is seen whole: its callers can all be found). */
  runRoots?: string[];
  /** Built by the runner between its phases: which files of the run import which modules (shared memory). */
  runIndex?: SharedRunIndex;
  /** The run keeps a cache: note each file's signature and content hash, and what its analysis read. */
  cacheable?: boolean;
}

/** The rule codes per-file-ignores turns off for one file. */
export function perFileIgnoredCodes(file: string, options: ProcessOptions): string[] {
  const pfi = options.perFileIgnores;
  if (!pfi || !pfi.rules.length) return [];
  const rel = path.relative(pfi.root, path.resolve(file)).split(path.sep).join('/');
  const codes: string[] = [];
  for (const [pattern, list] of pfi.rules) {
    const matcher = ignore().add(pattern);
    if ((rel && !rel.startsWith('..') && matcher.ignores(rel)) || matcher.ignores(path.basename(file))) codes.push(...list);
  }
  return codes;
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOENT') return 'no such file (it disappeared during the run)';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'EFBIG') return 'file too large to write (EFBIG)';
  return e.code ? `${e.code}: ${e.message}` : String(e?.message ?? err);
}

export function processBytes(file: string, bytes: Uint8Array, options: ProcessOptions): FileResult & { output?: Uint8Array } {
  const fix = options.mode !== 'check' && !options.addNoqa;
  const extra = perFileIgnoredCodes(file, options);
  if (!options.screen) useRunIndex(options.runIndex);
  const result = lintSource(bytes, {
    ...options,
    fix,
    stopBeforeParse: options.screen,
    // Ex) from .factory import connect   (the imported module is read and summarised when the analysis asks)
    project: options.screen ? undefined : projectLookup(file, 0, new Set(options.calledCallbacks ?? [])),
    declaredPython: options.targetVersion || options.screen ? undefined : (declaredPython(file) ?? undefined),
    microPython: options.screen ? undefined : (microPythonManifest(file) ?? undefined),
    // Ex) [tool.isort] profile = "google": an added import goes where that isort puts it
    importStyle: options.screen ? undefined : importStyle(file),
    ignore: extra.length ? [...(options.ignore ?? []), ...extra] : options.ignore,
  });
  const base: FileResult = {
    path: file,
    // Ex) the screen: what the file tells of the project, from the text it decoded (its bytes as Latin-1 when it could not)
    ...(options.screen ? projectFactsIn(result.text ?? latin1Text(bytes)) : {}),
    status: 'unchanged',
    timings: { ...result.timings },
    findings: result.findings,
    suppressed: result.suppressed,
    unusedSuppressions: result.unusedSuppressions,
    ...(result.invalidCodes.length ? { invalidCodes: result.invalidCodes } : {}),
    ...(result.sourceLines ? { sourceLines: result.sourceLines } : {}),
  };
  if (result.deferred) return { ...base, status: 'unchanged', deferred: true };
  if (result.skippedFile) return { ...base, status: 'skipped', error: 'pysockfix: skip-file' };
  if (result.errors.length) return { ...base, status: 'failed', error: result.errors.join('; ') };
  if (!result.changed) return { ...base, status: 'unchanged' };
  const out: FileResult & { output?: Uint8Array } = { ...base, status: 'changed', output: result.output };
  if (options.mode === 'diff') {
    const a = decodeSource(bytes);
    const b = decodeSource(result.output);
    if (a.ok && b.ok) {
      out.before = a.source.text;
      out.after = b.source.text;
      out.encoding = a.source.encoding;
      if (a.source.bom) out.bom = true;
    }
  }
  return out;
}

/**
 * How a file to check is opened: without blocking on a FIFO (O_NONBLOCK: the open returns at once and
 * fstat says what it is) and without making a terminal the controlling one (O_NOCTTY), where the
 * platform has the flags.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

export function processFile(path: string, options: ProcessOptions): FileResult {
  let bytes: Buffer;
  let mode: number;
  let owner: { uid: number; gid: number };
  let links = 1;
  let signature = '';
  const readStart = now();
  let fd: number | null = null;
  try {
    // The file is opened first and asked about through its descriptor: one lookup of its path, not two.
    fd = openSync(path, READ_FLAGS);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return failed(path, 'is a directory');
    // Ex) a FIFO or a device: reading it would block (opening it did not: O_NONBLOCK)
    if (!stat.isFile()) return failed(path, 'not a regular file');
    if (options.maxFileSize && stat.size > options.maxFileSize) {
      return failed(path, `larger than --max-file-size (${stat.size} > ${options.maxFileSize} bytes)`);
    }
    mode = stat.mode & 0o7777;
    owner = { uid: stat.uid, gid: stat.gid };
    links = stat.nlink;
    signature = statSignature(stat);
    bytes = readFileSync(fd);
  } catch (err) {
    // Ex) a directory named on the command line, where opening one fails (Windows)
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') return failed(path, 'is a directory');
    return failed(path, `cannot read: ${errorText(err)}`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const read = now() - readStart;
  const result = processBytes(path, bytes, options.patchedModules?.length ? { ...options, moduleName: moduleNameOf(path) } : options);
  const { output, ...rest } = result;
  rest.timings = { ...rest.timings, read };
  if (options.cacheable) {
    rest.signature = signature;
    rest.contentHash = contentHash(bytes);
    if (!options.screen) rest.dependencies = takeDependencies();
  }
  if (options.screen) return rest;
  if (options.mode !== 'write' || result.status !== 'changed' || !output) return rest;
  try {
    const onDisk = readFileSync(path);
    if (!onDisk.equals(bytes)) return { ...rest, status: 'failed', error: 'changed on disk since it was read; not overwritten', findings: unfix(rest.findings) };
    const writeStart = now();
    // Ex) chmod 444 generated.py   (a read-only file is a decision to keep it as it is)
    if ((mode & 0o222) === 0) return { ...rest, status: 'failed', error: 'read-only file; not written', findings: unfix(rest.findings) };
    // Ex) a file with two names: an atomic rename would give this name new content and leave the other name the old
    if (links > 1) return { ...rest, status: 'failed', error: `has ${links} hard links, which a safe (atomic) write would split; not written`, findings: unfix(rest.findings) };
    // Ex) src/app.py -> ../shared/app.py   (the target is fixed and the link stays a link)
    writeFileAtomic(lstatSync(path).isSymbolicLink() ? realpathSync(path) : path, output, mode, owner);
    rest.timings.write = now() - writeStart;
  } catch (err) {
    return { ...rest, status: 'failed', error: `cannot write: ${errorText(err)}`, findings: unfix(rest.findings) };
  }
  return rest;
}

/** What a file tells of the whole project, read from its bytes by the screen (see FileResult). */
export type ProjectFacts = Pick<FileResult, 'patches' | 'importWords' | 'doubles'>;

/** The project-wide facts in a file's text. */
export function projectFactsIn(text: string): ProjectFacts {
  const facts: ProjectFacts = {};
  const patches = patchedSocketModulesIn(text);
  // Ex) inst.handle_accepted(DummySock(), addr)   (a test that hands a library callback a double)
  if (text.includes('handle_accepted')) patches.push(...directCallbackCallsIn(text));
  if (patches.length) facts.patches = patches;
  // Ex) from supervisor import http_client   (this file may call into http_client's functions and classes)
  const words = importWordsIn(text);
  if (words.length) facts.importWords = words.join(' ');
  const doubles = doubledAttributesIn(text);
  if (doubles.length) facts.doubles = doubles;
  return facts;
}

/**
 * The project facts of a file outside the run (a test of the project a pre-commit run checks part
 * of), with its path; null when it cannot be read.
 */
export function screenOutside(file: string, maxFileSize?: number): (ProjectFacts & { path: string }) | null {
  try {
    const stat = statSync(file);
    if (!stat.isFile() || (maxFileSize && stat.size > maxFileSize)) return null;
    const bytes = readFileSync(file);
    const decoded = decodeSource(bytes);
    return { path: file, ...projectFactsIn(decoded.ok ? decoded.source.text : latin1Text(bytes)) };
  } catch {
    return null;
  }
}

function unfix(findings: Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, fixed: false }));
}

function failed(path: string, error: string): FileResult {
  return { path, status: 'failed', error, findings: [], suppressed: 0, unusedSuppressions: [] };
}

// The shape every rule shares: metadata with its doc block, and a check that
// turns the file's facts into findings.
import type { Hunk } from '../fix/preview.js';
import type { ModuleFacts } from '../analysis/facts.js';
import type { OrderFacts } from '../analysis/order.js';
import type { ProvenanceResolver } from '../analysis/provenance.js';
import type { Fix } from '../fix/edit.js';
import type { Layout } from '../fix/render.js';
import type { Reason } from '../model/reasons.js';

/**
 * fix-safe / fix-unsafe: reported, with a fix of that applicability; no-fix:
 * reported, but no automatic fix exists (SOCK004, or a layout SOCK003 cannot
 * re-indent); skipped: a shutdown would be wrong here (silent by default).
 */
export type Outcome = 'fix-safe' | 'fix-unsafe' | 'no-fix' | 'skipped';

export interface Position {
  line: number;
  column: number;
}

/** The isort settings that move an import (src/runner/isort-config.ts reads them). */
export interface ImportStyle {
  forceSortWithinSections: boolean;
  forceSingleLine: boolean;
  orderByType: boolean;
}

export interface Finding {
  code: string;
  message: string;
  /** 1-based line and column (in characters) of the receiver of the call. */
  location: Position;
  end: Position;
  /** UTF-16 offsets of the reported range. */
  start: number;
  endOffset: number;
  receiver: string;
  outcome: Outcome;
  /** Why it is skipped or only unsafe: a key of the reasons table (src/model/reasons.ts). */
  reason?: Reason;
  fix: Fix | null;
  /** Set by the linter when --write applied the fix. */
  fixed?: boolean;
  /** Code to write by hand where there is no fix (SOCK004's function), printed as a code block. */
  suggestion?: string;
  /** With the `previews` option: the fix's changed lines with context, for the HTML report. */
  preview?: Hunk[];
}

export interface RuleMeta {
  code: string;
  name: string;
  /** One line, as in the README's rule table. */
  summary: string;
  fixTitle: string;
  /**
   * The byte-level prefilter: false when the file cannot hold a finding of this
   * rule, so it is never parsed. It must never drop a file that has one.
   */
  prefilter(text: string, options: LintOptions): boolean;
  /** Markdown with the headings What it does, Why is this bad?, Example, Use instead, Fix safety, References. */
  doc: string;
}

export interface LintOptions {
  /** Python 2 sources need `except socket.error:`; auto-detected from syntax when unset. */
  targetVersion?: 'py27' | 'py3';
  /** The file's project declares Python 3 only (requires-python, python_requires, classifiers). */
  declaredPython?: 'py3';
  /** The MicroPython manifest.py that packages the file (microPythonManifest()): its sockets have no shutdown(). */
  microPython?: string;
  /** Extra receiver names to treat as likely sockets. */
  socketNames?: string[];
  /** The isort settings of the file's project: where an added import goes. */
  importStyle?: ImportStyle;
  /** How SOCK001 writes its guard: a four-line try/except (the default), or `with contextlib.suppress(OSError):` where the file is Python 3. */
  fixStyle?: 'try' | 'suppress';
  /** Modules whose `socket` global is replaced elsewhere in the project (by tests). */
  patchedModules?: string[];
  /** Library callbacks (handle_accepted) that the project's own code calls with arguments of its own (tests with doubles). */
  calledCallbacks?: string[];
  /** This file's dotted module name, to match against patchedModules. */
  moduleName?: string;
}

export interface RuleContext {
  text: string;
  facts: ModuleFacts;
  provenance: ProvenanceResolver;
  order: OrderFacts;
  layout: Layout;
  options: LintOptions;
  /** 1-based line/column of a UTF-16 offset. */
  position(offset: number): Position;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

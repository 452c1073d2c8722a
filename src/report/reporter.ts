// The interface every output format shares, and the counts they all report.
import path from 'node:path';
import { REASONS, type Reason } from '../model/reasons.js';
import type { FileResult } from '../runner/process-file.js';
import type { Finding } from '../rules/rule.js';

export interface ReportOptions {
  mode: 'check' | 'write' | 'diff';
  showSkipped: boolean;
  unsafeFixes: boolean;
  statistics: boolean;
  quiet: boolean;
  color: boolean;
  reportUnusedSuppressions: boolean;
  /** Paths are printed relative to this directory. */
  cwd: string;
  /** The paths given on the command line, for per-path results. */
  inputs: string[];
  version: string;
}

export interface Summary {
  files: number;
  changed: number;
  unchanged: number;
  skippedFiles: number;
  failed: number;
  /** Findings by outcome (skipped counted by reason too). */
  fixedSafe: number;
  fixedUnsafe: number;
  fixable: number;
  needUnsafe: number;
  /** Of `fixable`, the unsafe fixes that --unsafe-fixes makes applicable. */
  fixableUnsafe: number;
  /** Reported, with no automatic fix. */
  noFix: number;
  skipped: number;
  skippedByReason: Record<string, number>;
  remaining: number;
  pathErrors: number;
}

export interface Reporter {
  start?(): string;
  /** Text, or bytes where the output must keep the file's own encoding (--diff). */
  file(result: FileResult): string | Uint8Array;
  end(summary: Summary, results: FileResult[]): string;
}

/** A finding that still needs attention after this run. */
export function isRemaining(f: Finding): boolean {
  return f.outcome !== 'skipped' && !f.fixed;
}

export function visibleFindings(result: FileResult, options: ReportOptions): Finding[] {
  return result.findings.filter((f) => f.outcome !== 'skipped' || options.showSkipped);
}

/** The findings a per-finding listing shows: the visible ones, less those --write just fixed. */
export function listedFindings(result: FileResult, options: ReportOptions): Finding[] {
  return visibleFindings(result, options).filter((f) => options.mode !== 'write' || !f.fixed);
}

/** A path as the reports name it: relative to the working directory (absolute outside it). */
export function displayPath(cwd: string, file: string): string {
  // Ex) the 13,351 files of a warm JSON run of the python3 lib directory: a slice, not path.relative() (20 ms)
  // (not where path.relative() would normalize the rest: `a/../b.py`, `a//b.py`, `./b.py`)
  if (file.length > cwd.length + 1 && file[cwd.length] === path.sep && file.startsWith(cwd)) {
    const rest = file.slice(cwd.length + 1);
    if (rest[0] !== '.' && !rest.includes(`${path.sep}.`) && !rest.includes(`${path.sep}${path.sep}`)) return rest;
  }
  return path.relative(cwd, file) || file;
}

/** A finding's tag in the text formats: `[*]`, `[*unsafe fix]`, `[no fix]`, `[skipped: reason]`. */
export function findingTag(f: Finding): string {
  if (f.outcome === 'skipped') return `[skipped: ${f.reason}]`;
  if (f.outcome === 'no-fix') return '[no fix]';
  return f.outcome === 'fix-unsafe' ? '[*unsafe fix]' : '[*]';
}

export function summarize(results: FileResult[], pathErrors: number, options: Pick<ReportOptions, 'unsafeFixes'>): Summary {
  const s: Summary = {
    files: results.length,
    changed: 0,
    unchanged: 0,
    skippedFiles: 0,
    failed: 0,
    fixedSafe: 0,
    fixedUnsafe: 0,
    fixable: 0,
    needUnsafe: 0,
    fixableUnsafe: 0,
    noFix: 0,
    skipped: 0,
    skippedByReason: {},
    remaining: 0,
    pathErrors,
  };
  for (const r of results) {
    if (r.status === 'changed') s.changed++;
    else if (r.status === 'unchanged') s.unchanged++;
    else if (r.status === 'skipped') s.skippedFiles++;
    else s.failed++;
    for (const f of r.findings) {
      if (f.outcome === 'skipped') {
        s.skipped++;
        const reason = f.reason ?? 'other';
        s.skippedByReason[reason] = (s.skippedByReason[reason] ?? 0) + 1;
        continue;
      }
      if (f.fixed) {
        if (f.outcome === 'fix-safe') s.fixedSafe++;
        else s.fixedUnsafe++;
        continue;
      }
      s.remaining++;
      if (f.outcome === 'no-fix') s.noFix++;
      else if (f.outcome === 'fix-unsafe' && !options.unsafeFixes) s.needUnsafe++;
      else {
        s.fixable++;
        if (f.outcome === 'fix-unsafe') s.fixableUnsafe++;
      }
    }
  }
  return s;
}


/** 1234567 as 1,234,567 (toLocaleString would load ICU data: 25 ms at start-up). */
const fmt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function summaryLine(s: Summary, mode: ReportOptions['mode']): string {
  const parts: string[] = [];
  if (mode === 'write') {
    parts.push(`${fmt(s.fixedSafe)} fixed (safe)`);
    if (s.fixedUnsafe) parts.push(`${fmt(s.fixedUnsafe)} fixed (unsafe)`);
    if (s.fixable) parts.push(`${fmt(s.fixable)} not fixed`);
  } else {
    // Ex) --unsafe-fixes: the unsafe fixes it enables are fixable too, and said apart
    parts.push(`${fmt(s.fixable - s.fixableUnsafe)} fixable (safe)`);
    if (s.fixableUnsafe) parts.push(`${fmt(s.fixableUnsafe)} fixable (unsafe)`);
  }
  parts.push(`${fmt(s.needUnsafe)} need --unsafe-fixes`);
  if (s.noFix) parts.push(`${fmt(s.noFix)} without a fix`);
  const reasons = Object.entries(s.skippedByReason)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${REASONS[r as Reason]?.short ?? r} ${fmt(n)}`);
  parts.push(`${fmt(s.skipped)} skipped${reasons.length ? ` (${reasons.join(', ')})` : ''}`);
  const errors = s.failed + s.pathErrors;
  parts.push(`${fmt(errors)} error${errors === 1 ? '' : 's'}`);
  return `Checked ${fmt(s.files)} file${s.files === 1 ? "" : "s"}: ${parts.join(', ')}`;
}

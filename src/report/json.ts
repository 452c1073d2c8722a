// --output-format json: one object with files, diagnostics and the summary.
import path from 'node:path';
import { isWithin } from '../paths.js';
import type { FileResult } from '../runner/process-file.js';
import { findingJson } from './formats.js';
import { displayPath, visibleFindings, type Reporter, type ReportOptions, type Summary } from './reporter.js';

/** Counts for each path given on the command line (`pysockfix repo-a repo-b`). */
function perPath(results: FileResult[], options: ReportOptions) {
  return options.inputs.map((given) => {
    const root = path.resolve(options.cwd, given);
    const mine = results.filter((r) => isWithin(root, r.path));
    return {
      path: given,
      files: mine.length,
      changed: mine.filter((r) => r.status === 'changed').length,
      failed: mine.filter((r) => r.status === 'failed').length,
      diagnostics: mine.reduce((n, r) => n + visibleFindings(r, options).length, 0),
    };
  });
}

export function jsonReporter(options: ReportOptions): Reporter {
  return {
    file: () => '',
    end(summary: Summary, results: FileResult[]) {
      const rel = (p: string) => displayPath(options.cwd, p);
      const doc = {
        version: 1,
        files: results.map((r) => ({ path: rel(r.path), status: r.status, ...(r.error ? { error: r.error } : {}) })),
        diagnostics: results.flatMap((r) => visibleFindings(r, options).map((f) => findingJson(f, rel(r.path)))),
        paths: perPath(results, options),
        summary,
      };
      return `${JSON.stringify(doc, null, 2)}\n`;
    },
  };
}

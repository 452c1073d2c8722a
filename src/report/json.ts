// --output-format json: one object with files, diagnostics and the summary.
import path from 'node:path';
import type { FileResult } from '../runner/process-file.js';
import { visibleFindings, type Reporter, type ReportOptions, type Summary } from './reporter.js';

export function jsonReporter(options: ReportOptions): Reporter {
  return {
    file: () => '',
    end(summary: Summary, results: FileResult[]) {
      const rel = (p: string) => path.relative(options.cwd, p) || p;
      const doc = {
        version: 1,
        files: results.map((r) => ({ path: rel(r.path), status: r.status, ...(r.error ? { error: r.error } : {}) })),
        diagnostics: results.flatMap((r) =>
          visibleFindings(r, options).map((f) => ({
            code: f.code,
            message: f.message,
            path: rel(r.path),
            location: f.location,
            end_location: f.end,
            receiver: f.receiver,
            outcome: f.outcome,
            ...(f.reason ? { reason: f.reason } : {}),
            fixed: !!f.fixed,
            fix: f.fix
              ? {
                  applicability: f.fix.applicability,
                  title: f.fix.title,
                  edits: f.fix.edits.map((e) => ({ content: e.text, location: e.location, end_location: e.end_location })),
                }
              : null,
          })),
        ),
        summary,
      };
      return `${JSON.stringify(doc, null, 2)}\n`;
    },
  };
}

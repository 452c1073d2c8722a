// The output formats ruff users know beyond text and JSON: concise (one line
// per finding), grouped (by file), json-lines (one JSON object per line),
// junit (XML for CI test reports) and gitlab (Code Quality, the Code Climate
// JSON array GitLab reads).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { FileResult } from '../runner/process-file.js';
import type { Finding } from '../rules/rule.js';
import { displayPath, findingTag as tag, listedFindings as shown, summaryLine, visibleFindings, type Reporter, type ReportOptions, type Summary } from './reporter.js';

/** concise: `path:line:col: CODE [tag] message`, one line per finding, then the summary. */
export function conciseReporter(options: ReportOptions): Reporter {
  return {
    file(result) {
      const rel = displayPath(options.cwd, result.path);
      let out = result.status === 'failed' ? `${rel}: error: ${result.error}\n` : '';
      for (const f of shown(result, options)) out += `${rel}:${f.location.line}:${f.location.column}: ${f.code} ${tag(f)} ${f.message}\n`;
      return out;
    },
    end: (summary: Summary) => (options.quiet ? '' : `${summaryLine(summary, options.mode)}\n`),
  };
}

/** grouped: each file once, its findings indented under it (`  line:col CODE [tag] message`). */
export function groupedReporter(options: ReportOptions): Reporter {
  return {
    file(result) {
      const list = shown(result, options);
      if (!list.length && result.status !== 'failed') return '';
      let out = `${displayPath(options.cwd, result.path)}:\n`;
      if (result.status === 'failed') out += `  error: ${result.error}\n`;
      // Ex) 100,000 findings in one file: a loop, not Math.max(...list), which would overflow the stack
      const width = list.reduce((w, f) => Math.max(w, `${f.location.line}:${f.location.column}`.length), 0);
      for (const f of list) out += `  ${`${f.location.line}:${f.location.column}`.padEnd(width)} ${f.code} ${tag(f)} ${f.message}\n`;
      return `${out}\n`;
    },
    end: (summary: Summary) => (options.quiet ? '' : `${summaryLine(summary, options.mode)}\n`),
  };
}

/** One finding as the json format writes it (json-lines, one per line). */
export function findingJson(f: Finding, rel: string): Record<string, unknown> {
  return {
    code: f.code,
    message: f.message,
    path: rel,
    location: f.location,
    end_location: f.end,
    receiver: f.receiver,
    outcome: f.outcome,
    ...(f.reason ? { reason: f.reason } : {}),
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    fixed: !!f.fixed,
    fix: f.fix
      ? {
          applicability: f.fix.applicability,
          title: f.fix.title,
          edits: f.fix.edits.map((e) => ({ content: e.text, location: e.location, end_location: e.end_location })),
        }
      : null,
  };
}

/** json-lines: one JSON object per finding, one per line (and one per file that failed). */
export function jsonLinesReporter(options: ReportOptions): Reporter {
  return {
    file(result) {
      const rel = displayPath(options.cwd, result.path);
      let out = result.status === 'failed' ? `${JSON.stringify({ path: rel, error: result.error })}\n` : '';
      for (const f of visibleFindings(result, options)) out += `${JSON.stringify(findingJson(f, rel))}\n`;
      return out;
    },
    end: () => '',
  };
}

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** junit: a test suite per file, a failing test case per finding that still needs work (as ruff writes it). */
export function junitReporter(options: ReportOptions): Reporter {
  return {
    file: () => '',
    end(_summary: Summary, results: FileResult[]) {
      let failures = 0;
      let tests = 0;
      const suites: string[] = [];
      for (const r of results) {
        const list = shown(r, options).filter((f) => f.outcome !== 'skipped');
        if (!list.length && r.status !== 'failed') continue;
        const rel = xml(displayPath(options.cwd, r.path));
        const cases = list.map(
          (f) =>
            `    <testcase name="org.pysockfix.${f.code}" classname="${rel}" line="${f.location.line}" column="${f.location.column}">\n` +
            `      <failure message="${xml(f.message)}">line ${f.location.line}, col ${f.location.column}, ${xml(f.message)}</failure>\n` +
            '    </testcase>\n',
        );
        if (r.status === 'failed') cases.push(`    <testcase name="org.pysockfix.error" classname="${rel}">\n      <error message="${xml(r.error ?? 'failed')}"/>\n    </testcase>\n`);
        tests += cases.length;
        failures += cases.length;
        suites.push(`  <testsuite name="${rel}" tests="${cases.length}" failures="${cases.length}" errors="0">\n${cases.join('')}  </testsuite>\n`);
      }
      return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pysockfix" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('')}</testsuites>\n`;
    },
  };
}

/** gitlab: GitLab Code Quality (Code Climate issues), with a fingerprint stable across runs and line moves of other code. */
export function gitlabReporter(options: ReportOptions): Reporter {
  return {
    file: () => '',
    end(_summary: Summary, results: FileResult[]) {
      const seen = new Map<string, number>();
      const issues = results.flatMap((r) => {
        const rel = displayPath(options.cwd, r.path).split(path.sep).join('/');
        return shown(r, options)
          .filter((f) => f.outcome !== 'skipped')
          .map((f) => {
            // Ex) two findings with the same code, receiver and message in one file: numbered, so each stays unique
            const base = `${rel}\0${f.code}\0${f.receiver}\0${f.message}`;
            const n = (seen.get(base) ?? 0) + 1;
            seen.set(base, n);
            return {
              check_name: f.code,
              description: `${f.code}: ${f.message}`,
              severity: f.outcome === 'fix-safe' ? 'major' : 'minor',
              fingerprint: createHash('sha256').update(`${base}\0${n}`).digest('hex').slice(0, 32),
              location: { path: rel, lines: { begin: f.location.line, end: f.end.line } },
            };
          });
      });
      return `${JSON.stringify(issues, null, 2)}\n`;
    },
  };
}

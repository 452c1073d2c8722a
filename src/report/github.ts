// --output-format github: workflow commands that GitHub Actions shows as annotations.
import type { FileResult } from '../runner/process-file.js';
import { displayPath, listedFindings, summaryLine, type Reporter, type ReportOptions, type Summary } from './reporter.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubReporter(options: ReportOptions): Reporter {
  return {
    file(result: FileResult) {
      const rel = escapeProp(displayPath(options.cwd, result.path));
      let out = '';
      if (result.status === 'failed') out += `::error file=${rel}::${escapeData(result.error ?? 'failed')}\n`;
      for (const f of listedFindings(result, options)) {
        const level = f.outcome === 'skipped' ? 'notice' : 'warning';
        out += `::${level} file=${rel},line=${f.location.line},col=${f.location.column},endLine=${f.end.line},endColumn=${f.end.column},title=${f.code}::${escapeData(`${f.code} ${f.message}`)}\n`;
      }
      return out;
    },
    end: (summary: Summary) => `${summaryLine(summary, options.mode)}\n`,
  };
}

import { displayPath, listedFindings, summaryLine } from './reporter.js';
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
export function githubReporter(options) {
    return {
        file(result) {
            const rel = escapeProp(displayPath(options.cwd, result.path));
            let out = '';
            if (result.status === 'failed')
                out += `::error file=${rel}::${escapeData(result.error ?? 'failed')}\n`;
            for (const f of listedFindings(result, options)) {
                const level = f.outcome === 'skipped' ? 'notice' : 'warning';
                out += `::${level} file=${rel},line=${f.location.line},col=${f.location.column},endLine=${f.end.line},endColumn=${f.end.column},title=${f.code}::${escapeData(`${f.code} ${f.message}`)}\n`;
            }
            return out;
        },
        end: (summary) => `${summaryLine(summary, options.mode)}\n`,
    };
}

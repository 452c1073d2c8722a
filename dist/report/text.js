// The default output: `path:line:col: CODE message`, a code frame, the fix title.
import pc from 'picocolors';
import { displayPath, findingTag, isRemaining, listedFindings, summaryLine } from './reporter.js';
function frame(lines, f, color) {
    if (!lines)
        return '';
    const text = lines[f.location.line];
    if (text === undefined)
        return '';
    const gutter = String(f.location.line);
    const caretWidth = f.end.line === f.location.line ? Math.max(1, f.end.column - f.location.column) : 1;
    const pad = [...text.slice(0)].slice(0, f.location.column - 1).map((ch) => (ch === '\t' ? '\t' : ' ')).join('');
    return `  ${gutter} | ${text.replace(/\r$/, '')}\n  ${' '.repeat(gutter.length)} | ${pad}${color('^'.repeat(caretWidth))}\n`;
}
export function textReporter(options) {
    const c = pc.createColors(options.color);
    return {
        file(result) {
            const shown = listedFindings(result, options);
            const unused = options.reportUnusedSuppressions ? result.unusedSuppressions : [];
            // Ex) 13,000 files of a warm run, few with anything to say: path.relative() was 50 ms of it
            if (result.status !== 'failed' && !shown.length && !unused.length)
                return '';
            const rel = displayPath(options.cwd, result.path);
            let out = '';
            if (result.status === 'failed')
                out += `${c.bold(rel)}: ${c.red('error')}: ${result.error}\n`;
            // The frame is the decoded text the analysis read (stdin, latin-1, a file changed since): never the disk file again.
            const lines = result.sourceLines;
            for (const f of shown) {
                const paint = f.outcome === 'skipped' || f.outcome === 'no-fix' ? c.dim : f.outcome === 'fix-unsafe' ? c.yellow : c.cyan;
                const tag = paint(findingTag(f));
                out += `${c.bold(rel)}:${f.location.line}:${f.location.column}: ${c.red(c.bold(f.code))} ${tag} ${f.message}\n`;
                if (options.mode !== 'write')
                    out += frame(lines, f, c.red);
                // Ex) SOCK004: the function to pass instead, as a code block
                if (f.suggestion && isRemaining(f))
                    out += `  ${c.cyan('suggestion')}:\n${f.suggestion.split('\n').map((l) => `      ${l}`).join('\n')}\n`;
                if (f.fix && isRemaining(f))
                    out += `  ${c.cyan('help')}: ${f.fix.title}${f.outcome === 'fix-unsafe' && !options.unsafeFixes ? ' (unsafe: use --unsafe-fixes)' : ''}\n`;
            }
            for (const u of unused) {
                out += `${c.bold(rel)}:${u.line}:1: ${c.yellow('unused suppression')} ${u.text}\n`;
            }
            return out;
        },
        end(summary) {
            // Ex) -q: the diagnostics only, as ruff's --quiet
            return options.quiet ? '' : `${summaryLine(summary, options.mode)}\n`;
        },
    };
}

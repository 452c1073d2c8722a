// --diff: a unified diff of every file --write would change. Each file's diff
// is written in that file's own encoding, with its UTF-8 BOM in the context of
// line 1, so that `git apply` and `patch` take it.
import iconv from 'iconv-lite';
import pc from 'picocolors';
import { displayPath, type ReportOptions, type Reporter } from './reporter.js';

export async function diffReporter(options: ReportOptions): Promise<Reporter> {
  const { createTwoFilesPatch } = await import('diff');
  return {
    file(r) {
      if (r.status !== 'changed' || r.before === undefined || r.after === undefined) return '';
      const rel = displayPath(options.cwd, r.path);
      const bom = r.bom ? '\uFEFF' : '';
      const patch = createTwoFilesPatch(`a/${rel}`, `b/${rel}`, bom + r.before, bom + r.after, '', '', { context: 3 }).replace(/^(Index: .*\n)?=+\n/, '');
      // Ex) a terminal: - red, + green, @@ cyan; never under NO_COLOR or into a pipe (options.color says which)
      const shown = options.color ? colorDiff(patch) : patch;
      return encodeAs(shown, r.encoding ?? 'utf-8');
    },
    end: () => '',
  };
}

function colorDiff(patch: string): string {
  const c = pc.createColors(true);
  return patch
    .split('\n')
    .map((l) => (l.startsWith('+++') || l.startsWith('---') ? c.bold(l) : l.startsWith('+') ? c.green(l) : l.startsWith('-') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l))
    .join('\n');
}

/** The patch in the file's encoding (the headers are ASCII, which every codec a cookie may name keeps). */
function encodeAs(patch: string, encoding: string): string | Uint8Array {
  if (encoding === 'utf-8' || encoding === 'ascii') return patch;
  if (encoding === 'latin-1') return Buffer.from(patch, 'latin1');
  return iconv.encode(patch, encoding);
}

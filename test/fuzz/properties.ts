// The fuzzer's properties, checked on every input: lintSource never throws or
// fails internally, stays within a time bound, adds no parse error, changes the
// text only inside the edits it reports, and a second pass changes nothing.
import { linesForAnalysis, lintSource, type LintOptions } from '../../src/lint.js';
import { loadedParser, parseErrorCount } from '../../src/parse.js';
import { decodeSource } from '../../src/source.js';

export const TIME_BOUND_MS = 5000;

/** Does `output` equal `input` outside the given ranges of `input`? */
export function onlyInside(input: string, output: string, ranges: { start: number; end: number }[]): boolean {
  const merged: { start: number; end: number }[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  let at = 0; // in input
  let out = 0; // in output
  for (const [i, r] of merged.entries()) {
    const gap = input.slice(at, r.start);
    // The text before the first edit is a prefix of the output; later gaps follow in order.
    const found = i === 0 ? (output.startsWith(gap) ? 0 : -1) : output.indexOf(gap, out);
    if (found === -1) return false;
    out = found + gap.length;
    at = r.end;
  }
  const tail = input.slice(at);
  return output.endsWith(tail) && output.length - tail.length >= out;
}

/** Checks one input; returns what went wrong, or null. */
export function checkInput(input: Buffer, options: LintOptions): string | null {
  const started = performance.now();
  let fixed;
  try {
    fixed = lintSource(input, { ...options, fix: true });
  } catch (err) {
    return `lintSource threw: ${(err as Error).stack}`;
  }
  const elapsed = performance.now() - started;
  if (elapsed > TIME_BOUND_MS) return `took ${elapsed.toFixed(0)} ms (bound ${TIME_BOUND_MS})`;
  const internal = fixed.errors.find((e) => e.startsWith('internal error'));
  if (internal) return internal;
  const decoded = decodeSource(input);
  if (!decoded.ok) return fixed.changed ? 'changed an input it could not decode' : null;
  if (!fixed.changed) return null;
  const after = decodeSource(fixed.output);
  if (!after.ok) return `the output does not decode: ${after.error}`;
  const before = decoded.source.text;
  const out = after.source.text;
  // Lines as Python ends them (a lone \r too), as the analysis reads them
  if (parseErrorCount(loadedParser()!, linesForAnalysis(out)) > parseErrorCount(loadedParser()!, linesForAnalysis(before))) return 'the output has more parse errors than the input';
  const reported = lintSource(input, { ...options, fix: false });
  const ranges = reported.findings.flatMap((f) => f.fix?.edits ?? []);
  if (!onlyInside(before, out, ranges)) return 'the output differs from the input outside the reported edits';
  const again = lintSource(fixed.output, { ...options, fix: true });
  if (again.changed) return 'a second pass changed the output';
  return null;
}

// --statistics: one row per rule, outcome and reason, with its count.
import type { FileResult } from '../runner/process-file.js';
import type { Reporter } from './reporter.js';

/** --statistics: counts per rule, outcome and reason, as text or JSON. */
export function statisticsReporter(format: 'text' | 'json'): Reporter {
  return { file: () => '', end: (_summary, results) => statisticsText(results, format) };
}

function statisticsText(results: FileResult[], format: 'text' | 'json'): string {
  const rows = new Map<string, { code: string; outcome: string; reason: string | null; count: number }>();
  for (const r of results) {
    for (const f of r.findings) {
      const key = `${f.code}\0${f.outcome}\0${f.reason ?? ''}`;
      const row = rows.get(key) ?? { code: f.code, outcome: f.outcome, reason: f.reason ?? null, count: 0 };
      row.count++;
      rows.set(key, row);
    }
  }
  const list = [...rows.values()].sort((a, b) => a.code.localeCompare(b.code) || b.count - a.count);
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  const width = Math.max(5, ...list.map((r) => String(r.count).length));
  return list.map((r) => `${String(r.count).padStart(width)}  ${r.code}  ${r.outcome.padEnd(10)}${r.reason ? `  ${r.reason}` : ''}`.trimEnd() + '\n').join('');
}

import { RULE_NAMES } from '../rules/codes.js';
/** --statistics: counts per rule, outcome and reason, as text or JSON. */
export function statisticsReporter(format) {
    return { file: () => '', end: (_summary, results) => statisticsText(results, format) };
}
function statisticsText(results, format) {
    const rows = new Map();
    for (const r of results) {
        for (const f of r.findings) {
            const key = `${f.code}\0${f.outcome}\0${f.reason ?? ''}`;
            const row = rows.get(key) ?? { code: f.code, outcome: f.outcome, reason: f.reason ?? null, count: 0 };
            row.count++;
            rows.set(key, row);
        }
    }
    const list = [...rows.values()]
        .sort((a, b) => a.code.localeCompare(b.code) || b.count - a.count)
        .map((r) => ({ ...r, name: RULE_NAMES[r.code] ?? r.code }));
    const total = list.reduce((n, r) => n + r.count, 0);
    if (format === 'json')
        return `${JSON.stringify(list, null, 2)}\n`;
    const width = Math.max(5, String(total).length);
    const nameWidth = Math.max(0, ...list.map((r) => r.name.length));
    const rowsText = list.map((r) => `${String(r.count).padStart(width)}  ${r.code}  ${r.name.padEnd(nameWidth)}  ${r.outcome.padEnd(10)}${r.reason ? `  ${r.reason}` : ''}`.trimEnd() + '\n').join('');
    // Ex) per rule, then the total (as ruff's --statistics names each rule)
    const perRule = new Map();
    for (const r of list)
        perRule.set(r.code, (perRule.get(r.code) ?? 0) + r.count);
    const totals = [...perRule].map(([code, n]) => `${String(n).padStart(width)}  ${code}  ${(RULE_NAMES[code] ?? code).padEnd(nameWidth)}  (all outcomes)`.trimEnd()).join('\n');
    return `${rowsText}${list.length ? `${totals}\n` : ''}${String(total).padStart(width)}  total\n`;
}

// The README's rule table, generated from each rule's metadata.
import { RULES } from './index.js';
export { reasonTable } from '../model/reasons.js';

export function ruleTable(): string {
  const rows = RULES.map((r) => `| ${r.meta.code} | ${r.meta.name} | ${r.meta.summary} | ${r.meta.fixTitle} |`);
  return ['| Code | Name | What it finds | Fix |', '|---|---|---|---|', ...rows].join('\n');
}

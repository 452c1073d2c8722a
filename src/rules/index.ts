// The rule registry: one line per rule.
import { closeWithoutShutdown } from './close-without-shutdown.js';
import type { Rule } from './rule.js';

export const RULES: Rule[] = [
  closeWithoutShutdown,
];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.meta.code === code);
}

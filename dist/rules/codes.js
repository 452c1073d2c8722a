// The rule codes, and what a selector may name (a code, a prefix of one, or
// ALL), in a module of its own: the configuration checks selectors without
// loading the rules. test/rules.test.ts keeps this list equal to the registry's.
export const RULE_CODES = ['SOCK001', 'SOCK002', 'SOCK003', 'SOCK004'];
/** Each code's rule name, for reports that load no rule (--statistics). */
export const RULE_NAMES = {
    SOCK001: 'close-without-shutdown',
    SOCK002: 'unguarded-shutdown',
    SOCK003: 'socket-context-manager',
    SOCK004: 'close-as-callback',
};
/** Is `selector` a rule code, a prefix of one (`SOCK`, `SOCK00`), or ALL? */
export function isRuleSelector(selector) {
    const s = selector.trim().toUpperCase();
    return s === 'ALL' || (s.length > 0 && RULE_CODES.some((c) => c.startsWith(s)));
}
/** The first selector in the list that names no rule, or null. */
export function unknownSelector(selectors) {
    return selectors?.find((s) => !isRuleSelector(s)) ?? null;
}

export declare const RULE_CODES: readonly ["SOCK001", "SOCK002", "SOCK003", "SOCK004"];
/** Each code's rule name, for reports that load no rule (--statistics). */
export declare const RULE_NAMES: Readonly<Record<string, string>>;
/** Is `selector` a rule code, a prefix of one (`SOCK`, `SOCK00`), or ALL? */
export declare function isRuleSelector(selector: string): boolean;
/** The first selector in the list that names no rule, or null. */
export declare function unknownSelector(selectors: readonly string[] | undefined): string | null;

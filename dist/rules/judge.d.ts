import { type Reason } from '../model/reasons.js';
import type { Outcome } from './rule.js';
export interface Verdict {
    outcome: Outcome;
    /** The reason that decided the outcome (the first by priority). */
    reason?: Reason;
    detail: string;
}
/** What a rule hands the finding builder: its evidence, and the outcome and message it has without any reason. */
export interface Judged {
    evidence: Evidence;
    base: {
        outcome: 'fix-safe' | 'no-fix';
        detail: string;
    };
}
export declare class Evidence {
    private readonly found;
    add(reason: Reason, detail: string): this;
    /** Has a reason that skips the site been found? (Later checks cannot turn it into a fix.) */
    get skipped(): boolean;
    /** Every reason found, by priority. */
    reasons(): Reason[];
    /**
     * The verdict: skipped with the top skip reason and its detail; else the
     * base outcome (a fix, or no-fix for a rule without one) made unsafe by the
     * top unsafe reason, with every unsafe detail in the order found.
     */
    verdict(base: {
        outcome: 'fix-safe' | 'no-fix';
        detail: string;
    }): Verdict;
}

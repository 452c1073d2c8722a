// The one place where evidence about a site becomes its verdict. Checks add
// reasons (from the reasons table) as they find them; the verdict follows one
// priority rule: a reason that skips the site beats any reason that only makes
// its fix unsafe, and within each tier the reasons table's order decides.
import { REASONS, type Reason } from '../model/reasons.js';
import type { Outcome } from './rule.js';

export interface Verdict {
  outcome: Outcome;
  /** The reason that decided the outcome (the first by priority). */
  reason?: Reason;
  detail: string;
}

const PRIORITY = new Map(Object.keys(REASONS).map((r, i) => [r as Reason, i]));
const skips = (r: Reason) => REASONS[r].outcome === 'skipped';

/** What a rule hands the finding builder: its evidence, and the outcome and message it has without any reason. */
export interface Judged {
  evidence: Evidence;
  base: { outcome: 'fix-safe' | 'no-fix'; detail: string };
}

export class Evidence {
  private readonly found: { reason: Reason; detail: string }[] = [];

  add(reason: Reason, detail: string): this {
    this.found.push({ reason, detail });
    return this;
  }

  /** Has a reason that skips the site been found? (Later checks cannot turn it into a fix.) */
  get skipped(): boolean {
    return this.found.some((f) => skips(f.reason));
  }

  /** Every reason found, by priority. */
  reasons(): Reason[] {
    return this.found.map((f) => f.reason).sort((a, b) => PRIORITY.get(a)! - PRIORITY.get(b)!);
  }

  /**
   * The verdict: skipped with the top skip reason and its detail; else the
   * base outcome (a fix, or no-fix for a rule without one) made unsafe by the
   * top unsafe reason, with every unsafe detail in the order found.
   */
  verdict(base: { outcome: 'fix-safe' | 'no-fix'; detail: string }): Verdict {
    const [top] = this.reasons();
    if (!top) return { outcome: base.outcome, detail: base.detail };
    if (skips(top)) return { outcome: 'skipped', reason: top, detail: this.found.find((f) => f.reason === top)!.detail };
    const detail = [base.detail, ...this.found.map((f) => f.detail)].join('; ');
    if (base.outcome === 'no-fix') return { outcome: 'no-fix', detail };
    return { outcome: 'fix-unsafe', reason: top, detail };
  }
}

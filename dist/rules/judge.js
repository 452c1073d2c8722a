// The one place where evidence about a site becomes its verdict. Checks add
// reasons (from the reasons table) as they find them; the verdict follows one
// priority rule: a reason that skips the site beats any reason that only makes
// its fix unsafe, and within each tier the reasons table's order decides.
import { REASONS } from '../model/reasons.js';
const PRIORITY = new Map(Object.keys(REASONS).map((r, i) => [r, i]));
const skips = (r) => REASONS[r].outcome === 'skipped';
export class Evidence {
    found = [];
    add(reason, detail) {
        this.found.push({ reason, detail });
        return this;
    }
    /** Has a reason that skips the site been found? (Later checks cannot turn it into a fix.) */
    get skipped() {
        return this.found.some((f) => skips(f.reason));
    }
    /** Every reason found, by priority. */
    reasons() {
        return this.found.map((f) => f.reason).sort((a, b) => PRIORITY.get(a) - PRIORITY.get(b));
    }
    /**
     * The verdict: skipped with the top skip reason and its detail; else the
     * base outcome (a fix, or no-fix for a rule without one) made unsafe by the
     * top unsafe reason, with every unsafe detail in the order found.
     */
    verdict(base) {
        const [top] = this.reasons();
        if (!top)
            return { outcome: base.outcome, detail: base.detail };
        if (skips(top))
            return { outcome: 'skipped', reason: top, detail: this.found.find((f) => f.reason === top).detail };
        const detail = [base.detail, ...this.found.map((f) => f.detail)].join('; ');
        if (base.outcome === 'no-fix')
            return { outcome: 'no-fix', detail };
        return { outcome: 'fix-unsafe', reason: top, detail };
    }
}

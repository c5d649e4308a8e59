package org.corvee.model.dispatch;

import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.terms.KeptPay;

/**
 * What a person expects to keep per month abroad (OD2, OD8): their belief blended with the
 * advertised promise, the promise weighing {@code credibility × (1 − confidence)}, so those
 * with no first-hand source believe it most.
 *
 * <p>With OD2 switched off the "promise" is the honest figure: the slot-weighted mean of what
 * workers actually keep at the start ({@link KeptPay} at month 0).
 */
public final class ExpectedPay {
    private final double promise;
    private final double credibility;

    public ExpectedPay(Parameters p) {
        this.promise = promise(p);
        this.credibility = p.get(BeliefsKeys.PROPAGANDA_CREDIBILITY);
    }

    /** The advertised (or, with OD2 off, honest) monthly pay. */
    public static double promise(Parameters p) {
        if (p.on(MechanismKeys.OD2_PROMISE)) {
            return p.get(BeliefsKeys.PROMISED_PAY);
        }
        return KeptPay.slotWeighted(p, 0);
    }

    /** Expected net monthly pay for a belief and confidence. */
    public double expected(double belief, double confidence) {
        double weight = credibility * (1 - confidence);
        return belief * (1 - weight) + promise * weight;
    }

    /** The promise in use. */
    public double promise() {
        return promise;
    }
}

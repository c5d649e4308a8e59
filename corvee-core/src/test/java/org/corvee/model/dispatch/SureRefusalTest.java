package org.corvee.model.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * A sure refusal is a refusal: wherever {@link SureRefusal} refuses a net and draw, the draw is at
 * or above the decision's probability for that net, including nets at the tabled edges, where
 * rounding would show first.
 */
class SureRefusalTest {
    @Test
    void refusesOnlyWhereTheDecisionRefuses() {
        Parameters p = ParameterCatalog.load().defaults();
        ApplicationDecision decision = new ApplicationDecision(p, 1200, 36);
        double[] income = {3, 12.5, 40, 95, 180, 0.5};
        SureRefusal refusals = new SureRefusal(decision, income);
        SplittableRandom random = new SplittableRandom(7);
        int refused = 0;
        for (int n = 0; n < 2_000_000; n++) {
            int home = random.nextInt(income.length);
            double draw = random.nextDouble() * decision.applyMax();
            // Half the nets at the probability's inverse for the draw itself, nudged by a few ulps.
            double net = n % 2 == 0 ? random.nextDouble() * 3000 - 500
                    : decision.netAt(draw, income[home]) + Math.ulp(1000.0) * (random.nextInt(9) - 4);
            if (refusals.refuses(draw, net, home)) {
                refused++;
                assertThat(draw).as("net %s, draw %s, home %d", net, draw, home)
                        .isGreaterThanOrEqualTo(decision.probability(net, income[home]));
            }
        }
        assertThat(refused).isGreaterThan(100_000);
    }

    @Test
    void refusesNothingOnANaNCeiling() {
        ApplicationDecision decision = new ApplicationDecision(ParameterCatalog.load().defaults(), 1200, 36);
        SureRefusal refusals = new SureRefusal(decision, new double[] {40});
        assertThat(refusals.refuses(decision.applyMax() * 0.999, Double.NaN, 0)).isFalse();
        assertThat(refusals.refuses(0, Double.NEGATIVE_INFINITY, 0)).isFalse();
    }
}

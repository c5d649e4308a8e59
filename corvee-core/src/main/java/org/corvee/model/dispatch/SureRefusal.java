package org.corvee.model.dispatch;

/**
 * The month's sure refusals of the application round: a candidate whose draw is at or above the
 * probability that a {@link ApplicationDecision#ceiling ceiling} on their net gives is refused
 * whatever the bribe's interest, so the round settles most of its refusals (at 0.1, 1.09 M of
 * the 1.16 M among 2.71 M candidates) without the interest's power and the logarithm and
 * exponential of {@link ApplicationDecision#probability}. The outcome is exactly the decision's.
 *
 * <p>Per home income and per step of the draw, a table holds the net up to which the computed
 * probability is surely below the step: the probability's inverse, lowered until the computed
 * probability there is below the step by a margin (1e-9, relative) far wider than the rounding
 * of the logarithm and exponential, then lowered by 1e-9 of itself (and 1e-9), far more than the
 * rounding by which a computed net could exceed its ceiling. The computed probability never
 * falls as the net rises (a logarithm, an exponential and monotone operations, each
 * semi-monotonic), so any net up to the tabled one has a probability below the step; the draw
 * is looked up one step down, so it is above that step whatever the rounding of its index.
 */
final class SureRefusal {
    /** Steps of the draw over [0, apply_max): 64 per home income keeps the table in the first-level cache. */
    private static final int STEPS = 64;
    /** Relative margin of the tabled nets: their probability below the step, and their own lowering. */
    private static final double MARGIN = 1e-9;
    /** Per home income class {@code c}, at {@code c * (STEPS + 1) + k}: the net whose probability is below step k − 1 (NaN: none). */
    private final double[] nets;
    /** STEPS / apply_max: a draw's step. */
    private final double perStep;

    /** @param income the month's home income per class (as the decision reads it) */
    SureRefusal(ApplicationDecision decision, double[] income) {
        double applyMax = decision.applyMax();
        nets = new double[income.length * (STEPS + 1)];
        java.util.Arrays.fill(nets, Double.NaN);
        perStep = applyMax > 0 ? STEPS / applyMax : 0;
        if (!(applyMax > 0) || !Double.isFinite(perStep)) {
            return;
        }
        for (int c = 0; c < income.length; c++) {
            for (int k = 2; k <= STEPS; k++) {
                nets[c * (STEPS + 1) + k] = netBelow(decision, income[c], applyMax * (k - 1) / STEPS);
            }
        }
    }

    /**
     * True if a candidate of home income class {@code home} with draw {@code draw} (below
     * apply_max) and net ceiling {@code ceiling} is refused by the decision (draw ≥ probability).
     * False says nothing.
     */
    boolean refuses(double draw, double ceiling, int home) {
        // A draw at step k is at least step k − 1 + some, whatever the rounding of draw · perStep.
        return ceiling <= nets[home * (STEPS + 1) + (int) (draw * perStep)];
    }

    /**
     * A net whose computed probability at {@code homeIncome} is below {@code step} by the margin
     * (NaN if there is none): the inverse of the probability, lowered until it checks.
     */
    private static double netBelow(ApplicationDecision decision, double homeIncome, double step) {
        double target = step * (1 - MARGIN);
        double net = decision.netAt(step, homeIncome);
        for (int tries = 0; tries < 64 && Double.isFinite(net); tries++) {
            if (decision.probability(net, homeIncome) <= target) {
                return net - Math.abs(net) * MARGIN - MARGIN;
            }
            net -= Math.abs(net) * 1e-6 + 1e-6;
        }
        return Double.NaN;
    }
}

package org.corvee.model.dispatch;

/** Poisson counts by inversion of one uniform draw (OD6: events among the persons of an agent). */
final class PoissonCount {
    private static final int MAX = 1000;

    private PoissonCount() {
    }

    /**
     * The Poisson(λ) count for uniform {@code u}, by inversion of the distribution function;
     * for {@code u ≥ e^−λ} it is at least one.
     */
    static int atLeastOne(double lambda, double u) {
        double p = Math.exp(-lambda);
        double cdf = p;
        int n = 0;
        while (u >= cdf && n < MAX) {
            n++;
            p *= lambda / n;
            cdf += p;
            if (p == 0) {
                break;
            }
        }
        return n;
    }
}

package org.corvee.model.equivalence;

/**
 * Mean and standard error of a statistic over the replicates where it is defined (NaN values,
 * e.g. a ratio with an empty denominator in that seed, are left out); {@code n} counts them.
 */
record Moments(double mean, double se, int n) {
    static Moments of(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new Moments(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN;
        return new Moments(mean, se, n);
    }
}

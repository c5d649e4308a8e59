package org.corvee.analysis.abc;


/**
 * Systematic resampling of a weighted ensemble into equally weighted members (Kitagawa 1996):
 * with cumulative normalised weights C and one offset u in [0, 1), member k is the first
 * particle whose C exceeds (k + u) / n. Particle p is drawn ⌊n·w_p⌋ or ⌈n·w_p⌉ times, so the
 * members' empirical distribution matches the weights with the least added noise.
 */
public final class Resampling {
    private Resampling() {
    }

    /** Indices of the {@code n} members drawn from {@code weights} (≥ 0, not all 0) with offset {@code u}. */
    public static int[] systematic(double[] weights, int n, double u) {
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, found " + w);
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights sum to " + total + "; at least one must be positive");
        }
        if (!(u >= 0 && u < 1)) {
            throw new IllegalArgumentException("offset must be in [0, 1), found " + u);
        }
        int[] out = new int[n];
        double cumulative = weights[0] / total;
        int p = 0;
        for (int k = 0; k < n; k++) {
            double point = (k + u) / n;
            while (point >= cumulative && p < weights.length - 1) {
                p++;
                cumulative += weights[p] / total;
            }
            out[k] = p;
        }
        return out;
    }
}

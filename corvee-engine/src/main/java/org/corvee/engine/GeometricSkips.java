package org.corvee.engine;

/**
 * Independent Bernoulli trials drawn by their gaps: instead of one draw per item, the number of
 * failures before the next success is drawn from the geometric distribution
 * {@code P(gap = g) = (1 − p)^g · p}, so a pass over n items at probability p costs about
 * {@code n·p} draws. The set of chosen items has exactly the distribution of n independent
 * Bernoulli(p) draws (each item chosen with probability p, independently of the others).
 *
 * <p>Contract: the gaps are counter-based ({@link RandomStreams}): the k-th gap of a pass is a
 * pure function of (stream, key, month, first draw + k), so a pass keyed by an agent or by a
 * fixed chunk of {@link ParallelRanges} does not depend on the thread count.
 */
public final class GeometricSkips {
    private final double p;
    private final double logFail;

    /** Trials succeeding with probability {@code p} (clamped to [0, 1]). */
    public GeometricSkips(double p) {
        this.p = Math.max(0, Math.min(1, p));
        this.logFail = this.p < 1 ? Math.log1p(-this.p) : Double.NEGATIVE_INFINITY;
    }

    /** The success probability. */
    public double probability() {
        return p;
    }

    /** True if no trial can succeed. */
    public boolean never() {
        return p <= 0;
    }

    /**
     * Failures before the next success for the given draw key; {@link Integer#MAX_VALUE} when no
     * trial succeeds. Inversion: {@code g = ⌊ln(1 − u) / ln(1 − p)⌋} with u uniform in [0, 1).
     */
    public int gap(long stream, long key, int month, int draw) {
        if (p >= 1) {
            return 0;
        }
        if (p <= 0) {
            return Integer.MAX_VALUE;
        }
        double u = RandomStreams.uniform(stream, key, month, draw);
        double g = Math.floor(Math.log1p(-u) / logFail);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) g;
    }
}

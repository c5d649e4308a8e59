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
 *
 * <p>Cost: the inversion's logarithm was the dearest part of a draw (a third of word of mouth's
 * time, issue 15), so the gaps up to {@link #TABLE} are read from a table of the thresholds of
 * the uniform's 53 bits at which the gap steps up: the gap is the number of thresholds at or
 * below the draw. The thresholds are found from the inversion itself (a guess from
 * {@code 1 − (1 − p)^g}, then stepped to where the formula's value changes), so every gap equals
 * the formula's bit for bit; longer gaps fall back to the formula, unless the skips were made
 * with a longer table ({@link #GeometricSkips(double, int)}): at a small p most gaps are long
 * (a quarter above 64 at the demography's monthly marriage rate), and a user that keeps its
 * skips for many months can pay for more thresholds once, searched by halving.
 */
public final class GeometricSkips {
    /** Gaps below this are read from the table of thresholds. */
    static final int TABLE = 64;
    private static final long ONE = 1L << 53;

    private final double p;
    private final double logFail;
    /** atLeast[k]: the smallest 53-bit draw whose gap is at least k + 1 ({@link #ONE} if none). */
    private final long[] atLeast;

    /** longer[j]: the smallest 53-bit draw whose gap is at least TABLE + j + 1 (empty: none kept). */
    private final long[] longer;

    /** Trials succeeding with probability {@code p} (clamped to [0, 1]). */
    public GeometricSkips(double p) {
        this(p, TABLE);
    }

    /**
     * As {@link #GeometricSkips(double)}, with the gaps below {@code table} (at least 64) read
     * from thresholds: about three logarithms per threshold once, for a gap without one later.
     */
    public GeometricSkips(double p, int table) {
        this.p = Math.max(0, Math.min(1, p));
        this.logFail = this.p < 1 ? Math.log1p(-this.p) : Double.NEGATIVE_INFINITY;
        this.atLeast = new long[TABLE];
        boolean some = this.p > 0 && this.p < 1;
        this.longer = new long[some ? Math.max(0, table - TABLE) : 0];
        if (some) {
            for (int k = 0; k < TABLE; k++) {
                atLeast[k] = threshold(k + 1);
            }
            for (int j = 0; j < longer.length; j++) {
                longer[j] = threshold(TABLE + j + 1);
            }
        }
    }

    /** The smallest 53-bit draw whose gap by the formula is at least {@code g}, or {@link #ONE}. */
    private long threshold(int g) {
        if (formula(ONE - 1) < g) {
            return ONE;
        }
        double guess = -Math.expm1(g * logFail) * ONE; // 1 − (1 − p)^g in units of 2^-53
        long t = Math.max(0, Math.min(ONE - 1, (long) Math.ceil(guess)));
        while (formula(t) < g) {
            t++;
        }
        while (t > 0 && formula(t - 1) >= g) {
            t--;
        }
        return t;
    }

    /** The gap by inversion for a draw of 53 bits ({@code u = bits · 2^-53}). */
    private long formula(long bits) {
        double u = bits * 0x1.0p-53;
        double g = Math.floor(Math.log1p(-u) / logFail);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) g;
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
        return gap53(RandomStreams.bits(stream, key, month, draw) >>> 11); // as RandomStreams.uniform
    }

    /** The gap for a draw of 53 bits, by the table if it is short. */
    int gap53(long bits) {
        long[] t = atLeast;
        if (bits < t[0]) {
            return 0;
        }
        if (bits >= t[TABLE - 1]) {
            return longGap(bits);
        }
        // The number of thresholds at or below the draw (at most TABLE - 1 here), by halving
        // steps without branches to mispredict: gaps are as random as the draws.
        int k = 0;
        k += t[k + 31] <= bits ? 32 : 0;
        k += t[k + 15] <= bits ? 16 : 0;
        k += t[k + 7] <= bits ? 8 : 0;
        k += t[k + 3] <= bits ? 4 : 0;
        k += t[k + 1] <= bits ? 2 : 0;
        k += t[k] <= bits ? 1 : 0;
        return k;
    }

    /** A gap of at least {@link #TABLE}: by the longer thresholds if they reach it, else by the formula. */
    private int longGap(long bits) {
        long[] t = longer;
        int n = t.length;
        if (n == 0 || bits >= t[n - 1]) {
            return (int) formula(bits);
        }
        // TABLE plus the number of longer thresholds at or below the draw (fewer than n here)
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= bits) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return TABLE + lo;
    }

    /** The gap by the inversion formula alone, for tests: {@link #gap} must equal it. */
    int formulaGap(long stream, long key, int month, int draw) {
        return (int) formula(RandomStreams.bits(stream, key, month, draw) >>> 11);
    }

    /** The formula's gap for a draw of 53 bits, for tests. */
    long formula53(long bits) {
        return formula(bits);
    }

    /** The threshold table (the first {@link #TABLE}, then the longer ones), for tests. */
    long threshold53(int k) {
        return k < TABLE ? atLeast[k] : longer[k - TABLE];
    }

    /** Number of thresholds kept, for tests. */
    int thresholds() {
        return TABLE + longer.length;
    }
}

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
 * time, issue 15), so the gaps below the table's length ({@link #TABLE}, or longer:
 * {@link #GeometricSkips(double, int)}) are read from a table of the thresholds of the uniform's
 * 53 bits at which the gap steps up: the gap is the number of thresholds at or below the draw.
 * The thresholds are found from the inversion itself (a guess from {@code 1 − (1 − p)^g}, then
 * stepped to where the formula's value changes), so every gap equals the formula's bit for bit;
 * longer gaps fall back to the formula. At a small p most gaps are long (a quarter above 64 at
 * the demography's monthly marriage rate), so a user that keeps its skips for many months pays
 * for more thresholds once.
 *
 * <p>The draw's place among the thresholds is found without a search: {@code 1 − u} as a double
 * (exact: an integer from 1 to 2^53 in units of 2^-53) has an exponent and a mantissa whose top bits,
 * read as one integer, grow with it as its logarithm does, and the gap is that logarithm over
 * {@code ln(1 − p)}. So those bits index a table of the smallest gap in each bucket, with buckets
 * made narrow enough (checked when made) that at most one threshold lies inside one: one compare
 * with that threshold ends it. A search by halving (the former way, 10 mispredicted branches over
 * a thousand thresholds) cost as much as the rest of a marriage pick.
 */
public final class GeometricSkips {
    /** Gaps below this are read from the table of thresholds, by default. */
    static final int TABLE = 64;
    private static final long ONE = 1L << 53;
    /**
     * Most buckets kept: about 1.5 to 3 per threshold at any p down to some 2^-50; below that no
     * table, every gap by the formula.
     */
    private static final int MOST_BUCKETS = 1 << 17;
    /** Most thresholds kept (so the buckets fit, and a bucket's smallest gap fits a char). */
    private static final int MOST_THRESHOLDS = 1 << 14;

    private final double p;
    private final double logFail;
    /** at[k]: the smallest 53-bit draw whose gap is at least k + 1 ({@link #ONE} if none); empty: no table. */
    private final long[] at;
    /** Draws from here on have gaps beyond the table: the formula's. */
    private final long beyond;
    /** Bucket bits: a draw's bucket is the top bits of its {@code 1 − u}'s double, shifted right this much, less {@link #lowest}. */
    private final int shift;
    private final long lowest;
    /** first[b]: the smallest gap of the draws in bucket b (below {@link #beyond}). */
    private final char[] first;

    /** Trials succeeding with probability {@code p} (clamped to [0, 1]). */
    public GeometricSkips(double p) {
        this(p, TABLE);
    }

    /**
     * As {@link #GeometricSkips(double)}, with the gaps below {@code table} (at least 64, at most 16,384) read
     * from thresholds: about three logarithms per threshold once, for a gap without one later.
     */
    public GeometricSkips(double p, int table) {
        this.p = Math.max(0, Math.min(1, p));
        this.logFail = this.p < 1 ? Math.log1p(-this.p) : Double.NEGATIVE_INFINITY;
        boolean some = this.p > 0 && this.p < 1;
        long[] thresholds = new long[some ? Math.max(TABLE, Math.min(MOST_THRESHOLDS, table)) : 0];
        for (int k = 0; k < thresholds.length; k++) {
            thresholds[k] = threshold(k + 1);
        }
        // a bucket is about 2^-bits / -ln(1 - p) gaps wide: start below one, narrow if a bucket
        // still holds two thresholds (the formula's rounding)
        int bits = some ? Math.max(0, (int) Math.ceil(Math.log(1 / -logFail) / Math.log(2))) : 0;
        char[] index = null;
        long limit = thresholds.length > 0 ? thresholds[thresholds.length - 1] : 0;
        for (; some && bits <= 52 && index == null; bits++) {
            index = index(thresholds, limit, 52 - bits);
        }
        if (index == null) { // no table: every gap by the formula
            thresholds = new long[0];
            limit = 0;
        }
        this.at = thresholds;
        this.beyond = limit;
        this.shift = index == null ? 0 : 52 - (bits - 1);
        this.lowest = thresholds.length > 0 ? key(limit - 1, shift) : 0;
        this.first = index == null ? new char[0] : index;
    }

    /** The bucket key of a 53-bit draw: the top bits of the double {@code 2^53 − bits}, which fall as the draw grows. */
    private static long key(long bits, int shift) {
        return Double.doubleToRawLongBits((double) (ONE - bits)) >>> shift;
    }

    /**
     * The smallest gap per bucket for draws below {@code limit}, buckets keyed at {@code shift};
     * null if a bucket holds more than one threshold, or if there would be too many buckets.
     */
    private static char[] index(long[] at, long limit, int shift) {
        if (limit <= 0) {
            return new char[0];
        }
        long lowest = key(limit - 1, shift); // the largest draw has the smallest 1 − u
        long highest = key(0, shift);
        if (highest - lowest + 1 > MOST_BUCKETS) {
            return null;
        }
        char[] first = new char[(int) (highest - lowest + 1)];
        // walk the draws' buckets from the largest draw down: in each, the gaps of its smallest
        // and largest draws (the thresholds on either side), at most one step apart
        for (int b = 0; b < first.length; b++) {
            long k = lowest + b;
            // the draws in bucket k: 2^53 − bits has double bits in [k << shift, (k + 1) << shift)
            long smallX = (long) Math.ceil(Double.longBitsToDouble(k << shift));
            long nextX = (long) Math.ceil(Double.longBitsToDouble((k + 1) << shift));
            long largest = Math.min(limit - 1, ONE - smallX); // the largest draw in the bucket
            long smallest = Math.max(0, ONE - nextX + 1);
            if (smallest > largest) {
                continue; // no draw here (keys between integers): never read
            }
            int lo = count(at, smallest);
            int hi = count(at, largest);
            if (hi - lo > 1) {
                return null;
            }
            first[b] = (char) lo;
        }
        return first;
    }

    /** The number of thresholds at or below {@code bits} (a search by halving, when made). */
    private static int count(long[] at, long bits) {
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] <= bits) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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

    /** The gap for a draw of 53 bits: by its bucket and one threshold if short, else by the formula. */
    int gap53(long bits) {
        if (bits >= beyond) {
            return (int) formula(bits);
        }
        int g = first[(int) (key(bits, shift) - lowest)];
        return g + (at[g] <= bits ? 1 : 0); // at most one threshold within a bucket: g < at.length here
    }

    /** The gap by the inversion formula alone, for tests: {@link #gap} must equal it. */
    int formulaGap(long stream, long key, int month, int draw) {
        return (int) formula(RandomStreams.bits(stream, key, month, draw) >>> 11);
    }

    /** The formula's gap for a draw of 53 bits, for tests. */
    long formula53(long bits) {
        return formula(bits);
    }

    /** The threshold table, for tests. */
    long threshold53(int k) {
        return at[k];
    }

    /** Number of thresholds kept, for tests. */
    int thresholds() {
        return at.length;
    }
}

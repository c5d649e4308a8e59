package org.corvee.engine;

/**
 * The float that {@code n} successive float additions of one value give,
 * {@code for (k < n) r += a}, bit for bit, in a number of steps that follows the binades the
 * sum crosses rather than {@code n}.
 *
 * <p>Why it is exact: within one binade the floats are the multiples of one spacing {@code u}
 * (below {@code 2^-125} the subnormals and the lowest normal binade share the spacing
 * {@code 2^-149}); write {@code r = m·u} and {@code a = (q + f)·u} with {@code q} whole and
 * {@code 0 <= f < 1}. While {@code (m + q + 1)·u} stays below the binade's top, both floats next
 * to the exact sum are in the binade, so the addition rounds to {@code (m + q)·u} if
 * {@code f < 1/2}, to {@code (m + q + 1)·u} if {@code f > 1/2}: the step {@code c·u} is the same
 * at every addition, and {@code j} additions give {@code (m + j·c)·u} exactly. At a tie
 * ({@code f = 1/2}) the sum rounds to the even significand: from an even {@code m} the step is
 * the even one of {@code q} and {@code q + 1}, and {@code m} stays even, so the step is again
 * the same at every addition; from an odd {@code m} one plain addition is made. Round to nearest
 * is symmetric in sign, so two negatives are done on their magnitudes. Everything else (a zero,
 * opposite signs, infinities, NaN) and the few additions at a binade's top are made one by one;
 * an addition that leaves {@code r} unchanged ends the walk, since every later one would too.
 */
public final class RepeatedAddition {
    /** Below this many additions the plain loop is the cheaper way to the same float. */
    private static final int SHORT = 8;
    /** The largest significand (in units of the binade's spacing) kept clear of the binade's top. */
    private static final long LAST = (1L << 24) - 1;

    private RepeatedAddition() {
    }

    /** {@code r} after {@code n} float additions of {@code a} (none if {@code n <= 0}). */
    public static float sum(float r, float a, int n) {
        return n <= SHORT ? loop(r, a, n) : binades(r, a, n);
    }

    /** The definition: {@code n} additions one by one. */
    static float loop(float r, float a, int n) {
        for (int k = 0; k < n; k++) {
            r += a;
        }
        return r;
    }

    /** The same float as {@link #loop} by whole runs of equal steps within a binade. */
    static float binades(float r, float a, int n) {
        long left = n;
        while (left > 0) {
            float next = r + a;
            if (Float.floatToRawIntBits(next) == Float.floatToRawIntBits(r)) {
                return r;
            }
            boolean positive = r > 0 && a > 0;
            if ((positive || (r < 0 && a < 0)) && Float.isFinite(r) && Float.isFinite(a)) {
                double x = Math.abs(r);
                double u = Math.ulp(Math.abs(r));
                long m = (long) (x / u);
                double y = Math.abs(a) / u; // exact: a float divided by a power of two, in double
                if (y < LAST) {
                    long q = (long) y;
                    double f = y - q;
                    long c = f < 0.5 ? q : f > 0.5 ? q + 1 : (m & 1) == 0 ? q + (q & 1) : -1;
                    if (c > 0 && m + q + 1 <= LAST) {
                        long steps = Math.min((LAST - m - q - 1) / c + 1, left);
                        float v = (float) ((m + steps * c) * u);
                        r = positive ? v : -v;
                        left -= steps;
                        continue;
                    }
                }
            }
            r = next;
            left--;
        }
        return r;
    }
}

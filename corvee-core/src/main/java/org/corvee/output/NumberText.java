package org.corvee.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Deterministic, compact text for reported numbers: whole numbers without decimals, others to 9
 * significant digits (the exact binary value rounded half up, trailing zeros dropped, never in
 * exponent form).
 *
 * <p>The defining form is {@link #exact}, through {@link BigDecimal}. A run writes some 300 k
 * values, mostly ratios, and a fresh JVM paid for that form twice at the end of a run: running
 * it interpreted, then compiling its big-number arithmetic. {@link #of} therefore works out the
 * nine digits in {@code long}s wherever one scaling by an exactly held power of ten decides them
 * beyond doubt, and falls back to {@link #exact} elsewhere (a value within a millionth of a unit
 * of the ninth digit from a tie, or too large or small for such a power), so the text is the same
 * for every value ({@code NumberTextTest}).
 */
public final class NumberText {
    private static final MathContext NINE = new MathContext(9);
    /** 10^0 … 10^22: the powers of ten a double holds exactly. */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int k = 0; k < POW10.length; k++) {
            POW10[k] = p;
            p *= 10;
        }
    }

    private NumberText() {
    }

    /** Text of {@code v}. */
    public static String of(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        double r = Math.rint(v);
        if (Math.abs(v - r) <= 1e-9 * Math.max(1, Math.abs(v)) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        String fast = nineDigits(v);
        return fast != null ? fast : exact(v);
    }

    /** The defining form of a value that is not whole: its exact value to 9 significant digits. */
    static String exact(double v) {
        return new BigDecimal(v).round(NINE).stripTrailingZeros().toPlainString();
    }

    /**
     * {@link #exact}'s text worked out in {@code long}s, or null when that cannot be sure of it.
     * With {@code a = |v|} and {@code k} chosen so that {@code t = a·10^k} lies in [10^8, 10^9),
     * the digits are {@code t} rounded half up. The power of ten is exact for |k| ≤ 22, so the
     * computed {@code t} is off the exact product by at most half an ulp: under 10^-7 below 10^9.
     * A fraction more than 10^-6 from one half therefore rounds the same as the exact product;
     * closer, or with {@code t} at the ends of the range (where {@code k} may be off by one), the
     * caller takes the exact form.
     */
    private static String nineDigits(double v) {
        double a = Math.abs(v);
        int k = 8 - (int) Math.floor(Math.log10(a));
        double t;
        if (k >= 0 && k < POW10.length) {
            t = a * POW10[k];
        } else if (k < 0 && -k < POW10.length) {
            t = a / POW10[-k];
        } else {
            return null;
        }
        double f = Math.floor(t);
        if (!(f >= 100_000_001 && f < 999_999_999)) {
            return null;
        }
        double frac = t - f;
        if (Math.abs(frac - 0.5) < 1e-6) {
            return null;
        }
        long digits = (long) f + (frac > 0.5 ? 1 : 0);
        int scale = k; // the value is digits · 10^-scale
        while (digits % 10 == 0) {
            digits /= 10;
            scale--;
        }
        return plain(v < 0, digits, scale);
    }

    /** {@code digits · 10^-scale} as {@link BigDecimal#toPlainString} writes it. */
    private static String plain(boolean negative, long digits, int scale) {
        String d = Long.toString(digits);
        StringBuilder sb = new StringBuilder(d.length() + Math.abs(scale) + 3);
        if (negative) {
            sb.append('-');
        }
        if (scale <= 0) {
            sb.append(d);
            for (int z = 0; z < -scale; z++) {
                sb.append('0');
            }
        } else if (d.length() > scale) {
            sb.append(d, 0, d.length() - scale).append('.').append(d, d.length() - scale, d.length());
        } else {
            sb.append("0.");
            for (int z = 0; z < scale - d.length(); z++) {
                sb.append('0');
            }
            sb.append(d);
        }
        return sb.toString();
    }
}

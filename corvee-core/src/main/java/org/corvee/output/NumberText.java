package org.corvee.output;

import java.math.BigDecimal;
import java.math.MathContext;

/** Deterministic, compact text for reported numbers: whole numbers without decimals, others to 9 significant digits. */
public final class NumberText {
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
        return new BigDecimal(v).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }
}

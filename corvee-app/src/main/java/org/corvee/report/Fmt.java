package org.corvee.report;

import java.util.Locale;

/** Numbers for tables: thousands separators for large values, three significant digits for small ones. */
final class Fmt {
    private Fmt() {
    }

    /** Text of {@code v}; "—" for NaN. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 1) {
            return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v)
                    : String.format(Locale.ROOT, "%.2f", v);
        }
        if (a == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** A relative error as a percentage. */
    static String percent(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f%%", Math.abs(v) < 0.0005 ? 0.0 : v * 100);
    }
}

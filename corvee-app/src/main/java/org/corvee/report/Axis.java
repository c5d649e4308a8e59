package org.corvee.report;

import java.util.Locale;

/**
 * A "nice" linear value axis: bounds rounded out to a step of 1, 2 or 5 × 10^k giving 4–8 ticks,
 * and compact tick labels (12k, 3.4M, 1.2B; 0.25 for shares).
 */
record Axis(double min, double max, double step) {

    /** The axis covering [lo, hi] (and 0 when {@code fromZero}). */
    static Axis covering(double lo, double hi, boolean fromZero) {
        if (fromZero) {
            lo = Math.min(0, lo);
            hi = Math.max(0, hi);
        }
        if (!(hi > lo)) {
            hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
        }
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double f : new double[] {1, 2, 5, 10}) {
            step = f * mag;
            if (step >= raw) {
                break;
            }
        }
        return new Axis(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    /** Number of tick intervals. */
    int ticks() {
        return (int) Math.round((max - min) / step);
    }

    /** A compact label for a tick value. */
    String label(double v) {
        if (Math.abs(v) < step * 1e-9) {
            return "0";
        }
        double a = Math.abs(max) > Math.abs(min) ? Math.abs(max) : Math.abs(min);
        if (a >= 1e9) {
            return trim(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%d", (long) Math.rint(v));
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}

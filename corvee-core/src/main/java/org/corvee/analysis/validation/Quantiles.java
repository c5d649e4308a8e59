package org.corvee.analysis.validation;


/**
 * Quantiles of a sorted sample by linear interpolation between order statistics (the
 * "type 7" rule of R and numpy, and DuckDB's {@code quantile_cont}), so that bands computed in
 * Java and in the database agree.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The {@code q}-quantile of {@code sorted} (ascending, non-empty). */
    public static double of(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}

package org.corvee.analysis.validation;


import java.util.Arrays;
import java.util.Comparator;

/**
 * The one quantile rule of every band the program shows or writes (the report's 90% bands and
 * validation table, {@code bands.csv}, {@code target-bands.csv}, {@code targets-fit.csv},
 * {@code posterior-summary.csv}, the database's {@code series_summary}): linear interpolation
 * between order statistics, the "type 7" rule of R and numpy and DuckDB's
 * {@code quantile_cont}, so that bands computed in Java and in the database agree.
 *
 * <p>Weighted samples (calibration particles) use the same rule with weights: the sorted value
 * k sits at position {@code p_k = (weight before k) / (total weight − weight of the largest)},
 * which runs from 0 to 1 and is {@code (k − 1)/(n − 1)} for equal weights; the quantile
 * interpolates linearly between positions. Equal weights give exactly {@link #of}.
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

    /**
     * The {@code q}-quantile of {@code x} with weights {@code w} (need not be normalised);
     * NaN values and zero weights are left out; NaN if nothing is left.
     */
    public static double weighted(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        int n = 0;
        boolean equal = true;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && w[i] > 0) {
                equal &= n == 0 || w[i] == w[order[0]];
                order[n++] = i;
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        Integer[] idx = Arrays.copyOf(order, n);
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> x[i]).thenComparingInt(i -> i));
        double[] sorted = new double[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = x[idx[k]];
        }
        if (equal || n == 1) {
            return of(sorted, q);
        }
        double span = -w[idx[n - 1]];
        for (Integer i : idx) {
            span += w[i];
        }
        double before = 0;
        for (int k = 0; k < n - 1; k++) {
            double p0 = before / span;
            before += w[idx[k]];
            double p1 = before / span;
            if (q <= p1 || k == n - 2) {
                double f = Math.max(0, Math.min(1, (q - p0) / (p1 - p0)));
                return sorted[k] + f * (sorted[k + 1] - sorted[k]);
            }
        }
        return sorted[n - 1];
    }
}

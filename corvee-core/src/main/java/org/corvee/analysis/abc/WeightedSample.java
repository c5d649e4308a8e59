package org.corvee.analysis.abc;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Weighted summaries of a particle population: mean, quantiles, covariance. Weights need not
 * be normalised; NaN values are ignored by mean and quantile.
 */
public final class WeightedSample {
    private WeightedSample() {
    }

    /** Weighted mean of the non-NaN values. */
    public static double mean(double[] x, double[] w) {
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                s += w[i] * x[i];
                sw += w[i];
            }
        }
        return sw == 0 ? Double.NaN : s / sw;
    }

    /** Weighted standard deviation (weights as frequencies, normalised). */
    public static double sd(double[] x, double[] w) {
        double m = mean(x, w);
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                s += w[i] * (x[i] - m) * (x[i] - m);
                sw += w[i];
            }
        }
        return sw == 0 ? Double.NaN : Math.sqrt(s / sw);
    }

    /**
     * The weighted q-quantile: the smallest value whose cumulative normalised weight reaches q
     * (an inverse of the weighted empirical distribution function). Used only for the ABC
     * tolerance schedule, which must be one of the distances; every band shown or written uses
     * {@link org.corvee.validation.Quantiles}.
     */
    public static double quantile(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        double total = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                order[n++] = i;
                total += w[i];
            }
        }
        if (n == 0 || total == 0) {
            return Double.NaN;
        }
        Integer[] idx = Arrays.copyOf(order, n);
        Arrays.sort(idx, Comparator.comparingDouble((Integer i) -> x[i]).thenComparingInt(i -> i));
        double cum = 0;
        for (Integer i : idx) {
            cum += w[i] / total;
            if (cum >= q - 1e-12) {
                return x[i];
            }
        }
        return x[idx[n - 1]];
    }

    /** Weighted covariance matrix of the rows of {@code x} (n points × d dimensions). */
    public static double[][] covariance(double[][] x, double[] w) {
        int d = x[0].length;
        double sw = 0;
        double[] mean = new double[d];
        for (int i = 0; i < x.length; i++) {
            sw += w[i];
            for (int k = 0; k < d; k++) {
                mean[k] += w[i] * x[i][k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= sw;
        }
        double[][] c = new double[d][d];
        for (int i = 0; i < x.length; i++) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    c[a][b] += w[i] * (x[i][a] - mean[a]) * (x[i][b] - mean[b]) / sw;
                }
            }
        }
        return c;
    }
}

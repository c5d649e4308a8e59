package org.corvee.report;

import java.util.List;
import org.corvee.analysis.validation.Quantiles;

/**
 * A monthly series over replicates: the mean and the 90% band (5th and 95th percentiles, the
 * same interpolation as the database's {@code series_summary} view). With one replicate the band
 * collapses onto the line. A month where every replicate is NaN stays NaN.
 */
public record Band(double[] mean, double[] low, double[] high, int replicates) {

    /** The band of per-replicate series of equal length; null entries (metric absent) give null. */
    static Band of(List<double[]> replicates) {
        if (replicates.isEmpty()) {
            return null;
        }
        for (double[] r : replicates) {
            if (r == null) {
                return null;
            }
        }
        int n = replicates.get(0).length;
        double[] mean = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] buf = new double[replicates.size()];
        for (int m = 0; m < n; m++) {
            int k = 0;
            double s = 0;
            for (double[] r : replicates) {
                if (!Double.isNaN(r[m])) {
                    buf[k++] = r[m];
                    s += r[m];
                }
            }
            if (k == 0) {
                mean[m] = lo[m] = hi[m] = Double.NaN;
                continue;
            }
            double[] v = java.util.Arrays.copyOf(buf, k);
            java.util.Arrays.sort(v);
            mean[m] = s / k;
            lo[m] = Quantiles.of(v, 0.05);
            hi[m] = Quantiles.of(v, 0.95);
        }
        return new Band(mean, lo, hi, replicates.size());
    }

    /**
     * The trailing mean over {@code window} months (fewer at the start), so that monthly flows
     * with yearly rounds and contract cohorts read as levels; null stays null.
     */
    static double[] trailingMean(double[] v, int window) {
        if (v == null || window <= 1) {
            return v;
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            int n = 0;
            for (int j = Math.max(0, i - window + 1); j <= i; j++) {
                if (!Double.isNaN(v[j])) {
                    s += v[j];
                    n++;
                }
            }
            out[i] = n == 0 ? Double.NaN : s / n;
        }
        return out;
    }

    /** Element-wise ratio a/b of two series (NaN where b is 0 or NaN). */
    static double[] ratio(double[] a, double[] b) {
        if (a == null || b == null) {
            return null;
        }
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] == 0 ? Double.NaN : a[i] / b[i];
        }
        return r;
    }
}

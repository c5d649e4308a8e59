package org.corvee.analysis.sensitivity;

import org.hipparchus.random.SobolSequenceGenerator;

/**
 * Saltelli's sampling design for Sobol indices (Saltelli 2002; Saltelli et al. 2010): two
 * base matrices A and B of N points in the unit cube [0, 1)^k, taken from one 2k-dimensional
 * Sobol low-discrepancy sequence (the first, all-zero point skipped), and for each input i the
 * matrix A_B^(i) = A with column i taken from B. Total cost N (k + 2) model runs.
 *
 * <p>Row order of {@link #points()}: for each base point j: A_j, B_j, then A_B^(1)_j .. A_B^(k)_j.
 */
public final class SaltelliDesign {
    private final int k;
    private final int n;
    private final double[][] a;
    private final double[][] b;

    /** A design for {@code k} inputs with {@code n} base points. */
    public SaltelliDesign(int k, int n) {
        if (k < 1 || n < 2) {
            throw new IllegalArgumentException("need at least 1 input and 2 base points");
        }
        this.k = k;
        this.n = n;
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        gen.nextVector();
        a = new double[n][k];
        b = new double[n][k];
        for (int j = 0; j < n; j++) {
            double[] v = gen.nextVector();
            System.arraycopy(v, 0, a[j], 0, k);
            System.arraycopy(v, k, b[j], 0, k);
        }
    }

    /** Every point to evaluate, n (k + 2) rows in the documented order. */
    public double[][] points() {
        double[][] out = new double[n * (k + 2)][];
        int r = 0;
        for (int j = 0; j < n; j++) {
            out[r++] = a[j].clone();
            out[r++] = b[j].clone();
            for (int i = 0; i < k; i++) {
                double[] x = a[j].clone();
                x[i] = b[j][i];
                out[r++] = x;
            }
        }
        return out;
    }

    /**
     * First-order (S1, Saltelli et al. 2010 estimator) and total-order (ST, Jansen 1999
     * estimator) indices from the outputs {@code y} of {@link #points()}, in the same order.
     * Returns {S1[], ST[]}; NaN if the output does not vary.
     */
    public double[][] indices(double[] y) {
        if (y.length != n * (k + 2)) {
            throw new IllegalArgumentException("expected " + n * (k + 2) + " outputs, got " + y.length);
        }
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += y[j * (k + 2)] + y[j * (k + 2) + 1];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j = 0; j < n; j++) {
            double ya = y[j * (k + 2)] - mean;
            double yb = y[j * (k + 2) + 1] - mean;
            var += ya * ya + yb * yb;
        }
        var /= 2 * n - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j = 0; j < n; j++) {
                int row = j * (k + 2);
                // centred outputs: same expectation, far less variance when the mean is large
                double fa = y[row] - mean;
                double fb = y[row + 1] - mean;
                double fab = y[row + 2 + i] - mean;
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s1[i] = var == 0 ? Double.NaN : first / n / var;
            st[i] = var == 0 ? Double.NaN : total / (2.0 * n) / var;
        }
        return new double[][] {s1, st};
    }
}

package org.corvee.analysis.abc;


/**
 * The multivariate normal perturbation kernel of ABC-SMC, with covariance twice the weighted
 * covariance of the previous population (Beaumont, Cornuet, Marin and Robert 2009), in the
 * priors' working space.
 *
 * <p>{@link #logDensity} omits the normalising constant, which is the same for every ancestor
 * and cancels in the importance weights. If the covariance is not positive definite (e.g. a
 * parameter collapsed to one value) the kernel falls back to its diagonal with a floor, so it
 * can always move.
 */
public final class PerturbationKernel {
    private final double[][] lower;

    /** A kernel for the weighted population {@code points} (n × d). */
    public PerturbationKernel(double[][] points, double[] weights, double[] floor) {
        double[][] c = WeightedSample.covariance(points, weights);
        int d = c.length;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                c[a][b] *= 2.0;
            }
        }
        double[][] l = cholesky(c);
        if (l == null) {
            double[][] diag = new double[d][d];
            for (int a = 0; a < d; a++) {
                diag[a][a] = Math.max(c[a][a], floor[a] * floor[a]);
            }
            l = cholesky(diag);
        }
        this.lower = l;
    }

    /** The point {@code centre + L z} for standard normal variates {@code z}. */
    public double[] perturb(double[] centre, double[] z) {
        int d = centre.length;
        double[] out = centre.clone();
        for (int a = 0; a < d; a++) {
            for (int b = 0; b <= a; b++) {
                out[a] += lower[a][b] * z[b];
            }
        }
        return out;
    }

    /** log K(x | centre) up to a constant: −½ (x − c)ᵀ Σ⁻¹ (x − c). */
    public double logDensity(double[] x, double[] centre) {
        int d = x.length;
        double[] y = new double[d];
        double q = 0;
        for (int a = 0; a < d; a++) {
            double s = x[a] - centre[a];
            for (int b = 0; b < a; b++) {
                s -= lower[a][b] * y[b];
            }
            y[a] = s / lower[a][a];
            q += y[a] * y[a];
        }
        return -0.5 * q;
    }

    /** Lower Cholesky factor, or null if {@code c} is not positive definite. */
    static double[][] cholesky(double[][] c) {
        int d = c.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = c[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 1e-300)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}

package org.corvee.analysis.sensitivity;

import org.corvee.engine.RandomStreams;

/**
 * Morris elementary-effects screening (Morris 1991; μ* of Campolongo, Cariboni and Saltelli
 * 2007): r trajectories through a p-level grid on [0, 1]^k, each moving one input at a time
 * by Δ = p / (2 (p − 1)), in a random order. The elementary effect of input i on a trajectory
 * is (f(x + e_i Δ) − f(x)) / Δ (with the sign of the step); μ* is the mean of its absolute
 * values (overall importance), σ the standard deviation (interaction or non-linearity).
 *
 * <p>Row order of {@link #points()}: trajectory by trajectory, k + 1 points each.
 */
public final class MorrisDesign {
    private final int k;
    private final int r;
    private final double delta;
    private final double[][] points;
    private final int[][] order;

    /** A design for {@code k} inputs, {@code r} trajectories, {@code levels} grid levels (even, ≥ 2). */
    public MorrisDesign(int k, int r, int levels, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("a Morris design needs at least one parameter to vary");
        }
        if (r < 2) {
            throw new IllegalArgumentException("--trajectories must be at least 2 (the spread of the effects needs two), "
                    + "was " + r);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("--levels must be an even number of grid levels, 2 or more (each step "
                    + "then moves half the range), was " + levels);
        }
        this.k = k;
        this.r = r;
        this.delta = levels / (2.0 * (levels - 1));
        this.points = new double[r * (k + 1)][];
        this.order = new int[r][];
        RandomStreams rs = new RandomStreams(seed);
        long key = rs.stream("morris");
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                int level = RandomStreams.below(key, t, 0, i, levels);
                x[i] = level / (levels - 1.0);
            }
            int[] perm = new int[k];
            for (int i = 0; i < k; i++) {
                perm[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = RandomStreams.below(key, t, 1, i, i + 1);
                int tmp = perm[i];
                perm[i] = perm[j];
                perm[j] = tmp;
            }
            order[t] = perm;
            points[t * (k + 1)] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = perm[s];
                x[i] = x[i] + delta <= 1.0 + 1e-12 ? x[i] + delta : x[i] - delta;
                points[t * (k + 1) + s + 1] = x.clone();
            }
        }
    }

    /** Every point to evaluate, r (k + 1) rows. */
    public double[][] points() {
        double[][] out = new double[points.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = points[i].clone();
        }
        return out;
    }

    /** {μ*[], σ[], μ[]} from the outputs {@code y} of {@link #points()}, in the same order. */
    public double[][] effects(double[] y) {
        if (y.length != points.length) {
            throw new IllegalArgumentException("expected " + points.length + " outputs, got " + y.length);
        }
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int i = order[t][s];
                int row = t * (k + 1) + s;
                double step = points[row + 1][i] - points[row][i];
                ee[i][t] = (y[row + 1] - y[row]) / step;
            }
        }
        double[] muStar = new double[k];
        double[] sigma = new double[k];
        double[] mu = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            double sa = 0;
            for (double e : ee[i]) {
                s += e;
                sa += Math.abs(e);
            }
            mu[i] = s / r;
            muStar[i] = sa / r;
            double v = 0;
            for (double e : ee[i]) {
                v += (e - mu[i]) * (e - mu[i]);
            }
            sigma[i] = Math.sqrt(v / (r - 1));
        }
        return new double[][] {muStar, sigma, mu};
    }
}

package org.corvee.analysis.abc;

import java.util.List;

/**
 * One complete ABC-SMC population: generation index (0 = from the prior), its tolerance
 * (infinite for generation 0), the accepted particles, the runs it took and the runs of the
 * whole calibration so far, and the names of the particles' statistics.
 */
public record Generation(int index, double epsilon, List<Particle> particles, int runs, int runsTotal,
                         List<String> statNames) {
    public Generation {
        particles = List.copyOf(particles);
        statNames = List.copyOf(statNames);
    }

    /** Accepted / proposed in this generation. */
    public double acceptance() {
        return runs == 0 ? 0 : (double) particles.size() / runs;
    }

    /** The normalised weights. */
    public double[] weights() {
        double[] w = new double[particles.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = particles.get(i).weight();
        }
        return w;
    }

    /** Parameter {@code k}'s working-space values over the particles. */
    public double[] column(int k) {
        double[] x = new double[particles.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = particles.get(i).theta()[k];
        }
        return x;
    }
}

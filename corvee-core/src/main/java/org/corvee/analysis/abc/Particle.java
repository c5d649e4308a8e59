package org.corvee.analysis.abc;


/**
 * One accepted parameter set: its point in the priors' working space, importance weight
 * (normalised within its generation), distance, and the summary statistics of its run.
 */
public record Particle(double[] theta, double weight, double distance, double[] stats) {
    public Particle {
        theta = theta.clone();
        stats = stats.clone();
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public double[] stats() {
        return stats.clone();
    }
}

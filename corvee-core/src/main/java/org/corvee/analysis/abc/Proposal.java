package org.corvee.analysis.abc;


/**
 * One run proposed during a calibration, accepted or not, as stored for later analysis:
 * generation, proposal number within it, parameter values (not working space), distance,
 * accepted flag, weight (0 if rejected) and summary statistics.
 */
public record Proposal(int generation, int number, double[] values, double distance, boolean accepted,
                       double weight, double[] stats) {
    public Proposal {
        values = values.clone();
        stats = stats.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] stats() {
        return stats.clone();
    }
}

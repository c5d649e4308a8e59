package org.corvee.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A target compared with one or more replicate runs: the simulated value is the replicates'
 * mean (with the 5th and 95th percentiles when there are several); the relative error is that
 * of the mean. Empty simulated value = "not simulated yet".
 */
public record TargetCheck(Target target, OptionalDouble simulated, double bandLow, double bandHigh,
                          double relativeError) {

    /** Compares {@code target} with the replicate runs. */
    public static TargetCheck of(Target target, List<SeriesTable> replicates) {
        if (target.statistic() == null) {
            return new TargetCheck(target, OptionalDouble.empty(), Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> values = new ArrayList<>();
        for (SeriesTable run : replicates) {
            OptionalDouble v = target.statistic().evaluate(run);
            if (v.isEmpty()) {
                return new TargetCheck(target, OptionalDouble.empty(), Double.NaN, Double.NaN, Double.NaN);
            }
            values.add(v.getAsDouble());
        }
        if (values.isEmpty()) {
            return new TargetCheck(target, OptionalDouble.empty(), Double.NaN, Double.NaN, Double.NaN);
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        return new TargetCheck(target, OptionalDouble.of(mean), Quantiles.of(v, 0.05), Quantiles.of(v, 0.95),
                target.relativeError(mean));
    }

    /** Whether the relative error is within the target's tolerance (false when not simulated). */
    public boolean withinTolerance() {
        return simulated.isPresent() && relativeError <= target.tolerance() + 1e-12;
    }

    /**
     * The averaged relative difference (ARD, as in the Flee validation harness): the mean relative
     * error over the targets that are simulated; NaN when none is.
     */
    public static double ard(List<TargetCheck> checks) {
        double s = 0;
        int n = 0;
        for (TargetCheck c : checks) {
            if (c.simulated().isPresent()) {
                s += c.relativeError();
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}

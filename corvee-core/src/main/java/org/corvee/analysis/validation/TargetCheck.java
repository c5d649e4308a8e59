package org.corvee.analysis.validation;

import java.util.ArrayList;
import java.util.List;
import org.corvee.analysis.targets.SeriesSource;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetStatistic;

/**
 * A target compared with one or more replicate runs, each evaluated by {@link TargetStatistic}
 * (the calibration's evaluator). The simulated value is the mean over the replicates in which
 * the statistic is defined, with the 5th and 95th percentiles; the relative error is that of
 * the mean.
 *
 * <p>Invariant: either {@code missing} is null and the target is computable (its value may
 * still be NaN when undefined, e.g. 0/0, in every replicate), or {@code missing} says why the
 * model cannot compute it and every number is NaN.
 */
public record TargetCheck(Target target, String missing, double simulated, double bandLow, double bandHigh,
                          int replicates, int undefined) {

    /** Compares {@code target} with the replicate runs (at least one). */
    public static TargetCheck of(Target target, List<? extends SeriesSource> replicates) {
        List<Double> values = new ArrayList<>();
        int undefined = 0;
        for (SeriesSource run : replicates) {
            TargetStatistic.Evaluation e = TargetStatistic.evaluate(target, run);
            if (!e.available()) {
                return new TargetCheck(target, e.missing(), Double.NaN, Double.NaN, Double.NaN, replicates.size(), 0);
            }
            if (Double.isNaN(e.value())) {
                undefined++;
            } else {
                values.add(e.value());
            }
        }
        if (replicates.isEmpty()) {
            return new TargetCheck(target, "no run to compare with", Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        if (values.isEmpty()) {
            return new TargetCheck(target, null, Double.NaN, Double.NaN, Double.NaN, replicates.size(), undefined);
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        return new TargetCheck(target, null, mean, Quantiles.of(v, 0.05), Quantiles.of(v, 0.95), replicates.size(),
                undefined);
    }

    /** Whether the model can compute the target. */
    public boolean available() {
        return missing == null;
    }

    /** Whether there is a simulated value (computable and defined in at least one replicate). */
    public boolean hasValue() {
        return available() && !Double.isNaN(simulated);
    }

    /** The relative error of the simulated mean (NaN without a value). */
    public double relativeError() {
        return hasValue() ? target.relativeError(simulated) : Double.NaN;
    }

    /** Whether the simulated mean is within the target's tolerance (false without a value). */
    public boolean withinTolerance() {
        return hasValue() && target.met(simulated);
    }

    /**
     * The averaged relative difference (ARD, as in the Flee validation harness): the mean relative
     * error over the targets with a simulated value; NaN when none has one.
     */
    public static double ard(List<TargetCheck> checks) {
        double s = 0;
        int n = 0;
        for (TargetCheck c : checks) {
            if (c.hasValue()) {
                s += c.relativeError();
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}

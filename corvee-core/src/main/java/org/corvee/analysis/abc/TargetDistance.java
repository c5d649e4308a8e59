package org.corvee.analysis.abc;

import java.util.List;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Target;

/**
 * The calibration distance over targets: the reliability-weighted root mean square of each
 * target's relative error in units of its tolerance,
 * d = sqrt( Σ w_i (r_i / tol_i)² / Σ w_i ), with w = 1, 0.5, 0.25 for grades A, B, C.
 *
 * <p>Only patterns count ({@link Target#isPattern}): a consistency check follows from the inputs
 * by arithmetic and is no evidence to calibrate against. Targets the model cannot compute (absent from the summary) are skipped. A target the model
 * can compute but that is undefined in a run (NaN, e.g. 0/0), and any error above
 * {@link #MAX_ERROR}, counts as {@code MAX_ERROR}: a run with no workers in Russia cannot match
 * a Russian share, and one wild statistic should not swamp all others.
 */
public record TargetDistance(List<Target> targets) implements Distance {
    /** Cap on a target's relative error (10 = ten times the observed value off). */
    public static final double MAX_ERROR = 10.0;

    public TargetDistance {
        targets = List.copyOf(targets);
    }

    @Override
    public double of(RunSummary s) {
        double sum = 0;
        double weights = 0;
        for (Target t : targets) {
            if (!t.isPattern() || !s.has(t.id())) {
                continue;
            }
            double r = t.relativeError(s.value(t.id()));
            if (Double.isNaN(r) || r > MAX_ERROR) {
                r = MAX_ERROR;
            }
            double w = t.reliability().weight();
            sum += w * (r / t.tolerance()) * (r / t.tolerance());
            weights += w;
        }
        if (weights == 0) {
            throw new ExperimentException("no pattern target can be computed by this model; nothing to calibrate against");
        }
        return Math.sqrt(sum / weights);
    }
}

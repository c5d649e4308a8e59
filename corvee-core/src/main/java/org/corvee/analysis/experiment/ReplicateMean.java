package org.corvee.analysis.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * One parameter set run over K seeds and summarised by the mean of each statistic: the
 * replicates of a calibration particle ({@code corvee calibrate --replicates K}) and of a seed in
 * {@code corvee noise}.
 *
 * <p>Replicate r of a spec with seed s runs with seed {@link ReplicateSeeds#of ReplicateSeeds.of(s, r)},
 * so replicate 0 is the spec itself and K = 1 is exactly the plain run (same seed, same
 * statistics, bit for bit). A statistic's mean is over the replicates in which it is defined;
 * it is NaN (undefined) only if it is undefined in all of them. Why not NaN as soon as one
 * replicate is: at small scales a ratio is 0/0 in the odd seed, and averaging the defined ones
 * is the estimate of the same expectation; {@code corvee noise} reports how many seeds
 * define each statistic, so a rarely defined one is seen, not hidden.
 */
public final class ReplicateMean {
    private ReplicateMean() {
    }

    /** The K specs of {@code spec}: same index and overrides, replicate r, seed of replicate r. */
    public static List<RunSpec> specs(RunSpec spec, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + k);
        }
        List<RunSpec> out = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            out.add(new RunSpec(spec.index(), spec.scenario(), spec.overrides(), r,
                    ReplicateSeeds.of(spec.seed(), r)));
        }
        return out;
    }

    /**
     * The summary of replicates {@code runs} (in replicate order, replicate 0 first): the names
     * and notes of replicate 0, the spec of replicate 0 and each statistic's mean over the
     * replicates that define it. One replicate is returned as it is.
     */
    public static RunSummary of(List<RunSummary> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no replicates to average");
        }
        RunSummary first = runs.get(0);
        if (runs.size() == 1) {
            return first;
        }
        List<String> names = first.names();
        double[] mean = new double[names.size()];
        for (int i = 0; i < mean.length; i++) {
            double sum = 0;
            int n = 0;
            for (RunSummary s : runs) {
                double v = s.value(names.get(i));
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            mean[i] = n == 0 ? Double.NaN : sum / n;
        }
        return new RunSummary(first.spec(), names, mean, first.notes());
    }

    /** {@code runs} (K consecutive replicates per spec, as {@link #specs} lays them out) averaged per spec. */
    public static List<RunSummary> perSpec(List<RunSummary> runs, int k) {
        if (runs.size() % k != 0) {
            throw new IllegalArgumentException(runs.size() + " runs are not whole sets of " + k + " replicates");
        }
        List<RunSummary> out = new ArrayList<>(runs.size() / k);
        for (int i = 0; i < runs.size(); i += k) {
            out.add(of(runs.subList(i, i + k)));
        }
        return out;
    }
}

package org.corvee.analysis.abc;

import java.util.List;
import org.corvee.analysis.targets.Target;

/**
 * Seed-to-seed noise of one target's statistic at one scale, against the rule for a
 * calibration scale (issue 15): every pattern target's statistic is defined in every seed, and
 * its seed-to-seed standard deviation, in units of the target's relative error, is below a
 * quarter of its tolerance — so that the distance sees parameters, not seeds.
 *
 * <p>Each value is one seed's statistic, already the mean over K replicates if K &gt; 1. The
 * noise is SD / ref, where ref is the number {@link Target#relativeError} divides by near the
 * seeds' mean (the observation; for an interval the nearer bound or half the width, whichever
 * is larger). The SD of an interval target's relative error itself would read 0 inside the
 * interval and hide noise that moves a run in and out of it.
 *
 * @param target     the target
 * @param scale      run.scale of the runs
 * @param replicates K, seeds averaged into each value
 * @param seeds      seeds run
 * @param defined    seeds in which the statistic is defined (not NaN)
 * @param mean       mean over the defined seeds (NaN if none)
 * @param sd         sample standard deviation over the defined seeds (NaN if fewer than two)
 * @param threshold  a quarter of the tolerance, in the statistic's units (tolerance / 4 × ref)
 */
public record SeedNoise(Target target, double scale, int replicates, int seeds, int defined, double mean, double sd,
                        double threshold) {

    /** The noise of {@code target} over {@code values} (one per seed, each a mean of {@code replicates} runs). */
    public static SeedNoise of(Target target, double scale, int replicates, double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        double threshold = target.tolerance() / 4 * reference(target, mean);
        return new SeedNoise(target, scale, replicates, values.length, n, mean, sd, threshold);
    }

    /**
     * True if defined in every seed (at least two), not {@link #alwaysZero()}, and with SD below
     * the threshold.
     */
    public boolean passes() {
        return defined == seeds && seeds >= 2 && !alwaysZero() && sd < threshold;
    }

    /**
     * True if the statistic is 0 in every seed: defined but empty, as the largest riot is when no
     * worksite holds enough agents to riot at this scale. Its SD of 0 is no evidence of low
     * noise, and no number of replicates changes it.
     */
    public boolean alwaysZero() {
        return defined == seeds && mean == 0 && sd == 0;
    }

    /**
     * The replicates per seed at which the SD would fall below the threshold, by the 1/√K law of
     * a mean of independent runs: the least K' with sd·√(K/K') &lt; threshold; 0 if the
     * statistic is not defined in every seed or is always zero (no K repairs that).
     */
    public int replicatesNeeded() {
        if (defined != seeds || seeds < 2 || alwaysZero()) {
            return 0;
        }
        if (sd == 0) {
            return 1;
        }
        double ratio = sd / threshold;
        return Math.max(1, (int) Math.floor(replicates * ratio * ratio) + 1);
    }

    /**
     * The smallest scale of {@code rows} at which every row of that scale passes, or NaN if
     * there is none.
     */
    public static double smallestPassingScale(List<SeedNoise> rows) {
        return rows.stream().mapToDouble(SeedNoise::scale).distinct().sorted()
                .filter(s -> rows.stream().filter(r -> r.scale() == s).allMatch(SeedNoise::passes))
                .findFirst().orElse(Double.NaN);
    }

    /**
     * True if the mean here differs from {@code reference}'s (the same target at another, larger
     * scale) by more than a quarter of the tolerance and by more than twice the standard error of
     * the difference: the scale moves the statistic itself, not only its noise, so a calibration
     * here would fit a different number than a run at the reference scale reports. A low SD
     * cannot show this: a statistic stuck on a cap at a small scale is quiet and wrong.
     */
    public boolean scaleBiased(SeedNoise reference) {
        if (reference.scale == scale || defined == 0 || reference.defined == 0) {
            return false;
        }
        double shift = Math.abs(mean - reference.mean);
        return shift > threshold && shift > 2 * shiftError(reference);
    }

    /** Standard error of the difference of the two means (0 where an SD is undefined: one seed). */
    public double shiftError(SeedNoise reference) {
        double a = Double.isNaN(sd) ? 0 : sd * sd / defined;
        double b = Double.isNaN(reference.sd) ? 0 : reference.sd * reference.sd / reference.defined;
        return Math.sqrt(a + b);
    }

    /**
     * The smallest scale of {@code rows} at which every row passes and none is
     * {@linkplain #scaleBiased scale-biased} against the same target at the largest scale of
     * {@code rows} (the reference, which only has to pass), or NaN if there is none.
     */
    public static double smallestPassingUnbiasedScale(List<SeedNoise> rows) {
        double largest = rows.stream().mapToDouble(SeedNoise::scale).max().orElse(Double.NaN);
        return rows.stream().mapToDouble(SeedNoise::scale).distinct().sorted()
                .filter(s -> rows.stream().filter(r -> r.scale() == s)
                        .allMatch(r -> r.passes() && referenceOf(rows, r, largest).map(ref -> !r.scaleBiased(ref))
                                .orElse(true)))
                .findFirst().orElse(Double.NaN);
    }

    /** The row of {@code row}'s target at scale {@code largest}, if measured. */
    public static java.util.Optional<SeedNoise> referenceOf(List<SeedNoise> rows, SeedNoise row, double largest) {
        return rows.stream().filter(r -> r.scale() == largest && r.target().id().equals(row.target().id())).findFirst();
    }

    /** The number relativeError divides by for a statistic near {@code s}. */
    static double reference(Target t, double s) {
        double ref;
        if (!t.isInterval()) {
            ref = Math.abs(t.observed());
        } else {
            double low = t.observedLow();
            double high = t.observedHigh();
            double bound = Double.isNaN(s) || s < low || (s <= high && s - low <= high - s) ? low : high;
            ref = Math.max(Math.abs(bound), (high - low) / 2);
        }
        return ref == 0 ? 1 : ref;
    }
}

package org.corvee.analysis.targets;

import java.io.Serializable;

/**
 * One observed fact to compare the model with: an observed value (or interval), the months it
 * refers to, the simulated statistic it maps to, where it comes from, how reliable it is and
 * how close the model must come, and a note on how the mapping was chosen and its caveats.
 *
 * <p>The relative error {@code r} of a simulated value s: for a point value o,
 * |s − o| / |o|; for an interval [lo, hi], 0 inside, otherwise the distance to the nearer
 * bound divided by max(|nearer bound|, (hi − lo) / 2). A target is met when r ≤ tolerance.
 *
 * <p>Invariant: either {@code observed} is a number and the bounds are NaN, or the bounds
 * are numbers with lo ≤ hi and {@code observed} is NaN. {@code denominator} may be null;
 * {@code note} is never null (empty when the file gives none).
 */
public record Target(String id, String quantity, double observed, double observedLow, double observedHigh,
                     String periodFrom, String periodTo, Selector numerator, Selector denominator,
                     Aggregation aggregation, String source, Reliability reliability, double tolerance,
                     String note, TargetKind kind)
        implements Serializable {
    public Target {
        note = note == null ? "" : note;
        kind = kind == null ? TargetKind.PATTERN : kind;
    }

    /** A pattern target (the kind when a file does not say). */
    public Target(String id, String quantity, double observed, double observedLow, double observedHigh,
                  String periodFrom, String periodTo, Selector numerator, Selector denominator,
                  Aggregation aggregation, String source, Reliability reliability, double tolerance, String note) {
        this(id, quantity, observed, observedLow, observedHigh, periodFrom, periodTo, numerator, denominator,
                aggregation, source, reliability, tolerance, note, TargetKind.PATTERN);
    }

    /** True for a pattern: it enters the calibration distance and the validation claim. */
    public boolean isPattern() {
        return kind == TargetKind.PATTERN;
    }

    /** True if the observation is an interval. */
    public boolean isInterval() {
        return Double.isNaN(observed);
    }

    /** The relative error of simulated value {@code s} (see the class comment); NaN if s is NaN. */
    public double relativeError(double s) {
        if (Double.isNaN(s)) {
            return Double.NaN;
        }
        if (!isInterval()) {
            double scale = Math.abs(observed);
            return scale == 0 ? Math.abs(s) : Math.abs(s - observed) / scale;
        }
        if (s >= observedLow && s <= observedHigh) {
            return 0;
        }
        double bound = s < observedLow ? observedLow : observedHigh;
        double scale = Math.max(Math.abs(bound), (observedHigh - observedLow) / 2);
        return scale == 0 ? Math.abs(s - bound) : Math.abs(s - bound) / scale;
    }

    /** True if simulated value {@code s} is within tolerance. */
    public boolean met(double s) {
        double r = relativeError(s);
        return !Double.isNaN(r) && r <= tolerance;
    }

    /** The observation as text: "47364" or "[0.7, 0.9]". */
    public String observedText() {
        return isInterval() ? "[" + fmt(observedLow) + ", " + fmt(observedHigh) + "]" : fmt(observed);
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}

package org.corvee.validation;

/**
 * One calibration/validation target (MODEL.md T1–T15): an observed value or interval
 * {@code [low, high]} (equal for a point value), what it means, where it comes from, and the
 * simulated statistic it is compared with (null when the model has no such output by design
 * of the target file, e.g. a host the model does not represent).
 *
 * <p>{@code tolerance} is the relative error within which the pattern counts as reproduced.
 */
public record Target(String id, String quantity, double low, double high, String period, String source,
                     String reliability, double tolerance, TargetStatistic statistic, String note) {

    /** Whether the observation is an interval rather than a point. */
    public boolean interval() {
        return low != high;
    }

    /**
     * Relative error of a simulated value: {@code |s - o| / |o|} for a point; for an interval 0
     * inside it, else the distance to the nearer bound relative to that bound.
     */
    public double relativeError(double simulated) {
        if (simulated < low) {
            return (low - simulated) / Math.abs(low);
        }
        if (simulated > high) {
            return (simulated - high) / Math.abs(high);
        }
        return 0.0;
    }

    /** The observed value as text: "0.4" or "0.7–0.9". */
    public String observedText() {
        return interval() ? org.corvee.output.NumberText.of(low) + "–" + org.corvee.output.NumberText.of(high)
                : org.corvee.output.NumberText.of(low);
    }
}

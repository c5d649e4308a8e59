package org.corvee.analysis.targets;

import java.util.Map;

/**
 * A run's monthly series as a target evaluator reads them: months by "YYYY-MM" label, and the
 * reported monthly total (persons or USD of the real population) of the cells of a metric that
 * match a filter on its dimensions. Dimensions not named in the filter are summed over.
 *
 * <p>Contract: month indices are consecutive, 0 = the first month of the run, and
 * {@link #monthIndex} is the inverse of {@link #label} (outside the run it returns an index
 * outside [0, monthCount)). {@link #totals} may only be called for a metric and filter for which
 * {@link #problem} is null. Implementations are read-only.
 */
public interface SeriesSource {
    /** Month index of a "YYYY-MM" label; may be outside [0, {@link #monthCount()}). */
    int monthIndex(String yyyymm);

    /** Number of months in the run. */
    int monthCount();

    /** "YYYY-MM" of month index {@code month}. */
    String label(int month);

    /** Why the cells of {@code metric} matching {@code filter} cannot be read, or null if they can. */
    String problem(String metric, Map<String, String> filter);

    /** Reported monthly totals of the matching cells for months {@code from..to} (inclusive). */
    double[] totals(String metric, Map<String, String> filter, int from, int to);
}

package org.corvee.engine;

import java.util.Arrays;

/**
 * The recorded value of every counter cell at the end of every month.
 *
 * <p>Memory: months × cells longs (252 × a few thousand is a few MB), independent of the
 * number of agents.
 */
public final class MonthlySeries {
    private final CounterRegistry registry;
    private final long[][] rows;
    private int recorded;

    public MonthlySeries(CounterRegistry registry, int months) {
        this.registry = registry;
        this.rows = new long[months][];
    }

    /** Stores a copy of {@code counters} as month {@code m}. */
    public void record(int m, long[] counters) {
        rows[m] = Arrays.copyOf(counters, counters.length);
        recorded = Math.max(recorded, m + 1);
    }

    /** The registry that names the cells. */
    public CounterRegistry registry() {
        return registry;
    }

    /** Number of months recorded so far. */
    public int months() {
        return recorded;
    }

    /** Raw value of one cell of a metric in month {@code m}. */
    public long raw(int m, Metric metric, int cell) {
        return rows[m][metric.base() + cell];
    }

    /** Raw sum over all cells of a metric in month {@code m}. */
    public long rawTotal(int m, Metric metric) {
        long s = 0;
        long[] row = rows[m];
        for (int i = 0; i < metric.size(); i++) {
            s += row[metric.base() + i];
        }
        return s;
    }

    /** Raw sum of a metric over all cells and all recorded months. */
    public long rawTotalAllMonths(Metric metric) {
        long s = 0;
        for (int m = 0; m < recorded; m++) {
            s += rawTotal(m, metric);
        }
        return s;
    }
}

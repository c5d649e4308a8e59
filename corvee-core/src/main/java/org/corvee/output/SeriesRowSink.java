package org.corvee.output;

/** Receives the rows of a run's monthly series in long form, one call per row. */
@FunctionalInterface
public interface SeriesRowSink {
    /**
     * One value: {@code month} is the month index (0 = the run's first month), {@code label} its
     * "YYYY-MM" text, {@code key} is "dimension=value;…" (empty for a total).
     */
    void row(int month, String label, String metric, String key, double value) throws Exception;
}

package org.corvee.store;

import org.corvee.output.SeriesRowSink;

/**
 * A finished run's outputs, fed to the store's sinks when it commits the run. Implementations
 * replay data already in memory; they must not start the simulation.
 */
public interface RunOutputs {
    /** Feeds every monthly series row. */
    void series(SeriesRowSink sink) throws Exception;

    /** Feeds every cohort-table cell (none by default). */
    default void cohorts(CohortSink sink) throws Exception {
    }
}

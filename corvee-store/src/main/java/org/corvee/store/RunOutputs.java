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

    /**
     * Called after every row is appended and before the transaction commits: a run that writes
     * its files while the store appends waits for them here, and throws (the store then rolls
     * back: no rows, the run not completed) if they could not be written.
     */
    default void beforeCommit() throws Exception {
    }
}

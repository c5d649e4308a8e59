package org.corvee.run;

import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.output.SeriesRowSink;
import org.corvee.output.SeriesRows;
import org.corvee.store.CohortSink;
import org.corvee.store.RunOutputs;

/**
 * The one way a finished simulation's outputs go to the results database: its monthly series
 * (in persons and dollars of the real population at {@code scale}) and its cohort tables
 * ({@link CohortTables}). Used by single runs, replicates and posterior members alike, so all
 * store the same tables.
 */
public final class SimulationOutputs {
    private SimulationOutputs() {
    }

    /** The outputs of {@code sim}, which produced {@code series} at run scale {@code scale}. */
    public static RunOutputs of(Simulation sim, MonthlySeries series, double scale) {
        return of(sim, series, scale, () -> { });
    }

    /**
     * As {@link #of(Simulation, MonthlySeries, double)}; {@code beforeCommit} runs once every row
     * is appended, before the store commits (a single run waits there for the files it writes
     * meanwhile; what it throws rolls the store back).
     */
    public static RunOutputs of(Simulation sim, MonthlySeries series, double scale, BeforeCommit beforeCommit) {
        return new RunOutputs() {
            @Override
            public void beforeCommit() throws Exception {
                beforeCommit.run();
            }

            @Override
            public void series(SeriesRowSink sink) throws Exception {
                SeriesRows.forEach(series, sim.clock(), scale, sink);
            }

            @Override
            public void cohorts(CohortSink sink) throws Exception {
                CohortTables.retention(sim.postings().cohorts(), sim.clock(), sink);
            }
        };
    }

    /** Work that must succeed before a run's rows are committed. */
    @FunctionalInterface
    public interface BeforeCommit {
        void run() throws Exception;
    }
}

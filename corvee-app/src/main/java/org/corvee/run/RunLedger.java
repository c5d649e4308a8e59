package org.corvee.run;

import java.nio.file.Path;
import java.time.Instant;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioWriter;
import org.corvee.store.ResultStore;
import org.corvee.store.RunOutputs;
import org.corvee.store.RunRecord;
import org.corvee.store.StoreException;

/**
 * One run's entry in the results database, from start to end: {@link #start} opens the store
 * (failing fast if another process holds it) and commits a 'running' row; {@link #complete}
 * writes all series in one transaction and closes; {@link #fail} marks the row 'failed' and
 * closes. Exactly one of complete/fail must be called.
 */
public final class RunLedger {
    /** The database file name in a run's output folder. */
    public static final String DEFAULT_FILE = "corvee.duckdb";

    private final ResultStore store;
    private final long runId;
    private final long t0 = System.nanoTime();

    private RunLedger(ResultStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    /** Opens {@code db} and records the start of a single run (a batch of one). */
    public static RunLedger start(Path db, Scenario sc, ParameterCatalog catalog, int threads, Instant started) {
        ResultStore store = open(db);
        try {
            long id = store.begin(record(store.newBatch(), 0, sc, catalog, threads), started);
            return new RunLedger(store, id);
        } catch (StoreException e) {
            store.close();
            throw UserError.badInput(e.getMessage());
        }
    }

    /** Opens the database for writing, or a one-line user error. */
    public static ResultStore open(Path db) {
        try {
            return ResultStore.open(db);
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
    }

    /** The row inserted for a run. */
    public static RunRecord record(long batch, int replicate, Scenario sc, ParameterCatalog catalog, int threads) {
        return new RunRecord(batch, replicate, sc.name(), ScenarioWriter.toYaml(sc, catalog),
                (long) sc.parameters().get(RunKeys.SEED), threads, sc.parameters().get(RunKeys.SCALE),
                Version.text(), GitCommit.head());
    }

    /** The run's id in the database. */
    public long runId() {
        return runId;
    }

    /** The database file. */
    public Path file() {
        return store.file();
    }

    /**
     * Stores the run's outputs (series and, when the model has them, cohort tables: implement
     * {@link RunOutputs#cohorts}), marks it completed and closes the store.
     */
    public void complete(RunOutputs outputs) {
        try {
            store.complete(runId, outputs, Instant.now(), (System.nanoTime() - t0) / 1e9);
        } catch (StoreException e) {
            fail(e.getMessage());
            throw new UserError(UserError.FAILED, java.util.List.of(e.getMessage()));
        }
        store.close();
    }

    /** Marks the run failed with a one-line reason and closes the store. */
    public void fail(String reason) {
        try {
            store.fail(runId, reason, Instant.now(), (System.nanoTime() - t0) / 1e9);
        } finally {
            store.close();
        }
    }
}

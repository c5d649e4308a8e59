package org.corvee.run;

import java.io.PrintWriter;
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
 * One run's entry in the results database, from start to end: {@link #start} commits a
 * 'running' row; {@link #complete} writes all series in one transaction; {@link #fail} marks
 * the row 'failed'. Exactly one of complete/fail must be called. The database is open only
 * during each of these steps ({@link DatabaseWriter}), never while the run simulates, so
 * readers and other runs can use it meanwhile.
 */
public final class RunLedger {
    /** The database file name in a run's output folder. */
    public static final String DEFAULT_FILE = "corvee.duckdb";

    private final DatabaseWriter db;
    private final long runId;
    private final long t0 = System.nanoTime();

    private RunLedger(DatabaseWriter db, long runId) {
        this.db = db;
        this.runId = runId;
    }

    /**
     * Loads the database engine ahead of {@link #start} (see {@link ResultStore#load}); a failure
     * is a {@link StoreException} that names it.
     */
    public static void loadEngine() {
        ResultStore.load();
    }

    /**
     * Records the start of a single run (a batch of one) in {@code file}, with the --set
     * overrides it was started with ("" if none).
     */
    public static RunLedger start(Path file, PrintWriter err, Scenario sc, String overrides, ParameterCatalog catalog,
                                  int threads, Instant started) {
        DatabaseWriter db = new DatabaseWriter(file, err);
        long id = db.write(store -> {
            try {
                long runId = store.begin(record(store.newBatch(), 0, sc, catalog, threads), started);
                store.setOverrides(runId, overrides);
                return runId;
            } catch (StoreException e) {
                throw new UserError(UserError.FAILED, java.util.List.of(e.getMessage()));
            }
        });
        return new RunLedger(db, id);
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
        return db.file();
    }

    /**
     * Stores the run's outputs (series and, when the model has them, cohort tables: implement
     * {@link RunOutputs#cohorts}) and marks it completed.
     */
    public void complete(RunOutputs outputs) {
        try {
            db.write(store -> {
                store.complete(runId, outputs, Instant.now(), (System.nanoTime() - t0) / 1e9);
                return null;
            });
        } catch (StoreException e) {
            fail(e.getMessage());
            throw new UserError(UserError.FAILED, java.util.List.of(e.getMessage()));
        }
    }

    /** Marks the run failed with a one-line reason (best effort: the row stays 'running' if the file is unusable). */
    public void fail(String reason) {
        try {
            db.write(store -> {
                store.fail(runId, reason, Instant.now(), (System.nanoTime() - t0) / 1e9);
                return null;
            });
        } catch (UserError | StoreException e) {
            // the run is then listed as "incomplete", which is still true; the caller reports the cause
        }
    }
}

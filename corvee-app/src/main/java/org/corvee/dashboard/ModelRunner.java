package org.corvee.dashboard;

import java.time.Instant;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.run.RunLedger;
import org.corvee.run.SimulationOutputs;
import org.corvee.scenario.Scenario;
import org.corvee.store.ResultStore;
import org.corvee.store.RunRecord;

/**
 * Runs a job's replicates one after another into the server's open results database, as
 * {@code corvee run --replicates N} stores them (one batch, replicate k with seed
 * {@link ReplicateSeeds#of}(seed, k), the series and cohort tables committed in one transaction
 * per run). Progress goes to the job after every month; a cancel request stops the run at the
 * end of its month and stores it as failed ("cancelled"), so the database never holds half a run.
 */
final class ModelRunner {
    private final ResultStore store;
    private final ParameterCatalog catalog;
    private final int threads;

    ModelRunner(ResultStore store, ParameterCatalog catalog, int threads) {
        this.store = store;
        this.catalog = catalog;
        this.threads = threads;
    }

    /** Runs every replicate of {@code job}; the job ends completed, failed or cancelled. */
    void run(Job job) {
        if (job.cancelRequested()) {
            return; // cancelled while queued: the job already says so
        }
        Scenario base = job.scenario();
        long seed = (long) base.parameters().get("run.seed");
        try {
            job.started(store.newBatch());
            long batch = job.view().batch();
            for (int k = 0; k < job.replicates(); k++) {
                Scenario sc = k == 0 ? base
                        : base.withParameters(base.parameters().with("run.seed", ReplicateSeeds.of(seed, k)));
                one(job, sc, batch, k);
            }
            job.finished(Job.State.COMPLETED, "");
        } catch (RunCancelled e) {
            job.finished(Job.State.CANCELLED, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            job.finished(Job.State.FAILED, "the run failed: " + e.getMessage());
        }
    }

    private void one(Job job, Scenario sc, long batch, int k) {
        RunRecord record = RunLedger.record(batch, k, sc, catalog, threads);
        long t0 = System.nanoTime();
        long id = store.begin(record, Instant.now());
        try {
            Simulation sim = Simulation.build(sc.parameters(), sc.timeline(), threads);
            job.runStarted(k, id, sim.clock().months());
            MonthlySeries series = sim.run(threads, m -> {
                job.month(m + 1);
                if (job.cancelRequested()) {
                    throw new RunCancelled();
                }
            });
            store.complete(id, SimulationOutputs.of(sim, series, record.scale()), Instant.now(),
                    (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException | OutOfMemoryError e) {
            String why = e instanceof RunCancelled ? e.getMessage() : String.valueOf(e.getMessage());
            store.fail(id, why, Instant.now(), (System.nanoTime() - t0) / 1e9);
            throw e;
        }
    }
}

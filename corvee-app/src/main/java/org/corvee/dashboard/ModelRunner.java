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
 *
 * <p>An {@link Error} (above all {@link OutOfMemoryError}) is not one run's failure like an
 * exception: as in {@code corvee run --replicates} ({@link org.corvee.run.ReplicateSet}) it
 * stops the job (replicates not yet started never start), the run's row is marked failed once
 * its world is out of scope (so the memory is back), and the job ends failed with one plain
 * message. The worker thread is not lost with it: the server keeps answering, and the next
 * queued job (perhaps at a smaller scale) still runs.
 */
final class ModelRunner {
    /** Builds a replicate's simulation (tests inject one that fails). */
    @FunctionalInterface
    interface Builder {
        Simulation build(Scenario scenario, int threads);
    }

    private final ResultStore store;
    private final ParameterCatalog catalog;
    private final int threads;
    private final Builder builder;

    ModelRunner(ResultStore store, ParameterCatalog catalog, int threads) {
        this(store, catalog, threads, (sc, t) -> Simulation.build(sc.parameters(), sc.timeline(), t));
    }

    ModelRunner(ResultStore store, ParameterCatalog catalog, int threads, Builder builder) {
        this.store = store;
        this.catalog = catalog;
        this.threads = threads;
        this.builder = builder;
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
                RunRecord record = RunLedger.record(batch, k, sc, catalog, threads);
                long t0 = System.nanoTime();
                long id = store.begin(record, Instant.now());
                try {
                    one(job, sc, record, id, k, t0);
                } catch (Error fatal) {
                    // one() has returned abruptly, so this run's simulation is unreachable by now
                    store.fail(id, String.valueOf(fatal), Instant.now(), (System.nanoTime() - t0) / 1e9);
                    throw fatal;
                }
            }
            job.finished(Job.State.COMPLETED, "");
        } catch (RunCancelled e) {
            job.finished(Job.State.CANCELLED, e.getMessage());
        } catch (RuntimeException e) {
            job.finished(Job.State.FAILED, "the run failed: " + e.getMessage());
        } catch (Error fatal) {
            job.finished(Job.State.FAILED, stopped(fatal));
        }
    }

    /** The one-line message of a job stopped by an {@link Error}. */
    private static String stopped(Error fatal) {
        return fatal instanceof OutOfMemoryError
                ? "out of memory (" + fatal.getMessage() + "): the job was stopped; lower run.scale or the number of"
                        + " replicates, or give corvee serve more heap (-Xmx)"
                : "the job was stopped by " + fatal;
    }

    private void one(Job job, Scenario sc, RunRecord record, long id, int k, long t0) {
        try {
            Simulation sim = builder.build(sc, threads);
            job.runStarted(k, id, sim.clock().months());
            MonthlySeries series = sim.run(threads, m -> {
                job.month(m + 1);
                if (job.cancelRequested()) {
                    throw new RunCancelled();
                }
            });
            store.complete(id, SimulationOutputs.of(sim, series, record.scale()), Instant.now(),
                    (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException e) {
            String why = e instanceof RunCancelled ? e.getMessage() : String.valueOf(e.getMessage());
            store.fail(id, why, Instant.now(), (System.nanoTime() - t0) / 1e9);
            throw e;
        }
    }
}

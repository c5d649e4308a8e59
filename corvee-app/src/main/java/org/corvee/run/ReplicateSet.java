package org.corvee.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corvee.analysis.experiment.ExecutorSettings;
import org.corvee.analysis.experiment.LocalExecutorProvider;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.output.SeriesCsvWriter;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioWriter;
import org.corvee.store.ResultStore;

/**
 * Runs stored as one batch in the results database: {@code corvee run --replicates N} (N runs
 * of one scenario with seeds from {@link ReplicateSeeds}, see {@link #replicates}) and
 * {@code corvee run --posterior} (one run per member of a calibrated ensemble, each its own
 * resolved scenario). Member k is stored as replicate k of the batch.
 *
 * <p>With a summariser ({@link ModelRun}) each member is also summarised as the calibration
 * summarises a run (target statistics, monthly totals): {@link #summaries()}, in member order.
 *
 * <p>Scheduling: {@code min(N, threads)} replicates run at once, each on
 * {@code max(1, threads / concurrent)} thread(s) — with N ≥ cores every replicate is
 * single-threaded, which uses the cores better than splitting one run (no per-month merge, no
 * idle tails). Results do not depend on this choice: a run is identical on any thread count.
 * Memory is that of {@code concurrent} runs at once.
 *
 * <p>Files: replicate 0 (the base seed) also writes series.csv and scenario.yaml to the output
 * folder, exactly as a plain run would; every replicate's series is in the database
 * ({@code corvee export} writes them all out).
 */
public final class ReplicateSet {
    private final List<Scenario> members;
    private final ParameterCatalog catalog;
    private final int replicates;
    private final int threads;
    private final Path dir;
    private final boolean csv;
    private final ModelRun summariser;
    private String overrides = "";
    private final RunSummary[] summaries;
    /** Each member's row in the database once begun (0 before): written by its worker, read after the pool ends. */
    private final long[] rowIds;
    private final long[] rowStarts;
    private ExecutorSettings executor;

    /** Runs {@code members} (each fully resolved, seed included); {@code summariser} may be null. */
    public ReplicateSet(List<Scenario> members, ParameterCatalog catalog, int threads, Path dir, boolean csv,
                 ModelRun summariser) {
        this.members = List.copyOf(members);
        this.catalog = catalog;
        this.replicates = members.size();
        this.threads = threads;
        this.dir = dir;
        this.csv = csv;
        this.summariser = summariser;
        this.summaries = new RunSummary[replicates];
        this.rowIds = new long[replicates];
        this.rowStarts = new long[replicates];
    }

    /** N replicates of {@code base} with seeds {@link ReplicateSeeds#of}(base seed, k). */
    public static ReplicateSet replicates(Scenario base, ParameterCatalog catalog, int n, int threads, Path dir,
                                   boolean csv) {
        long baseSeed = (long) base.parameters().get(RunKeys.SEED);
        List<Scenario> members = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            members.add(base.withParameters(base.parameters().with(RunKeys.SEED, ReplicateSeeds.of(baseSeed, k))));
        }
        return new ReplicateSet(members, catalog, threads, dir, csv, null);
    }

    /** Records {@code text} (the --set overrides, "" if none) with every member; returns this. */
    public ReplicateSet withOverrides(String text) {
        this.overrides = text;
        return this;
    }

    /** Runs the members on {@code executor} instead of this machine's threads unless it is the local one. */
    public ReplicateSet on(ExecutorSettings executor) {
        this.executor = executor;
        return this;
    }

    /** The members' summaries in member order (null entries for failed members); empty without a summariser. */
    public List<RunSummary> summaries() {
        return summariser == null ? List.of() : Arrays.asList(summaries.clone());
    }

    /** Runs every replicate and stores it; returns the exit status (1 if any replicate failed). */
    public int run(Path db, PrintWriter out, PrintWriter err) {
        int concurrent = Math.min(replicates, threads);
        int perRun = Math.max(1, threads / concurrent);
        long t0 = System.nanoTime();
        Scenario base = members.get(0);
        boolean distributed = executor != null && !LocalExecutorProvider.NAME.equals(executor.executor());
        err.printf("corvee: scenario %s, %d runs from seed %d, %s%n", base.name(), replicates,
                (long) base.parameters().get(RunKeys.SEED), distributed ? "on executor " + executor.executor()
                        : concurrent + " at a time on " + perRun + " thread(s) each");
        err.flush();
        int failed;
        long batch;
        DatabaseWriter store = new DatabaseWriter(db, err);
        batch = store.write(ResultStore::newBatch);
        if (distributed) {
            // the distributed executor hands its rows back to the driver in one transaction at the end
            failed = store.write(s -> new DistributedReplicates(members, catalog, dir, csv, summariser, executor)
                    .run(s, batch, summaries, err));
        } else {
            failed = runHere(store, batch, concurrent, perRun, err);
        }
        out.printf("scenario        %s (%s)%n", base.name(), base.origin());
        out.printf("replicates      %d stored as batch %d (%d failed)%n", replicates, batch, failed);
        out.printf("wall time       %.2f s%n", (System.nanoTime() - t0) / 1e9);
        out.printf("database        %s%n", db.toAbsolutePath().normalize());
        out.printf("summary         corvee report --db %s   (mean and 90%% band per metric and month)%n", db);
        out.flush();
        return failed == 0 ? 0 : UserError.FAILED;
    }

    /**
     * Ends the batch after an {@link Error} in replicate {@code k}. An error (above all
     * OutOfMemoryError) is not one replicate's failure to count and carry on from: the next
     * replicates would hit the same limit, and the JVM may not be able to do anything useful.
     * Replicates not yet started are cancelled, those running are let finish (so their rows are
     * completed or failed, never left half-written), then replicate k's row is marked failed
     * (its world is unreachable by then, so the memory is back) and the command fails.
     */
    private UserError stop(ExecutorService pool, DatabaseWriter store, int k, Error fatal) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (rowIds[k] != 0) {
            failQuietly(store, rowIds[k], String.valueOf(fatal), rowStarts[k]);
        }
        if (fatal instanceof OutOfMemoryError) {
            return new UserError(UserError.FAILED, List.of("out of memory (" + fatal.getMessage()
                    + "): the batch was stopped; every concurrent replicate holds its own world, so lower"
                    + " --threads, run.scale or the number of replicates, or raise -Xmx"));
        }
        return new UserError(UserError.FAILED, List.of("the batch was stopped by " + fatal));
    }

    /** Runs the replicates on this machine's threads, {@code concurrent} at a time; returns the failures. */
    private int runHere(DatabaseWriter store, long batch, int concurrent, int perRun, PrintWriter err) {
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        try {
            List<Future<String>> done = new ArrayList<>();
            for (int k = 0; k < replicates; k++) {
                final int rep = k;
                done.add(pool.submit(() -> one(store, batch, rep, perRun)));
            }
            for (int k = 0; k < replicates; k++) {
                try {
                    err.println("corvee: " + done.get(k).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof Error fatal) {
                        throw stop(pool, store, k, fatal);
                    }
                    failed++;
                    err.println("corvee: " + e.getCause().getMessage());
                }
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(UserError.FAILED, List.of("interrupted"));
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private String one(DatabaseWriter store, long batch, int k, int perRun) throws IOException {
        Scenario sc = members.get(k);
        long seed = (long) sc.parameters().get(RunKeys.SEED);
        long t0 = System.nanoTime();
        long id = store.write(s -> {
            long runId = s.begin(RunLedger.record(batch, k, sc, catalog, perRun), Instant.now());
            s.setOverrides(runId, overrides);
            return runId;
        });
        rowIds[k] = id;
        rowStarts[k] = t0;
        try {
            Simulation sim = Simulation.build(sc.parameters(), sc.timeline());
            MonthlySeries series = sim.run(perRun, m -> { });
            double scale = sc.parameters().get(RunKeys.SCALE);
            if (k == 0 && csv) {
                SeriesCsvWriter.write(series, sim.clock(), scale, dir.resolve("series.csv"));
            }
            if (k == 0) {
                Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(sc, catalog), StandardCharsets.UTF_8);
            }
            store.write(s -> {
                s.complete(id, SimulationOutputs.of(sim, series, scale), Instant.now(),
                        (System.nanoTime() - t0) / 1e9);
                return null;
            });
            if (summariser != null) {
                summaries[k] = summariser.summarise(new RunSpec(k, sc.name(), Map.of(), k, seed), sim, series,
                        scale);
            }
        } catch (RuntimeException | IOException e) {
            failQuietly(store, id, String.valueOf(e.getMessage()), t0);
            throw new IllegalStateException("replicate " + k + " (run " + id + ", seed " + seed + ") failed: "
                    + e.getMessage(), e);
        }
        return String.format("run %d/%d (run id %d, seed %d) done in %.1f s", k + 1, replicates, id, seed,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Marks run {@code id} failed if the file can be written; if not, it stays listed as "incomplete". */
    private static void failQuietly(DatabaseWriter store, long id, String reason, long t0) {
        try {
            store.write(s -> {
                s.fail(id, reason, Instant.now(), (System.nanoTime() - t0) / 1e9);
                return null;
            });
        } catch (RuntimeException e) {
            // the caller reports the run's own failure; a second message would hide it
        }
    }
}

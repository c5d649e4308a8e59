package org.corvee.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioWriter;
import org.corvee.store.ResultStore;
import org.corvee.store.RunRecord;
import org.corvee.store.StoredRun;

/**
 * The dashboard's runs: one at a time on one worker thread, at most {@code capacity} waiting
 * (a request beyond that is refused with 429, never silently dropped). A request whose resolved
 * scenario (seed and scale included: the scenario hash of the results database) matches a
 * stored completed batch of at least as many replicates, or an active job, is answered with that
 * run or job instead of running it twice.
 */
final class RunQueue implements AutoCloseable {
    private final ResultStore store;
    private final ParameterCatalog catalog;
    private final ModelRunner runner;
    private final int capacity;
    private final ExecutorService worker;
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private long nextId = 1;

    RunQueue(ResultStore store, ParameterCatalog catalog, int threads, int capacity) {
        this.store = store;
        this.catalog = catalog;
        this.capacity = capacity;
        this.runner = new ModelRunner(store, catalog, threads);
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(r, "corvee-dashboard-run");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a resolved scenario, or answers the stored run or active job that already has it. */
    synchronized JobView submit(Scenario scenario, int replicates) {
        String hash = RunRecord.sha256(ScenarioWriter.toYaml(scenario, catalog));
        for (Job j : jobs.values()) {
            if (j.active() && j.hash().equals(hash) && j.replicates() == replicates) {
                return j.view().asDuplicate();
            }
        }
        Optional<JobView> stored = storedBatch(scenario, hash, replicates);
        if (stored.isPresent()) {
            return stored.get();
        }
        Job job = new Job(nextId++, scenario, replicates, hash);
        try {
            worker.execute(() -> runner.run(job));
        } catch (RejectedExecutionException e) {
            throw new ApiError(429, "the run queue is full (" + capacity + " waiting behind the running one); "
                    + "try again when a run finishes", List.of());
        }
        jobs.put(job.id(), job);
        return job.view();
    }

    /** A completed batch of this scenario hash with at least {@code replicates} runs, as a finished job. */
    private Optional<JobView> storedBatch(Scenario scenario, String hash, int replicates) {
        for (StoredRun r : store.runs()) {
            if (r.replicate() == 0 && r.scenarioHash().equals(hash)) {
                List<StoredRun> batch = store.completedInBatch(r.batch());
                if (batch.size() >= replicates && batch.get(0).id() == r.id()) {
                    List<Long> ids = new ArrayList<>();
                    batch.forEach(b -> ids.add(b.id()));
                    return Optional.of(new JobView(0, scenario.name(), "completed", 1.0, replicates, replicates, 0, 0,
                            r.batch(), ids, "already stored as run " + r.id() + " (same resolved scenario and seed)",
                            hash, true));
                }
            }
        }
        return Optional.empty();
    }

    /** The job, or 404. */
    synchronized Job job(long id) {
        Job j = jobs.get(id);
        if (j == null) {
            throw ApiError.notFound("no job " + id + " (jobs live as long as the server; stored runs are under /api/runs)");
        }
        return j;
    }

    /** Every job since the server started, newest first. */
    synchronized List<JobView> views() {
        List<JobView> out = new ArrayList<>();
        jobs.values().forEach(j -> out.add(0, j.view()));
        return out;
    }

    /** The batches of the running job (their 'running' rows are live, not left by a dead process). */
    synchronized java.util.Set<Long> activeBatches() {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (Job j : jobs.values()) {
            JobView v = j.view();
            if (j.active() && v.batch() != null) {
                out.add(v.batch());
            }
        }
        return out;
    }

    /** Cancels a queued or running job (a finished one is left as it is). */
    JobView cancel(long id) {
        Job j = job(id);
        j.requestCancel();
        return j.view();
    }

    /** Stops the worker: a running job is cancelled at the end of its month and stored as failed. */
    @Override
    public void close() {
        synchronized (this) {
            jobs.values().forEach(Job::requestCancel);
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

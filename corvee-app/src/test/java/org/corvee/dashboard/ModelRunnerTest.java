package org.corvee.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.corvee.store.ResultStore;
import org.corvee.store.RunStatus;
import org.corvee.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@link Error} stops a dashboard job (like {@code corvee run --replicates}); an exception is
 * the run's own failure. The failing simulation is injected, so no memory is really exhausted.
 */
class ModelRunnerTest {
    @TempDir
    Path dir;

    private final ParameterCatalog catalog = ParameterCatalog.load();

    private Job job(int replicates) throws Exception {
        Scenario s = new ScenarioLoader(catalog).bundled("baseline");
        return new Job(1, s, replicates, "hash");
    }

    @Test
    void outOfMemoryStopsTheJobWithOnePlainMessageAndMarksTheRunFailed() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        try (ResultStore store = ResultStore.open(dir.resolve("d.duckdb"))) {
            Job job = job(3);
            new ModelRunner(store, catalog, 1, (sc, t) -> {
                builds.incrementAndGet();
                throw new OutOfMemoryError("Java heap space");
            }).run(job);
            JobView v = job.view();
            assertThat(v.state()).isEqualTo("failed");
            assertThat(v.message()).startsWith("out of memory (Java heap space): the job was stopped")
                    .doesNotContain("\n").doesNotContain("the run failed");
            assertThat(builds).as("replicates after the error never start").hasValue(1);
            List<StoredRun> runs = store.runs();
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).status()).isEqualTo(RunStatus.FAILED);
            assertThat(runs.get(0).message()).contains("OutOfMemoryError");
        }
    }

    @Test
    void anyOtherErrorAlsoStopsTheJob() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("d.duckdb"))) {
            Job job = job(2);
            new ModelRunner(store, catalog, 1, (sc, t) -> {
                throw new StackOverflowError();
            }).run(job);
            assertThat(job.view().state()).isEqualTo("failed");
            assertThat(job.view().message()).isEqualTo("the job was stopped by java.lang.StackOverflowError");
            assertThat(store.runs()).singleElement().extracting(StoredRun::status).isEqualTo(RunStatus.FAILED);
        }
    }

    @Test
    void anExceptionIsTheRunsOwnFailure() throws Exception {
        try (ResultStore store = ResultStore.open(dir.resolve("d.duckdb"))) {
            Job job = job(1);
            new ModelRunner(store, catalog, 1, (sc, t) -> {
                throw new IllegalStateException("no such destination");
            }).run(job);
            assertThat(job.view().state()).isEqualTo("failed");
            assertThat(job.view().message()).isEqualTo("the run failed: no such destination");
            assertThat(store.runs()).singleElement().extracting(StoredRun::message).isEqualTo("no such destination");
        }
    }
}

package org.corvee.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.LocalExecutor;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.TargetFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark executor against the local one: a sweep with a task that fails on its first
 * attempt completes with the local executor's results; a run the model fails is tried once
 * and named in the error; a scenario file missing on the executor is shipped to it.
 */
class SparkExecutorTest {
    private static JavaSparkContext spark;

    @BeforeAll
    static void start() {
        spark = SparkExecutor.context("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aSweepWithAFailingTaskCompletesWithTheSameResults(@TempDir Path tmp) {
        List<RunSpec> sweep = sweep("baseline");
        ModelRun model = new ModelRun(TargetFile.defaults(), true);
        List<RunSummary> local;
        try (LocalExecutor ex = new LocalExecutor(model, 2)) {
            local = ex.run(sweep, (d, n) -> { });
        }
        List<Integer> progress = new ArrayList<>();
        List<RunSummary> distributed;
        try (SparkExecutor ex = new SparkExecutor(spark, false, model, new FirstAttemptFails(3, tmp.toString()))) {
            distributed = ex.run(sweep, (d, n) -> progress.add(d));
        }
        assertThat(tmp.resolve("partition-3-attempt-0")).exists();
        assertThat(tmp.resolve("partition-3-attempt-1")).exists();
        assertThat(distributed).hasSameSizeAs(sweep);
        for (int i = 0; i < sweep.size(); i++) {
            assertThat(distributed.get(i).spec()).isEqualTo(sweep.get(i));
            assertThat(distributed.get(i).names()).isEqualTo(local.get(i).names());
            assertThat(distributed.get(i).values()).isEqualTo(local.get(i).values());
        }
        assertThat(progress).last().isEqualTo(sweep.size());
    }

    @Test
    void aRunTheModelFailsIsTriedOnceAndNamed(@TempDir Path tmp) {
        List<RunSpec> sweep = sweep("baseline");
        try (SparkExecutor ex = SparkExecutor.on(spark, new FailsRun(4, tmp.toString()))) {
            assertThatThrownBy(() -> ex.run(sweep, (d, n) -> { }))
                    .isInstanceOf(ExperimentException.class)
                    .hasMessage("run 4 failed: run 4 cannot be built");
        }
        assertThat(tmp.resolve("run-4-tries")).hasContent("x");
    }

    @Test
    void aScenarioFileMissingOnTheExecutorIsShipped(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("my-scenario.yaml");
        Files.writeString(file, "name: my-scenario\nextends: baseline\n");
        ScenarioFiles files = ScenarioFiles.of(List.of(new RunSpec(0, file.toString(), Map.of(), 0, 1)));
        Files.delete(file);
        RunSpec local = files.localise(new RunSpec(0, file.toString(), Map.of(), 0, 1));
        assertThat(Path.of(local.scenario())).hasFileName("my-scenario.yaml");
        assertThat(Files.readString(Path.of(local.scenario()))).isEqualTo("name: my-scenario\nextends: baseline\n");
    }

    private static List<RunSpec> sweep(String scenario) {
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TreeMap<String, Double> o = new TreeMap<>(Map.of("run.scale", 0.001, "run.end_year", 2014.0,
                    "dispatch.capital_weight", 2.0 + i));
            specs.add(new RunSpec(i, scenario, o, 0, 100 + i));
        }
        return specs;
    }

    /** A task lost once: the first attempt of one partition throws before running anything. */
    record FirstAttemptFails(int partition, String marks) implements TaskFault {
        @Override
        public void before(int p, int attempt) {
            if (p != partition) {
                return;
            }
            touch(Path.of(marks, "partition-" + p + "-attempt-" + attempt), "");
            if (attempt == 0) {
                throw new IllegalStateException("injected: executor lost");
            }
        }
    }

    /** A model that cannot build one run (and notes every try of it). */
    record FailsRun(int failing, String marks) implements RunModel {
        @Override
        public RunSummary run(RunSpec spec) {
            if (spec.index() == failing) {
                Path tries = Path.of(marks, "run-" + failing + "-tries");
                touch(tries, (Files.exists(tries) ? read(tries) : "") + "x");
                throw new IllegalArgumentException("run " + failing + " cannot be built");
            }
            return new RunSummary(spec, List.of("i"), new double[] {spec.index()}, List.of());
        }
    }

    private static void touch(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

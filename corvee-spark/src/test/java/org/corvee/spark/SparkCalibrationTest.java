package org.corvee.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.corvee.analysis.abc.AbcListener;
import org.corvee.analysis.abc.AbcResult;
import org.corvee.analysis.abc.AbcSettings;
import org.corvee.analysis.abc.AbcSmc;
import org.corvee.analysis.abc.Checkpoint;
import org.corvee.analysis.abc.CsvParticleSink;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.LocalExecutor;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.abc.TargetDistance;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same small calibration (scale 0.002, 2010-2016, 6 particles) on the local executor and on Spark local[2] writes
 * byte-identical particles, posterior and checkpoint files; so does a Spark calibration whose
 * driver stopped after a generation and was resumed from its checkpoint.
 */
class SparkCalibrationTest {
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
    void localAndSparkGiveByteIdenticalParticlesAndPosteriorAlsoAfterAResume(@TempDir Path tmp) throws Exception {
        Path local = Files.createDirectories(tmp.resolve("local"));
        Path distributed = Files.createDirectories(tmp.resolve("spark"));
        Path resumed = Files.createDirectories(tmp.resolve("resumed"));
        AbcResult a;
        try (Executor ex = new LocalExecutor(model(), 2)) {
            a = calibrate(ex, local, 3);
        }
        AbcResult b;
        try (Executor ex = SparkExecutor.on(spark, model())) {
            b = calibrate(ex, distributed, 3);
            // a driver killed during generation 2 left the checkpoint of generations 0 and 1 ...
            calibrate(ex, resumed, 2);
        }
        // ... and a new driver resumes from it
        AbcSmc abc = abc(3);
        Checkpoint checkpoint = new Checkpoint(resumed.resolve("checkpoint.txt"));
        try (Executor ex = SparkExecutor.on(spark, model())) {
            abc.run(ex, new CsvParticleSink(resumed), checkpoint, checkpoint.read(abc.fingerprint()),
                    new AbcListener() { });
        }
        assertThat(a.generations()).hasSize(3);
        assertThat(b.generations()).hasSize(3);
        for (String f : List.of(CsvParticleSink.PARTICLES, CsvParticleSink.POSTERIOR, "checkpoint.txt")) {
            byte[] x = Files.readAllBytes(local.resolve(f));
            assertThat(x).as(f).isNotEmpty();
            assertThat(Files.readAllBytes(distributed.resolve(f))).as(f).isEqualTo(x);
            assertThat(Files.readAllBytes(resumed.resolve(f))).as("resumed " + f).isEqualTo(x);
        }
    }

    private static AbcResult calibrate(Executor ex, Path dir, int generations) {
        return abc(generations).run(ex, new CsvParticleSink(dir), new Checkpoint(dir.resolve("checkpoint.txt")),
                List.of(), new AbcListener() { });
    }

    private static AbcSmc abc(int generations) {
        ParameterCatalog catalog = ParameterCatalog.load();
        String key = "dispatch.capital_weight";
        ParameterSpec ps = catalog.find(key);
        ParameterPrior prior = ParameterPrior.parse(key + "=uniform(1,20)", ps.min(), ps.max());
        RunSpec base = new RunSpec(0, "baseline", new TreeMap<>(Map.of("run.scale", 0.002, "run.end_year", 2016.0)), 0, 1);
        AbcSettings settings = new AbcSettings(6, generations, 0.5, 120, 7, 0);
        return new AbcSmc(List.of(prior), base, new TargetDistance(TargetFile.defaults()), settings);
    }

    private static ModelRun model() {
        return new ModelRun(TargetFile.defaults(), false);
    }
}

package org.corvee.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.LocalExecutor;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.analysis.experiment.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ABC-SMC against a known posterior, and its determinism under threads and resumption. */
class AbcSmcTest {
    static final int N = 20;
    static final int K = 6;

    @TempDir
    Path tmp;

    private static AbcSmc toy(int particles, int generations, long seed) {
        RunSpec base = new RunSpec(0, "toy", new TreeMap<>(), 0, 0);
        Distance d = s -> Math.abs(s.value("k") - K);
        return new AbcSmc(List.of(ParameterPrior.parse("p=uniform(0,1)", 0, 1)), base, d,
                new AbcSettings(particles, generations, 0.5, 1_000_000, seed, 0.0));
    }

    private AbcResult run(AbcSmc abc, int threads, Path dir, List<Generation> resume, AbcListener l) {
        try (Executor ex = new LocalExecutor(new BinomialRetention(N), threads)) {
            return abc.run(ex, new CsvParticleSink(dir), new Checkpoint(dir.resolve("checkpoint.txt")), resume, l);
        }
    }

    @Test
    void recoversTheBetaPosteriorOfBinomialRetention() throws Exception {
        Files.createDirectories(tmp.resolve("a"));
        AbcResult r = run(toy(2000, 12, 7), 2, tmp.resolve("a"), List.of(), AbcListener.NONE);
        Generation g = r.last();
        // distances are whole numbers; the schedule reaches 0, where ABC is exact rejection
        assertThat(g.epsilon()).isEqualTo(0.0);
        double[] p = g.column(0);
        double mean = WeightedSample.mean(p, g.weights());
        double sd = WeightedSample.sd(p, g.weights());
        // Beta(1 + 6, 1 + 14): mean 7/22, sd sqrt(7 * 15 / (22^2 * 23))
        double a = 1 + K;
        double b = 1 + N - K;
        double trueMean = a / (a + b);
        double trueSd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        // Monte Carlo error of a weighted mean of 2000 particles is ~0.003; allow ~5 of them
        assertThat(mean).isCloseTo(trueMean, org.assertj.core.data.Offset.offset(0.015));
        assertThat(sd).isCloseTo(trueSd, org.assertj.core.data.Offset.offset(0.012));
        assertThat(r.generations()).hasSizeGreaterThan(2);
    }

    @Test
    void sameSeedSameParticlesOnOneOrThreeThreads() throws Exception {
        Files.createDirectories(tmp.resolve("one"));
        Files.createDirectories(tmp.resolve("three"));
        AbcResult one = run(toy(150, 4, 11), 1, tmp.resolve("one"), List.of(), AbcListener.NONE);
        AbcResult three = run(toy(150, 4, 11), 3, tmp.resolve("three"), List.of(), AbcListener.NONE);
        assertSameParticles(one.last(), three.last());
        assertThat(Files.readString(tmp.resolve("one/particles.csv")))
                .isEqualTo(Files.readString(tmp.resolve("three/particles.csv")));
    }

    @Test
    void killedAndResumedEqualsUninterrupted() throws Exception {
        Path whole = Files.createDirectories(tmp.resolve("whole"));
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        AbcResult full = run(toy(150, 5, 3), 2, whole, List.of(), AbcListener.NONE);
        AbcListener killAfterSecond = new AbcListener() {
            @Override
            public void finished(Generation g) {
                if (g.index() == 1) {
                    throw new IllegalStateException("killed");
                }
            }
        };
        assertThatThrownBy(() -> run(toy(150, 5, 3), 2, broken, List.of(), killAfterSecond)).hasMessage("killed");
        AbcSmc again = toy(150, 5, 3);
        List<Generation> saved = new Checkpoint(broken.resolve("checkpoint.txt")).read(again.fingerprint());
        assertThat(saved).hasSize(2);
        AbcResult resumed = run(again, 1, broken, saved, AbcListener.NONE);
        assertThat(resumed.generations()).hasSize(full.generations().size());
        for (int t = 0; t < full.generations().size(); t++) {
            assertSameParticles(full.generations().get(t), resumed.generations().get(t));
        }
        assertThat(Files.readString(broken.resolve("particles.csv")))
                .isEqualTo(Files.readString(whole.resolve("particles.csv")));
        assertThat(Files.readString(broken.resolve("posterior.csv")))
                .isEqualTo(Files.readString(whole.resolve("posterior.csv")));
    }

    @Test
    void aKillBetweenStoringAndCheckpointingLeavesNoDuplicateRows() throws Exception {
        Path whole = Files.createDirectories(tmp.resolve("w2"));
        Path broken = Files.createDirectories(tmp.resolve("b2"));
        run(toy(60, 4, 9), 2, whole, List.of(), AbcListener.NONE);
        CsvParticleSink csv = new CsvParticleSink(broken);
        ParticleSink dying = new ParticleSink() {
            @Override
            public void resumeAfter(int generation, List<String> parameters, List<String> stats) {
                csv.resumeAfter(generation, parameters, stats);
            }

            @Override
            public void generation(Generation g, List<Proposal> proposals, List<ParameterPrior> priors) {
                csv.generation(g, proposals, priors);
                if (g.index() == 2) {
                    throw new IllegalStateException("killed before the checkpoint");
                }
            }

            @Override
            public void close() {
            }
        };
        try (Executor ex = new LocalExecutor(new BinomialRetention(N), 2)) {
            assertThatThrownBy(() -> toy(60, 4, 9).run(ex, dying, new Checkpoint(broken.resolve("checkpoint.txt")),
                    List.of(), AbcListener.NONE)).hasMessageContaining("killed");
        }
        AbcSmc again = toy(60, 4, 9);
        List<Generation> saved = new Checkpoint(broken.resolve("checkpoint.txt")).read(again.fingerprint());
        assertThat(saved).hasSize(2);
        run(again, 1, broken, saved, AbcListener.NONE);
        assertThat(Files.readString(broken.resolve("particles.csv")))
                .isEqualTo(Files.readString(whole.resolve("particles.csv")));
    }

    @Test
    void refusesACheckpointOfAnotherCalibration() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        run(toy(50, 2, 3), 1, dir, List.of(), AbcListener.NONE);
        Checkpoint cp = new Checkpoint(dir.resolve("checkpoint.txt"));
        assertThatThrownBy(() -> cp.read(toy(50, 2, 4).fingerprint()))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("different calibration");
    }

    @Test
    void budgetStopsAtTheLastCompleteGeneration() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("b"));
        RunSpec base = new RunSpec(0, "toy", new TreeMap<>(), 0, 0);
        AbcSmc abc = new AbcSmc(List.of(ParameterPrior.parse("p=uniform(0,1)", 0, 1)), base,
                s -> Math.abs(s.value("k") - K), new AbcSettings(100, 50, 0.5, 450, 5, 0.0));
        AbcResult r = run(abc, 2, dir, List.of(), AbcListener.NONE);
        assertThat(r.runs()).isLessThan(450);
        assertThat(r.spent()).isEqualTo(450);
        assertThat(r.stopReason()).contains("budget");
        assertThat(r.last().particles()).hasSize(100);
    }

    @Test
    void replicatesAverageTheStatisticsOfTheProposalsSeeds() {
        RunSpec base = new RunSpec(0, "toy", new TreeMap<>(), 0, 0);
        Distance d = s -> Math.abs(s.value("k") - K);
        List<ParameterPrior> priors = List.of(ParameterPrior.parse("p=uniform(0,1)", 0, 1));
        BinomialRetention model = new BinomialRetention(N);
        List<RunSpec> ran = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        org.corvee.analysis.experiment.RunModel recording = spec -> {
            ran.add(spec);
            return model.run(spec);
        };
        List<Proposal> one = proposals(new AbcSmc(priors, base, d, new AbcSettings(20, 1, 0.5, 1000, 5, 0, 1)), model);
        List<Proposal> two = proposals(new AbcSmc(priors, base, d, new AbcSettings(20, 1, 0.5, 1000, 5, 0, 2)),
                recording);
        assertThat(ran).hasSize(2 * two.size());
        for (int i = 0; i < two.size(); i++) {
            int p = i;
            List<RunSpec> reps = ran.stream().filter(s -> s.index() == p)
                    .sorted(java.util.Comparator.comparingInt(RunSpec::replicate)).toList();
            assertThat(reps).extracting(RunSpec::replicate).containsExactly(0, 1);
            assertThat(reps.get(1).seed()).isEqualTo(ReplicateSeeds.of(reps.get(0).seed(), 1));
            double k0 = model.run(reps.get(0)).value("k");
            double k1 = model.run(reps.get(1)).value("k");
            // K = 2: the mean of the two seeds' statistics; K = 1: replicate 0's alone, same proposal
            assertThat(two.get(i).stats()).containsExactly((k0 + k1) / 2);
            assertThat(two.get(i).distance()).isEqualTo(Math.abs((k0 + k1) / 2 - K));
            assertThat(one.get(i).values()).containsExactly(two.get(i).values());
            assertThat(one.get(i).stats()).containsExactly(k0);
        }
    }

    @Test
    void replicatesEnterTheFingerprintOnlyAboveOne() {
        assertThat(new AbcSettings(20, 1, 0.5, 1000, 5, 0, 1).fingerprint())
                .isEqualTo(new AbcSettings(20, 1, 0.5, 1000, 5, 0).fingerprint()).doesNotContain("replicates");
        assertThat(new AbcSettings(20, 1, 0.5, 1000, 5, 0, 3).fingerprint()).endsWith(" replicates=3");
        assertThatThrownBy(() -> new AbcSettings(20, 1, 0.5, 1000, 5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replicates");
    }

    private List<Proposal> proposals(AbcSmc abc, org.corvee.analysis.experiment.RunModel model) {
        List<Proposal> out = new java.util.ArrayList<>();
        ParticleSink sink = new ParticleSink() {
            @Override
            public void resumeAfter(int generation, List<String> parameters, List<String> stats) {
            }

            @Override
            public void generation(Generation accepted, List<Proposal> proposals, List<ParameterPrior> priors) {
                out.addAll(proposals);
            }

            @Override
            public void close() {
            }
        };
        Checkpoint checkpoint = new Checkpoint(tmp.resolve("checkpoint-" + abc.fingerprint().hashCode() + ".txt"));
        try (Executor ex = new LocalExecutor(model, 2)) {
            abc.run(ex, sink, checkpoint, List.of(), AbcListener.NONE);
        }
        return out;
    }

    private static void assertSameParticles(Generation a, Generation b) {
        assertThat(b.epsilon()).isEqualTo(a.epsilon());
        assertThat(b.runsTotal()).isEqualTo(a.runsTotal());
        assertThat(b.particles()).hasSameSizeAs(a.particles());
        for (int i = 0; i < a.particles().size(); i++) {
            assertThat(b.particles().get(i).theta()).containsExactly(a.particles().get(i).theta());
            assertThat(b.particles().get(i).weight()).isEqualTo(a.particles().get(i).weight());
            assertThat(b.particles().get(i).distance()).isEqualTo(a.particles().get(i).distance());
        }
    }
}

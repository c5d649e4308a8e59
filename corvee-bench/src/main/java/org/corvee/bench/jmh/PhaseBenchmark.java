package org.corvee.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.StepContext;
import org.corvee.model.CensusPhase;
import org.corvee.model.Simulation;
import org.corvee.model.dispatch.ApplicationPhase;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.model.world.Status;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One month of the hot phases on the baseline world at a realistic size (scale 0.1 ≈ 2.3 M
 * agents by default), on the given number of threads. The score is milliseconds per month;
 * divide the agent count by it for agents per millisecond.
 *
 * <p>The application benchmark resets every applicant to home after each call, so each call
 * sees the same world; it runs the January round.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class PhaseBenchmark {
    @Param({"0.1"})
    public double scale;

    @Param({"2"})
    public int threads;

    private Simulation sim;
    private ParallelRanges ranges;
    private CensusPhase census;
    private ApplicationPhase application;
    private long[] counters;

    @Setup(Level.Trial)
    public void build() {
        Parameters p = ParameterCatalog.load().defaults().with(RunKeys.SCALE, scale);
        sim = Simulation.build(p, threads);
        ranges = new ParallelRanges(threads);
        census = new CensusPhase(sim.world(), sim.metrics());
        application = new ApplicationPhase(sim.world(), sim.metrics());
        counters = new long[sim.registry().size()];
    }

    @TearDown(Level.Trial)
    public void close() {
        ranges.close();
    }

    @Benchmark
    public long census() {
        census.step(new StepContext(12, sim.clock(), counters, ranges, sim.random()));
        return counters[0];
    }

    @Benchmark
    public long application() {
        application.step(new StepContext(12, sim.clock(), counters, ranges, sim.random()));
        return counters[0];
    }

    /** The census's floor: one plain parallel sum over the five columns it reads. */
    @Benchmark
    public long censusColumnsStream() {
        Population pop = sim.world().population();
        long[] total = new long[1];
        ranges.run(pop.size, total, (chunk, from, to, c) -> {
            long s = 0;
            for (int i = from; i < to; i++) {
                s += pop.province[i] + pop.status[i] + pop.heard[i] + pop.birth[i]
                        + Float.floatToRawIntBits(pop.belief[i]);
            }
            c[0] += s;
        });
        return total[0];
    }

    @TearDown(Level.Invocation)
    public void forgetApplicants() {
        Population pop = sim.world().population();
        for (var list : sim.world().dispatch().applicantsByChunk) {
            for (int k = 0; k < list.size(); k++) {
                sim.world().census().changing(list.get(k));
                pop.status[list.get(k)] = Status.HOME;
                sim.world().census().changed(list.get(k));
            }
            list.clear();
        }
    }
}

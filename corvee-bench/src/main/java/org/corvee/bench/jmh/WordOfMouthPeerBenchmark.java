package org.corvee.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.corvee.bench.peer.CorveeKernel;
import org.corvee.bench.peer.MasonWordOfMouth;
import org.corvee.bench.peer.PeerGraph;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.SocialNetwork;
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
 * The peer kernel under JMH: ten steps of the Bass word-of-mouth rule over 1 M agents with ten
 * ties each, on MASON and on our engine (same graph, same rule). Score: ms per ten steps, so
 * agent-steps per second = 10 × agents / score × 1000. {@code PeerComparison} prints the
 * ratio directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC"})
public class WordOfMouthPeerBenchmark {
    static final int STEPS = 10;

    @Param({"1000000"})
    public int agents;

    @Param({"2"})
    public int threads;

    private MasonWordOfMouth mason;
    private CorveeKernel ours;
    private ParallelRanges ranges;

    @Setup(Level.Trial)
    public void build() {
        SocialNetwork graph = PeerGraph.build(agents, 10, 1);
        mason = new MasonWordOfMouth(1, graph);
        ours = new CorveeKernel(graph, 1);
        ranges = new ParallelRanges(threads);
    }

    @Setup(Level.Invocation)
    public void reset() {
        mason.start();
        ours.reset();
    }

    @TearDown(Level.Trial)
    public void close() {
        ranges.close();
    }

    @Benchmark
    public long mason() {
        for (int s = 0; s < STEPS; s++) {
            mason.schedule.step(mason);
        }
        return mason.schedule.getSteps();
    }

    @Benchmark
    public long corvee() {
        long a = 0;
        for (int s = 0; s < STEPS; s++) {
            a = ours.step(s, ranges);
        }
        return a;
    }
}

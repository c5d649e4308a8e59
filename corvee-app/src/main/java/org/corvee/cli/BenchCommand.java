package org.corvee.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.bench.BenchReport;
import org.corvee.bench.HeapProbe;
import org.corvee.bench.JvmSetup;
import org.corvee.bench.ScaleBench;
import org.corvee.bench.ScaleResult;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.output.NumberText;
import org.corvee.run.MemoryGuard;
import org.corvee.run.PeakMemory;
import org.corvee.run.UserError;
import org.corvee.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee bench}: the performance budget. Runs a scenario (the baseline by default, with
 * its timeline) at several scales and prints throughput, bytes per agent, peak heap, and each phase's time
 * against the time to stream its columns through memory, measured in the same run, with the
 * share of persons the phase touched and issue 15's targets for the scale.
 * Writes no files. Scales that won't fit in the heap are skipped with the guard's message.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark a scenario at several scales: speed, memory and each phase against its floor.",
            "Runs a scenario (default: baseline), with its timeline of dated events as `run` has it, at each scale "
                + "and prints agent-months per second, bytes per agent, peak heap and each phase's time against its "
                + "memory-speed floor (target: within 2x) with the share of persons it touched (mean over months of "
                + "the rows it read / persons), and issue 15's targets (scale 1.0: wall < 15 s, simulate < 10 s, "
                + "peak heap < 4 GiB; scale 0.1: simulate < 0.7 s), met or not, beside the simulation at the "
                + "floors (every phase at its floor, or at its own time where that is less or it has none).",
            "The peer benchmark against MASON and the JMH benchmarks live in corvee-bench (see README)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    MemoryOptions memory;

    @Option(names = "--scales", split = ",", paramLabel = "X",
            description = "Scales to run, each " + ScaleOption.RANGE + " (default: 0.01,0.1,1.0).")
    List<Double> scales = new ArrayList<>(List.of(0.01, 0.1, 1.0));

    @Option(names = "--repeats", paramLabel = "N", description = "Runs per scale; the median is shown (default: 1).")
    int repeats = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = ThreadCount.of(threads);
        if (repeats < 1) {
            throw UserError.badInput("--repeats must be at least 1, was " + repeats);
        }
        for (double s : scales) {
            ScaleOption.check("--scales", s);
        }
        ParameterCatalog catalog = ParameterCatalog.load();
        Scenario sc = scenario.resolve(catalog, List.of());
        HeapProbe heap = new HeapProbe() {
            @Override
            public void reset() {
                PeakMemory.reset();
            }

            @Override
            public long peak() {
                return PeakMemory.heapPeakBytes();
            }
        };
        ScaleBench bench = new ScaleBench(heap);
        out.printf("corvee bench: scenario %s, %d thread(s), max heap %s, java %s, %s%n", sc.name(), nThreads,
                MemoryGuard.size(memory.maxHeap()), System.getProperty("java.version"), JvmSetup.describe());
        for (double s : scales) {
            var p = sc.parameters().with(RunKeys.SCALE, s);
            String why = MemoryGuard.refusal(p, memory.usableHeap().bytes());
            if (why != null) {
                err.println("corvee: skipped: " + MemoryGuard.withNote(why, memory.usableHeap()));
                err.flush();
                continue;
            }
            ScaleResult r = bench.run(p, sc.timeline(), nThreads, repeats);
            BenchReport.print(r, out);
        }
        BenchReport.printFloorNote(out);
        return 0;
    }
}

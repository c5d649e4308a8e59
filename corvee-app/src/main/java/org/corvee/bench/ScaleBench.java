package org.corvee.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corvee.model.Simulation;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.params.Timeline;
import org.corvee.model.state.World;
import org.corvee.run.MemoryEstimate;

/**
 * Runs a scenario at one scale {@code repeats} times (build, then every month with a
 * {@link StreamFloor} observing), with its timeline of dated events as {@code corvee run} has it
 * (the events change what the phases do: border closures, repatriations) and keeps the run of median simulate time. The simulate time
 * excludes the floors' own time, which the observer measures while the run goes on. Timings are
 * wall-clock on a shared machine: repeat and read medians.
 */
public final class ScaleBench {
    private final HeapProbe heap;

    public ScaleBench(HeapProbe heap) {
        this.heap = heap;
    }

    /** Benchmarks {@code p} (its run.scale) with {@code timeline} on {@code threads} threads. */
    public ScaleResult run(Parameters p, Timeline timeline, int threads, int repeats) {
        List<ScaleResult> runs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            runs.add(once(p, timeline, threads, repeats));
        }
        runs.sort(Comparator.comparingDouble(ScaleResult::simulateSeconds));
        return runs.get((runs.size() - 1) / 2);
    }

    private ScaleResult once(Parameters p, Timeline timeline, int threads, int repeats) {
        System.gc();
        heap.reset();
        long t0 = System.nanoTime();
        Simulation sim = Simulation.build(p, timeline, threads);
        long t1 = System.nanoTime();
        World world = sim.world();
        StreamFloor floor = new StreamFloor(world, sim.postings(), sim.demographyMetrics());
        sim.engine().observe(floor);
        sim.run(threads, m -> { });
        long t2 = System.nanoTime();
        long peak = heap.peak();
        Footprint fp = Footprint.of(world.population(), world.network());
        if (floor.checksum() == 42) {
            // Never true in practice; keeps the floor's reads observable.
            System.err.print("");
        }
        // The floors run inside the month loop; their time is measured apart and left out.
        double simulate = (t2 - t1 - floor.overheadNanos()) / 1e9;
        // Per agent built: the spare rows for births (X1 fertility) count in the bytes, not the agents.
        return new ScaleResult(p.get(RunKeys.SCALE), world.population().built, sim.clock().months(), threads,
                repeats, (t1 - t0) / 1e9, simulate, floor.overheadNanos() / 1e9, fp, peak, new MemoryEstimate(p).bytes(),
                sim.engine().timings().totals(), floor.totals(), floor.pollTotals(), sim.engine().touchedRows());
    }
}

package org.corvee.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The month clock and its ordered phases. Domain-free: it knows phases, counters and random
 * streams, never what the agents are.
 *
 * <p>Each month: reset flow and snapshot cells, run every phase in order, record the counters.
 */
public final class Engine {
    private final MonthClock clock;
    private final List<Phase> phases;
    private final CounterRegistry registry;
    private final RandomStreams random;
    private final PhaseTimings timings = new PhaseTimings();
    private final Map<String, Long> touched = new LinkedHashMap<>();
    private PhaseObserver observer = new PhaseObserver() { };

    public Engine(MonthClock clock, List<Phase> phases, CounterRegistry registry, RandomStreams random) {
        this.clock = clock;
        this.phases = List.copyOf(phases);
        this.registry = registry;
        this.random = random;
    }

    /**
     * Runs every month on {@code threads} threads, starting the counters from {@code initial}
     * (stock levels at the start; copied); {@code afterMonth} is told each finished month.
     */
    public MonthlySeries run(int threads, long[] initial, IntConsumer afterMonth) {
        MonthlySeries series = new MonthlySeries(registry, clock.months());
        long[] counters = initial.clone();
        if (counters.length != registry.size()) {
            throw new IllegalArgumentException("initial counters have the wrong size");
        }
        int[] reset = registry.resetCells();
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            for (int m = 0; m < clock.months(); m++) {
                for (int c : reset) {
                    counters[c] = 0;
                }
                StepContext ctx = new StepContext(m, clock, counters, ranges, random, new PhaseWork());
                for (Phase p : phases) {
                    ctx.work().clear();
                    observer.before(p, ctx);
                    long t0 = System.nanoTime();
                    p.step(ctx);
                    timings.add(p.name(), System.nanoTime() - t0);
                    touched.merge(p.name(), ctx.work().touched(), Long::sum);
                    observer.after(p, ctx);
                }
                series.record(m, counters);
                afterMonth.accept(m);
            }
        }
        return series;
    }

    /** Installs an observer called around every phase (benchmarks); it must not change the world. */
    public void observe(PhaseObserver o) {
        this.observer = o;
    }

    /** Time spent per phase so far. */
    public PhaseTimings timings() {
        return timings;
    }

    /**
     * Person rows each phase reported touching ({@link StepContext#touched(long)}), summed over
     * the months run so far, in schedule order (0 for a phase that reports nothing).
     */
    public Map<String, Long> touchedRows() {
        return new LinkedHashMap<>(touched);
    }

    /** The schedule, in order. */
    public List<Phase> phases() {
        return phases;
    }
}

package org.corvee.engine;

/**
 * What a phase sees of the engine in one month: the clock, the counters and the workers, and
 * where it reports the work it did ({@link #touched(long)}).
 */
public record StepContext(int month, MonthClock clock, long[] counters, ParallelRanges ranges,
                          RandomStreams random, PhaseWork work) {

    /** A context with its own, fresh work tally (phase tests and benchmarks that run one phase). */
    public StepContext(int month, MonthClock clock, long[] counters, ParallelRanges ranges, RandomStreams random) {
        this(month, clock, counters, ranges, random, new PhaseWork());
    }

    /**
     * Reports that the running phase read the columns of {@code rows} person rows this month
     * (a full scan: the population size; a list phase: its list's size). The bench prints the
     * share of persons each phase touches; the figure changes nothing in the model.
     */
    public void touched(long rows) {
        work.touched(rows);
    }
}

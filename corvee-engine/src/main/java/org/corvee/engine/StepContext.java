package org.corvee.engine;

/** What a phase sees of the engine in one month: the clock, the counters and the workers. */
public record StepContext(int month, MonthClock clock, long[] counters, ParallelRanges ranges,
                          RandomStreams random) {
}

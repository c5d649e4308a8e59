package org.corvee.engine;

/**
 * Looks at the world around each phase of each month (benchmarks measure their memory-speed
 * floors here). Time spent in an observer is not counted in {@link PhaseTimings}.
 *
 * <p>Contract: an observer may read anything but must not change the world or the counters,
 * so a run with an observer gives the same results as one without.
 */
public interface PhaseObserver {
    /** Called just before {@code phase} runs in the month of {@code ctx}. */
    default void before(Phase phase, StepContext ctx) {
    }

    /** Called just after {@code phase} ran in the month of {@code ctx}. */
    default void after(Phase phase, StepContext ctx) {
    }
}

package org.corvee.engine;

/**
 * One step of the monthly schedule (MASON's {@code Steppable}, reduced to what we need).
 *
 * <p>Contract: a phase reads and writes the world it was built with, counts into
 * {@code ctx.counters()}, and gives the same result whatever {@code ctx.ranges()} thread count.
 */
public interface Phase {
    /** A short stable name used in timings and logs. */
    String name();

    /** Runs this phase for the month in {@code ctx}. */
    void step(StepContext ctx);
}

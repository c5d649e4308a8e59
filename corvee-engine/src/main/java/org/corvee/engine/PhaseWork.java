package org.corvee.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the running phase reports of its own work in one month: the number of person rows whose
 * columns it read ("touched"). Phases report it with {@link StepContext#touched(long)}, once per
 * step as a rule; the engine reads it after the step and clears it before the next phase.
 *
 * <p>A {@link LongAdder} so that a phase may report from inside parallel chunks without
 * contention; a sum of whole numbers does not depend on the order of the adds, so the total is
 * the same on any number of threads. Reporting never changes the model.
 */
public final class PhaseWork {
    private final LongAdder touched = new LongAdder();

    /** Adds {@code rows} person rows read by the running phase. */
    public void touched(long rows) {
        touched.add(rows);
    }

    /** Rows reported by the running phase so far in this step. */
    public long touched() {
        return touched.sum();
    }

    void clear() {
        touched.reset();
    }
}

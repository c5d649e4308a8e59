package org.corvee.spark;

import java.io.Serializable;

/**
 * A failure injected into a task before it runs anything, as a lost executor or a broken
 * disk would make it fail; Spark retries such a task. Only tests inject one ({@link #NONE}
 * otherwise), to show that a retried task gives the same results.
 */
@FunctionalInterface
interface TaskFault extends Serializable {
    /** No failure. */
    TaskFault NONE = (partition, attempt) -> { };

    /** Throws to make attempt {@code attempt} of the task of {@code partition} fail. */
    void before(int partition, int attempt);
}

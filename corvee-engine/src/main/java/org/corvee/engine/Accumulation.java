package org.corvee.engine;

/** How a counter behaves across months. */
public enum Accumulation {
    /** Events in the month (applications, returns); reset to zero at the start of each month. */
    FLOW,
    /** A level carried from month to month and changed by increments (workers abroad). */
    STOCK,
    /** A level recomputed from scratch every month by a census phase; reset like a flow. */
    SNAPSHOT
}

package org.corvee.model.dispatch;

import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;

/**
 * The rows tried by the start's rejection sampling ({@link InitialDeployment},
 * {@link InitialHistory}): try {@code a} draws row {@code bits(stream, a, 0, 0) % built}, and the
 * tries are taken one after another. A try's row and the checks on it that the sampling does not
 * change while it runs ({@link Check}: draws keyed by the try, columns it never writes) are made
 * ahead, a block of tries at a time in chunks on the workers; the sampling then takes the tries
 * in their order and checks only what it writes itself (a row already taken). The rows lie far
 * apart in the table, so the loads ahead on two threads, their misses overlapping, replace the
 * misses of one try after another. Same tries, same rows, same outcome on any thread count.
 */
final class TriedRows {
    /** What is worked out for try {@code a} of row {@code row} ahead: must read only what the sampling does not write. */
    @FunctionalInterface
    interface Check {
        boolean passes(long a, int row);
    }

    /** Tries worked out ahead at once, and per chunk of the workers. */
    private static final int BLOCK = 1 << 15;
    private static final int CHUNK = 1 << 11;
    private static final long[] NONE = new long[0];

    private final ParallelRanges ranges;
    private final long stream;
    private final int built;
    private final Check check;
    private final int[] rows = new int[BLOCK];
    private final boolean[] passes = new boolean[BLOCK];
    /** The first try of the block worked out; -1 before any. */
    private long first = -1;

    TriedRows(ParallelRanges ranges, long stream, int built, Check check) {
        this.ranges = ranges;
        this.stream = stream;
        this.built = built;
        this.check = check;
    }

    /** The row of try {@code a}. */
    int row(long a) {
        return rows[at(a)];
    }

    /** True if try {@code a} passes the checks made ahead. */
    boolean passes(long a) {
        return passes[at(a)];
    }

    private int at(long a) {
        if (first < 0 || a < first || a >= first + BLOCK) {
            workOut(a);
        }
        return (int) (a - first);
    }

    private void workOut(long from) {
        first = from;
        ranges.run(BLOCK, CHUNK, NONE, (chunk, lo, hi, c) -> {
            for (int k = lo; k < hi; k++) {
                long a = from + k;
                int i = (int) ((RandomStreams.bits(stream, a, 0, 0) >>> 1) % built);
                rows[k] = i;
                passes[k] = check.passes(a, i);
            }
        });
    }
}

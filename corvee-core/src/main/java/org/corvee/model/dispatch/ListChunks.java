package org.corvee.model.dispatch;

import org.corvee.engine.ChunkBody;
import org.corvee.engine.StepContext;

/**
 * Fixed-size chunks of a short list of rows (workers abroad: a few thousand), so a list phase
 * can spread its per-row work over the run's threads. Boundaries depend only on the list's
 * length, so what each chunk collects, taken in chunk order, is the same on any thread count.
 */
final class ListChunks {
    /** Rows per chunk: a few hundred microseconds of gathers, enough to pay for the hand-off. */
    static final int ROWS = 1024;

    private ListChunks() {
    }

    /** Number of chunks of a list of {@code n} rows. */
    static int count(int n) {
        return (n + ROWS - 1) / ROWS;
    }

    /** Runs {@code body} over the chunks of [0, n) on the run's threads; the body counts only into its own arrays. */
    static void run(StepContext ctx, int n, ChunkBody body) {
        ctx.ranges().run(n, ROWS, NO_COUNTERS, body);
    }

    private static final long[] NO_COUNTERS = new long[0];
}

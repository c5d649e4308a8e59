package org.corvee.model.dispatch;

import org.corvee.engine.ChunkBody;
import org.corvee.engine.StepContext;

/**
 * Fixed-size chunks of a list of rows (workers abroad: ~9,000 at scale 0.1, ~90,000 at full
 * scale), so a list phase can spread its per-row work over the run's threads. Boundaries depend only on the list's
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

    /**
     * Lists shorter than this run their chunks in order on the calling thread: handing a few
     * hundred microseconds of gathers to the pool cost more than it saved in the bench at scale
     * 0.1 (~9,000 workers abroad) on the shared 2-core machine. The chunks are the same either
     * way, so the results are too.
     */
    static final int PARALLEL_FROM = 12 * ROWS;

    /** Runs {@code body} over the chunks of [0, n) (on the run's threads for a long list); the body counts only into its own arrays. */
    static void run(StepContext ctx, int n, ChunkBody body) {
        run(ctx, n, PARALLEL_FROM, NO_COUNTERS, body);
    }

    /**
     * As {@link #run(StepContext, int, ChunkBody)}, handed to the run's threads from
     * {@code parallelFrom} rows, the body also adding counter sums into its {@code counters}: a
     * worker's own copy of {@code counters}, added into them after the run (long sums: the totals
     * do not depend on the thread count); {@code counters} themselves when the chunks run on the
     * calling thread.
     */
    static void run(StepContext ctx, int n, int parallelFrom, long[] counters, ChunkBody body) {
        if (n >= parallelFrom) {
            ctx.ranges().run(n, ROWS, counters, body);
            return;
        }
        for (int c = 0; c < count(n); c++) {
            body.run(c, c * ROWS, Math.min(n, (c + 1) * ROWS), counters);
        }
    }

    /** No counters: for a body that counts only into its own arrays. */
    static final long[] NO_COUNTERS = new long[0];
}

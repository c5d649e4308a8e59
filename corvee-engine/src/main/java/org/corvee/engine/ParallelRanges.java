package org.corvee.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a body over [0, n) in fixed-size chunks on a fixed number of threads: the calling thread
 * and {@code threads - 1} workers ({@link ChunkRun} says why the caller works too).
 *
 * <p>Contract: chunk boundaries depend only on {@code n} and {@link #CHUNK}, never on the
 * thread count, so per-chunk results collected by chunk index are identical on 1 or N
 * threads. Counter deltas are {@code long} sums, which are associative, so merging the
 * per-worker deltas in any order gives the same totals.
 *
 * <p>A body must only write to the agents of its own chunk and to its counter delta.
 */
public final class ParallelRanges implements AutoCloseable {
    /** Agents per chunk: large enough to amortise scheduling, small enough to balance load. */
    public static final int CHUNK = 1 << 15;

    private final int threads;
    private final ExecutorService pool;

    public ParallelRanges(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "corvee-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Number of worker threads. */
    public int threads() {
        return threads;
    }

    /** Number of chunks that [0, n) is cut into. */
    public static int chunks(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /**
     * Runs {@code body} over every chunk of [0, n) and adds all counter deltas into
     * {@code counters}.
     */
    public void run(int n, long[] counters, ChunkBody body) {
        run(n, CHUNK, counters, body);
    }

    /**
     * As {@link #run(int, long[], ChunkBody)} with chunks of {@code chunk} elements, for short
     * lists (a few thousand rows) that one chunk of {@link #CHUNK} would leave on one thread.
     * Boundaries still depend only on {@code n} and {@code chunk}.
     */
    public void run(int n, int chunk, long[] counters, ChunkBody body) {
        run(n, chunk, 2, counters, body);
    }

    /**
     * As {@link #run(int, int, long[], ChunkBody)}, but the chunks run in order on the calling
     * thread when there are fewer than {@code parallelFrom}: for short lists whose hand-off to the
     * workers costs about what it saves (on a busy machine, more: the run waits for a worker
     * that is not scheduled). The chunks are the same either way, so the results are too.
     */
    public void run(int n, int chunk, int parallelFrom, long[] counters, ChunkBody body) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be >= 1, was " + chunk);
        }
        int chunks = (int) ((n + (long) chunk - 1) / chunk);
        if (pool == null || chunks <= 1 || chunks < parallelFrom) {
            long[] delta = new long[counters.length];
            for (int c = 0; c < chunks; c++) {
                body.run(c, c * chunk, Math.min(n, (c + 1) * chunk), delta);
            }
            add(counters, delta);
            return;
        }
        ChunkRun run = new ChunkRun(n, chunk, chunks, counters, body);
        for (int t = 1; t < threads; t++) {
            pool.execute(run::work);
        }
        run.work();
        run.await();
    }

    /**
     * Runs {@code body} over [0, n) cut into one contiguous part per thread (no counters). Unlike
     * {@link #run}, the cut depends on the thread count: only for a body whose result does not
     * depend on where [0, n) is cut, e.g. one that scans shared input in a fixed order and writes
     * only the outputs owned by its part.
     */
    public void split(int n, ChunkBody body) {
        long[] none = new long[0];
        if (pool == null || n < 2) {
            body.run(0, 0, n, none);
            return;
        }
        // The workers take the parts after the first, the caller the first.
        List<Future<long[]>> futures = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            int part = t;
            int from = (int) ((long) n * t / threads);
            int to = (int) ((long) n * (t + 1) / threads);
            futures.add(pool.submit(() -> {
                body.run(part, from, to, none);
                return none;
            }));
        }
        body.run(0, 0, (int) ((long) n / threads), none);
        await(futures, none);
    }

    /**
     * As {@link #split(int, ChunkBody)}, while {@code beside} runs on the calling thread (after
     * the parts, on one thread): for work that needs no core of its own, such as allocating an
     * array whose fresh pages the kernel zeroes, done while the parts run.
     */
    public void splitBeside(int n, ChunkBody body, Runnable beside) {
        long[] none = new long[0];
        if (pool == null || n < 2) {
            body.run(0, 0, n, none);
            beside.run();
            return;
        }
        List<Future<long[]>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            int part = t;
            int from = (int) ((long) n * t / threads);
            int to = (int) ((long) n * (t + 1) / threads);
            futures.add(pool.submit(() -> {
                body.run(part, from, to, none);
                return none;
            }));
        }
        try {
            beside.run();
        } finally {
            await(futures, none);
        }
    }

    private static void await(List<Future<long[]>> futures, long[] counters) {
        for (Future<long[]> f : futures) {
            try {
                add(counters, f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static void add(long[] into, long[] delta) {
        for (int i = 0; i < into.length; i++) {
            into[i] += delta[i];
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

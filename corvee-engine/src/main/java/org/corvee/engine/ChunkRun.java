package org.corvee.engine;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One call of {@link ParallelRanges#run}: its chunks handed out in order to whichever thread
 * asks next, the calling thread among them, and each thread's counter delta added in when it
 * runs out of chunks.
 *
 * <p>Why the caller works too and waits only for the chunks, not for the workers: a month's
 * short runs (word of mouth's few stretches and parts, a few milliseconds) lasted about as long
 * as a worker took to wake on the 2-core VM (~1 ms at scale 0.1); the caller, idle meanwhile,
 * then also had to be woken. A worker that wakes after the last chunk was taken finds nothing
 * to do and is not waited for.
 */
final class ChunkRun {
    private final int n;
    private final int chunk;
    private final int chunks;
    private final long[] counters;
    private final ChunkBody body;
    private final AtomicInteger next = new AtomicInteger();
    /** Chunks whose thread has added its delta (or failed); guarded by this. */
    private int finished;
    /** The first failure of a body; guarded by this. */
    private Throwable failure;

    ChunkRun(int n, int chunk, int chunks, long[] counters, ChunkBody body) {
        this.n = n;
        this.chunk = chunk;
        this.chunks = chunks;
        this.counters = counters;
        this.body = body;
    }

    /**
     * Runs chunks until none is left, then adds this thread's delta into the counters. A body
     * that throws stops the handing out: the chunks not taken count as finished, so that the
     * caller does not wait for them.
     */
    void work() {
        int c = next.getAndIncrement();
        if (c >= chunks) {
            return;
        }
        long[] delta = new long[counters.length];
        int ran = 0;
        Throwable failed = null;
        try {
            for (; c < chunks; c = next.getAndIncrement()) {
                ran++;
                body.run(c, c * chunk, Math.min(n, (c + 1) * chunk), delta);
            }
        } catch (Throwable t) {
            failed = t;
            ran += Math.max(0, chunks - next.getAndSet(chunks));
        }
        synchronized (this) {
            if (failed == null) {
                for (int i = 0; i < counters.length; i++) {
                    counters[i] += delta[i];
                }
            } else if (failure == null) {
                failure = failed;
            }
            finished += ran;
            if (finished == chunks) {
                notifyAll();
            }
        }
    }

    /**
     * Waits until every chunk is finished (their writes then come before the caller's reads) and
     * rethrows a body's failure.
     */
    void await() {
        synchronized (this) {
            while (finished < chunks) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            if (failure instanceof RuntimeException re) {
                throw re;
            }
            if (failure instanceof Error err) {
                throw err;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }
}

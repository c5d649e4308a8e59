package org.corvee.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * The worker threads of {@link ParallelRanges}: each takes the latest posted run's chunks
 * ({@link ChunkRun#work}), then spins for a short while before parking, so that the next run of
 * the month, usually a fraction of a millisecond later, finds it awake: waking a parked thread
 * took ~0.5–1 ms on the 2-core VM, as long as a month's short runs themselves.
 */
final class Workers implements AutoCloseable {
    /** How long a worker spins for the next run before parking. */
    private static final long SPIN_NANOS = 200_000;

    private final Thread[] threads;
    private volatile ChunkRun posted;
    /** Incremented after each post; a worker runs a post it has not seen. */
    private volatile long generation;
    private volatile boolean closed;

    Workers(int count) {
        threads = new Thread[count];
        for (int t = 0; t < count; t++) {
            threads[t] = new Thread(this::loop, "corvee-worker");
            threads[t].setDaemon(true);
            threads[t].start();
        }
    }

    /** Offers {@code run} to the workers; the caller works on it too and waits for its chunks. */
    void post(ChunkRun run) {
        posted = run;
        generation++;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }

    private void loop() {
        long seen = 0;
        while (!closed) {
            long g = generation;
            if (g != seen) {
                seen = g;
                posted.work();
                continue;
            }
            long until = System.nanoTime() + SPIN_NANOS;
            while (generation == seen && !closed && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            if (generation == seen && !closed) {
                LockSupport.park(this);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }
}

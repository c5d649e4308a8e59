package org.corvee.run;

import java.util.concurrent.Callable;

/**
 * One piece of a run's bookkeeping done on its own thread while the main thread does another:
 * recording the run's start in the database (loading DuckDB's native library, opening the file)
 * while the world is built; writing the CSV files while the database stores the same rows. On
 * two cores these overlap, and a run's fixed cost is the longer of the two rather than their sum.
 *
 * <p>{@link #join} hands back the result, or throws what the work threw: an unchecked exception
 * or error as it was, a checked one wrapped in {@link BackgroundFailure} (its cause).
 */
public final class Background<T> {
    private final Thread thread;
    private T result;
    private Throwable failure;

    private Background(String name, Callable<T> work) {
        this.thread = new Thread(() -> {
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    public static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> b = new Background<>(name, work);
        b.thread.start();
        return b;
    }

    /** Waits for the work to end; its result, or what it threw. */
    public T join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new BackgroundFailure(failure);
        }
        return result;
    }

    /** A checked exception thrown by background work, unwrapped by {@link #getCause()}. */
    public static final class BackgroundFailure extends RuntimeException {
        BackgroundFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}

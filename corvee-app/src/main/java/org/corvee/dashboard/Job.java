package org.corvee.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.corvee.scenario.Scenario;

/**
 * A run request accepted by the {@link RunQueue}: queued, then running (month by month, replicate
 * by replicate), then completed, failed or cancelled. Its state is read by request threads while
 * the worker thread changes it, so every access is synchronized; listeners (the progress streams)
 * are told of every change, outside the lock.
 */
final class Job {
    /** Life of a job. */
    enum State { QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED }

    private final long id;
    private final Scenario scenario;
    private final int replicates;
    private final String hash;
    private final List<Consumer<JobView>> listeners = new CopyOnWriteArrayList<>();
    private State state = State.QUEUED;
    private int replicate;
    private int monthsDone;
    private int monthsTotal;
    private Long batch;
    private final List<Long> runIds = new ArrayList<>();
    private String message = "";
    private volatile boolean cancelRequested;

    Job(long id, Scenario scenario, int replicates, String hash) {
        this.id = id;
        this.scenario = scenario;
        this.replicates = replicates;
        this.hash = hash;
    }

    long id() {
        return id;
    }

    Scenario scenario() {
        return scenario;
    }

    int replicates() {
        return replicates;
    }

    String hash() {
        return hash;
    }

    /** Asks a running job to stop at the end of its current month (a queued one never starts). */
    void requestCancel() {
        cancelRequested = true;
        boolean wasQueued;
        synchronized (this) {
            wasQueued = state == State.QUEUED;
            if (wasQueued) {
                state = State.CANCELLED;
                message = "cancelled before it started";
            }
        }
        if (wasQueued) {
            tell();
        }
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** Whether the job is queued or running. */
    synchronized boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    void started(long batchId) {
        synchronized (this) {
            state = State.RUNNING;
            batch = batchId;
        }
        tell();
    }

    void runStarted(int k, long runId, int months) {
        synchronized (this) {
            replicate = k;
            runIds.add(runId);
            monthsTotal = months;
            monthsDone = 0;
        }
        tell();
    }

    /** A month is done; listeners hear of it when the whole percentage moves (streams stay small). */
    void month(int done) {
        boolean news;
        synchronized (this) {
            int total = Math.max(1, monthsTotal);
            news = done * 100 / total != monthsDone * 100 / total || done == total;
            monthsDone = done;
            message = done == total ? "storing results" : "";
        }
        if (news) {
            tell();
        }
    }

    void finished(State end, String why) {
        synchronized (this) {
            state = end;
            message = why == null ? "" : why;
            if (end == State.COMPLETED) {
                replicate = replicates - 1;
                monthsDone = monthsTotal;
            }
        }
        tell();
    }

    /** Calls {@code l} on every change from now on (and once now). */
    void listen(Consumer<JobView> l) {
        listeners.add(l);
        l.accept(view());
    }

    void unlisten(Consumer<JobView> l) {
        listeners.remove(l);
    }

    private void tell() {
        JobView v = view();
        for (Consumer<JobView> l : listeners) {
            l.accept(v);
        }
    }

    /** A consistent snapshot for JSON. */
    synchronized JobView view() {
        double perRun = monthsTotal == 0 ? 0 : (double) monthsDone / monthsTotal;
        // 100% means stored: the last month of the last replicate is followed by the database commit
        double progress = state == State.COMPLETED ? 1.0 : Math.min(0.99, (replicate + perRun) / replicates);
        return new JobView(id, scenario.name(), state.name().toLowerCase(java.util.Locale.ROOT), progress,
                replicate + 1, replicates, monthsDone, monthsTotal, batch, List.copyOf(runIds), message, hash, false);
    }
}

package org.corvee.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.corvee.analysis.experiment.RunProgress;

/**
 * Tells a {@link RunProgress} of the runs of a batch as Spark finishes its tasks (each task
 * holds {@code runsPerTask} runs, the last one possibly fewer). Progress only: results never
 * depend on it. Spark calls it on its listener thread.
 */
final class BatchProgress extends SparkListener {
    private final RunProgress progress;
    private final int runsPerTask;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    BatchProgress(RunProgress progress, int runsPerTask, int total) {
        this.progress = progress;
        this.runsPerTask = runsPerTask;
        this.total = total;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo().successful()) {
            report(Math.min(total, done.addAndGet(runsPerTask)));
        }
    }

    /** Reports the whole batch as done (once its results are on the driver). */
    void finish() {
        done.set(total);
        report(total);
    }

    private void report(int d) {
        synchronized (progress) {
            progress.finished(d, total);
        }
    }
}

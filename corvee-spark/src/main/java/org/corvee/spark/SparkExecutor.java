package org.corvee.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.analysis.experiment.RunProgress;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;

/**
 * Runs the specs of a batch as Spark tasks: the specs are parallelised (one run per task up
 * to {@link #MAX_TASKS} tasks), the model (with its targets) is broadcast once, scenario
 * files with each batch; every task runs its specs ({@link RunPartition}) and the summaries
 * are collected to the driver and put back in spec order.
 *
 * <p>Contract (that of {@link Executor}): the result depends only on the specs and the model.
 * Every run's seed is in its spec, never derived from a partition or an attempt, so task
 * retries and speculative copies change nothing. A task that fails is retried by Spark (up to
 * {@link SparkMaster#LOCAL_TASK_TRIES} times in local mode, {@code spark.task.maxFailures}
 * on a cluster); a run the model fails is not retried and fails the batch with an
 * {@link ExperimentException} naming the run, as on the local executor.
 */
public final class SparkExecutor implements Executor {
    /** Above this many runs a batch packs several runs into one task. */
    static final int MAX_TASKS = 10_000;
    private final JavaSparkContext context;
    private final boolean owned;
    private final Broadcast<RunModel> model;
    private final TaskFault fault;

    SparkExecutor(JavaSparkContext context, boolean owned, RunModel model, TaskFault fault) {
        this.context = context;
        this.owned = owned;
        this.model = context.broadcast(model);
        this.fault = fault;
    }

    /**
     * Starts (or joins, under spark-submit) a Spark application on {@code master} (null: the
     * configured master, else local[*]) and runs {@code model} on it; closing stops it.
     */
    public static SparkExecutor start(RunModel model, String master) {
        return new SparkExecutor(context(master), true, model, TaskFault.NONE);
    }

    /** Runs {@code model} on an already running Spark application, which closing leaves running. */
    public static SparkExecutor on(JavaSparkContext context, RunModel model) {
        return new SparkExecutor(context, false, model, TaskFault.NONE);
    }

    /** The Spark context of a Corvée application on {@code master} (see {@link SparkMaster}). */
    static JavaSparkContext context(String master) {
        SparkConf conf = new SparkConf();
        String m = SparkMaster.resolve(master, conf.contains("spark.master") ? conf.get("spark.master") : null);
        conf.setMaster(m).setIfMissing("spark.app.name", "corvee").setIfMissing("spark.ui.enabled", "false");
        if (SparkMaster.isLocal(m)) {
            // everything is in this JVM: never listen on an outside address
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            SparkSession session = SparkSession.builder().config(conf).getOrCreate();
            return JavaSparkContext.fromSparkContext(session.sparkContext());
        } catch (RuntimeException e) {
            throw new ExperimentException("cannot start Spark on " + m + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<RunSummary> run(List<RunSpec> specs, RunProgress progress) {
        int total = specs.size();
        if (total == 0) {
            return List.of();
        }
        List<RunTask> tasks = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            tasks.add(new RunTask(i, specs.get(i)));
        }
        int slices = Math.min(total, MAX_TASKS);
        BatchProgress listener = new BatchProgress(progress, (total + slices - 1) / slices, total);
        Broadcast<ScenarioFiles> scenarios = context.broadcast(ScenarioFiles.of(specs));
        List<RunOutcome> outcomes;
        context.sc().addSparkListener(listener);
        try {
            outcomes = context.parallelize(tasks, slices).mapPartitions(new RunPartition(model, scenarios, fault))
                    .collect();
        } catch (RuntimeException e) {
            throw new ExperimentException("Spark could not finish the batch of " + total + " runs: "
                    + e.getMessage(), e);
        } finally {
            context.sc().removeSparkListener(listener);
            scenarios.destroy();
        }
        RunOutcome[] byPosition = new RunOutcome[total];
        for (RunOutcome o : outcomes) {
            byPosition[o.position()] = o;
        }
        List<RunSummary> out = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            RunOutcome o = byPosition[i];
            if (o == null) {
                throw new ExperimentException("run " + specs.get(i).index() + ": Spark returned no result");
            }
            if (!o.ok()) {
                throw new ExperimentException("run " + specs.get(i).index() + " failed: " + o.failure());
            }
            out.add(o.summary());
        }
        listener.finish();
        return out;
    }

    @Override
    public int parallelism() {
        return context.defaultParallelism();
    }

    @Override
    public void close() {
        model.destroy();
        if (owned) {
            context.stop();
        }
    }
}

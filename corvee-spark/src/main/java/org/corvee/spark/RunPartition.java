package org.corvee.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;

/**
 * The work of one Spark task: runs its specs one after the other with the broadcast model.
 *
 * <p>Design thoughts: a run that throws is a model failure (a bad parameter combination, a
 * world that cannot be built): the same spec would fail again on any machine, so it is caught
 * and sent back as a failed {@link RunOutcome} and the task succeeds; Spark never retries it.
 * Anything thrown outside the model (the injected {@link TaskFault}, a lost executor, an
 * {@link Error} such as running out of memory) fails the task and Spark retries it; since a
 * run's seed comes from its spec, a retry gives the same summaries.
 */
final class RunPartition implements FlatMapFunction<Iterator<RunTask>, RunOutcome> {
    private final Broadcast<RunModel> model;
    private final Broadcast<ScenarioFiles> scenarios;
    private final TaskFault fault;

    RunPartition(Broadcast<RunModel> model, Broadcast<ScenarioFiles> scenarios, TaskFault fault) {
        this.model = model;
        this.scenarios = scenarios;
        this.fault = fault;
    }

    @Override
    public Iterator<RunOutcome> call(Iterator<RunTask> tasks) {
        TaskContext task = TaskContext.get();
        fault.before(task.partitionId(), task.attemptNumber());
        RunModel m = model.value();
        ScenarioFiles files = scenarios.value();
        List<RunOutcome> out = new ArrayList<>();
        while (tasks.hasNext()) {
            RunTask t = tasks.next();
            RunSpec spec = t.spec();
            RunSpec local = files.localise(spec);
            try {
                RunSummary s = m.run(local);
                out.add(RunOutcome.done(t.position(), new RunSummary(spec, s.names(), s.values(), s.notes())));
            } catch (RuntimeException e) {
                out.add(RunOutcome.failed(t.position(), String.valueOf(e.getMessage())));
            }
        }
        return out.iterator();
    }
}

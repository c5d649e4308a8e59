package org.corvee.analysis.experiment;

/**
 * A way to execute batches of runs, found by name with {@link java.util.ServiceLoader}
 * (declared in {@code META-INF/services/org.corvee.experiment.ExecutorProvider}).
 *
 * <p>Design thoughts: experiments only ever see {@link Executor}; the provider lets the
 * command line pick one by name at run time, so a distributed engine (Spark) lives in its own
 * module and jar and neither the core nor the default program needs it to compile or run.
 */
public interface ExecutorProvider {
    /** The name given to {@code --executor}. */
    String name();

    /** Opens an executor that applies {@code model} to every spec of a batch. */
    Executor open(RunModel model, ExecutorSettings settings);
}

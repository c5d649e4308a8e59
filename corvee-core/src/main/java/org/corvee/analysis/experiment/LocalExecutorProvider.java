package org.corvee.analysis.experiment;

/** Provides the {@link LocalExecutor} under the name {@code local}. */
public final class LocalExecutorProvider implements ExecutorProvider {
    /** The name of the local executor. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Executor open(RunModel model, ExecutorSettings settings) {
        return new LocalExecutor(model, settings.threads());
    }
}

package org.corvee.spark;

import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExecutorProvider;
import org.corvee.analysis.experiment.ExecutorSettings;
import org.corvee.analysis.experiment.RunModel;

/** Provides the {@link SparkExecutor} under the name {@code spark} ({@code --executor spark --master URL}). */
public final class SparkExecutorProvider implements ExecutorProvider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Executor open(RunModel model, ExecutorSettings settings) {
        return SparkExecutor.start(model, settings.master());
    }
}

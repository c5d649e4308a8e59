package org.corvee.cli;

import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExecutorChoice;
import org.corvee.analysis.experiment.ExecutorSettings;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.LocalExecutorProvider;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.run.UserError;
import picocli.CommandLine.Option;

/**
 * {@code --executor local|spark} and {@code --master URL}: where the runs of an experiment
 * execute. The Spark executor comes from the corvee-spark module, found at run time
 * ({@link ExecutorChoice}), so this program never needs Spark to compile or to run locally.
 */
public final class ExecutorOptions {
    @Option(names = "--executor", paramLabel = "NAME", defaultValue = LocalExecutorProvider.NAME,
            description = "Where the runs execute: local (this machine's cores, see --threads) or spark (a Spark "
                    + "application on --master; ./corvee adds Spark to the class path) (default: ${DEFAULT-VALUE}).")
    String executor;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for --executor spark: local[2], local[*], spark://HOST:7077, yarn ... "
                    + "(default: the one spark-submit gives, else local[*]).")
    String master;

    /** True for the local executor. */
    boolean local() {
        return LocalExecutorProvider.NAME.equals(executor);
    }

    /** The settings, checked (the executor must be on the class path): {@code threads} workers for the local one. */
    ExecutorSettings settings(int threads) {
        if (master != null && local()) {
            throw UserError.badInput("--master " + master + " needs --executor spark");
        }
        try {
            ExecutorChoice.provider(executor);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
        return new ExecutorSettings(executor, threads, master);
    }

    /** Opens the chosen executor for {@code model}. */
    Executor open(RunModel model, int threads) {
        ExecutorSettings s = settings(threads);
        try {
            return ExecutorChoice.open(model, s);
        } catch (ExperimentException e) {
            throw new UserError(UserError.FAILED, java.util.List.of(e.getMessage()));
        }
    }
}

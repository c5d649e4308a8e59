package org.corvee.analysis.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Opens the executor named in {@link ExecutorSettings} among the {@link ExecutorProvider}s on
 * the class path. The local executor is always there; another one (Spark) is there only when
 * its module's jar is on the class path, and asking for it otherwise is a one-line error that
 * says how to get it ({@link IllegalArgumentException}: bad input, unlike an executor that
 * fails to start, an {@link ExperimentException}).
 */
public final class ExecutorChoice {
    private ExecutorChoice() {
    }

    /** Opens the executor {@code settings.executor()} for {@code model}. */
    public static Executor open(RunModel model, ExecutorSettings settings) {
        return provider(settings.executor()).open(model, settings);
    }

    /** The provider named {@code name}; {@link IllegalArgumentException} if none is on the class path. */
    public static ExecutorProvider provider(String name) {
        List<String> known = new ArrayList<>();
        for (ExecutorProvider p : ServiceLoader.load(ExecutorProvider.class, ExecutorChoice.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return p;
            }
            known.add(p.name());
        }
        if ("spark".equals(name)) {
            throw new IllegalArgumentException("--executor spark: the Spark module is not on the class path; "
                    + "build it with `mvn -B -DskipTests package` and run through ./corvee, "
                    + "or use spark-submit corvee-spark.jar");
        }
        throw new IllegalArgumentException("--executor " + name + ": unknown executor; known: "
                + String.join(", ", known));
    }
}

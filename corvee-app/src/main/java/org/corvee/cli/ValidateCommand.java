package org.corvee.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;
import org.corvee.scenario.ScenarioProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corvee validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files without running them. Exit status 2 if any has a problem.")
public final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());
        int status = 0;
        for (Path f : files) {
            try {
                loader.load(f);
                out.println(f + ": ok");
            } catch (ScenarioException e) {
                for (ScenarioProblem p : e.problems()) {
                    err.println(p);
                }
                status = Main.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return status;
    }
}

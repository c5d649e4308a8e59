package org.corvee.cli;

import java.io.PrintWriter;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.scenario.BundledScenarios;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code corvee scenarios}: the bundled scenarios, one line each (name and what it changes).
 * A scenario that does not validate with this build (written for keys not yet in the
 * catalogue) is listed with its first problem, so the list never hides it.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the bundled scenarios: name and a one-line description.",
            "Run one with `corvee run NAME`; each file's header says what it changes and why."})
public final class ScenariosCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());
        for (String name : BundledScenarios.names()) {
            String note = "";
            try {
                loader.bundled(name);
            } catch (ScenarioException e) {
                note = " [not runnable with this build: " + e.problems().get(0) + "]";
            }
            out.printf("%-24s %s%s%n", name, BundledScenarios.summary(name), note);
        }
        out.flush();
    }
}

package org.corvee.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.run.UserError;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;
import org.corvee.scenario.ScenarioProblem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file plus {@code --set} overrides, shared by every command that runs the model. */
public final class ScenarioOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario YAML file, or the name of a bundled scenario (default: baseline).")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one parameter from the start of the run, e.g. --set dispatch.contract_months=48 "
                    + "(repeatable; see `corvee params`). A timeline entry setting the same key takes over at its date.")
    List<String> sets = new ArrayList<>();

    /** The --set overrides as given, "key=value, key=value" (keys and values trimmed); "" if none. */
    public String overridesText() {
        List<String> parts = new ArrayList<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            parts.add(eq < 0 ? set.trim() : set.substring(0, eq).trim() + "=" + set.substring(eq + 1).trim());
        }
        return String.join(", ", parts);
    }

    /** Eight hex digits identifying the overrides (in the order given), for a folder name. */
    public String overridesHash() {
        return org.corvee.store.RunRecord.sha256(overridesText()).substring(0, 8);
    }

    /** Resolves the scenario with overrides, or throws a {@link UserError} listing every problem. */
    public Scenario resolve(ParameterCatalog catalog, List<String> extra) {
        ScenarioLoader loader = new ScenarioLoader(catalog);
        try {
            Scenario s;
            if (scenario == null) {
                s = loader.bundled("baseline");
            } else if (!scenario.contains("/") && !scenario.contains(".") && !Path.of(scenario).toFile().exists()) {
                s = loader.bundled(scenario);
            } else {
                s = loader.load(Path.of(scenario));
            }
            List<String> all = new ArrayList<>(sets);
            all.addAll(extra);
            return all.isEmpty() ? s : loader.override(s, all);
        } catch (ScenarioException e) {
            List<String> lines = new ArrayList<>();
            for (ScenarioProblem p : e.problems()) {
                lines.add(p.toString());
            }
            throw new UserError(Main.BAD_INPUT, lines);
        }
    }
}

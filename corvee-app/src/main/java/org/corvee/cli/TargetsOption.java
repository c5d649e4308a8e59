package org.corvee.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.run.UserError;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioProblem;
import picocli.CommandLine.Option;

/**
 * {@code --targets FILE} for the commands that compare runs with the targets (report, compare):
 * the bundled facts T1–T15 by default. A bad file is a user error listing every problem with
 * file, line and column.
 */
public final class TargetsOption {
    @Option(names = "--targets", paramLabel = "FILE",
            description = "Target file for the validation table (default: the bundled facts T1-T15, see docs/ODD.md).")
    Path targets;

    /** The targets to use. */
    List<Target> targets() {
        return load(targets);
    }

    /** The targets of {@code file}, or the bundled ones if it is null. */
    static List<Target> load(Path file) {
        if (file == null) {
            return TargetFile.defaults();
        }
        try {
            return TargetFile.load(file);
        } catch (ScenarioException e) {
            List<String> lines = new ArrayList<>();
            for (ScenarioProblem p : e.problems()) {
                lines.add(p.toString());
            }
            throw new UserError(Main.BAD_INPUT, lines);
        }
    }
}

package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.analysis.ablation.Ablation;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Target;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.run.FolderLock;
import org.corvee.run.OutputFolder;
import org.corvee.run.Progress;
import org.corvee.run.TargetBands;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee ablate}: every mechanism switch ({@code mechanism.*}) off in turn, with
 * replicates, and the table "pattern × mechanisms it needs" (see {@link Ablation} for the
 * verdicts); printed and written to ablation.csv.
 */
@Command(name = "ablate", mixinStandardHelpOptions = true,
        description = {"Switch each mechanism off in turn: which target patterns disappear.",
            "Runs every mechanism.* switch off in turn and prints the table 'pattern x mechanisms it needs'.",
            "Verdicts: needs = target met with all mechanisms on, not met with this one off; hinders = the reverse; "
                + "moves = the statistic shifts by more than the target's tolerance (and twice its standard error) "
                + "or a trend flips sign; - = no such change.",
            "Writes ablation.csv."})
public final class AblateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "3",
            description = "Runs per configuration, seeds derived from SEED as for run --replicates, shared by all configurations "
                    + "(default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/ablation).")
    Path out;

    @Option(names = "--mechanism", paramLabel = "NAME",
            description = "Switch only this mechanism off (repeatable; e.g. od7_guilt_by_association); "
                    + "default: every mechanism.* switch.")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (replicates < 1) {
            throw UserError.badInput("--replicates must be at least 1, was " + replicates);
        }
        ParameterCatalog catalog = ParameterCatalog.load();
        RunSpec base = experiment.base(scenario, catalog);
        List<String> switches = new ArrayList<>();
        for (ParameterSpec s : catalog.all()) {
            if (s.key().startsWith("mechanism.")) {
                switches.add(s.key());
            }
        }
        if (switches.isEmpty()) {
            throw UserError.badInput("the parameter catalogue has no mechanism.* switches");
        }
        if (!only.isEmpty()) {
            List<String> chosen = new ArrayList<>();
            for (String name : only) {
                String key = name.startsWith("mechanism.") ? name : "mechanism." + name;
                if (!switches.contains(key)) {
                    throw UserError.badInput("--mechanism " + name + ": no such switch; expected one of "
                            + String.join(", ", switches.stream().map(k -> k.substring("mechanism.".length())).toList()));
                }
                if (!chosen.contains(key)) {
                    chosen.add(key);
                }
            }
            switches = chosen;
        }
        List<Target> targets = experiment.targets();
        Path dir = OutputFolder.prepare(out != null ? out : Path.of("runs", "ablation"));
        try (FolderLock lock = FolderLock.acquire(dir, "ablate")) {
            List<RunSpec> specs = Ablation.specs(base, switches, replicates);
            err.printf("corvee: ablation of %d mechanism(s), %d replicate(s): %d runs at scale %s%n", switches.size(),
                    replicates, specs.size(), experiment.scale);
            long t0 = System.nanoTime();
            Progress bar = new Progress(err, System.console() != null, "runs", specs.size());
            List<RunSummary> runs;
            try (Executor ex = experiment.executors.open(new ModelRun(targets, false), experiment.threads())) {
                runs = ex.run(specs, (d, total) -> bar.update(d, ""));
            } catch (ExperimentException e) {
                throw new UserError(Main.FAILED, List.of(e.getMessage()));
            }
            for (String note : runs.get(0).notes()) {
                err.println("corvee: note: target " + note);
            }
            List<Ablation.Row> rows = Ablation.judge(targets, switches, replicates, runs);
            StringBuilder csv = new StringBuilder("target,kind,mechanism_off,baseline_mean,baseline_error,baseline_met,"
                    + "off_mean,off_se,off_error,off_met,verdict\n");
            stdout.printf("%-13s %-11s %12s %5s", "target", "kind", "all on", "met");
            for (String s : switches) {
                stdout.printf(" | %-22s", s.substring("mechanism.".length()) + " off");
            }
            stdout.println();
            for (Ablation.Row r : rows) {
                stdout.printf("%-13s %-11s %12s %5s", r.target().id(), r.target().kind().id(),
                        TargetBands.fmt(r.baseline().mean()),
                        r.baseline().met() ? "yes" : "no");
                for (String s : switches) {
                    Ablation.Cell c = r.off().get(s);
                    Ablation.Verdict v = r.verdicts().get(s);
                    stdout.printf(" | %-8s %13s", v.symbol(), TargetBands.fmt(c.mean()));
                    csv.append(r.target().id()).append(',').append(r.target().kind().id()).append(',').append(s).append(',').append(r.baseline().mean()).append(',')
                            .append(r.baseline().error()).append(',').append(r.baseline().met()).append(',')
                            .append(c.mean()).append(',').append(c.se()).append(',').append(c.error()).append(',')
                            .append(c.met()).append(',').append(v.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
                }
                stdout.println();
            }
            try {
                Files.writeString(dir.resolve("ablation.csv"), csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw UserError.badInput("cannot write results to " + dir + " (" + OutputFolder.reason(e) + ")");
            }
            stdout.printf("wall time       %.1f s for %d runs%n", (System.nanoTime() - t0) / 1e9, runs.size());
            stdout.printf("results         %s%n", dir.toAbsolutePath().normalize());
            stdout.flush();
            return 0;
        }
    }
}

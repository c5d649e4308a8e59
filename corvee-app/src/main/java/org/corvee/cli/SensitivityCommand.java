package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.sensitivity.MorrisDesign;
import org.corvee.analysis.sensitivity.SaltelliDesign;
import org.corvee.analysis.sensitivity.SensitivityAnalysis;
import org.corvee.analysis.targets.Target;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.report.SvgBarChart;
import org.corvee.run.FolderLock;
import org.corvee.run.OutputFolder;
import org.corvee.run.Progress;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee sensitivity}: Morris screening or Sobol indices of target statistics with
 * respect to parameter ranges; a ranked table on the terminal, sensitivity.csv and
 * sensitivity.svg.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        description = {"Sensitivity of target statistics to parameters (Morris or Sobol).",
            "Morris elementary effects (mu*, sigma) or Sobol first- and total-order indices (Saltelli sampling). "
                + "Writes sensitivity.csv (ranked) and sensitivity.svg to the output folder."})
public final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--method", paramLabel = "M", defaultValue = "morris",
            description = "morris or sobol (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--param", paramLabel = "KEY=RANGE",
            description = "A parameter and its range, uniform(LOW,HIGH) or loguniform(LOW,HIGH) (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--priors", paramLabel = "FILE",
            description = "File of ranges, one 'KEY: RANGE' per line (the format of `corvee calibrate --priors`).")
    Path rangesFile;

    @Option(names = "--output", paramLabel = "TARGET",
            description = "A target id whose statistic is analysed (repeatable; default: every computable target).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--trajectories", paramLabel = "R", defaultValue = "10",
            description = "Morris: trajectories, (k + 1) runs each (default: ${DEFAULT-VALUE}).")
    int trajectories;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4",
            description = "Morris: grid levels, even (default: ${DEFAULT-VALUE}).")
    int levels;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "32",
            description = "Sobol: base samples, N (k + 2) runs in all (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/sensitivity).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean sobol = switch (method) {
            case "morris" -> false;
            case "sobol" -> true;
            default -> throw UserError.badInput("--method must be morris or sobol, was " + method);
        };
        ParameterCatalog catalog = ParameterCatalog.load();
        RunSpec base = experiment.base(scenario, catalog);
        if (params.isEmpty() && rangesFile == null) {
            throw UserError.badInput("give the parameters to vary with --param KEY=RANGE or --priors FILE");
        }
        List<ParameterPrior> ranges = ExperimentOptions.priors(params, rangesFile, catalog);
        List<Target> targets = experiment.targets();
        for (String o : outputs) {
            if (targets.stream().noneMatch(t -> t.id().equals(o))) {
                throw UserError.badInput("--output " + o + ": no such target");
            }
        }
        SensitivityAnalysis analysis;
        double[][] points;
        MorrisDesign morris = null;
        SaltelliDesign saltelli = null;
        try {
            analysis = new SensitivityAnalysis(ranges, base);
            if (sobol) {
                saltelli = new SaltelliDesign(ranges.size(), samples);
                points = saltelli.points();
            } else {
                morris = new MorrisDesign(ranges.size(), trajectories, levels, experiment.seed);
                points = morris.points();
            }
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
        Path dir = OutputFolder.prepare(out != null ? out : Path.of("runs", "sensitivity"));
        try (FolderLock lock = FolderLock.acquire(dir, "sensitivity")) {
            List<RunSpec> specs = analysis.specs(points);
            if (sobol && samples < 64) {
                err.printf("corvee: note: %d base samples give rough Sobol indices (estimates can leave [0, 1]); "
                        + "use --samples 64 or more for results%n", samples);
            }
            err.printf("corvee: %s sensitivity of %d parameter(s): %d runs at scale %s%n", method, ranges.size(),
                    specs.size(), experiment.scale);
            long t0 = System.nanoTime();
            List<RunSummary> runs;
            Progress bar = new Progress(err, System.console() != null, "runs", specs.size());
            try (Executor ex = experiment.executors.open(new ModelRun(targets, false), experiment.threads())) {
                runs = ex.run(specs, (d, total) -> bar.update(d, ""));
            } catch (ExperimentException e) {
                throw new UserError(Main.FAILED, List.of(e.getMessage()));
            }
            List<String> chosen = new ArrayList<>(outputs);
            if (chosen.isEmpty()) {
                for (Target t : targets) {
                    if (runs.get(0).has(t.id())) {
                        chosen.add(t.id());
                    }
                }
            }
            for (String o : chosen) {
                if (!runs.get(0).has(o)) {
                    throw UserError.badInput("--output " + o + ": the model cannot compute this target yet");
                }
            }
            List<SensitivityAnalysis.Row> rows;
            try {
                rows = sobol ? analysis.sobol(saltelli, chosen, runs) : analysis.morris(morris, chosen, runs);
            } catch (ExperimentException e) {
                throw new UserError(Main.FAILED, List.of(e.getMessage()));
            }
            write(dir, sobol, rows, chosen, stdout);
            stdout.printf("wall time       %.1f s for %d runs%n", (System.nanoTime() - t0) / 1e9, runs.size());
            stdout.printf("results         %s%n", dir.toAbsolutePath().normalize());
            stdout.flush();
            return 0;
        }
    }

    private static void write(Path dir, boolean sobol, List<SensitivityAnalysis.Row> rows, List<String> outputs,
                              PrintWriter stdout) {
        StringBuilder csv = new StringBuilder(sobol ? "output,rank,parameter,S1,ST\n" : "output,rank,parameter,mu_star,sigma,mu\n");
        List<SvgBarChart.Panel> panels = new ArrayList<>();
        stdout.printf("%-13s %4s %-40s %12s %12s%s%n", "output", "rank", "parameter", sobol ? "S1" : "mu*",
                sobol ? "ST" : "sigma", sobol ? "" : String.format(" %12s", "mu"));
        for (String o : outputs) {
            List<SvgBarChart.Bar> bars = new ArrayList<>();
            int rank = 0;
            for (SensitivityAnalysis.Row r : rows) {
                if (!r.output().equals(o)) {
                    continue;
                }
                rank++;
                csv.append(o).append(',').append(rank).append(',').append(r.parameter()).append(',').append(r.a())
                        .append(',').append(r.b());
                csv.append(sobol ? "\n" : "," + r.c() + "\n");
                stdout.printf("%-13s %4d %-40s %12.4g %12.4g%s%n", o, rank, r.parameter(), r.a(), r.b(),
                        sobol ? "" : String.format(" %12.4g", r.c()));
                bars.add(new SvgBarChart.Bar(r.parameter(), r.a(), r.b()));
            }
            panels.add(new SvgBarChart.Panel(o, bars));
        }
        String svg = SvgBarChart.render(sobol ? "Sobol indices" : "Morris elementary effects", panels,
                sobol ? "first order S1" : "mu*", sobol ? "total order ST" : "sigma");
        try {
            Files.writeString(dir.resolve("sensitivity.csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("sensitivity.svg"), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.badInput("cannot write results to " + dir + " (" + OutputFolder.reason(e) + ")");
        }
    }
}

package org.corvee.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.analysis.abc.AbcListener;
import org.corvee.analysis.abc.AbcResult;
import org.corvee.analysis.abc.AbcSettings;
import org.corvee.analysis.abc.AbcSmc;
import org.corvee.analysis.abc.Checkpoint;
import org.corvee.analysis.abc.CompositeParticleSink;
import org.corvee.analysis.abc.CsvParticleSink;
import org.corvee.analysis.abc.Generation;
import org.corvee.analysis.abc.TargetDistance;
import org.corvee.analysis.abc.WeightedSample;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Target;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.run.DatabaseWriter;
import org.corvee.run.FolderLock;
import org.corvee.run.GitCommit;
import org.corvee.run.OutputFolder;
import org.corvee.run.Progress;
import org.corvee.run.RunLedger;
import org.corvee.run.TargetBands;
import org.corvee.run.UserError;
import org.corvee.run.Version;
import org.corvee.store.CalibrationRecord;
import org.corvee.store.DatabaseParticleSink;
import org.corvee.store.StoreException;
import org.corvee.analysis.validation.Quantiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee calibrate}: ABC-SMC of named parameters against the targets; a checkpoint after
 * each generation, {@code --resume} to continue, every particle and the accepted ensemble
 * stored in the output folder (CSV) and in the results database (tables calibrations and
 * particles, through {@link DatabaseParticleSink}), posterior summaries and the target table
 * printed and written. The database is opened before the first run, so a locked or unwritable
 * file fails at once, and stays open (locked for other processes) until the calibration ends.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, defaultValueProvider = CalibrationScale.class,
        description = {"Calibrate parameters against the targets by ABC-SMC (population Monte Carlo).",
            "Writes to the output folder: particles.csv (every run), posterior.csv (the accepted ensemble; "
                + "`corvee run --posterior DIR` runs over it), posterior-summary.csv, generations.csv, targets-fit.csv "
                + "(target table with ARD), checkpoint.txt (for --resume) and calibration.json.",
            "Every proposal also goes to the results database (--db; tables calibrations and particles; "
                + "`corvee export` writes them out)."})
public final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--param", paramLabel = "KEY=PRIOR",
            description = "A calibrated parameter and its prior: uniform(LOW,HIGH), loguniform(LOW,HIGH) or "
                    + "normal(MEAN,SD), e.g. --param dispatch.capital_weight=uniform(1,10) (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--priors", paramLabel = "FILE", description = "File of priors, one 'KEY: PRIOR' per line.")
    Path priorsFile;

    @Option(names = "--particles", paramLabel = "N", defaultValue = "200",
            description = "Accepted particles per generation (default: ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--generations", paramLabel = "N", defaultValue = "8",
            description = "Most generations, counting the prior one (default: ${DEFAULT-VALUE}).")
    int generations;

    @Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.5",
            description = "Next tolerance = this quantile of the current distances (default: ${DEFAULT-VALUE}).")
    double quantile;

    @Option(names = "--budget", paramLabel = "RUNS", defaultValue = "3000",
            description = "Most proposals in total, each costing --replicates model runs (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--replicates", paramLabel = "K",
            description = "Seeds per proposal: its statistics are the mean over K runs (seeds derived from the "
                    + "proposal's), which cuts seed noise in the distance by about sqrt(K); `corvee noise` "
                    + "measures the noise (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--min-epsilon", paramLabel = "D", defaultValue = "0",
            description = "Stop once the tolerance is at most this distance (default: ${DEFAULT-VALUE}).")
    double minEpsilon;

    @Option(names = "--resume", description = "Continue the calibration checkpointed in the output folder.")
    boolean resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/calibration).")
    Path out;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Results database to store every proposal in (default: <out>/corvee.duckdb); "
                    + "give the same file again with --resume.")
    Path db;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParameterCatalog catalog = ParameterCatalog.load();
        RunSpec base = experiment.base(scenario, catalog);
        List<ParameterPrior> priors = ExperimentOptions.priors(params, priorsFile, catalog);
        List<Target> targets = experiment.targets();
        if (replicates < 1) {
            throw UserError.badInput("--replicates must be at least 1, was " + replicates);
        }
        AbcSettings settings;
        try {
            settings = new AbcSettings(particles, generations, quantile, budget, experiment.seed, minEpsilon,
                    replicates);
        } catch (IllegalArgumentException e) {
            throw UserError.badInput(e.getMessage());
        }
        Path dir = OutputFolder.prepare(out != null ? out : Path.of("runs", "calibration"));
        try (FolderLock lock = FolderLock.acquire(dir, "calibrate")) {
            Checkpoint checkpoint = new Checkpoint(dir.resolve("checkpoint.txt"));
            if (!resume && Files.exists(checkpoint.file())) {
                throw UserError.badInput(dir + " already holds a calibration (checkpoint.txt); use --resume to continue it "
                        + "or choose another --out");
            }
            AbcSmc abc = new AbcSmc(priors, base, new TargetDistance(targets), settings);
            List<Generation> done;
            try {
                done = resume ? checkpoint.read(abc.fingerprint()) : List.of();
            } catch (ExperimentException e) {
                throw UserError.badInput(e.getMessage());
            }
            int threads = experiment.threads();
            Path dbFile = db != null ? db : dir.resolve(RunLedger.DEFAULT_FILE);
            CalibrationRecord record = record(dir, abc, base, priors);
            DatabaseParticleSink database = new DatabaseParticleSink(DatabaseWriter.openHeld(dbFile, err), record);
            ModelRun model = new ModelRun(targets, false);
            long t0 = System.nanoTime();
            AbcResult result;
            RunSummary probe;
            try (CompositeParticleSink sink = new CompositeParticleSink(List.of(new CsvParticleSink(dir), database))) {
                probe = probe(model, base, targets, priors, threads, done, err, t0);
                try {
                    result = calibrate(abc, sink, checkpoint, done, model, threads, err);
                } catch (ExperimentException e) {
                    markFailed(database, e.getMessage()); // here: the resources close before a catch clause runs
                    throw e;
                }
                database.complete(result.stopReason());
                if (database.missingEarlierGenerations()) {
                    err.printf("corvee: note: %s held no earlier generations of this calibration; it has generation %d "
                            + "on (particles.csv has all)%n", dbFile, done.size());
                }
            } catch (ExperimentException e) {
                throw new UserError(Main.FAILED, List.of(e.getMessage()));
            } catch (StoreException e) {
                throw new UserError(Main.FAILED, List.of(e.getMessage()));
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            writeOutputs(dir, abc, priors, targets, result, probe, secs, stdout);
            stdout.printf("database        %s (calibration %d; tables calibrations, particles)%n",
                    dbFile.toAbsolutePath().normalize(), database.calibrationId());
            stdout.flush();
            return 0;
        }
    }

    /** Announces the calibration and times one base run (its notes name the targets not computable). */
    private RunSummary probe(ModelRun model, RunSpec base, List<Target> targets, List<ParameterPrior> priors,
                             int threads, List<Generation> done, PrintWriter err, long t0) {
        err.printf("corvee: calibrating %d parameter(s) of %s at scale %s against %d targets; %d particles, "
                + "up to %d generations and %d proposals of %d seed(s) each, %d parallel run(s)%s%n", priors.size(),
                base.scenario(), experiment.scale, targets.size(), particles, generations, budget, replicates, threads,
                resume ? ", resuming after generation " + (done.size() - 1) : "");
        RunSummary probe = model.run(base);
        double probeSecs = (System.nanoTime() - t0) / 1e9;
        for (String note : probe.notes()) {
            err.println("corvee: note: target " + note);
        }
        err.printf("corvee: %d of %d targets computable by this model; one run took %.2f s%n",
                probe.names().size(), targets.size(), probeSecs);
        err.flush();
        return probe;
    }

    private AbcResult calibrate(AbcSmc abc, CompositeParticleSink sink, Checkpoint checkpoint, List<Generation> done,
                                ModelRun model, int threads, PrintWriter err) {
        boolean terminal = System.console() != null;
        try (Executor ex = experiment.executors.open(model, threads)) {
            return abc.run(ex, sink, checkpoint, done, new AbcListener() {
                Progress bar;
                int accepted;

                @Override
                public void started(int t, double eps) {
                    bar = new Progress(err, terminal, String.format("generation %d eps %.4g", t, eps), particles);
                    accepted = 0;
                }

                @Override
                public void progress(int t, int acc, int wanted, int runs) {
                    accepted = acc;
                    bar.update(acc, "accepted after " + runs + " runs");
                }

                @Override
                public void ran(int t, int runs) {
                    bar.update(accepted, "accepted, " + runs + " runs");
                }

                @Override
                public void finished(Generation g) {
                    bar.update(particles, String.format("accepted, %d runs (acceptance %.3f)", g.runs(), g.acceptance()));
                }
            });
        }
    }

    private CalibrationRecord record(Path dir, AbcSmc abc, RunSpec base, List<ParameterPrior> priors) {
        StringBuilder text = new StringBuilder();
        priors.forEach(p -> text.append(text.length() == 0 ? "" : "\n").append(p.text()));
        return new CalibrationRecord(dir, abc.fingerprint(), base.scenario(), experiment.scale, experiment.seed,
                text.toString(), Version.text());
    }

    private static void markFailed(DatabaseParticleSink database, String reason) {
        try {
            database.fail(reason);
        } catch (StoreException e) {
            // the calibration's own failure is the one to report; the row stays 'running'
        }
    }

    private void writeOutputs(Path dir, AbcSmc abc, List<ParameterPrior> priors, List<Target> targets,
                              AbcResult result, RunSummary probe, double secs, PrintWriter stdout) {
        Generation g = result.last();
        double[] w = g.weights();
        StringBuilder gens = new StringBuilder("generation,epsilon,runs,runs_total,acceptance\n");
        for (Generation x : result.generations()) {
            gens.append(x.index()).append(',').append(x.epsilon()).append(',').append(x.runs()).append(',')
                    .append(x.runsTotal()).append(',').append(x.acceptance()).append('\n');
        }
        StringBuilder sum = new StringBuilder("parameter,prior,mean,sd,q05,q50,q95\n");
        stdout.printf("calibration     %s; %d complete generations (%d runs), %d runs spent in all; "
                + "%.0f s wall for this invocation%n", result.stopReason(), result.generations().size(), result.runs(),
                result.spent(), secs);
        stdout.printf("%-36s %-28s %10s %10s %10s %10s%n", "parameter", "prior", "mean", "q05", "q50", "q95");
        for (int k = 0; k < priors.size(); k++) {
            double[] v = g.column(k);
            for (int i = 0; i < v.length; i++) {
                v[i] = priors.get(k).prior().value(v[i]);
            }
            double mean = WeightedSample.mean(v, w);
            double q05 = Quantiles.weighted(v, w, 0.05);
            double q50 = Quantiles.weighted(v, w, 0.5);
            double q95 = Quantiles.weighted(v, w, 0.95);
            stdout.printf("%-36s %-28s %10.4g %10.4g %10.4g %10.4g%n", priors.get(k).key(), priors.get(k).prior().text(),
                    mean, q05, q50, q95);
            sum.append(priors.get(k).key()).append(',').append(TargetBands.csv(priors.get(k).prior().text())).append(',')
                    .append(mean).append(',').append(WeightedSample.sd(v, w)).append(',').append(q05).append(',')
                    .append(q50).append(',').append(q95).append('\n');
        }
        boolean[] available = new boolean[targets.size()];
        double[][] values = new double[targets.size()][g.particles().size()];
        for (int i = 0; i < targets.size(); i++) {
            int col = g.statNames().indexOf(targets.get(i).id());
            available[i] = col >= 0;
            for (int p = 0; p < g.particles().size() && col >= 0; p++) {
                values[i][p] = g.particles().get(p).stats()[col];
            }
        }
        double ard = TargetBands.write(targets, available, values, w, dir.resolve("targets-fit.csv"), stdout);
        ObjectMapper json = new ObjectMapper();
        ObjectNode j = json.createObjectNode();
        j.put("program", "corvee " + Version.text());
        j.put("commit", GitCommit.head());
        j.put("fingerprint", abc.fingerprint());
        j.put("scenario", scenario.scenario == null ? "baseline" : scenario.scenario);
        j.put("scale", experiment.scale);
        j.put("seed", experiment.seed);
        j.put("replicates", replicates);
        j.put("runs", result.runs());
        j.put("runs_spent", result.spent());
        j.put("generations", result.generations().size());
        j.put("final_epsilon", g.epsilon());
        j.put("stop", result.stopReason());
        j.put("wall_seconds", secs);
        if (Double.isNaN(ard)) {
            j.putNull("ard");
        } else {
            j.put("ard", ard);
        }
        ArrayNode notAvailable = j.putArray("targets_not_available");
        probe.notes().forEach(notAvailable::add);
        try {
            Files.writeString(dir.resolve("generations.csv"), gens, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("posterior-summary.csv"), sum, StandardCharsets.UTF_8);
            json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("calibration.json").toFile(), j);
        } catch (IOException e) {
            throw UserError.badInput("cannot write results to " + dir + " (" + OutputFolder.reason(e) + ")");
        }
        stdout.printf("results         %s%n", dir.toAbsolutePath().normalize());
        stdout.flush();
    }
}

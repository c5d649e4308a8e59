package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.corvee.analysis.abc.SeedNoise;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.ReplicateMean;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Target;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.run.OutputFolder;
import org.corvee.run.Progress;
import org.corvee.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee noise}: the seed-to-seed noise of every pattern target's statistic at several
 * scales, and the smallest scale (and replicates) at which a calibration's distance is not
 * decided by the seed. See {@link SeedNoise} for the rule and docs/calibration-scale.md for a
 * measurement.
 */
@Command(name = "noise", mixinStandardHelpOptions = true,
        description = {"Measure the seed-to-seed noise of the pattern targets' statistics at several scales, to choose "
                + "the scale (and --replicates) of `corvee calibrate`.",
            "Runs the scenario at each --scales value with --seeds seeds (each the mean of --replicates runs) and "
                + "prints per pattern target: seeds in which the statistic is defined, mean, seed-to-seed SD, a "
                + "quarter of the tolerance (in the statistic's units) and pass/fail (defined and not 0 in every "
                + "seed, SD below that; ZERO: 0 in every seed, an event that does not happen at this scale), the "
                + "replicates that would make it pass (by 1/sqrt(K)), and the cost of a run.",
            "Then it prints each smaller scale's means against the largest scale's (a quiet statistic can still move "
                + "with the scale), and the smallest scale where every pattern target passes and is not biased "
                + "against the largest scale, or the targets that never pass. Include the scale you will report at "
                + "in --scales."})
public final class NoiseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    ExperimentOptions experiment;

    @Option(names = "--scales", split = ",", paramLabel = "X", defaultValue = "0.01,0.02,0.05",
            description = "Scales to measure, in increasing cost (default: ${DEFAULT-VALUE}; --scale is ignored).")
    List<Double> scales;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "8",
            description = "Seeds per scale, at least 2 (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--replicates", paramLabel = "K", defaultValue = "1",
            description = "Runs averaged into each seed's statistic, as calibrate --replicates (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table as CSV to FILE.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seeds < 2) {
            throw UserError.badInput("--seeds must be at least 2 (a standard deviation needs two), was " + seeds);
        }
        if (replicates < 1) {
            throw UserError.badInput("--replicates must be at least 1, was " + replicates);
        }
        List<Double> sorted = scales.stream().map(s -> ScaleOption.check("--scales", s)).distinct().sorted().toList();
        ParameterCatalog catalog = ParameterCatalog.load();
        List<Target> targets = experiment.targets().stream().filter(Target::isPattern).toList();
        if (targets.isEmpty()) {
            throw UserError.badInput("the target file has no pattern targets (kind: pattern); nothing to measure");
        }
        Map<Double, RunSpec> bases = new java.util.TreeMap<>();
        for (double s : sorted) {
            experiment.scale = s;
            bases.put(s, experiment.base(scenario, catalog));
        }
        int threads = experiment.threads();
        ModelRun model = new ModelRun(targets, false);
        List<SeedNoise> rows = new ArrayList<>();
        Map<Double, Double> secondsPerRun = new java.util.TreeMap<>();
        stdout.printf("seed-to-seed noise of %d pattern targets; %d seeds of %d run(s) each per scale, %d parallel "
                + "run(s)%n", targets.size(), seeds, replicates, threads);
        boolean terminal = System.console() != null;
        try (Executor ex = experiment.executors.open(model, threads)) {
            for (Map.Entry<Double, RunSpec> e : bases.entrySet()) {
                double scale = e.getKey();
                List<RunSpec> specs = new ArrayList<>();
                long key = new RandomStreams(experiment.seed).stream("noise.seed");
                for (int i = 0; i < seeds; i++) {
                    long seed = RandomStreams.bits(key, i, 0, 0) >>> 11;
                    specs.addAll(ReplicateMean.specs(e.getValue().with(i, Map.of(), 0, seed), replicates));
                }
                Progress bar = new Progress(err, terminal, "scale " + scale, specs.size());
                long t0 = System.nanoTime();
                long c0 = cpuNanos();
                List<RunSummary> runs = ex.run(specs, (d, total) -> bar.update(d, "runs"));
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - c0) / 1e9 / specs.size();
                double perRun = wall * Math.min(ex.parallelism(), specs.size()) / specs.size();
                secondsPerRun.put(scale, perRun);
                List<RunSummary> perSeed = ReplicateMean.perSpec(runs, replicates);
                List<SeedNoise> at = new ArrayList<>();
                for (Target t : targets) {
                    if (!perSeed.get(0).has(t.id())) {
                        continue; // not computable by this model: noted once below
                    }
                    double[] v = perSeed.stream().mapToDouble(r -> r.value(t.id())).toArray();
                    at.add(SeedNoise.of(t, scale, replicates, v));
                }
                rows.addAll(at);
                print(stdout, scale, at, wall, perRun, cpu);
                perSeed.get(0).notes().forEach(n -> stdout.println("  note: target " + n));
            }
        } catch (ExperimentException e) {
            throw new UserError(Main.FAILED, List.of(e.getMessage()));
        }
        recommend(stdout, rows, secondsPerRun);
        if (out != null) {
            write(out, rows, secondsPerRun);
        }
        stdout.flush();
        return 0;
    }

    private void print(PrintWriter o, double scale, List<SeedNoise> rows, double wall, double perRun, double cpu) {
        o.printf("%nscale %s: %d runs in %.1f s wall, %.2f s per run (wall x parallel runs / runs), %.2f s CPU of "
                + "this process per run%n", scale, seeds * replicates, wall, perRun, cpu);
        o.printf("  %-10s %8s %12s %12s %12s %6s %8s%n", "target", "defined", "mean", "sd", "tol/4", "pass", "K need");
        for (SeedNoise r : rows) {
            o.printf("  %-10s %5d/%-2d %12.4g %12.4g %12.4g %6s %8s%n", r.target().id(), r.defined(), r.seeds(),
                    r.mean(), r.sd(), r.threshold(), r.passes() ? "pass" : r.alwaysZero() ? "ZERO" : "FAIL",
                    r.replicatesNeeded() == 0 ? "-" : Integer.toString(r.replicatesNeeded()));
        }
        o.flush();
    }

    private void recommend(PrintWriter o, List<SeedNoise> rows, Map<Double, Double> secondsPerRun) {
        double largest = secondsPerRun.keySet().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        printBias(o, rows, largest);
        double quiet = SeedNoise.smallestPassingScale(rows);
        double best = SeedNoise.smallestPassingUnbiasedScale(rows);
        o.println();
        if (!Double.isNaN(best)) {
            o.printf("recommended: --scale %s --replicates %d (every pattern target defined in all %d seeds, SD below "
                    + "a quarter of its tolerance, mean within it of scale %s's; %.2f s per run)%n", best, replicates,
                    seeds, largest, secondsPerRun.get(best));
            if (quiet < best) {
                o.printf("  (scale %s is quiet enough but its means differ from scale %s's: see the bias table)%n",
                        quiet, largest);
            }
            if (best == largest && secondsPerRun.size() > 1) {
                o.printf("  (scale %s is the reference: nothing larger was measured to check it against)%n", largest);
            }
            return;
        }
        o.printf("no measured scale passes with --replicates %d.%n", replicates);
        List<String> never = new ArrayList<>();
        for (Target t : rows.stream().map(SeedNoise::target).distinct().toList()) {
            if (rows.stream().noneMatch(r -> r.target() == t && r.passes())) {
                never.add(t.id());
            }
        }
        o.println("never passing: " + String.join(", ", never));
        List<SeedNoise> others = rows.stream().filter(r -> !never.contains(r.target().id())).toList();
        double without = SeedNoise.smallestPassingUnbiasedScale(others);
        if (!others.isEmpty() && !Double.isNaN(without)) {
            o.printf("without %s: --scale %s --replicates %d passes (%.2f s per run)%n", String.join(", ", never),
                    without, replicates, secondsPerRun.get(without));
        }
        // the cheapest scale with a finite K (every target defined in every seed), by 1/sqrt(K)
        double cheapest = Double.NaN;
        int bestK = 0;
        for (Map.Entry<Double, Double> e : secondsPerRun.entrySet()) {
            List<SeedNoise> at = rows.stream().filter(r -> r.scale() == e.getKey()).toList();
            if (at.stream().anyMatch(r -> r.replicatesNeeded() == 0 || SeedNoise.referenceOf(rows, r, largest)
                    .map(r::scaleBiased).orElse(false))) {
                continue; // replicates repair noise, not an undefined statistic or a biased mean
            }
            int k = at.stream().mapToInt(SeedNoise::replicatesNeeded).max().orElse(1);
            if (Double.isNaN(cheapest) || k * e.getValue() < bestK * secondsPerRun.get(cheapest)) {
                cheapest = e.getKey();
                bestK = k;
            }
        }
        if (Double.isNaN(cheapest)) {
            o.println("at no measured scale is every pattern target defined in every seed; try larger --scales");
        } else {
            o.printf("estimate by 1/sqrt(K): --scale %s --replicates %d would pass (%.2f run-seconds per proposal); "
                    + "measure it with --scales %s --replicates %d%n", cheapest, bestK,
                    bestK * secondsPerRun.get(cheapest), cheapest, bestK);
        }
    }

    /**
     * Each smaller scale's mean against the largest scale's, per target: a statistic can be quiet
     * at a small scale and still differ (a group size on its cap, say), which the noise rule
     * alone cannot see.
     */
    private static void printBias(PrintWriter o, List<SeedNoise> rows, double largest) {
        List<SeedNoise> smaller = rows.stream().filter(r -> r.scale() < largest).toList();
        if (smaller.isEmpty()) {
            return;
        }
        o.printf("%nscale bias: each mean against scale %s's (biased: |shift| above a quarter of the tolerance and "
                + "above 2 standard errors of the shift)%n", largest);
        o.printf("  %-10s %8s %12s %12s %12s %12s %7s%n", "target", "scale", "mean", "shift", "tol/4", "2 SE", "");
        for (SeedNoise r : smaller) {
            SeedNoise.referenceOf(rows, r, largest).ifPresent(ref -> o.printf("  %-10s %8s %12.4g %12.4g %12.4g %12.4g "
                    + "%7s%n", r.target().id(), r.scale(), r.mean(), r.mean() - ref.mean(), r.threshold(),
                    2 * r.shiftError(ref), r.scaleBiased(ref) ? "BIASED" : "ok"));
        }
    }

    /** CPU time of this process (all threads, GC included): a run's cost that other load on the machine does not inflate. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static void write(Path file, List<SeedNoise> rows, Map<Double, Double> secondsPerRun) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            double largest = secondsPerRun.keySet().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            csv.printRecord("scale", "replicates", "target", "seeds", "defined", "mean", "sd", "threshold", "pass",
                    "replicates_needed", "seconds_per_run", "shift_from_largest_scale", "shift_se", "scale_biased");
            for (SeedNoise r : rows) {
                SeedNoise ref = SeedNoise.referenceOf(rows, r, largest).orElse(r);
                csv.printRecord(r.scale(), r.replicates(), r.target().id(), r.seeds(), r.defined(), r.mean(), r.sd(),
                        r.threshold(), r.passes(), r.replicatesNeeded(), secondsPerRun.get(r.scale()),
                        r.mean() - ref.mean(), r.shiftError(ref), r.scaleBiased(ref));
            }
        } catch (IOException e) {
            throw UserError.badInput("cannot write " + file + " (" + OutputFolder.reason(e) + ")");
        }
    }
}

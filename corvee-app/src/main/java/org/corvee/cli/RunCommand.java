package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.model.people.PopulationBuilder;
import org.corvee.model.postings.CohortCsvWriter;
import org.corvee.model.postings.CohortSource;
import org.corvee.model.postings.RetentionSummary;
import org.corvee.output.JsonText;
import org.corvee.output.NumberText;
import org.corvee.output.SeriesCsvWriter;
import org.corvee.run.CohortTables;
import org.corvee.run.FolderLock;
import org.corvee.run.OutputFolder;
import org.corvee.run.PeakMemory;
import org.corvee.run.Progress;
import org.corvee.run.ReplicateSet;
import org.corvee.run.RunLedger;
import org.corvee.run.StagedFolder;
import org.corvee.run.StopPoints;
import org.corvee.run.UserError;
import org.corvee.run.Version;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corvee run}: builds the world of a scenario, runs it month by month, writes the
 * monthly series, the resolved scenario and a manifest, and prints a summary.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario (the bundled baseline if none is given) and write its results.",
            "Writes series.csv (month,metric,key,value; values in persons/USD of the real population),",
            "scenario.yaml (the resolved scenario, which reproduces the run), manifest.json and cohorts.csv",
            "(each hardship-posting cohort's retention by month since arrival), and stores the run in the",
            "results database (default <out>/corvee.duckdb; see `corvee runs`)."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    MemoryOptions memory;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides run.seed).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = "--scale", paramLabel = "X",
            description = "Agents per real person, " + ScaleOption.RANGE + "; 1.0 is the whole population (overrides run.scale).")
    Double scale;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario name>).")
    Path out;

    @Option(names = "--db", paramLabel = "PATH",
            description = "Results database to add the run to (default: <out>/corvee.duckdb); one file can hold many runs.")
    Path db;

    @Option(names = "--no-csv", description = "Do not write series.csv (the database still holds the series).")
    boolean noCsv;

    @Option(names = "--replicates", paramLabel = "N", defaultValue = "1",
            description = {"Run N replicates with seeds derived from the base seed (replicate 0 uses it; k>0 uses",
                "mix(seed + k*0x9E3779B97F4A7C15) mod 2^53), in parallel, all stored as one batch (default: 1).",
                "Replicate 0 also writes series.csv and scenario.yaml; `corvee export` writes every replicate."})
    int replicates;

    @Option(names = "--posterior", paramLabel = "DIR_OR_ID",
            description = "Run over a calibration's accepted ensemble (a `corvee calibrate` folder, or its name under "
                    + "runs/), resampled by weight, stored as one batch (`corvee report` draws its bands); writes "
                    + "5/50/95%% bands to target-bands.csv and bands.csv (default scale: the calibration's).")
    String posterior;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int nThreads = ThreadCount.of(threads);
        if (scale != null) {
            ScaleOption.check("--scale", scale);
        }
        if (seed != null && (seed < 0 || seed > (1L << 53) - 1)) {
            throw UserError.badInput("--seed must be between 0 and 2^53-1, was " + seed);
        }
        if (posterior != null) {
            if (replicates != 1) {
                throw UserError.badInput("--replicates does not combine with --posterior: the posterior run already "
                        + "runs one replicate per member of the accepted ensemble (resampled by weight)");
            }
            PosteriorRun.command(this, posterior, nThreads);
            return 0;
        }
        List<String> extra = new ArrayList<>();
        if (seed != null) {
            extra.add("run.seed=" + seed);
        }
        if (scale != null) {
            extra.add("run.scale=" + scale);
        }
        ParameterCatalog catalog = ParameterCatalog.load();
        Scenario sc = scenario.resolve(catalog, extra);
        if (replicates < 1) {
            throw UserError.badInput("--replicates must be at least 1, was " + replicates);
        }
        memory.check(sc.parameters(), Math.min(replicates, nThreads), replicates);
        // a run with --set overrides gets its own folder (runs/<name>-<hash of the overrides>) unless
        // --out says otherwise: README examples used to overwrite runs/baseline without a word
        Path dir = OutputFolder.prepare(out != null ? out : OutputFolder.forScenario(OutputFolder.ROOT, sc.name(),
                scenario.sets.isEmpty() ? "" : "-" + scenario.overridesHash()));
        Path dbFile = db != null ? db : dir.resolve(RunLedger.DEFAULT_FILE);
        try (FolderLock lock = FolderLock.acquire(dir, "run")) {
            StagedFolder staged = StagedFolder.begin(dir, StopPoints.fromEnvironment(err));
            try {
                int status = replicates > 1
                        ? ReplicateSet.replicates(sc, catalog, replicates, nThreads, staged.staging(), !noCsv)
                                .withOverrides(scenario.overridesText()).run(dbFile, stdout, err)
                        : single(sc, catalog, nThreads, staged, dbFile, stdout, err);
                if (Files.isRegularFile(staged.staging().resolve("scenario.yaml"))) {
                    staged.commit();
                }
                return status;
            } catch (java.io.IOException e) {
                throw new UserError(Main.FAILED, List.of("cannot write results to " + dir + " ("
                        + OutputFolder.reason(e) + ")"));
            } finally {
                staged.abandon();
            }
        }
    }

    /** One run: simulates, writes its files into the staging folder, stores it, writes the manifest last. */
    private int single(Scenario sc, ParameterCatalog catalog, int nThreads, StagedFolder staged, Path dbFile,
                       PrintWriter stdout, PrintWriter err) throws IOException {
        Path dir = staged.staging();
        StopPoints stops = StopPoints.fromEnvironment(err);
        boolean terminal = System.console() != null;
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        double sc1 = sc.parameters().get(RunKeys.SCALE);
        err.printf("corvee: scenario %s, scale %s (%,d agents), seed %d, %d thread(s)%n", sc.name(),
                NumberText.of(sc1), PopulationBuilder.agentsFor(sc1), (long) sc.parameters().get(RunKeys.SEED), nThreads);
        err.flush();
        RunLedger ledger = RunLedger.start(dbFile, err, sc, scenario.overridesText(), catalog, nThreads, started);
        Simulation sim;
        long tBuilt;
        MonthlySeries series;
        try {
            sim = Simulation.build(sc.parameters(), sc.timeline(), nThreads);
            tBuilt = System.nanoTime();
            Progress progress = new Progress(err, terminal, "simulating", sim.clock().months());
            series = sim.run(nThreads, m -> progress.update(m + 1, sim.clock().label(m)));
        } catch (RuntimeException | Error e) {
            ledger.fail(String.valueOf(e));
            throw e;
        }
        Population pop = sim.world().population();
        int months = sim.clock().months();
        long tRun = System.nanoTime();
        try {
            if (!noCsv) {
                SeriesCsvWriter.write(series, sim.clock(), sc1, dir.resolve("series.csv"));
            }
            CohortCsvWriter.write(sim.postings().cohorts(), sim.clock(), sc1, dir.resolve("cohorts.csv"));
            Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(sc, catalog), StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = "cannot write results to " + staged.folder() + " (" + OutputFolder.reason(e) + ")";
            ledger.fail(why);
            throw new UserError(Main.FAILED, List.of(why));
        }
        stops.reached("staged");
        long tStore = System.nanoTime();
        ledger.complete(new org.corvee.store.RunOutputs() {
            @Override
            public void series(org.corvee.output.SeriesRowSink sink) throws Exception {
                org.corvee.output.SeriesRows.forEach(series, sim.clock(), sc1, sink);
            }

            @Override
            public void cohorts(org.corvee.store.CohortSink sink) throws Exception {
                CohortTables.retention(sim.postings().cohorts(), sim.clock(), sink);
            }
        });
        stops.reached("stored");
        long tWritten = System.nanoTime();
        long peak = PeakMemory.heapPeakBytes();
        double runSecs = (tRun - tBuilt) / 1e9;
        double agentMonthsPerSec = (double) pop.size * months / runSecs;
        writeManifest(dir, sc, nThreads, started, pop, sim, t0, tBuilt, tRun, tWritten, peak);
        stops.reached("manifest");
        stdout.printf("scenario        %s (%s)%n", sc.name(), sc.origin());
        if (!scenario.sets.isEmpty()) {
            stdout.printf("overrides       %s%n", scenario.overridesText());
        }
        stdout.printf("persons         %,d agents representing %,d persons (scale %s)%n", pop.size,
                Math.round(pop.size / sc1), NumberText.of(sc1));
        stdout.printf("months          %d (%s to %s)%n", months, sim.clock().label(0), sim.clock().label(months - 1));
        stdout.printf("wall time       %.2f s (build %.2f s, simulate %.2f s, write %.2f s)%n", (tWritten - t0) / 1e9,
                (tBuilt - t0) / 1e9, runSecs, (tWritten - tRun) / 1e9);
        stdout.printf("throughput      %,.0f agent-months per second (%d thread(s))%n", agentMonthsPerSec, nThreads);
        stdout.printf("peak heap       %,d MiB%n", peak >> 20);
        var cohorts = sim.postings().cohorts();
        stdout.printf("postings        %d cohorts; retention after 12/24/36 months %s / %s / %s; "
                + "ex-soldier show-up %s%n", cohorts.size(), share(RetentionSummary.pooled(cohorts, 12)),
                share(RetentionSummary.pooled(cohorts, 24)), share(RetentionSummary.pooled(cohorts, 36)),
                share(RetentionSummary.showUp(cohorts, CohortSource.DISCHARGE)));
        stdout.printf("results         %s%n", staged.folder());
        // plain `corvee report` reads runs/baseline/corvee.duckdb: name the database unless it is that one
        boolean defaultDb = ledger.file().toAbsolutePath().normalize()
                .equals(DatabaseOption.DEFAULT.toAbsolutePath().normalize());
        stdout.printf("database        %s (run %d, stored in %.2f s; `corvee report%s` draws it)%n",
                ledger.file().toAbsolutePath().normalize(), ledger.runId(), (tWritten - tStore) / 1e9,
                defaultDb ? "" : " --db " + ledger.file());
        stdout.flush();
        return 0;
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    private static void writeManifest(Path dir, Scenario sc, int threads, Instant started, Population pop,
                                      Simulation sim, long t0, long tBuilt, long tRun, long tWritten, long peak)
            throws IOException {
        StringBuilder j = new StringBuilder("{\n");
        j.append("  \"program\": ").append(JsonText.quote("corvee " + Version.text())).append(",\n");
        j.append("  \"scenario\": ").append(JsonText.quote(sc.name())).append(",\n");
        j.append("  \"origin\": ").append(JsonText.quote(sc.origin())).append(",\n");
        j.append("  \"seed\": ").append((long) sc.parameters().get(RunKeys.SEED)).append(",\n");
        j.append("  \"scale\": ").append(sc.parameters().get(RunKeys.SCALE)).append(",\n");
        j.append("  \"threads\": ").append(threads).append(",\n");
        j.append("  \"timeline_entries\": ").append(sc.timeline().entries().size()).append(",\n");
        j.append("  \"agents\": ").append(pop.size).append(",\n");
        j.append("  \"households\": ").append(pop.households()).append(",\n");
        j.append("  \"social_ties\": ").append(sim.world().network().entries() / 2).append(",\n");
        j.append("  \"months\": ").append(sim.clock().months()).append(",\n");
        j.append("  \"started\": ").append(JsonText.quote(started.toString())).append(",\n");
        j.append("  \"seconds\": {\"build\": ").append((tBuilt - t0) / 1e9).append(", \"simulate\": ")
                .append((tRun - tBuilt) / 1e9).append(", \"write\": ").append((tWritten - tRun) / 1e9).append("},\n");
        j.append("  \"phase_seconds\": {");
        boolean first = true;
        for (Map.Entry<String, Long> e : sim.engine().timings().totals().entrySet()) {
            j.append(first ? "" : ", ").append(JsonText.quote(e.getKey())).append(": ").append(e.getValue() / 1e9);
            first = false;
        }
        j.append("},\n");
        j.append("  \"peak_heap_bytes\": ").append(peak).append(",\n");
        j.append("  \"java\": ").append(JsonText.quote(System.getProperty("java.version"))).append(",\n");
        j.append("  \"parameters\": {");
        first = true;
        for (Map.Entry<String, Double> e : sc.parameters().asMap().entrySet()) {
            j.append(first ? "\n" : ",\n").append("    ").append(JsonText.quote(e.getKey())).append(": ")
                    .append(NumberText.of(e.getValue()));
            first = false;
        }
        j.append("\n  }\n}\n");
        Files.writeString(dir.resolve("manifest.json"), j.toString(), StandardCharsets.UTF_8);
    }
}

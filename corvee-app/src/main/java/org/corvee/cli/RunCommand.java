package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.model.people.PopulationBuilder;
import org.corvee.model.postings.CohortCsvWriter;
import org.corvee.model.postings.CohortSource;
import org.corvee.model.postings.RetentionSummary;
import org.corvee.output.NumberText;
import org.corvee.output.SeriesCsvWriter;
import org.corvee.run.Background;
import org.corvee.run.FolderLock;
import org.corvee.run.OutputFolder;
import org.corvee.run.PeakMemory;
import org.corvee.run.Progress;
import org.corvee.run.ReplicateSet;
import org.corvee.run.RunLedger;
import org.corvee.run.SimulationOutputs;
import org.corvee.run.StagedFolder;
import org.corvee.run.StopPoints;
import org.corvee.run.UserError;
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
            "Writes series.csv (month,metric,key,value; values in persons/USD of the real population), "
                + "scenario.yaml (the resolved scenario, which reproduces the run), manifest.json and cohorts.csv "
                + "(each hardship-posting cohort's retention by month since arrival), and stores the run in the "
                + "results database (default: <out>/corvee.duckdb; see `corvee runs`)."})
public final class RunCommand implements Callable<Integer> {
    /** Where the parameter catalogue comes from: read here, or already being read by {@link Main}. */
    private final Supplier<ParameterCatalog> catalogSource;

    /** A run that reads the catalogue when it starts (tests, picocli's own instantiation). */
    public RunCommand() {
        this(ParameterCatalog::load);
    }

    /** A run whose catalogue is read by {@code catalogSource} (e.g. on another thread since the start). */
    RunCommand(Supplier<ParameterCatalog> catalogSource) {
        this.catalogSource = catalogSource;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    MemoryOptions memory;

    @Mixin
    ExecutorOptions executor;

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
            description = "Run N replicates with seeds derived from the base seed (replicate 0 uses it; k>0 uses "
                    + "mix(seed + k*0x9E3779B97F4A7C15) mod 2^53), in parallel, all stored as one batch (default: 1). "
                    + "Replicate 0 also writes series.csv and scenario.yaml; `corvee export` writes every replicate.")
    int replicates;

    @Option(names = "--posterior", paramLabel = "DIR_OR_ID",
            description = "Run over a calibration's accepted ensemble (a `corvee calibrate` folder, or its name under "
                    + "runs/), resampled by weight, stored as one batch (`corvee report` draws its bands); writes "
                    + "5/50/95%% bands to target-bands.csv and bands.csv (default scale: the calibration's).")
    String posterior;

    @Option(names = "--members", paramLabel = "N",
            description = "With --posterior: resample the accepted ensemble into N equally weighted members (systematic "
                    + "resampling by weight) instead of one per particle, e.g. a small ensemble at full scale (default: "
                    + "the number of particles).")
    Integer members;

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
        executor.settings(nThreads);
        if (members != null && (posterior == null || members < 1)) {
            throw UserError.badInput(posterior == null ? "--members needs --posterior"
                    : "--members must be at least 1, was " + members);
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
        // DuckDB loads on another thread while this one waits for the catalogue (read since the
        // start): a core otherwise idle here, busy on both cores once the world's build begins
        Background<Void> engine = Background.start("corvee-duckdb", () -> {
            RunLedger.loadEngine();
            return null;
        });
        ParameterCatalog catalog = catalogSource.get();
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
                int status = replicates > 1 || !executor.local()
                        ? ReplicateSet.replicates(sc, catalog, replicates, nThreads, staged.staging(), !noCsv)
                                .withOverrides(scenario.overridesText()).on(executor.settings(nThreads))
                                .run(dbFile, stdout, err)
                        : single(sc, catalog, nThreads, staged, engine, dbFile, stdout, err);
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
    private int single(Scenario sc, ParameterCatalog catalog, int nThreads, StagedFolder staged,
                       Background<Void> engine, Path dbFile, PrintWriter stdout, PrintWriter err) throws IOException {
        Path dir = staged.staging();
        StopPoints stops = StopPoints.fromEnvironment(err);
        boolean terminal = System.console() != null;
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        double sc1 = sc.parameters().get(RunKeys.SCALE);
        err.printf("corvee: scenario %s, scale %s (%,d agents), seed %d, %d thread(s)%n", sc.name(),
                NumberText.of(sc1), PopulationBuilder.agentsFor(sc1), (long) sc.parameters().get(RunKeys.SEED), nThreads);
        err.flush();
        // the run's row is recorded (DuckDB loaded, the file opened) on another thread while the
        // world is built; the simulation starts only once the row is committed
        Background<RunLedger> starting = Background.start("corvee-ledger", () -> {
            engine.join();
            return RunLedger.start(dbFile, err, sc, scenario.overridesText(), catalog, nThreads, started);
        });
        Simulation sim;
        long tBuilt;
        MonthlySeries series;
        RunLedger ledger = null;
        try {
            sim = Simulation.build(sc.parameters(), sc.timeline(), nThreads);
            ledger = starting.join();
            tBuilt = System.nanoTime(); // build time includes recording the start, as before
            Progress progress = new Progress(err, terminal, "simulating", sim.clock().months());
            series = sim.run(nThreads, m -> progress.update(m + 1, sim.clock().label(m)));
        } catch (RuntimeException | Error e) {
            if (ledger == null) {
                try {
                    ledger = starting.join();
                } catch (RuntimeException | Error notStarted) {
                    throw notStarted; // as before, when the start was recorded before the build
                }
            }
            ledger.fail(String.valueOf(e));
            throw e;
        }
        Population pop = sim.world().population();
        int months = sim.clock().months();
        long tRun = System.nanoTime();
        // the files are written on another thread while the database stores the same rows; the
        // store commits only once the files are written (and rolls back if they could not be)
        MonthlySeries done = series;
        long tBuiltAt = tBuilt;
        Background<Manifest> files = Background.start("corvee-files", () -> {
            if (!noCsv) {
                SeriesCsvWriter.write(done, sim.clock(), sc1, dir.resolve("series.csv"));
            }
            CohortCsvWriter.write(sim.postings().cohorts(), sim.clock(), sc1, dir.resolve("cohorts.csv"));
            Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(sc, catalog), StandardCharsets.UTF_8);
            // the manifest made here while the store works, all but the figures known only once the
            // run is stored: after the store it is the last thing between the run and its end
            return Manifest.draft(sc, nThreads, started, pop, sim, t0, tBuiltAt, tRun);
        });
        long tStore = System.nanoTime();
        Manifest[] manifest = new Manifest[1];
        ledger.complete(SimulationOutputs.of(sim, series, sc1, () -> {
            try {
                manifest[0] = files.join();
            } catch (Background.BackgroundFailure e) {
                IOException io = e.getCause() instanceof IOException x ? x : new IOException(e.getCause());
                throw new UserError(Main.FAILED, List.of("cannot write results to " + staged.folder() + " ("
                        + OutputFolder.reason(io) + ")"));
            }
            stops.reached("staged");
        }));
        stops.reached("stored");
        long tWritten = System.nanoTime();
        long peak = PeakMemory.heapPeakBytes();
        int living = manifest[0].living();
        double runSecs = (tRun - tBuilt) / 1e9;
        double agentMonthsPerSec = (double) pop.built * months / runSecs;
        manifest[0].write(dir.resolve(Manifest.FILE), (tWritten - tRun) / 1e9, peak);
        stops.reached("manifest");
        stdout.printf("scenario        %s (%s)%n", sc.name(), sc.origin());
        if (!scenario.sets.isEmpty()) {
            stdout.printf("overrides       %s%n", scenario.overridesText());
        }
        stdout.printf("persons         %,d agents representing %,d persons (scale %s); %,d living at the end%n",
                pop.built, Math.round(pop.built / sc1), NumberText.of(sc1), living);
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
}

package org.corvee.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.corvee.analysis.abc.CsvParticleSink;
import org.corvee.analysis.abc.Resampling;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.analysis.validation.Quantiles;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.report.ReportGroup;
import org.corvee.run.FolderLock;
import org.corvee.run.OutputFolder;
import org.corvee.run.ReplicateSet;
import org.corvee.run.RunLedger;
import org.corvee.run.TargetBands;
import org.corvee.run.UserError;
import org.corvee.scenario.Scenario;

/**
 * {@code corvee run --posterior DIR}: runs a scenario over a calibration's accepted ensemble,
 * never one best fit. The weighted particles are resampled into as many equally weighted
 * members (systematic resampling: particle p is drawn about N·w_p times; the offset is drawn
 * from the run's seed), member k runs with its particle's parameters as overrides and seed
 * {@link ReplicateSeeds#of}(base seed, k). Every member is stored as one batch in the results database, so
 * {@code corvee report} draws the posterior-predictive 90% bands and the validation table with
 * ARD over the ensemble; target-bands.csv (the target table: 5/50/95% of each statistic) and
 * bands.csv (month, metric, q05, q50, q95 of every metric's monthly total) are written too.
 */
final class PosteriorRun {

    private PosteriorRun() {
    }

    /** Resolves DIR_OR_ID: a calibration folder, or the name of one under runs/. */
    static Path folder(String dirOrId) {
        Path p = Path.of(dirOrId);
        if (Files.isRegularFile(p.resolve(CsvParticleSink.POSTERIOR))) {
            return p;
        }
        Path r = Path.of("runs", dirOrId);
        if (Files.isRegularFile(r.resolve(CsvParticleSink.POSTERIOR))) {
            return r;
        }
        throw UserError.badInput("--posterior " + dirOrId + ": no " + CsvParticleSink.POSTERIOR
                + " there or under runs/ (run `corvee calibrate` first)");
    }

    /** The scale the calibration ran at, or NaN if unknown. */
    static double calibratedScale(Path dir) {
        try {
            JsonNode scale = new ObjectMapper().readTree(dir.resolve("calibration.json").toFile()).path("scale");
            return scale.isNumber() ? scale.doubleValue() : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** {@code corvee run --posterior}: the base run from the run command's options, then the ensemble. */
    static void command(RunCommand run, String dirOrId, int threads) {
        Path calib = folder(dirOrId);
        double sc = run.scale != null ? run.scale : calibratedScale(calib);
        List<String> extra = new ArrayList<>();
        if (!Double.isNaN(sc)) {
            extra.add("run.scale=" + sc);
        }
        ParameterCatalog catalog = ParameterCatalog.load();
        Scenario resolved = run.scenario.resolve(catalog, extra);
        TreeMap<String, Double> o = new TreeMap<>();
        for (String set : run.scenario.sets) {
            String key = set.substring(0, set.indexOf('=')).trim();
            o.put(key, resolved.parameters().get(key));
        }
        o.put("run.scale", resolved.parameters().get(RunKeys.SCALE));
        long seed = run.seed != null ? run.seed : (long) resolved.parameters().get(RunKeys.SEED);
        String name = run.scenario.scenario == null ? "baseline" : run.scenario.scenario;
        Path outDir = OutputFolder.prepare(run.out != null ? run.out : OutputFolder.forScenario(OutputFolder.ROOT, resolved.name(), "-posterior"));
        Path db = run.db != null ? run.db : outDir.resolve(RunLedger.DEFAULT_FILE);
        try (FolderLock lock = FolderLock.acquire(outDir, "run --posterior")) {
            execute(calib, new RunSpec(0, name, o, 0, seed), run.members == null ? 0 : run.members, threads, run.executor,
                    outDir, db, run.spec.commandLine().getOut(), run.spec.commandLine().getErr());
        }
    }

    /**
     * Reads posterior.csv (header particle, weight, distance, parameters..., stat:... columns)
     * with a CSV parser: each particle's parameters into {@code particles}; returns the weights.
     * Bad input is a one-line error naming the file and line.
     */
    static double[] readPosterior(Path file, List<TreeMap<String, Double>> particles) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Double> weights = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = format.parse(in)) {
            List<String> header = csv.getHeaderNames();
            if (header.size() < 3 || !header.get(1).equals("weight")) {
                throw UserError.badInput(file + ":1: expected the header particle,weight,distance,PARAMETERS...");
            }
            List<String> keys = new ArrayList<>();
            for (int c = 3; c < header.size() && !header.get(c).startsWith("stat:"); c++) {
                keys.add(header.get(c));
            }
            for (CSVRecord r : csv) {
                long line = r.getRecordNumber() + 1;
                TreeMap<String, Double> o = new TreeMap<>();
                double w;
                try {
                    w = Double.parseDouble(r.get(1));
                    for (int k = 0; k < keys.size(); k++) {
                        o.put(keys.get(k), Double.parseDouble(r.get(3 + k)));
                    }
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw UserError.badInput(file + ":" + line + ": expected numbers in every column");
                }
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw UserError.badInput(file + ":" + line + ": weight must be a number >= 0, found " + r.get(1));
                }
                weights.add(w);
                particles.add(o);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw UserError.badInput("cannot read " + file + " (" + (e instanceof IOException io ? OutputFolder.reason(io)
                    : e.getMessage()) + ")");
        }
        if (weights.isEmpty()) {
            throw UserError.badInput(file + ": no particles");
        }
        return weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Runs the ensemble of {@code members} members (0: one per particle), stores it in {@code db}
     * as one batch and writes the bands into {@code outDir}.
     */
    static void execute(Path calib, RunSpec base, int members, int threads, ExecutorOptions executor, Path outDir, Path db,
                        PrintWriter stdout, PrintWriter err) {
        Path file = calib.resolve(CsvParticleSink.POSTERIOR);
        List<TreeMap<String, Double>> particles = new ArrayList<>();
        double[] weights = readPosterior(file, particles);
        int[] drawn = Resampling.systematic(weights, members > 0 ? members : weights.length,
                RandomStreams.uniform(new RandomStreams(base.seed()).stream("posterior-resample"), 0, 0));
        ParameterCatalog catalog = ParameterCatalog.load();
        List<Scenario> ensemble = new ArrayList<>();
        for (int k = 0; k < drawn.length; k++) {
            try {
                Scenario m = ModelRun.resolve(base.with(k, particles.get(drawn[k]), k, ReplicateSeeds.of(base.seed(), k)));
                // The name marks the batch as an ensemble for `corvee runs` and the report; it
                // does not change the run.
                ensemble.add(new Scenario(m.name() + ReportGroup.POSTERIOR_SUFFIX, m.description(), m.origin(),
                        m.parameters(), m.timeline()));
            } catch (ExperimentException e) {
                throw UserError.badInput(file + ":" + (drawn[k] + 2) + ": " + e.getMessage());
            }
        }
        List<Target> targets = TargetFile.defaults();
        err.printf("corvee: running %s over %d members resampled from %d posterior particles (%s) at scale %s%n",
                base.scenario(), ensemble.size(), particles.size(), String.join(", ", particles.get(0).keySet()),
                base.overrides().get("run.scale"));
        ReplicateSet set = new ReplicateSet(ensemble, catalog, threads, outDir, true, new ModelRun(targets, true));
        int status = set.on(executor.settings(threads)).run(db, stdout, err);
        List<RunSummary> runs = new ArrayList<>();
        for (RunSummary r : set.summaries()) {
            if (r != null) {
                runs.add(r);
            }
        }
        if (runs.isEmpty()) {
            throw new UserError(Main.FAILED, List.of("every posterior run failed; see the messages above"));
        }
        double[] equal = new double[runs.size()];
        Arrays.fill(equal, 1.0 / runs.size());
        boolean[] available = new boolean[targets.size()];
        double[][] values = new double[targets.size()][runs.size()];
        for (int t = 0; t < targets.size(); t++) {
            available[t] = runs.get(0).has(targets.get(t).id());
            for (int p = 0; p < runs.size(); p++) {
                values[t][p] = available[t] ? runs.get(p).value(targets.get(t).id()) : Double.NaN;
            }
        }
        TargetBands.write(targets, available, values, equal, outDir.resolve("target-bands.csv"), stdout);
        StringBuilder bands = new StringBuilder("month,metric,q05,q50,q95\n");
        // Every member runs the same model, so its summary names come in the same order: read
        // values by position (a lookup by name per metric-month would be quadratic).
        List<String> names = runs.get(0).names();
        double[][] byRun = new double[runs.size()][];
        for (int p = 0; p < byRun.length; p++) {
            byRun[p] = runs.get(p).names().equals(names) ? runs.get(p).values() : null;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int at = name.indexOf('@');
            if (at < 0) {
                continue;
            }
            double[] v = new double[runs.size()];
            for (int p = 0; p < v.length; p++) {
                v[p] = byRun[p] != null ? byRun[p][i] : runs.get(p).value(name);
            }
            bands.append(name.substring(at + 1)).append(',').append(name, 0, at).append(',')
                    .append(Quantiles.weighted(v, equal, 0.05)).append(',')
                    .append(Quantiles.weighted(v, equal, 0.5)).append(',')
                    .append(Quantiles.weighted(v, equal, 0.95)).append('\n');
        }
        try {
            Files.writeString(outDir.resolve("bands.csv"), bands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.badInput("cannot write " + outDir.resolve("bands.csv") + " (" + OutputFolder.reason(e) + ")");
        }
        stdout.printf("results         %s (bands.csv, target-bands.csv)%n", outDir.toAbsolutePath().normalize());
        stdout.printf("report          corvee report --db %s   (posterior-predictive bands, validation table)%n", db);
        stdout.flush();
        if (status != 0) {
            throw new UserError(Main.FAILED, List.of("some posterior runs failed; the bands use the others"));
        }
    }
}

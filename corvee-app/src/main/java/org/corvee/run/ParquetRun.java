package org.corvee.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.RunKeys;
import org.corvee.output.SeriesCsvWriter;
import org.corvee.scenario.Scenario;
import org.corvee.store.ParquetRunFiles;

/**
 * One stored run of a batch on a distributed executor: the spec's scenario (a resolved
 * scenario file) is run single-threaded and its series and cohort rows are written as Parquet
 * ({@link ParquetRunFiles}, named by the run id in {@link RunSpec#index()}) by the machine
 * that ran it; replicate 0 also writes series.csv when {@code seriesCsv} is set. The summary
 * sent back holds the summariser's statistics (if any) and the run's wall time.
 *
 * <p>A run the model fails (its scenario cannot be built or run) comes back as a summary with
 * a failure note and no statistics, to be recorded as failed; a failure to write the files is
 * thrown, so the executor retries the task.
 */
record ParquetRun(ParquetRunFiles files, ModelRun summariser, String seriesCsv) implements RunModel {
    /** The statistic carrying the run's wall time in seconds (removed by {@link #statistics}). */
    static final String WALL = "corvee.wall_seconds";
    private static final String FAILED = "failed: ";

    @Override
    public RunSummary run(RunSpec spec) {
        long t0 = System.nanoTime();
        Scenario sc;
        Simulation sim;
        MonthlySeries series;
        try {
            sc = ModelRun.resolve(spec);
            sim = Simulation.build(sc.parameters(), sc.timeline());
            series = sim.run(1, m -> { });
        } catch (RuntimeException e) {
            return new RunSummary(spec, List.of(), new double[0], List.of(FAILED + e.getMessage()));
        }
        double scale = sc.parameters().get(RunKeys.SCALE);
        files.write(spec.index(), SimulationOutputs.of(sim, series, scale));
        if (spec.replicate() == 0 && seriesCsv != null) {
            try {
                SeriesCsvWriter.write(series, sim.clock(), scale, Path.of(seriesCsv));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + seriesCsv, e);
            }
        }
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> notes = List.of();
        if (summariser != null) {
            RunSummary s = summariser.summarise(spec, sim, series, scale);
            names.addAll(s.names());
            for (double v : s.values()) {
                values.add(v);
            }
            notes = s.notes();
        }
        names.add(WALL);
        values.add((System.nanoTime() - t0) / 1e9);
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        return new RunSummary(spec, names, v, notes);
    }

    /** The model's failure message if the run failed, else null. */
    static String failure(RunSummary s) {
        return !s.has(WALL) && !s.notes().isEmpty() && s.notes().get(0).startsWith(FAILED)
                ? s.notes().get(0).substring(FAILED.length()) : null;
    }

    /** The summary without the wall time: what the summariser computed. */
    static RunSummary statistics(RunSummary s) {
        List<String> names = new ArrayList<>(s.names());
        double[] all = s.values();
        int at = names.indexOf(WALL);
        names.remove(at);
        double[] v = new double[names.size()];
        System.arraycopy(all, 0, v, 0, at);
        System.arraycopy(all, at + 1, v, at, all.length - at - 1);
        return new RunSummary(s.spec(), names, v, s.notes());
    }
}

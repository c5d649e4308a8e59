package org.corvee.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.ExecutorChoice;
import org.corvee.analysis.experiment.ExecutorSettings;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.RunKeys;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioWriter;
import org.corvee.store.ParquetRunFiles;
import org.corvee.store.ResultStore;

/**
 * A {@link ReplicateSet} on a distributed executor ({@code --executor spark}): the driver
 * records every member as a 'running' run and writes its resolved scenario to
 * {@code <out>/parquet/scenarios/run-ID.yaml}; the executor runs the members
 * ({@link ParquetRun}), each writing its rows as Parquet under {@code <out>/parquet}; the
 * driver then copies the files of every completed run into the store in one transaction, and
 * marks a run the model failed as failed with the model's message.
 *
 * <p>Every member carries its own resolved scenario and seed, so a run's result does not
 * depend on where, in which task or on which attempt it ran. The output folder must be on a
 * file system that every executor sees (any folder in local mode).
 */
final class DistributedReplicates {
    private final List<Scenario> members;
    private final ParameterCatalog catalog;
    private final Path dir;
    private final boolean csv;
    private final ModelRun summariser;
    private final ExecutorSettings executor;

    DistributedReplicates(List<Scenario> members, ParameterCatalog catalog, Path dir, boolean csv,
                          ModelRun summariser, ExecutorSettings executor) {
        this.members = members;
        this.catalog = catalog;
        this.dir = dir;
        this.csv = csv;
        this.summariser = summariser;
        this.executor = executor;
    }

    /** Runs every member into {@code batch}; fills {@code summaries} (if summarising); returns the failures. */
    int run(ResultStore store, long batch, RunSummary[] summaries, PrintWriter err) {
        Path parquet = dir.resolve("parquet").toAbsolutePath();
        ParquetRunFiles files = new ParquetRunFiles(parquet.toString());
        String seriesCsv = csv ? dir.resolve("series.csv").toAbsolutePath().toString() : null;
        List<RunSpec> specs = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<RunSummary> out;
        // the executor starts before any run is recorded: if it cannot, the store is left as it was
        try (Executor ex = ExecutorChoice.open(new ParquetRun(files, summariser, seriesCsv), executor)) {
            begin(store, batch, parquet, specs, ids);
            Progress bar = new Progress(err, System.console() != null, "runs on " + executor.executor(), specs.size());
            out = ex.run(specs, (d, total) -> bar.update(d, ""));
        } catch (ExperimentException e) {
            failAll(store, ids, String.valueOf(e.getMessage()));
            throw new UserError(UserError.FAILED, List.of(e.getMessage()));
        } catch (RuntimeException e) {
            failAll(store, ids, String.valueOf(e.getMessage()));
            throw e;
        }
        int failed = 0;
        Map<Long, Double> completed = new LinkedHashMap<>();
        for (int k = 0; k < out.size(); k++) {
            RunSummary s = out.get(k);
            long id = ids.get(k);
            String failure = ParquetRun.failure(s);
            if (failure != null) {
                failed++;
                store.fail(id, failure, Instant.now(), 0);
                err.printf("corvee: replicate %d (run %d, seed %d) failed: %s%n", k, id, specs.get(k).seed(), failure);
                continue;
            }
            completed.put(id, s.value(ParquetRun.WALL));
            if (summariser != null) {
                summaries[k] = ParquetRun.statistics(s);
            }
        }
        try {
            store.completeFromParquet(completed, files, Instant.now());
        } catch (RuntimeException e) {
            failAll(store, List.copyOf(completed.keySet()), String.valueOf(e.getMessage()));
            throw e;
        }
        err.printf("corvee: Parquet files of every run in %s (registered in the database)%n", parquet);
        err.flush();
        return failed;
    }

    /** Records every member as a running run of {@code batch} and writes its resolved scenario; fills specs and ids. */
    private void begin(ResultStore store, long batch, Path parquet, List<RunSpec> specs, List<Long> ids) {
        try {
            Path scenarios = Files.createDirectories(parquet.resolve("scenarios"));
            for (int k = 0; k < members.size(); k++) {
                Scenario sc = members.get(k);
                long id = store.begin(RunLedger.record(batch, k, sc, catalog, 1), Instant.now());
                ids.add(id);
                Path yaml = scenarios.resolve("run-" + id + ".yaml");
                Files.writeString(yaml, ScenarioWriter.toYaml(sc, catalog), StandardCharsets.UTF_8);
                specs.add(new RunSpec(Math.toIntExact(id), yaml.toString(), Map.of(), k,
                        (long) sc.parameters().get(RunKeys.SEED)));
            }
            Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(members.get(0), catalog),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.badInput("cannot write scenarios to " + parquet + " (" + OutputFolder.reason(e) + ")");
        }
    }

    private static void failAll(ResultStore store, List<Long> ids, String message) {
        for (long id : ids) {
            store.fail(id, message, Instant.now(), 0);
        }
    }
}

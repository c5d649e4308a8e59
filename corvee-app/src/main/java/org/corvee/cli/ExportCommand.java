package org.corvee.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.run.UserError;
import org.corvee.store.ResultExport;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corvee export}: stored tables as Parquet or CSV files for pandas, R or Polars. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write stored results to Parquet or CSV files (for pandas, R, Polars).",
            "One file per table: runs, series, cohorts, calibrations, particles (every calibration proposal) and "
                + "series_summary (mean, p05, p95 per batch, month, metric and key), via DuckDB COPY.",
            "CSV: a total's empty key is written \"\" (pandas: keep_default_na=False; DuckDB: allow_quoted_nulls=false)."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "parquet or csv (default: parquet).")
    String format;

    @Option(names = "--run", paramLabel = "ID", description = "Only these run ids (repeatable; default: all runs).")
    List<Long> runs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the files to.")
    Path out;

    @Override
    public Integer call() {
        ResultExport.Format f;
        try {
            f = ResultExport.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw UserError.badInput("--format must be parquet or csv, was " + format);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw UserError.badInput("--out " + out + " is a file; --out names the folder to write one file per "
                    + "table into");
        }
        PrintWriter o = spec.commandLine().getOut();
        try (ResultStore store = database.open(spec.commandLine().getErr())) {
            for (long id : runs) {
                if (store.run(id).isEmpty()) {
                    throw UserError.badInput("no run with id " + id + " in " + database.path());
                }
            }
            for (Path p : ResultExport.export(store, runs, f, out)) {
                o.println(p);
            }
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
        o.flush();
        return 0;
    }
}

package org.corvee.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes stored tables to files for pandas, R or Polars with DuckDB's {@code COPY}: one file per
 * table ({@code runs}, {@code series}, {@code cohorts}, {@code calibrations}, {@code particles},
 * {@code series_summary}) restricted to the chosen runs (all when none is given; calibrations
 * and particles then only where a particle names one of those runs, which calibrations do not
 * store, so a run filter exports them empty). CSV has a header row.
 */
public final class ResultExport {
    /** Output file formats. */
    public enum Format {
        PARQUET, CSV;

        /** File extension. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ResultExport() {
    }

    /** Exports and returns the files written. */
    public static List<Path> export(ResultStore store, List<Long> runIds, Format format, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create export folder " + dir + ": " + e.getMessage(), e);
        }
        String ids = runIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String runFilter = runIds.isEmpty() ? "" : " WHERE id IN (" + ids + ")";
        String rowFilter = runIds.isEmpty() ? "" : " WHERE run_id IN (" + ids + ")";
        String batchFilter = runIds.isEmpty() ? ""
                : " WHERE batch IN (SELECT batch FROM runs WHERE id IN (" + ids + "))";
        List<String[]> tables = List.of(
                new String[] {"runs", "SELECT * FROM runs" + runFilter + " ORDER BY id"},
                new String[] {"series", "SELECT * FROM series" + rowFilter + " ORDER BY run_id, month, metric, key"},
                new String[] {"cohorts", "SELECT * FROM cohorts" + rowFilter
                        + " ORDER BY run_id, cohort_table, row_key, column_key"},
                new String[] {"calibrations", "SELECT * FROM calibrations" + (runIds.isEmpty() ? ""
                        : " WHERE id IN (SELECT calibration_id FROM particles" + rowFilter + ")") + " ORDER BY id"},
                new String[] {"particles", "SELECT * FROM particles" + rowFilter
                        + " ORDER BY calibration_id, generation, particle"},
                new String[] {"series_summary", "SELECT * FROM series_summary" + batchFilter
                        + " ORDER BY batch, month, metric, key"});
        String options = format == Format.PARQUET ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)";
        // Every table goes to a temporary name first and is renamed into place at the end, so an
        // export that is killed or fails (full disk) never leaves a truncated file under a final
        // name; a failed export deletes its temporary files.
        List<Path> out = new ArrayList<>();
        List<Path> temp = new ArrayList<>();
        String tag = ".part-" + ProcessHandle.current().pid();
        try {
            synchronized (store) {
                try (Statement s = store.connection().createStatement()) {
                    for (String[] t : tables) {
                        Path f = dir.resolve(t[0] + "." + format.extension()).toAbsolutePath();
                        Path part = f.resolveSibling(f.getFileName() + tag);
                        temp.add(part);
                        s.execute("COPY (" + t[1] + ") TO '" + part.toString().replace("'", "''") + "' " + options);
                        out.add(f);
                    }
                } catch (SQLException e) {
                    throw new StoreException("cannot export to " + dir + ": " + ResultStore.firstLine(e.getMessage()),
                            e);
                }
            }
            for (int i = 0; i < out.size(); i++) {
                Files.move(temp.get(i), out.get(i), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            return out;
        } catch (java.io.IOException e) {
            throw new StoreException("cannot export to " + dir + ": " + e.getMessage(), e);
        } finally {
            for (Path part : temp) {
                try {
                    Files.deleteIfExists(part);
                } catch (java.io.IOException e) {
                    // best effort; the name says what it is
                }
            }
        }
    }
}

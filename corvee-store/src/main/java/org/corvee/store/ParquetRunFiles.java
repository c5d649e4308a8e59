package org.corvee.store;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * A folder of Parquet files holding runs' outputs in the store's own columns, one pair of
 * files per run: {@code series/run-ID.parquet} and {@code cohorts/run-ID.parquet}. Written by
 * whichever machine ran the run (a Spark executor), read back into the store by
 * {@link ResultStore#completeFromParquet} on the driver (a whole batch at once), and kept for tools that read Parquet.
 *
 * <p>Design thoughts: each file is written under a temporary name and moved into place, so a
 * task that is retried (or run twice speculatively) leaves one whole file, the same whichever
 * attempt wins; the files are named by run id, never by partition or attempt. The folder must
 * be one that every executor and the driver see (local disk in local mode; a shared file
 * system on a cluster).
 */
public record ParquetRunFiles(String folder) implements Serializable {
    /** The series file of run {@code id}. */
    public Path series(long id) {
        return Path.of(folder, "series", "run-" + id + ".parquet");
    }

    /** The cohorts file of run {@code id}. */
    public Path cohorts(long id) {
        return Path.of(folder, "cohorts", "run-" + id + ".parquet");
    }

    /** Writes run {@code id}'s outputs (series and cohort rows) into its two files. */
    public void write(long id, RunOutputs outputs) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            DuckDBConnection conn = c.unwrap(DuckDBConnection.class);
            Schema.create(conn);
            ResultStore.appendSeries(conn, id, outputs);
            ResultStore.appendCohorts(conn, id, outputs);
            copy(s, "series", series(id));
            copy(s, "cohorts", cohorts(id));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("cannot write the Parquet files of run " + id + " into " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    private static void copy(Statement s, String table, Path file) throws SQLException, IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        s.execute("COPY " + table + " TO " + literal(tmp) + " (FORMAT parquet)");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code p} as an SQL string literal. */
    static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}

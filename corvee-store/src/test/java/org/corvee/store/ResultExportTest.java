package org.corvee.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported Parquet and CSV files read back (through DuckDB) equal to the stored tables. */
class ResultExportTest {
    @TempDir
    Path tmp;

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertSame(Statement st, String stored, String exported) throws Exception {
        assertThat(count(st, "SELECT count(*) FROM (" + exported + ")"))
                .isEqualTo(count(st, "SELECT count(*) FROM (" + stored + ")"));
        assertThat(count(st, "SELECT count(*) FROM ((" + stored + ") EXCEPT ALL (" + exported + "))")).isZero();
        assertThat(count(st, "SELECT count(*) FROM ((" + exported + ") EXCEPT ALL (" + stored + "))")).isZero();
    }

    /**
     * How a reader gets the exported table back. In CSV a total's empty key is written "" and an
     * SQL NULL as nothing; DuckDB reads "" back as '' only with allow_quoted_nulls=false (pandas:
     * keep_default_na=False).
     */
    private static String read(ResultExport.Format f, Path file) {
        return f == ResultExport.Format.PARQUET ? "SELECT * FROM read_parquet('" + file + "')"
                : "SELECT * FROM read_csv('" + file + "', header = true, allow_quoted_nulls = false)";
    }

    @Test
    void parquetAndCsvReadBackEqual() throws Exception {
        try (ResultStore s = ResultStore.open(tmp.resolve("r.duckdb"))) {
            long b = s.newBatch();
            long keep = s.begin(ResultStoreTest.record(b, 0, 3), Instant.parse("2026-05-01T10:00:00Z"));
            s.complete(keep, ResultStoreTest.outputs(3), Instant.parse("2026-05-01T10:01:00Z"), 60);
            long other = s.begin(ResultStoreTest.record(s.newBatch(), 0, 4), Instant.now());
            s.complete(other, ResultStoreTest.outputs(4), Instant.now(), 1);
            try (Statement st = s.connection().createStatement()) {
                st.execute("INSERT INTO particles (calibration_id, generation, particle, parameters, distance, weight, "
                        + "accepted, run_id, statistics) VALUES (1, 0, 0, '{\"a\": 1.5}', 0.25, 1.0, true, " + keep
                        + ", '{\"T1\": 2.0}'), (2, 0, 0, '{\"a\": 1.0}', 0.5, NULL, false, NULL, '{}')");
                st.execute("INSERT INTO calibrations (id, output_folder, fingerprint, scenario, scale, seed, priors, "
                        + "program_version, started, status) VALUES "
                        + "(1, '/c1', 'particles=4 seed=1', 'baseline', 0.01, 1, 'a=uniform(0,2)', 'test', "
                        + "TIMESTAMP '2026-05-01 10:00:00', 'running'), "
                        + "(2, '/c2', 'particles=4 seed=2', 'baseline', 0.01, 2, 'a=uniform(0,2)', 'test', "
                        + "TIMESTAMP '2026-05-01 10:00:00', 'completed')");
                for (ResultExport.Format f : ResultExport.Format.values()) {
                    Path dir = tmp.resolve(f.extension());
                    List<Path> files = ResultExport.export(s, List.of(keep), f, dir);
                    assertThat(files).hasSize(6).allMatch(p -> p.toFile().length() > 0);
                    String ext = f.extension();
                    assertSame(st, "SELECT * FROM runs WHERE id = " + keep,
                            read(f, dir.resolve("runs." + ext)));
                    assertSame(st, "SELECT * FROM series WHERE run_id = " + keep,
                            read(f, dir.resolve("series." + ext)));
                    assertSame(st, "SELECT * FROM cohorts WHERE run_id = " + keep,
                            read(f, dir.resolve("cohorts." + ext)));
                    assertSame(st, "SELECT * FROM particles WHERE run_id = " + keep,
                            read(f, dir.resolve("particles." + ext)));
                    assertSame(st, "SELECT * FROM calibrations WHERE id = 1",
                            read(f, dir.resolve("calibrations." + ext)));
                    Path all = tmp.resolve("all-" + ext);
                    ResultExport.export(s, List.of(), f, all);
                    assertSame(st, "SELECT * FROM particles", read(f, all.resolve("particles." + ext)));
                    assertSame(st, "SELECT * FROM calibrations", read(f, all.resolve("calibrations." + ext)));
                    assertThat(count(st, "SELECT count(*) FROM (" + read(f, dir.resolve("series." + ext))
                            + ") WHERE run_id = " + other)).isZero();
                }
            }
        }
    }
}

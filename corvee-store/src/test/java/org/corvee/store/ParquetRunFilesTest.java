package org.corvee.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run written to Parquet (as an executor does) and registered in the store equals one stored directly. */
class ParquetRunFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aRunRegisteredFromParquetEqualsOneStoredDirectly() throws Exception {
        ParquetRunFiles files = new ParquetRunFiles(tmp.resolve("parquet").toString());
        try (ResultStore s = ResultStore.open(tmp.resolve("r.duckdb"))) {
            long batch = s.newBatch();
            long direct = s.begin(ResultStoreTest.record(batch, 0, 7), Instant.now());
            long shipped = s.begin(ResultStoreTest.record(batch, 1, 7), Instant.now());
            s.complete(direct, ResultStoreTest.outputs(7), Instant.now(), 1.0);
            files.write(shipped, ResultStoreTest.outputs(7));
            files.write(shipped, ResultStoreTest.outputs(7)); // a retried task writes the same files again
            assertThat(files.series(shipped)).exists();
            s.completeFromParquet(Map.of(shipped, 1.0), files, Instant.now());
            assertThat(s.run(shipped).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(rows(s, "series", shipped)).isEqualTo(rows(s, "series", direct)).contains("pay_state");
            assertThat(rows(s, "cohorts", shipped)).isEqualTo(rows(s, "cohorts", direct)).contains("2021-03");
        }
    }

    @Test
    void aMissingFileLeavesTheWholeBatchRunningWithNoRows() {
        ParquetRunFiles files = new ParquetRunFiles(tmp.resolve("parquet").toString());
        try (ResultStore s = ResultStore.open(tmp.resolve("r.duckdb"))) {
            long batch = s.newBatch();
            long written = s.begin(ResultStoreTest.record(batch, 0, 7), Instant.now());
            long lost = s.begin(ResultStoreTest.record(batch, 1, 8), Instant.now());
            files.write(written, ResultStoreTest.outputs(7));
            assertThatThrownBy(() -> s.completeFromParquet(Map.of(written, 1.0, lost, 1.0), files, Instant.now()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("run-" + lost + ".parquet");
            for (long id : List.of(written, lost)) {
                assertThat(s.run(id).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
                assertThat(s.series(id).months()).isEmpty();
            }
        }
    }

    private static String rows(ResultStore s, String table, long id) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * EXCLUDE (run_id) FROM " + table + " WHERE run_id = " + id
                     + " ORDER BY ALL")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= n; c++) {
                    sb.append(rs.getString(c)).append(c == n ? "\n" : "\t");
                }
            }
        }
        return sb.toString();
    }
}

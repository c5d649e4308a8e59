package org.corvee.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.output.SeriesRowSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema round trip, transactional completion, failure marking, summaries. */
class ResultStoreTest {
    @TempDir
    Path tmp;

    static RunRecord record(long batch, int replicate, long seed) {
        return new RunRecord(batch, replicate, "tiny", "name: tiny\nrun:\n  seed: " + seed + "\n", seed, 2, 0.01,
                "test", "abc123");
    }

    /** Two metrics over three months; values depend on the seed so replicates differ. */
    static RunOutputs outputs(long seed) {
        return new RunOutputs() {
            @Override
            public void series(SeriesRowSink sink) throws Exception {
                String[] months = {"2010-01", "2010-02", "2010-03"};
                for (int m = 0; m < 3; m++) {
                    sink.row(m, months[m], "workers_abroad", "destination=russia;province=pyongyang", 100 * m + seed);
                    sink.row(m, months[m], "workers_abroad", "destination=china;province=pyongyang", 0.5 + m);
                    sink.row(m, months[m], "pay_state", "", 1e9 + m);
                }
            }

            @Override
            public void cohorts(CohortSink sink) throws Exception {
                sink.cell("postings_retention", "2021-03", "0", 1.0);
                sink.cell("postings_retention", "2021-03", "12", 0.7);
            }
        };
    }

    /** Loading the engine ahead (a run does it while it waits for the catalogue) is repeatable and opens nothing. */
    @Test
    void theEngineLoadsAheadOfTheFirstOpen() {
        ResultStore.load();
        ResultStore.load();
        Path db = tmp.resolve("later.duckdb");
        assertThat(db).doesNotExist();
        try (ResultStore s = ResultStore.open(db)) {
            assertThat(s.runs()).isEmpty();
        }
    }

    @Test
    void aRunRoundTripsThroughTheDatabase() {
        Path db = tmp.resolve("r.duckdb");
        long id;
        try (ResultStore s = ResultStore.open(db)) {
            long batch = s.newBatch();
            id = s.begin(record(batch, 0, 7), Instant.parse("2026-01-02T03:04:05Z"));
            assertThat(s.run(id).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
            s.complete(id, outputs(7), Instant.parse("2026-01-02T03:05:05Z"), 60.0);
        }
        try (ResultStore s = ResultStore.openExisting(db)) {
            StoredRun r = s.run(id).orElseThrow();
            assertThat(r.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(r.scenario()).isEqualTo("tiny");
            assertThat(r.seed()).isEqualTo(7);
            assertThat(r.threads()).isEqualTo(2);
            assertThat(r.scale()).isEqualTo(0.01);
            assertThat(r.gitCommit()).isEqualTo("abc123");
            assertThat(r.wallSeconds()).isEqualTo(60.0);
            assertThat(r.started()).hasToString("2026-01-02T03:04:05");
            assertThat(r.scenarioHash()).isEqualTo(RunRecord.sha256("name: tiny\nrun:\n  seed: 7\n")).hasSize(64);
            assertThat(s.scenarioYaml(id)).contains("seed: 7");
            SeriesTable t = s.series(id);
            assertThat(t.months()).containsExactly("2010-01", "2010-02", "2010-03");
            assertThat(t.total("workers_abroad", Map.of("destination", "russia"))).containsExactly(7, 107, 207);
            assertThat(t.total("workers_abroad", Map.of())).containsExactly(7.5, 108.5, 209.5);
            assertThat(t.total("pay_state", Map.of())).containsExactly(1e9, 1e9 + 1, 1e9 + 2);
            assertThat(s.cohorts(id)).isEqualTo(Map.of("postings_retention", Map.of("2021-03", Map.of("0", 1.0, "12", 0.7))));
        }
    }

    /**
     * The series and cohort cells go in through lists per pair of texts (ListStaging); the tables
     * must hold exactly the rows fed, in the order fed, as appending them one by one did: many
     * pairs, months and special values, a pair absent in some months, pairs fed interleaved, a
     * second run beside the first.
     */
    @Test
    void seriesAndCohortRowsAreStoredExactlyAndInTheOrderFed() throws Exception {
        Path db = tmp.resolve("r.duckdb");
        java.util.List<String> fed = new java.util.ArrayList<>();
        java.util.List<String> cells = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300, -7.25};
        RunOutputs outputs = new RunOutputs() {
            @Override
            public void series(SeriesRowSink sink) throws Exception {
                for (int m = 0; m < 40; m++) {
                    String label = String.format("%d-%02d", 2010 + m / 12, m % 12 + 1);
                    for (int k = 0; k < 60; k++) {
                        if ((k + m) % 7 == 0) {
                            continue; // a ratio with no value this month
                        }
                        double v = k < special.length && m == 3 ? special[k] : random.nextGaussian() * 1e6;
                        String metric = "metric" + (k % 5);
                        String key = k % 3 == 0 ? "" : "province=p" + k;
                        sink.row(m, label, metric, key, v);
                        fed.add(label + "-01|" + metric + "|" + key + "|" + Double.doubleToLongBits(v));
                    }
                }
            }

            @Override
            public void cohorts(CohortSink sink) throws Exception {
                for (int t = 0; t < 30; t++) {
                    for (int c = 0; c < 9; c++) {
                        String row = "2021-0" + (c % 3 + 1) + " site" + c + " #" + c;
                        String column = c == 4 ? "a column" : Integer.toString(t);
                        double v = random.nextDouble();
                        sink.cell(c < 6 ? "posting_retention" : "other", row, column, v);
                        cells.add((c < 6 ? "posting_retention" : "other") + "|" + row + "|" + column + "|"
                                + Double.doubleToLongBits(v));
                    }
                }
            }
        };
        long first;
        long second;
        try (ResultStore s = ResultStore.open(db)) {
            long batch = s.newBatch();
            first = s.begin(record(batch, 0, 1), Instant.now());
            s.complete(first, outputs(1), Instant.now(), 1.0);
            second = s.begin(record(batch, 1, 2), Instant.now());
            s.complete(second, outputs, Instant.now(), 1.0);
        }
        try (ResultStore s = ResultStore.openExisting(db); Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT month, metric, key, value FROM series WHERE run_id = " + second
                     + " ORDER BY rowid")) {
            java.util.List<String> stored = new java.util.ArrayList<>();
            while (rs.next()) {
                stored.add(rs.getObject(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + Double.doubleToLongBits(rs.getDouble(4)));
            }
            assertThat(stored).hasSize(fed.size()).isEqualTo(fed);
            assertThat(s.series(first).total("pay_state", Map.of())).containsExactly(1e9, 1e9 + 1, 1e9 + 2);
            java.util.List<String> storedCells = new java.util.ArrayList<>();
            try (ResultSet c = st.executeQuery("SELECT cohort_table, row_key, column_key, value FROM cohorts "
                    + "WHERE run_id = " + second + " ORDER BY rowid")) {
                while (c.next()) {
                    storedCells.add(c.getString(1) + "|" + c.getString(2) + "|" + c.getString(3) + "|"
                            + Double.doubleToLongBits(c.getDouble(4)));
                }
            }
            assertThat(storedCells).hasSize(cells.size()).isEqualTo(cells);
            assertThat(s.cohorts(first)).containsOnlyKeys("postings_retention");
        }
    }

    @Test
    void aFailureWhileWritingRowsLeavesNoRowsAndEarlierRunsIntact() throws Exception {
        Path db = tmp.resolve("r.duckdb");
        try (ResultStore s = ResultStore.open(db)) {
            long first = s.begin(record(s.newBatch(), 0, 1), Instant.now());
            s.complete(first, outputs(1), Instant.now(), 1.0);
            long second = s.begin(record(s.newBatch(), 0, 2), Instant.now());
            RunOutputs broken = sink -> {
                outputs(2).series(sink);
                throw new IllegalStateException("disk on fire");
            };
            assertThatThrownBy(() -> s.complete(second, broken, Instant.now(), 1.0)).hasMessageContaining("disk on fire");
            s.fail(second, "disk on fire", Instant.now(), 1.0);
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT run_id, count(*) FROM series GROUP BY run_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(first);
                assertThat(rs.getLong(2)).isEqualTo(9);
                assertThat(rs.next()).isFalse();
            }
            assertThat(s.run(second).orElseThrow().status()).isEqualTo(RunStatus.FAILED);
            assertThat(s.run(second).orElseThrow().message()).isEqualTo("disk on fire");
            assertThat(s.run(first).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        }
    }

    @Test
    void aFailureBeforeTheCommitRollsBackEveryAppendedRow() throws Exception {
        // a single run writes its files while the store appends, and checks them in beforeCommit
        Path db = tmp.resolve("r.duckdb");
        try (ResultStore s = ResultStore.open(db)) {
            long id = s.begin(record(s.newBatch(), 0, 3), Instant.now());
            RunOutputs filesFailed = new RunOutputs() {
                @Override
                public void series(SeriesRowSink sink) throws Exception {
                    outputs(3).series(sink);
                }

                @Override
                public void cohorts(CohortSink sink) throws Exception {
                    outputs(3).cohorts(sink);
                }

                @Override
                public void beforeCommit() {
                    throw new IllegalStateException("cannot write results to out (disk full)");
                }
            };
            assertThatThrownBy(() -> s.complete(id, filesFailed, Instant.now(), 1.0))
                    .hasMessageContaining("cannot write results to out");
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM series) + (SELECT count(*) FROM cohorts)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
            assertThat(s.run(id).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        }
    }

    @Test
    void aRunningRowFromAnotherBatchIsShownAsIncomplete() {
        try (ResultStore s = ResultStore.open(tmp.resolve("r.duckdb"))) {
            long b = s.newBatch();
            long id = s.begin(record(b, 0, 1), Instant.now());
            StoredRun r = s.run(id).orElseThrow();
            assertThat(r.displayStatus(b)).isEqualTo("running");
            assertThat(r.displayStatus(-1)).isEqualTo("incomplete");
        }
    }

    @Test
    void theSummaryViewGivesMeanAndBandOverReplicates() throws Exception {
        try (ResultStore s = ResultStore.open(tmp.resolve("r.duckdb"))) {
            long b = s.newBatch();
            for (int k = 0; k < 11; k++) {
                long id = s.begin(record(b, k, k), Instant.now());
                s.complete(id, outputs(k), Instant.now(), 1.0);
            }
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT replicates, mean, p05, p95 FROM series_summary WHERE batch = " + b
                         + " AND metric = 'workers_abroad' AND key LIKE 'destination=russia%' AND month = DATE '2010-01-01'")) {
                assertThat(rs.next()).isTrue();
                // values 0..10: mean 5; type-7 quantiles 0.5 and 9.5
                assertThat(rs.getLong(1)).isEqualTo(11);
                assertThat(rs.getDouble(2)).isEqualTo(5.0);
                assertThat(rs.getDouble(3)).isEqualTo(0.5);
                assertThat(rs.getDouble(4)).isEqualTo(9.5);
            }
        }
    }

    @Test
    void openingAMissingDatabaseIsAClearError() {
        assertThatThrownBy(() -> ResultStore.openExisting(tmp.resolve("nope.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no results database at");
    }
}

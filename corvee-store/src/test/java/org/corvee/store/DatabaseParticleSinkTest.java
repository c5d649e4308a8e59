package org.corvee.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.corvee.analysis.abc.AbcListener;
import org.corvee.analysis.abc.AbcSettings;
import org.corvee.analysis.abc.AbcSmc;
import org.corvee.analysis.abc.Checkpoint;
import org.corvee.analysis.abc.Generation;
import org.corvee.analysis.abc.Particle;
import org.corvee.analysis.abc.ParticleSink;
import org.corvee.analysis.abc.Proposal;
import org.corvee.analysis.experiment.Executor;
import org.corvee.analysis.experiment.LocalExecutor;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.RunModel;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Particles round trip through the database; resuming drops later generations and never duplicates rows. */
class DatabaseParticleSinkTest {
    static final List<ParameterPrior> PRIORS = List.of(ParameterPrior.parse("a=uniform(0,1)", 0, 1),
            ParameterPrior.parse("dispatch.bribe=uniform(0,10)", 0, 10));
    static final List<String> STATS = List.of("T1", "T6");

    @TempDir
    Path tmp;

    private DatabaseParticleSink sink(Path db, String folder) {
        return new DatabaseParticleSink(ResultStore.open(db), new CalibrationRecord(tmp.resolve(folder), "fp", "toy",
                0.01, 7, "a=uniform(0,1)\ndispatch.bribe=uniform(0,10)", "test"));
    }

    /** Generation {@code t} of {@code n} proposals; the first {@code accepted} are accepted with weights ∝ 1, 2, 3, … */
    static void store(ParticleSink s, int t, int n, int accepted) {
        double total = accepted * (accepted + 1) / 2.0;
        List<Proposal> proposals = new ArrayList<>();
        List<Particle> particles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = {0.1 * i, 10 * t + i};
            double[] stats = {i, i == 1 ? Double.NaN : 2.5 * i};
            boolean ok = i < accepted;
            double w = ok ? (i + 1) / total : 0;
            proposals.add(new Proposal(t, i, v, 0.5 * i, ok, w, stats));
            if (ok) {
                particles.add(new Particle(v, w, 0.5 * i, stats));
            }
        }
        s.generation(new Generation(t, t == 0 ? Double.POSITIVE_INFINITY : 3.0, particles, n, n, STATS), proposals,
                PRIORS);
    }

    private static long scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void twoGenerationsRoundTripThroughTheDatabase() throws Exception {
        Path db = tmp.resolve("c.duckdb");
        long id;
        try (DatabaseParticleSink s = sink(db, "cal")) {
            s.resumeAfter(-1, List.of("a", "dispatch.bribe"), List.of());
            id = s.calibrationId();
            store(s, 0, 3, 3);
            store(s, 1, 5, 2);
            s.complete("reached 2 generations");
        }
        try (ResultStore r = ResultStore.openExisting(db); Statement st = r.connection().createStatement()) {
            assertThat(scalar(st, "SELECT count(*) FROM particles WHERE calibration_id = " + id)).isEqualTo(8);
            assertThat(scalar(st, "SELECT count(*) FROM particles WHERE generation = 1 AND accepted")).isEqualTo(2);
            assertThat(scalar(st, "SELECT count(*) FROM particles WHERE accepted <> (weight IS NOT NULL)")).isZero();
            try (ResultSet rs = st.executeQuery("SELECT generation, sum(weight) FROM particles WHERE accepted "
                    + "GROUP BY generation ORDER BY generation")) {
                for (int g = 0; g < 2; g++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(g);
                    assertThat(rs.getDouble(2)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT json_extract(parameters, '$.a')::DOUBLE, "
                    + "json_extract(parameters, '$.\"dispatch.bribe\"')::DOUBLE, distance, "
                    + "json_extract(statistics, '$.T6')::DOUBLE, json_type(statistics, '$.T6'), "
                    + "json_keys(parameters)::VARCHAR FROM particles WHERE generation = 1 AND particle = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getDouble(1)).isEqualTo(0.1);
                assertThat(rs.getDouble(2)).isEqualTo(11.0);
                assertThat(rs.getDouble(3)).isEqualTo(0.5);
                assertThat(rs.getObject(4)).isNull();
                assertThat(rs.getString(5)).isEqualTo("NULL");
                assertThat(rs.getString(6)).isEqualTo("[a, dispatch.bribe]");
            }
            try (ResultSet rs = st.executeQuery("SELECT status, message, output_folder, priors, ended IS NOT NULL "
                    + "FROM calibrations WHERE id = " + id)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("completed");
                assertThat(rs.getString(2)).isEqualTo("reached 2 generations");
                assertThat(rs.getString(3)).isEqualTo(tmp.resolve("cal").toAbsolutePath().normalize().toString());
                assertThat(rs.getString(4)).contains("dispatch.bribe=uniform(0,10)");
                assertThat(rs.getBoolean(5)).isTrue();
            }
        }
    }

    @Test
    void resumeAfterDropsLaterGenerationsOfThisCalibrationOnly() throws Exception {
        Path db = tmp.resolve("r.duckdb");
        long other;
        long id;
        try (DatabaseParticleSink s = sink(db, "other")) {
            s.resumeAfter(-1, List.of(), List.of());
            other = s.calibrationId();
            store(s, 0, 2, 2);
            store(s, 1, 2, 1);
        }
        try (DatabaseParticleSink s = sink(db, "cal")) {
            s.resumeAfter(-1, List.of(), List.of());
            id = s.calibrationId();
            for (int t = 0; t < 3; t++) {
                store(s, t, 4, 2);
            }
        }
        try (DatabaseParticleSink s = sink(db, "./cal/../cal")) {
            s.resumeAfter(0, List.of("a", "dispatch.bribe"), STATS);
            assertThat(s.calibrationId()).isEqualTo(id);
            assertThat(s.missingEarlierGenerations()).isFalse();
        }
        try (ResultStore r = ResultStore.openExisting(db); Statement st = r.connection().createStatement()) {
            assertThat(scalar(st, "SELECT count(*) FROM particles WHERE calibration_id = " + id)).isEqualTo(4);
            assertThat(scalar(st, "SELECT max(generation) FROM particles WHERE calibration_id = " + id)).isZero();
            assertThat(scalar(st, "SELECT count(*) FROM particles WHERE calibration_id = " + other)).isEqualTo(4);
            assertThat(scalar(st, "SELECT count(*) FROM calibrations WHERE status = 'running'")).isEqualTo(2);
        }
        try (DatabaseParticleSink s = sink(db, "cal")) {
            s.resumeAfter(-1, List.of(), List.of());
            assertThat(s.calibrationId()).as("a fresh start is a new calibration").isNotIn(id, other);
        }
        try (DatabaseParticleSink s = sink(tmp.resolve("fresh.duckdb"), "cal")) {
            s.resumeAfter(2, List.of(), List.of());
            assertThat(s.missingEarlierGenerations()).isTrue();
        }
    }

    /** Toy model: k of 20 workers stay with probability p; distance |k − 6|. */
    private static AbcSmc toy() {
        return new AbcSmc(List.of(ParameterPrior.parse("p=uniform(0,1)", 0, 1)), new RunSpec(0, "toy", new TreeMap<>(),
                0, 0), s -> Math.abs(s.value("k") - 6), new AbcSettings(30, 4, 0.5, 1_000_000, 9, 0.0));
    }

    private static final RunModel STAY = spec -> {
        long key = new org.corvee.engine.RandomStreams(spec.seed()).stream("toy");
        int k = 0;
        for (int i = 0; i < 20; i++) {
            k += org.corvee.engine.RandomStreams.uniform(key, i, 0) < spec.override("p") ? 1 : 0;
        }
        return new RunSummary(spec, List.of("k"), new double[] {k}, List.of());
    };

    private static List<String> rows(Path db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultStore r = ResultStore.openExisting(db); Statement st = r.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT generation, particle, parameters, distance, weight, accepted, "
                     + "statistics FROM particles ORDER BY generation, particle")) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int c = 1; c <= 7; c++) {
                    sb.append(rs.getString(c)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    @Test
    void aKillBetweenStoringAndCheckpointingLeavesNoDuplicateRows() throws Exception {
        Path whole = tmp.resolve("whole.duckdb");
        try (Executor ex = new LocalExecutor(STAY, 2); DatabaseParticleSink s = sink(whole, "w")) {
            toy().run(ex, s, new Checkpoint(tmp.resolve("w.checkpoint")), List.of(), AbcListener.NONE);
        }
        Path broken = tmp.resolve("broken.duckdb");
        Checkpoint cp = new Checkpoint(tmp.resolve("b.checkpoint"));
        try (Executor ex = new LocalExecutor(STAY, 2); DatabaseParticleSink db = sink(broken, "b")) {
            ParticleSink dying = new ParticleSink() {
                @Override
                public void resumeAfter(int generation, List<String> parameters, List<String> stats) {
                    db.resumeAfter(generation, parameters, stats);
                }

                @Override
                public void generation(Generation g, List<Proposal> proposals, List<ParameterPrior> priors) {
                    db.generation(g, proposals, priors);
                    if (g.index() == 2) {
                        throw new IllegalStateException("killed before the checkpoint");
                    }
                }

                @Override
                public void close() {
                }
            };
            assertThatThrownBy(() -> toy().run(ex, dying, cp, List.of(), AbcListener.NONE))
                    .hasMessageContaining("killed");
        }
        List<Generation> saved = cp.read(toy().fingerprint());
        assertThat(saved).hasSize(2);
        assertThat(rows(broken).stream().filter(r -> r.startsWith("2|"))).as("generation 2 stored").isNotEmpty();
        try (Executor ex = new LocalExecutor(STAY, 1); DatabaseParticleSink s = sink(broken, "b")) {
            toy().run(ex, s, cp, saved, AbcListener.NONE);
        }
        List<String> expected = rows(whole);
        assertThat(expected).isNotEmpty();
        assertThat(rows(broken)).containsExactlyElementsOf(expected);
        try (ResultStore r = ResultStore.openExisting(broken); Statement st = r.connection().createStatement()) {
            assertThat(scalar(st, "SELECT count(DISTINCT calibration_id) FROM particles")).isEqualTo(1);
        }
    }

    @Test
    void aVersionOneFileIsMigratedAndANewerOneRefused() throws Exception {
        Path db = tmp.resolve("v1.duckdb");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            st.execute("INSERT INTO store_meta VALUES ('schema_version', '1')");
            st.execute("CREATE TABLE particles (calibration_id BIGINT NOT NULL, generation INTEGER NOT NULL, "
                    + "particle INTEGER NOT NULL, parameters VARCHAR NOT NULL, distance DOUBLE, weight DOUBLE, "
                    + "accepted BOOLEAN NOT NULL, run_id BIGINT)");
        }
        try (DatabaseParticleSink s = sink(db, "m")) {
            s.resumeAfter(-1, List.of(), List.of());
            store(s, 0, 2, 2);
        }
        try (ResultStore r = ResultStore.openExisting(db); Statement st = r.connection().createStatement()) {
            assertThat(scalar(st, "SELECT value::INTEGER FROM store_meta WHERE key = 'schema_version'"))
                    .isEqualTo(Schema.VERSION).isEqualTo(2);
            assertThat(scalar(st, "SELECT count(*) FROM particles WHERE statistics IS NOT NULL")).isEqualTo(2);
            st.execute("UPDATE store_meta SET value = '99' WHERE key = 'schema_version'");
        }
        assertThatThrownBy(() -> ResultStore.openExisting(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99 is newer");
    }
}

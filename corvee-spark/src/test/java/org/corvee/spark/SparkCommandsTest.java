package org.corvee.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.corvee.cli.Main;
import org.corvee.store.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with {@code --executor spark --master local[2]} against the local executor:
 * replicates stored through Parquet equal those stored directly, row for row; a calibration
 * writes the same posterior; asking for a master without Spark is bad input.
 */
class SparkCommandsTest {
    private static final String[] SMALL = {"--scale", "0.002", "--set", "run.end_year=2014"};
    /** A calibration needs pattern targets: the simulated months must reach 2017. */
    private static final String[] SMALL_TO_2017 = {"--scale", "0.002", "--set", "run.end_year=2017"};

    @Test
    void replicatesOnSparkEqualReplicatesHereRowForRow(@TempDir Path tmp) throws Exception {
        Path here = tmp.resolve("here");
        Path spark = tmp.resolve("spark");
        assertThat(corvee("run", "--replicates", "3", "--out", here.toString())).isZero();
        assertThat(corvee("run", "--replicates", "3", "--out", spark.toString(), "--executor", "spark", "--master",
                "local[2]")).isZero();
        assertThat(Files.readString(spark.resolve("series.csv"))).isEqualTo(Files.readString(here.resolve("series.csv")));
        assertThat(Files.readString(spark.resolve("scenario.yaml"))).isEqualTo(
                Files.readString(here.resolve("scenario.yaml")));
        assertThat(spark.resolve("parquet/series")).isDirectoryContaining("glob:**/run-3.parquet");
        for (String table : List.of("series", "cohorts")) {
            List<String> a = rows(here, table);
            assertThat(a).as(table).hasSizeGreaterThan(3);
            assertThat(rows(spark, table)).as(table).isEqualTo(a);
        }
        assertThat(rows(spark, "runs")).containsExactly("completed", "completed", "completed");
    }

    @Test
    void aCalibrationOnSparkWritesTheSamePosterior(@TempDir Path tmp) throws Exception {
        String[] calibrate = {"calibrate", "--param", "dispatch.capital_weight=uniform(1,20)", "--particles", "4",
            "--generations", "2", "--budget", "16", "--seed", "3"};
        assertThat(corvee(SMALL_TO_2017, concat(calibrate, "--out", tmp.resolve("here").toString()))).isZero();
        assertThat(corvee(SMALL_TO_2017, concat(calibrate, "--out", tmp.resolve("spark").toString(), "--executor",
                "spark", "--master", "local[2]"))).isZero();
        for (String f : List.of("particles.csv", "posterior.csv")) {
            assertThat(Files.readString(tmp.resolve("spark").resolve(f))).as(f)
                    .isEqualTo(Files.readString(tmp.resolve("here").resolve(f)));
        }
    }

    @Test
    void aMasterWithoutSparkIsBadInput(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int status = Main.execute(new String[] {"run", "--master", "local[2]", "--out", tmp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("corvee: --master local[2] needs --executor spark" + System.lineSeparator());
    }

    private static int corvee(String... args) {
        return corvee(SMALL, args);
    }

    private static int corvee(String[] small, String[] args) {
        StringWriter err = new StringWriter();
        int status = Main.execute(concat(args, small), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        if (status != 0) {
            System.err.println(err);
        }
        return status;
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new String[0]);
    }

    /** The table's rows by replicate (run ids follow the order runs started in, which differs), in order. */
    private static List<String> rows(Path dir, String table) throws Exception {
        String sql = table.equals("runs") ? "SELECT status FROM runs ORDER BY replicate"
                : "SELECT r.replicate, t.* EXCLUDE (run_id) FROM " + table + " t JOIN runs r ON r.id = t.run_id ORDER BY ALL";
        List<String> out = new ArrayList<>();
        try (ResultStore s = ResultStore.openExisting(dir.resolve("corvee.duckdb"));
             Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int c = 1; c <= n; c++) {
                    sb.append(c == 1 ? "" : "\t").append(rs.getString(c));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}

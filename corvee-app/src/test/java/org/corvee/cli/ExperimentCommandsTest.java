package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.corvee.run.DatabaseWriter;
import org.corvee.store.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment commands end to end on a tiny world (scale 0.0005, ~12,000 agents, 2010-2018):
 * files written, resume continues, thread count does not change a calibration, particles stored
 * in the database like the CSV, bad input is one clear line.
 */
class ExperimentCommandsTest {
    @TempDir
    Path tmp;

    static final String[] SMALL = {"--scale", "0.0005", "--set", "run.end_year=2018"};

    static String[] args(String[] head, String... tail) {
        String[] out = new String[head.length + SMALL.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(SMALL, 0, out, head.length, SMALL.length);
        System.arraycopy(tail, 0, out, head.length + SMALL.length, tail.length);
        return out;
    }

    private CommandLineTest.Result calibrate(Path dir, String threads, String generations, String... more) {
        String[] head = {"calibrate", "--particles", "4", "--generations", generations, "--budget", "40",
            "--threads", threads, "--param", "dispatch.capital_weight=uniform(1,20)",
            "--param", "destination.russia.slots=loguniform(10000,80000)", "--out", dir.toString()};
        return CommandLineTest.run(args(head, more));
    }

    @Test
    void calibrateWritesTheEnsembleAndResumesToTheSameResultOnAnyThreadCount() throws Exception {
        Path whole = tmp.resolve("whole");
        CommandLineTest.Result r = calibrate(whole, "2", "3");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ARD").contains("T6").contains("not available in this model");
        for (String f : new String[] {"particles.csv", "posterior.csv", "posterior-summary.csv", "generations.csv",
            "targets-fit.csv", "checkpoint.txt", "calibration.json"}) {
            assertThat(whole.resolve(f)).exists();
        }
        Path parts = tmp.resolve("parts");
        assertThat(calibrate(parts, "1", "2").status()).isZero();
        CommandLineTest.Result again = calibrate(parts, "1", "2");
        assertThat(again.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(again.err()).contains("already holds a calibration");
        assertThat(calibrate(parts, "1", "3", "--resume").status()).isZero();
        assertThat(Files.readString(parts.resolve("particles.csv")))
                .isEqualTo(Files.readString(whole.resolve("particles.csv")));
        assertThat(Files.readString(parts.resolve("posterior.csv")))
                .isEqualTo(Files.readString(whole.resolve("posterior.csv")));
        assertDatabaseHoldsTheCsvParticles(whole);
        assertDatabaseHoldsTheCsvParticles(parts);

        Path post = tmp.resolve("post");
        CommandLineTest.Result p = CommandLineTest.run("run", "--posterior", whole.toString(), "--set",
                "run.end_year=2018", "--out", post.toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(post.resolve("bands.csv")).exists();
        assertThat(Files.readAllLines(post.resolve("target-bands.csv")).get(0)).startsWith("target,quantity,observed");
        assertThat(Files.readString(post.resolve("bands.csv"))).contains("2018-12,workers_abroad,");
        // the ensemble (4 particles resampled into 4 members) is one batch in the database, and
        // the report draws it with posterior-predictive bands
        CommandLineTest.Result runs = CommandLineTest.run("runs", "--db", post.resolve("corvee.duckdb").toString());
        assertThat(runs.out()).contains("4 run(s)");
        assertThat(runs.out().split("completed", -1)).hasSize(5);
        Path html = post.resolve("report.html");
        CommandLineTest.Result rep = CommandLineTest.run("report", "--db", post.resolve("corvee.duckdb").toString(),
                "--out", html.toString());
        assertThat(rep.status()).as(rep.err()).isZero();
        assertThat(Files.readString(html)).contains("4 replicates").contains("90%: ").contains("ARD")
                .contains("member 0 of a posterior ensemble").contains("baseline-posterior");

        // --members: the same ensemble resampled into 2 members (e.g. a few at full scale)
        Path two = tmp.resolve("post2");
        CommandLineTest.Result p2 = CommandLineTest.run("run", "--posterior", whole.toString(), "--members", "2",
                "--set", "run.end_year=2012", "--out", two.toString());
        assertThat(p2.status()).as(p2.err()).isZero();
        assertThat(p2.err()).contains("over 2 members resampled from 4 posterior particles");
        assertThat(CommandLineTest.run("runs", "--db", two.resolve("corvee.duckdb").toString()).out()).contains("2 run(s)");
    }

    /** One calibration, completed, with one particles row per particles.csv row and no (generation, particle) twice. */
    private static void assertDatabaseHoldsTheCsvParticles(Path dir) throws Exception {
        long csvRows = Files.readAllLines(dir.resolve("particles.csv")).size() - 1;
        try (ResultStore db = ResultStore.openExisting(dir.resolve("corvee.duckdb"));
             Statement st = db.connection().createStatement()) {
            assertThat(count(st, "SELECT count(*) FROM particles")).isEqualTo(csvRows).isPositive();
            assertThat(count(st, "SELECT count(DISTINCT (generation, particle)) FROM particles")).isEqualTo(csvRows);
            assertThat(count(st, "SELECT count(*) FROM calibrations WHERE status = 'completed'")).isEqualTo(1);
            assertThat(count(st, "SELECT count(*) FROM particles WHERE accepted")).isEqualTo(
                    Files.readAllLines(dir.resolve("particles.csv")).stream().filter(l -> l.matches("\\d+,\\d+,1,.*"))
                            .count());
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anUnwritableOrLockedDatabaseIsOneClearLineBeforeAnyRun() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CommandLineTest.Result r = calibrate(tmp.resolve("c1"), "1", "2", "--db", file.resolve("cal.duckdb").toString());
        assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("cannot create the folder of database").doesNotContain("Exception")
                .doesNotContain("one run took");
        Path locked = tmp.resolve("locked.duckdb");
        Process holder = DatabaseHolder.start(locked);
        try {
            r = calibrate(tmp.resolve("c2"), "1", "2", "--db", locked.toString());
            assertThat(r.status()).as(r.err()).isEqualTo(Main.BAD_INPUT);
            // one line saying it waits, one saying it gave up: plain words, not DuckDB's lock message
            assertThat(r.err().lines().filter(l -> l.startsWith("corvee:")).count()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("locked.duckdb is in use by another process (PID " + holder.pid() + "); "
                    + "waiting up to " + DatabaseWriter.HELD_PATIENCE_SECONDS + " s")
                    .contains("still after " + DatabaseWriter.HELD_PATIENCE_SECONDS + " s; run this again when")
                    .doesNotContain("Conflicting lock")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void aCalibrationThatFailsIsMarkedFailedInTheDatabase() throws Exception {
        Path dir = tmp.resolve("no-checkpoint");
        // a folder where the checkpoint's temporary file goes: generation 0 is stored, its checkpoint fails
        Files.createDirectories(dir.resolve("checkpoint.txt.tmp"));
        CommandLineTest.Result r = calibrate(dir, "1", "2");
        assertThat(r.status()).as(r.err()).isEqualTo(Main.FAILED);
        assertThat(r.err()).contains("cannot write checkpoint").doesNotContain("\tat ");
        try (ResultStore db = ResultStore.openExisting(dir.resolve("corvee.duckdb"));
             Statement st = db.connection().createStatement()) {
            assertThat(count(st, "SELECT count(*) FROM calibrations WHERE status = 'failed' "
                    + "AND message LIKE 'cannot write checkpoint%'")).isEqualTo(1);
            assertThat(count(st, "SELECT count(*) FROM particles WHERE generation = 0")).isEqualTo(4);
        }
    }

    @Test
    void sensitivityAndAblationWriteTheirTables() throws Exception {
        Path s = tmp.resolve("s");
        CommandLineTest.Result r = CommandLineTest.run(args(new String[] {"sensitivity", "--trajectories", "2",
            "--param", "destination.russia.slots=uniform(10000,60000)", "--param", "dispatch.capital_weight=uniform(1,20)",
            "--output", "T6", "--out", s.toString()}));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(s.resolve("sensitivity.csv"))).startsWith("output,rank,parameter,mu_star,sigma,mu\n"
                + "T6,1,destination.russia.slots,");
        assertThat(Files.readString(s.resolve("sensitivity.svg"))).startsWith("<svg");
        Path a = tmp.resolve("a");
        CommandLineTest.Result ab = CommandLineTest.run(args(new String[] {"ablate", "--replicates", "1",
            "--out", a.toString()}));
        assertThat(ab.status()).as(ab.err()).isZero();
        assertThat(ab.out()).contains("od8_word_of_mouth off");
        assertThat(Files.readString(a.resolve("ablation.csv"))).contains("T6,pattern,mechanism.od2_promise,")
                .contains("T9_take,consistency,");
        Path only = tmp.resolve("only");
        CommandLineTest.Result one = CommandLineTest.run(args(new String[] {"ablate", "--replicates", "1",
            "--mechanism", "od7_guilt_by_association", "--out", only.toString()}));
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(one.out()).contains("od7_guilt_by_association off").doesNotContain("od8_word_of_mouth off");
    }

    @Test
    void badExperimentInputIsOneClearLine() {
        CommandLineTest.Result m = CommandLineTest.run("ablate", "--mechanism", "od7_guilt");
        assertThat(m.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(m.err()).contains("--mechanism od7_guilt: no such switch").doesNotContain("Exception");
        CommandLineTest.Result r = CommandLineTest.run("calibrate", "--param", "dispatch.capital_wieght=uniform(1,2)");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("unknown parameter (did you mean dispatch.capital_weight?)").doesNotContain("Exception");
        r = CommandLineTest.run("calibrate", "--param", "dispatch.capital_weight=uniform(5,2)");
        assertThat(r.err()).contains("dispatch.capital_weight: uniform(LOW, HIGH) needs LOW < HIGH");
        r = CommandLineTest.run("calibrate", "--param", "mechanism.od2_promise=uniform(0,1)");
        assertThat(r.err()).contains("a switch cannot be calibrated");
        r = CommandLineTest.run("sensitivity", "--method", "fast", "--param", "dispatch.capital_weight=uniform(1,2)");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--method must be morris or sobol");
        r = CommandLineTest.run("run", "--posterior", tmp.resolve("nothing").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no posterior.csv");
        r = CommandLineTest.run("run", "--members", "3");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--members needs --posterior").doesNotContain("Exception");
        r = CommandLineTest.run("calibrate", "--resume", "--param", "dispatch.capital_weight=uniform(1,2)",
                "--out", tmp.resolve("none").toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no checkpoint to resume");
    }
}

package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corvee.store.ResultStore;
import org.corvee.store.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle of its simulation (a real process, {@code kill -9})
 * leaves the database readable: the earlier run is intact and completed, the killed run is not
 * 'completed', has no series rows, is listed as "incomplete", and the next run stores normally.
 */
class KilledRunIT {
    @TempDir
    Path tmp;

    private static long seriesRows(ResultStore s, long runId) throws Exception {
        try (Statement st = s.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM series WHERE run_id = " + runId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aKilledRunLeavesEarlierRunsIntact() throws Exception {
        Path db = tmp.resolve("many.duckdb");
        CommandLineTest.Result first = CommandLineTest.run("run", "--scale", "0.001", "--out",
                tmp.resolve("first").toString(), "--db", db.toString());
        assertThat(first.status()).as(first.err()).isZero();
        long rowsBefore;
        try (ResultStore s = ResultStore.openExisting(db)) {
            rowsBefore = seriesRows(s, 1);
        }
        assertThat(rowsBefore).isPositive();

        Path jar = Path.of("target", "corvee.jar");
        String classpath = Files.isRegularFile(jar) ? jar.toString() : System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The JDBC driver unpacks its native library (~70 MB) into java.io.tmpdir and deletes it at
        // exit; a killed JVM cannot, so point it at this test's temporary folder.
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        Process p = new ProcessBuilder(java, "-Xmx2g", "-Djava.io.tmpdir=" + jvmTmp, "-cp", classpath, "org.corvee.cli.Main", "run", "--scale", "0.05",
                "--threads", "1", "--out", tmp.resolve("killed").toString(), "--db", db.toString())
                .redirectErrorStream(true).start();
        Pattern progress = Pattern.compile("simulating (\\d+)/(\\d+)");
        int reached = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = progress.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 26) {
                    reached = Integer.parseInt(m.group(1));
                    Process kill = new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start();
                    assertThat(kill.waitFor()).isZero();
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reached).as("the run was killed during the simulation").isBetween(26, 251);
        assertThat(p.exitValue()).isEqualTo(128 + 9);

        try (ResultStore s = ResultStore.openExisting(db)) {
            assertThat(s.runs()).hasSize(2);
            assertThat(s.run(1).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(seriesRows(s, 1)).isEqualTo(rowsBefore);
            assertThat(s.run(2).orElseThrow().status()).isNotEqualTo(RunStatus.COMPLETED);
            assertThat(seriesRows(s, 2)).isZero();
        }
        CommandLineTest.Result runs = CommandLineTest.run("runs", "--db", db.toString());
        assertThat(runs.status()).isZero();
        assertThat(runs.out().lines().filter(l -> l.contains("incomplete")).toList()).hasSize(1);
        CommandLineTest.Result next = CommandLineTest.run("run", "--scale", "0.001", "--out",
                tmp.resolve("next").toString(), "--db", db.toString());
        assertThat(next.status()).as(next.err()).isZero();
        try (ResultStore s = ResultStore.openExisting(db)) {
            assertThat(s.run(3).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(seriesRows(s, 3)).isEqualTo(rowsBefore);
        }
        List<String> report = List.of("report", "--db", db.toString(), "--out", tmp.resolve("r.html").toString());
        assertThat(CommandLineTest.run(report.toArray(String[]::new)).status()).isZero();
    }
}

package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a run (a real second process) simulates, the database it will store into can be read
 * ({@code runs}, {@code report}) and written by another run: a run holds the file only while it
 * records its start and its results.
 */
class ReadWhileRunningIT {
    @TempDir
    Path tmp;

    @Test
    void runsAndAnotherRunSucceedWhileARunSimulates() throws Exception {
        Path db = tmp.resolve("shared.duckdb");
        CommandLineTest.Result first = CommandLineTest.run("run", "--scale", "0.001", "--out",
                tmp.resolve("first").toString(), "--db", db.toString());
        assertThat(first.status()).as(first.err()).isZero();

        Path jar = Path.of("target", "corvee.jar");
        String classpath = Files.isRegularFile(jar) ? jar.toString() : System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        Process p = new ProcessBuilder(java, "-Xmx2g", "-Djava.io.tmpdir=" + jvmTmp, "-cp", classpath,
                "org.corvee.cli.Main", "run", "--scale", "0.05", "--threads", "1", "--out",
                tmp.resolve("long").toString(), "--db", db.toString()).redirectErrorStream(true).start();
        Pattern progress = Pattern.compile("simulating (\\d+)/(\\d+)");
        List<String> output = new ArrayList<>();
        CommandLineTest.Result runs = null;
        CommandLineTest.Result other = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                Matcher m = progress.matcher(line);
                if (runs == null && m.find() && Integer.parseInt(m.group(1)) >= 5
                        && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2)) - 20) {
                    runs = CommandLineTest.run("runs", "--db", db.toString());
                    other = CommandLineTest.run("run", "--scale", "0.001", "--seed", "3", "--out",
                            tmp.resolve("other").toString(), "--db", db.toString());
                }
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(runs).as("the run was seen simulating: " + output).isNotNull();
        assertThat(runs.status()).as(runs.err()).isZero();
        assertThat(runs.err()).doesNotContain("lock");
        assertThat(runs.out().lines().filter(l -> l.contains("incomplete") || l.contains("running")).count())
                .as(runs.out()).isEqualTo(1);
        assertThat(other.status()).as(other.err()).isZero();
        CommandLineTest.Result after = CommandLineTest.run("runs", "--db", db.toString());
        assertThat(after.out().lines().filter(l -> l.contains("completed")).count()).as(after.out()).isEqualTo(3);
    }
}

package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corvee.run.RunLedger;
import org.corvee.run.StagedFolder;
import org.corvee.run.StopPoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed for real ({@code kill -9}) at each point of writing its output folder — during
 * the simulation, after its files are staged, after the database commit, after the manifest,
 * during the swap — leaves the folder holding either the previous run's complete files or the
 * new run's complete files, never a mix; the repair the next writer makes shows the new run
 * once its manifest (written after the database commit) was staged; no staging leftovers or
 * {@code .tmp} files survive the next run, and the database (inside the folder) keeps every
 * committed run.
 */
class KilledFolderIT {
    private static final List<String> RUN_FILES = List.of("series.csv", "cohorts.csv", "scenario.yaml", "manifest.json");

    @TempDir
    Path tmp;

    private static Map<String, byte[]> runFiles(Path dir) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String f : RUN_FILES) {
            Path p = dir.resolve(f);
            out.put(f, Files.isRegularFile(p) ? Files.readAllBytes(p) : null);
        }
        return out;
    }

    /** Starts {@code corvee run} with seed 2 in {@code dir}, kills it at {@code point}, returns its output. */
    private List<String> killAt(Path dir, String point) throws Exception {
        Path jar = Path.of("target", "corvee.jar");
        String classpath = Files.isRegularFile(jar) ? jar.toString() : System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jvmTmp = Files.createDirectories(tmp.resolve("jvm-tmp"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Djava.io.tmpdir=" + jvmTmp, "-cp", classpath,
                "org.corvee.cli.Main", "run", "--scale", point.equals("simulating") ? "0.005" : "0.001", "--seed",
                "2", "--threads", "1", "--out", dir.toString()).redirectErrorStream(true);
        if (!point.equals("simulating")) {
            pb.environment().put(StopPoints.VARIABLE, point);
        }
        Process p = pb.start();
        List<String> output = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                if (line.contains("test stop at " + point) || point.equals("simulating") && line.contains("simulating 26/")) {
                    Process kill = new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start();
                    assertThat(kill.waitFor()).isZero();
                    killed = true;
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as(point + ": " + output).isTrue();
        assertThat(p.exitValue()).isEqualTo(128 + 9);
        return output;
    }

    @Test
    void aRunKilledAtAnyPointLeavesThePreviousOrTheNewFilesNeverAMix() throws Exception {
        List<String> points = List.of("simulating", "staged", "stored", "manifest", "linked", "swapping", "swapped");
        for (String point : points) {
            Path dir = tmp.resolve("runs").resolve(point);
            CommandLineTest.Result first = CommandLineTest.run("run", "--scale", "0.001", "--seed", "1", "--out",
                    dir.toString());
            assertThat(first.status()).as(first.err()).isZero();
            Map<String, byte[]> previous = runFiles(dir);
            assertThat(previous.values()).doesNotContainNull();

            List<String> output = killAt(dir, point);
            if (point.equals("swapping")) {
                // killed between the two renames: the folder's name is absent until the next
                // command that writes there (or recover()) completes the swap
                assertThat(Files.exists(dir)).isFalse();
                StagedFolder.recover(dir);
            }
            Map<String, byte[]> now = runFiles(dir);
            long same = RUN_FILES.stream().filter(f -> java.util.Arrays.equals(previous.get(f), now.get(f))).count();
            boolean isNew = now.values().stream().allMatch(b -> b != null)
                    && seedOf(now.get("manifest.json")) == 2
                    && new String(now.get("scenario.yaml"), StandardCharsets.UTF_8).contains("seed: 2");
            assertThat(same == RUN_FILES.size() || same == 0 && isNew)
                    .as(point + ": " + same + " of the previous files kept; new complete: " + isNew + "; " + output)
                    .isTrue();
            boolean expectNew = List.of("swapping", "swapped").contains(point);
            assertThat(isNew).as(point).isEqualTo(expectNew);
            assertThat(Files.isRegularFile(dir.resolve(RunLedger.DEFAULT_FILE))).as(point).isTrue();
            // the next writer's repair completes a swap whose staged set is complete (manifest
            // written, after the database commit) and drops one that is not
            StagedFolder.recover(dir);
            boolean complete = List.of("manifest", "linked", "swapping", "swapped").contains(point);
            String manifest = new String(Files.readAllBytes(dir.resolve("manifest.json")), StandardCharsets.UTF_8);
            assertThat(seedOf(manifest.getBytes(StandardCharsets.UTF_8)) == 2).as(point + " after repair").isEqualTo(complete);
            assertThat(Files.readString(dir.resolve("scenario.yaml")).contains("seed: 2")).as(point)
                    .isEqualTo(complete);

            CommandLineTest.Result runs = CommandLineTest.run("runs", "--db", dir.resolve(RunLedger.DEFAULT_FILE).toString());
            assertThat(runs.status()).as(runs.err()).isZero();
            boolean committed = !List.of("simulating", "staged").contains(point);
            assertThat(runs.out().lines().filter(l -> l.contains("completed")).count()).as(point + runs.out())
                    .isEqualTo(committed ? 2 : 1);

            CommandLineTest.Result next = CommandLineTest.run("run", "--scale", "0.001", "--seed", "3", "--out",
                    dir.toString());
            assertThat(next.status()).as(next.err()).isZero();
            assertThat(seedOf(Files.readAllBytes(dir.resolve("manifest.json")))).isEqualTo(3);
            try (Stream<Path> siblings = Files.list(dir.getParent());
                 Stream<Path> inside = Files.walk(dir)) {
                assertThat(siblings.map(s -> s.getFileName().toString()).filter(s -> s.startsWith("." + point + ".")))
                        .as("staging leftovers of " + point).isEmpty();
                assertThat(inside.map(Path::toString).filter(s -> s.endsWith(".tmp"))).as(point).isEmpty();
            }
        }
    }

    /** The seed a manifest records (read as JSON: the writer's spacing is not part of the contract). */
    private static long seedOf(byte[] manifest) throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest).path("seed").asLong(-1);
    }
}

package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `corvee bench` prints every figure of the budget; the memory guard refuses what won't fit. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    private static CommandLineTest.Result run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void benchPrintsThroughputMemoryAndEveryPhaseAgainstItsFloor() {
        CommandLineTest.Result r = run("bench", "--scales", "0.001,0.002", "--threads", "2", "--set", "run.end_year=2011");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("scale 0.001:", "scale 0.002:", "agent-months per second", "bytes/agent",
                "peak heap", "floor s", "ratio", "touched");
        for (String phase : new String[] {"application", "selection", "departure", "abroad", "word-of-mouth",
            "census"}) {
            assertThat(r.out().lines().filter(l -> l.trim().startsWith(phase + " ")).count()).as(phase).isEqualTo(2);
        }
    }

    @Test
    void benchRejectsBadOptions() {
        CommandLineTest.Result r = run("bench", "--scales", "0,0.1");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--scales must be from 0.000001 (one agent per million persons) to 1");
        assertThat(run("bench", "--repeats", "0").err()).contains("--repeats must be at least 1");
    }

    @Test
    void runRefusesAScenarioThatWontFitNamingTheLargestScale() {
        Path out = tmp.resolve("r");
        CommandLineTest.Result r = run("run", "--scale", "1.0", "--assume-max-heap", "1073741824", "--out",
                out.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.startsWith("corvee:")).count()).isEqualTo(1);
        assertThat(r.err()).contains("scale 1 needs about", "the largest scale that fits is 0.")
                .doesNotContain("Exception");
        // Refused before anything was written.
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void runRefusesReplicatesThatWontFitSideBySideAndSaysHowManyFit() {
        org.corvee.model.params.ParameterCatalog catalog = org.corvee.model.params.ParameterCatalog.load();
        long one = new org.corvee.run.MemoryEstimate(catalog.defaults().with("run.scale", 0.05)).bytes();
        Path out = tmp.resolve("reps");
        // room for one run and a half: two at a time do not fit, one at a time does
        CommandLineTest.Result r = run("run", "--scale", "0.05", "--replicates", "4", "--threads", "2",
                "--assume-max-heap", Long.toString(one * 3 / 2), "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("--replicates 4 run 2 at a time at scale 0.05 and need about 2 x",
                "--threads 1 runs 1 at a time and fits").doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();
        // the same replicates one at a time are not refused by the guard
        assertThat(org.corvee.run.MemoryGuard.refusal(catalog.defaults().with("run.scale", 0.05), one * 3 / 2, 1, 4))
                .isNull();
    }

    @Test
    void threadsBeyondWhatIsSensibleAreRefused() {
        int max = ThreadCount.max();
        for (String[] args : new String[][] {{"run", "--scale", "0.001"}, {"bench", "--scales", "0.001"},
            {"calibrate", "--param", "dispatch.capital_weight=uniform(1,20)", "--out", tmp.resolve("c").toString()}}) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--threads", "100000")).toArray(String[]::new);
            CommandLineTest.Result r = run(all);
            assertThat(r.status()).as(args[0] + r.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).as(args[0]).contains("--threads must be at most " + max + " (4 per core",
                    "was 100000");
        }
    }

    @Test
    void benchSkipsScalesThatWontFit() {
        CommandLineTest.Result r = run("bench", "--scales", "1.0", "--assume-max-heap", "1073741824");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped: scale 1 needs about");
        assertThat(r.out()).doesNotContain("scale 1:");
    }
}

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
                "peak heap", "floor s", "ratio");
        for (String phase : new String[] {"application", "selection", "departure", "abroad", "word-of-mouth",
            "census"}) {
            assertThat(r.out().lines().filter(l -> l.trim().startsWith(phase + " ")).count()).as(phase).isEqualTo(2);
        }
    }

    @Test
    void benchRejectsBadOptions() {
        CommandLineTest.Result r = run("bench", "--scales", "0,0.1");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("--scales must each be greater than 0");
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
    void benchSkipsScalesThatWontFit() {
        CommandLineTest.Result r = run("bench", "--scales", "1.0", "--assume-max-heap", "1073741824");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped: scale 1 needs about");
        assertThat(r.out()).doesNotContain("scale 1:");
    }
}

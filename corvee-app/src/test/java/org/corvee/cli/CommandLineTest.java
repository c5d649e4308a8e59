package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command-line input: one clear line, a non-zero exit, never a stack trace. */
class CommandLineTest {
    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    private static void assertClearError(Result r, String expected) {
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("corvee:")).count()).isEqualTo(1);
    }

    @Test
    void unknownOption() {
        assertClearError(run("run", "--frobnicate"), "Unknown option: '--frobnicate'");
    }

    @Test
    void scaleMustBePositive() {
        assertClearError(run("run", "--scale", "0", "--out", tmp.toString()), "--scale must be greater than 0");
        assertClearError(run("run", "--scale", "-1", "--out", tmp.toString()), "--scale must be greater than 0");
        assertClearError(run("run", "--scale", "abc"), "--scale");
    }

    @Test
    void threadsMustBePositive() {
        assertClearError(run("run", "--threads", "0", "--out", tmp.toString()), "--threads must be at least 1");
    }

    @Test
    void unwritableOutputFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertClearError(run("run", "--scale", "0.001", "--out", file.resolve("sub").toString()),
                "cannot write to output folder");
        assertClearError(run("run", "--scale", "0.001", "--out", file.toString()), "is not a folder");
    }

    @Test
    void unknownParameterOverrideSuggestsTheKey() {
        Result r = run("run", "--set", "dispatch.contract_month=12", "--out", tmp.toString());
        assertClearError(r, "did you mean dispatch.contract_months?");
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("run", "validate", "params");
        assertThat(run("run", "--help").out()).contains("--scale", "--seed", "--threads", "--out", "--set");
    }

    @Test
    void aSmallRunWritesSeriesScenarioAndManifest() throws Exception {
        Path out = tmp.resolve("r");
        Result r = run("run", "--scale", "0.001", "--threads", "2", "--seed", "7", "--out", out.toString(),
                "--set", "run.end_year=2012");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("agent-months per second", "peak heap", "36 (2010-01 to 2012-12)");
        assertThat(Files.readString(out.resolve("series.csv"))).startsWith("month,metric,key,value\n");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("seed").asLong()).isEqualTo(7);
        assertThat(manifest.path("threads").asInt()).isEqualTo(2);
        assertThat(manifest.path("parameters").path("run.seed").isIntegralNumber()).isTrue();
        assertThat(manifest.path("commit").asText()).isEqualTo(org.corvee.run.GitCommit.head());
        assertThat(Files.readString(out.resolve("scenario.yaml"))).contains("seed: 7", "end_year: 2012");
    }

    @Test
    void theResolvedScenarioReproducesTheRun() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("run", "--scale", "0.001", "--seed", "3", "--set", "run.end_year=2011", "--out", a.toString())
                .status()).isZero();
        Result r = run("run", a.resolve("scenario.yaml").toString(), "--out", b.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(b.resolve("series.csv"))).isEqualTo(Files.readString(a.resolve("series.csv")));
    }
}

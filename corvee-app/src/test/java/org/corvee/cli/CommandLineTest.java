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
    void scaleMustBeWithinItsRange() {
        String range = "--scale must be from 0.000001 (one agent per million persons) to 1";
        assertClearError(run("run", "--scale", "0", "--out", tmp.toString()), range);
        assertClearError(run("run", "--scale", "-1", "--out", tmp.toString()), range);
        assertClearError(run("run", "--scale", "1e-7", "--out", tmp.toString()), range + ", was 0.0000001");
        assertThat(run("run", "--scale", "1e-7", "--out", tmp.toString()).err()).doesNotContain("--set");
        assertClearError(run("calibrate", "--scale", "1e-7", "--param", "dispatch.bribe=uniform(1,2)"), range);
        assertClearError(run("run", "--scale", "abc"), "--scale");
        assertThat(run("run", "--help").out()).contains("from 0.000001 (one agent per").doesNotContain("(0, 1]");
    }

    @Test
    void messagesSayWhatWasExpectedInPlainWords() throws Exception {
        // a section given to --set
        assertClearError(run("run", "--set", "dispatch=5", "--out", tmp.toString()),
                "--set: dispatch: a section, not one parameter: --set takes one key and a value, e.g. --set dispatch.");
        assertClearError(run("run", "--set", "dispatch={bribe: 5}", "--out", tmp.toString()),
                "e.g. --set dispatch.bribe=5 (`corvee params` lists the keys of dispatch)");
        // ranges print whole numbers whole
        assertClearError(run("run", "--set", "run.seed=-1", "--out", tmp.toString()),
                "expected a value in [0, 9007199254740991]");
        assertThat(run("params").out()).doesNotContain("E15").doesNotContain("1.0E-6");
        // shares without float noise
        // (0.1 + 0.2 + 0.9 is 1.2000000000000002 in binary floating point)
        Result shares = run("run", "--set", "population.core_share=0.1", "--set", "population.wavering_share=0.2",
                "--set", "population.hostile_share=0.9", "--out", tmp.toString());
        assertClearError(shares, "expected shares summing to 1, found 1.2\n");
        // priors: a missing file, a line without a colon, a duplicate --param, a negative --min-epsilon
        Path missing = tmp.resolve("no-such-priors.txt");
        assertClearError(run("calibrate", "--priors", missing.toString()), "cannot read priors file " + missing
                + " (no such file or folder)");
        Path noColon = Files.writeString(tmp.resolve("p.txt"), "# priors\ndispatch.bribe uniform(1, 2)\n");
        assertClearError(run("calibrate", "--priors", noColon.toString()), noColon + ":2: expected KEY: PRIOR");
        assertClearError(run("calibrate", "--param", "dispatch.bribe=uniform(1,2)", "--param",
                "dispatch.bribe=uniform(3,4)"), "--param dispatch.bribe: given twice");
        assertClearError(run("calibrate", "--param", "dispatch.bribe=uniform(1,2)", "--min-epsilon", "-1"),
                "--min-epsilon must be 0 or more");
        // sensitivity: a sentence, not a formula
        assertClearError(run("sensitivity", "--param", "dispatch.bribe=uniform(1,2)", "--output", "T1",
                "--levels", "3"), "--levels must be an even number of grid levels, 2 or more");
        // --posterior with --replicates
        assertClearError(run("run", "--posterior", tmp.toString(), "--replicates", "3"),
                "--replicates does not combine with --posterior");
        // report --out DIR, export --out FILE
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertClearError(run("export", "--out", file.toString(), "--db", file.toString()), "is a file; --out names "
                + "the folder");
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
        // each command's summary is a whole sentence (bench's used to stop at "per second,")
        assertThat(r.out()).contains("phase against its floor.").doesNotContain("agent-months per second,");
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

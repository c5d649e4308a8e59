package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.run.OutputFolder;
import org.corvee.run.UserError;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's name becomes its output folder: names that would leave the output root, name
 * the root itself, hold control characters or exceed what a file system keeps are refused by
 * {@code validate}; any name that is accepted lands exactly one level below the root.
 */
class ScenarioNameTest {
    /** Characters that matter for paths, mixed with ordinary ones so that accepted names occur too. */
    private static final char[] ALPHABET = {'a', 'b', 'Z', '0', '7', '-', '_', '.', '.', '.', '/', '/', '\\', ' ',
        '\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '~', ':', '*', '?', '$', '%', '\u00e9',
        '\u4e2d', '\u0416', '\''};

    @TempDir
    Path tmp;

    private final ParameterCatalog catalog = ParameterCatalog.load();

    private Path scenarioNamed(String name) throws Exception {
        return Files.writeString(tmp.resolve("named.yaml"), "name: " + yamlQuoted(name) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void validateRefusesNamesThatAreNotOneFolderName() throws Exception {
        List<String> bad = List.of("..", ".", "../../escape", "a/b", "/etc", "a\\b", "line\nbreak", "nul\u0000",
                "tab\there", "x".repeat(300), ".hidden");
        for (String name : bad) {
            CommandLineTest.Result r = CommandLineTest.run("validate", scenarioNamed(name).toString());
            assertThat(r.status()).as(name).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).as(name).contains("named.yaml:1:7: name: expected a");
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).doesNotContain("Exception");
        }
        assertThat(CommandLineTest.run("validate", scenarioNamed("x".repeat(300)).toString()).err())
                .contains("at most 100 characters", "found 300 characters");
        assertThat(CommandLineTest.run("validate", scenarioNamed("..").toString()).err()).contains("\"..\"");
        assertThat(CommandLineTest.run("validate", scenarioNamed("a\nb").toString()).err())
                .contains("control characters", "\"a\\nb\"");
        assertThat(CommandLineTest.run("validate", scenarioNamed("my-run_2.v3").toString()).status()).isZero();
    }

    @Test
    void aRefusedNameStartsNoRun() throws Exception {
        Path cwdRoot = tmp.resolve("runs");
        CommandLineTest.Result r = CommandLineTest.run("run", scenarioNamed("../../escape").toString(), "--scale",
                "0.001");
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(Files.exists(cwdRoot)).isFalse();
        assertThat(Files.exists(Path.of("..", "..", "escape"))).isFalse();
    }

    @Test
    void noAcceptedNameResolvesOutsideTheOutputRoot() throws Exception {
        Path sandbox = Files.createDirectories(tmp.resolve("sandbox"));
        Path root = Files.createDirectories(sandbox.resolve("a").resolve("runs"));
        Path realRoot = root.toRealPath();
        ScenarioLoader loader = new ScenarioLoader(catalog);
        qt().withFixedSeed(20261201L).withExamples(1000)
                .forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 130))
                .checkAssert(codes -> {
                    StringBuilder sb = new StringBuilder();
                    codes.forEach(i -> sb.append(ALPHABET[i]));
                    String name = sb.toString();
                    Scenario s;
                    try {
                        s = loader.parse("random.yaml", ("name: " + yamlQuoted(name) + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    } catch (ScenarioException e) {
                        assertThatThrownBy(() -> OutputFolder.forScenario(root, name)).isInstanceOf(UserError.class);
                        return;
                    }
                    Path dir = OutputFolder.forScenario(root, s.name());
                    try {
                        Files.createDirectories(dir);
                        Path written = Files.writeString(dir.resolve("series.csv"), "x");
                        assertThat(written.toRealPath().getParent().getParent()).isEqualTo(realRoot);
                    } catch (java.io.IOException e) {
                        throw new AssertionError("accepted name " + name + " could not be written: " + e, e);
                    }
                });
        try (Stream<Path> all = Files.walk(sandbox)) {
            assertThat(all.filter(p -> !p.startsWith(root)).map(sandbox::relativize).map(Path::toString))
                    .containsExactlyInAnyOrder("", "a");
        }
        try (Stream<Path> inRoot = Files.list(root)) {
            assertThat(inRoot.count()).as("some random names are accepted").isPositive();
        }
    }

    /** {@code s} as a YAML double-quoted scalar (every character escaped that YAML would not keep as is). */
    static String yamlQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}

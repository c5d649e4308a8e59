package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of broken scenarios in {@code src/test/resources/scenarios/broken/}: each
 * {@code NAME.yaml} must be rejected with every line of {@code NAME.expected} appearing in one
 * of its problems ("line:column: key path: message", after the file name). Problems that have no
 * file on disk to check in (missing, directory, too large, unreadable) are made here.
 */
class BrokenScenariosTest {
    private final ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());

    @TempDir
    Path tmp;

    static Path corpus() throws URISyntaxException {
        return Path.of(BrokenScenariosTest.class.getResource("/scenarios/broken").toURI());
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenScenarioIsRejectedWithItsMessage() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Path expectedFile = Path.of(f.toString().replaceAll("\\.yaml$", ".expected"));
            assertThat(expectedFile).as("sibling .expected file").exists();
            List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            assertThat(expected).isNotEmpty();
            List<String> messages = rejected(f);
            for (String e : expected) {
                assertThat(messages).as("problems of " + f.getFileName()).anySatisfy(m -> assertThat(m).contains(e));
            }
        }));
    }

    /** Loads {@code f}, which must fail; returns the one-line messages, each checked for shape. */
    private List<String> rejected(Path f) {
        ScenarioException e = catchThrowableOfType(() -> loader.load(f), ScenarioException.class);
        assertThat(e).as("scenario %s must be rejected", f.getFileName()).isNotNull();
        assertThat(e.problems()).isNotEmpty();
        for (ScenarioProblem p : e.problems()) {
            assertThat(p.message()).isNotBlank();
            assertThat(p.file()).isEqualTo(f.toString());
            assertThat(p.toString()).startsWith(f.toString() + ":").doesNotContain("\n");
        }
        return e.problems().stream().map(ScenarioProblem::toString).toList();
    }

    @Test
    void missingFile() {
        assertThat(rejected(tmp.resolve("nope.yaml"))).singleElement().asString().endsWith("nope.yaml: no such file");
    }

    @Test
    void directory() {
        assertThat(rejected(tmp)).singleElement().asString()
                .endsWith(": expected a scenario file, found a directory");
    }

    @Test
    void veryLargeFile() throws IOException {
        Path big = tmp.resolve("big.yaml");
        StringBuilder sb = new StringBuilder("name: big\n");
        while (sb.length() <= ScenarioLoader.MAX_BYTES) {
            sb.append("# padding padding padding padding padding padding padding padding\n");
        }
        Files.writeString(big, sb);
        assertThat(rejected(big)).singleElement().asString()
                .contains("expected a scenario file of at most 1048576 bytes, found " + Files.size(big) + " bytes");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = Files.writeString(tmp.resolve("secret.yaml"), "name: x\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
        assertThat(rejected(f)).singleElement().asString().endsWith("cannot read the file (permission denied)");
    }

    @Test
    void deeplyNestedYamlIsAProblemNotACrash() throws IOException {
        Path f = Files.writeString(tmp.resolve("deep.yaml"), "name: x\ndispatch: " + "[".repeat(200_000));
        assertThat(rejected(f)).isNotEmpty();
    }
}

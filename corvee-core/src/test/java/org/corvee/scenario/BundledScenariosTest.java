package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.Test;

/**
 * Every bundled scenario is listed, documented in its header, valid, and (in
 * {@code BundledScenariosRunTest}) runs. A scenario written for keys not yet in the catalogue
 * would be listed in {@link #PENDING_KEYS}; the test fails as soon as those keys exist.
 */
class BundledScenariosTest {
    /** Scenarios that need catalogue keys not in this build, with the keys (none now). */
    static final Map<String, List<String>> PENDING_KEYS = Map.of();

    private final ParameterCatalog catalog = ParameterCatalog.load();
    private final ScenarioLoader loader = new ScenarioLoader(catalog);

    /** Runnable bundled scenario names. */
    static List<String> runnable() {
        return BundledScenarios.names().stream().filter(n -> !PENDING_KEYS.containsKey(n)).toList();
    }

    @Test
    void theIndexListsEveryScenarioFileAndTheIssuesSeven() throws Exception {
        Path folder = Path.of(BundledScenariosTest.class.getResource(ScenarioLoader.BUNDLED).toURI());
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertThat(BundledScenarios.names()).containsExactlyInAnyOrderElementsOf(files).containsExactly("baseline",
                "no-sanctions", "no-border-closure", "information-campaign", "incentives-doubled", "songbun-relaxed",
                "surveillance-crackdown");
    }

    @Test
    void everyScenarioIsDocumentedInItsHeaderAndHasAOneLineSummary() {
        for (String name : BundledScenarios.names()) {
            String text = BundledScenarios.text(ScenarioLoader.BUNDLED + name + ".yaml");
            assertThat(text).as(name).startsWith("#");
            assertThat(text.lines().takeWhile(l -> l.startsWith("#")).count()).as(name + " header lines")
                    .isGreaterThanOrEqualTo(3);
            assertThat(BundledScenarios.summary(name)).as(name).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void everyRunnableScenarioValidatesWithItsOwnNameAndThePeriod2010To2030() throws Exception {
        for (String name : runnable()) {
            Scenario s = loader.bundled(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.parameters().getInt("run.start_year")).isEqualTo(2010);
            assertThat(s.parameters().getInt("run.end_year")).isEqualTo(2030);
        }
    }

    @Test
    void pendingScenariosFailOnlyForTheirPendingKeys() {
        for (Map.Entry<String, List<String>> e : PENDING_KEYS.entrySet()) {
            for (String key : e.getValue()) {
                assertThat(catalog.find(key)).as("%s now exists: move %s out of PENDING_KEYS", key, e.getKey())
                        .isNull();
            }
            ScenarioException x = catchThrowableOfType(() -> loader.bundled(e.getKey()), ScenarioException.class);
            assertThat(x).as(e.getKey()).isNotNull();
            assertThat(x.problems()).allSatisfy(p -> {
                assertThat(p.message()).startsWith("unknown key");
                assertThat(e.getValue()).anySatisfy(k -> assertThat(p.key()).endsWith(k));
            });
        }
    }
}

package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.Test;

/**
 * Every bundled scenario is listed, documented in its header, valid, and (in
 * {@code BundledScenariosRunTest}) runs. There is no list of scenarios excused for keys not yet
 * in the catalogue: a bundled scenario must load, or this test fails.
 */
class BundledScenariosTest {
    private final ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());

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
    void everyScenarioValidatesWithItsOwnNameAndThePeriod2010To2030() throws Exception {
        for (String name : BundledScenarios.names()) {
            Scenario s = loader.bundled(name);
            assertThat(s.name()).isEqualTo(name);
            assertThat(s.parameters().getInt("run.start_year")).isEqualTo(2010);
            assertThat(s.parameters().getInt("run.end_year")).isEqualTo(2030);
        }
    }
}

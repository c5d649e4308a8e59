package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.Test;

/**
 * A key reached twice at the top level (dotted beside nested) is refused as in a timeline entry;
 * YAML nested too deeply to parse is reported with the line where it gets too deep.
 */
class ScenarioDuplicatesAndNestingTest {
    private final ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());

    private ScenarioException problems(String text) {
        return catchThrowableOfType(() -> loader.parse("s.yaml", text.getBytes(StandardCharsets.UTF_8)),
                ScenarioException.class);
    }

    @Test
    void aDottedKeyBesideItsSectionIsADuplicate() {
        ScenarioException e = problems("name: x\ndispatch.bribe: 10\ndispatch:\n  bribe: 20\n");
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).isEqualTo(
                "s.yaml:4:3: dispatch.bribe: set twice (first at line 2); give it once");
        ScenarioException reversed = problems("name: x\ndispatch: {bribe: 20}\ndispatch.bribe: 10\n");
        assertThat(reversed.problems().get(0).toString()).startsWith("s.yaml:3:1: dispatch.bribe: set twice (first at"
                + " line 2)");
    }

    @Test
    void deepNestingNamesTheLine() {
        String deep = "name: x\ndescription: deep\ndispatch:\n  bribe: " + "[".repeat(50_000) + "\n";
        ScenarioException e = problems(deep);
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).toString()).startsWith("s.yaml:4: expected a scenario of a few nested sections,"
                + " found YAML nested too deeply to read (more than 100 levels");
    }
}

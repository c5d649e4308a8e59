package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.Test;

/**
 * Unknown members of sections of named things — destinations today; provinces and posting sites
 * once their keys exist — are reported as such with the known names. The rule depends only on
 * the catalogue's shape (a section whose children are all sections), so it is checked here on a
 * small catalogue that has provinces and sites.
 */
class NamedSectionsTest {
    private static final String CATALOG = """
            province:
              pyongyang:
                quota: {default: 10, range: [0, 100]}
              chagang:
                quota: {default: 10, range: [0, 100]}
            postings:
              term_months: {default: 36, range: [1, 120]}
              sites:
                kaechon:
                  capacity: {default: 100, range: [0, 1000]}
                musan:
                  capacity: {default: 100, range: [0, 1000]}
            run:
              start_year: {default: 2010, range: [1990, 2100]}
              end_year: {default: 2030, range: [1990, 2100]}
            """;

    private static String problem(String scenario) {
        ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.parse(CATALOG));
        ScenarioException e = catchThrowableOfType(
                () -> loader.parse("s.yaml", scenario.getBytes(StandardCharsets.UTF_8)), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).toString();
    }

    @Test
    void unknownProvince() {
        assertThat(problem("name: x\nprovince.narnia.quota: 5\n")).isEqualTo(
                "s.yaml:2:1: province.narnia.quota: unknown province \"narnia\"; known provinces: chagang, pyongyang");
        assertThat(problem("name: x\nprovince:\n  pyongyan:\n    quota: 5\n")).isEqualTo(
                "s.yaml:3:3: province.pyongyan: unknown province \"pyongyan\" (did you mean pyongyang?); known"
                        + " provinces: chagang, pyongyang");
    }

    @Test
    void unknownSiteInsideAMixedSection() {
        assertThat(problem("name: x\npostings:\n  sites:\n    atlantis:\n      capacity: 5\n")).isEqualTo(
                "s.yaml:4:5: postings.sites.atlantis: unknown site \"atlantis\"; known sites: kaechon, musan");
        // postings itself has leaves, so a typo there is an ordinary unknown key.
        assertThat(problem("name: x\npostings.term_month: 5\n")).contains("unknown key (did you mean postings.term_months?)");
    }

    @Test
    void unknownSiteInATimeline() {
        assertThat(problem("name: x\ntimeline:\n  - date: 2015-01\n    set:\n      postings.sites.atlantis.capacity: 1\n"))
                .isEqualTo("s.yaml:5:7: timeline[1].set.postings.sites.atlantis.capacity: unknown site \"atlantis\";"
                        + " known sites: kaechon, musan");
    }
}

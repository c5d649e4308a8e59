package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.world.Site;
import org.corvee.model.world.SiteKind;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The postings' parameters are documented, every DP mechanism has a switch, and bad values are refused. */
class PostingParametersTest {
    private final ParameterCatalog catalog = ParameterCatalog.load();

    @Test
    void everyPostingKeyIsDocumentedAndEverySiteHasItsSection() {
        for (ParameterSpec s : catalog.all()) {
            if (s.key().startsWith("postings.") || s.key().startsWith("site.") || s.key().startsWith("mechanism.dp")) {
                assertThat(s.unit()).as("unit of %s", s.key()).isNotBlank();
                assertThat(s.source()).as("source of %s", s.key()).isNotBlank();
                assertThat(s.doc()).as("doc of %s", s.key()).isNotBlank();
            }
        }
        for (Site site : Site.values()) {
            for (String k : List.of("target", "work_hardship", "living_hardship", "housing_units", "build_start_year",
                    "build_years")) {
                assertThat(catalog.find("site." + site.id() + "." + k)).as("site.%s.%s", site.id(), k).isNotNull();
            }
        }
        for (String k : List.of("dp1_assignment", "dp2_sites", "dp3_housing", "dp3_matchmaking", "dp3_aid", "dp4_term",
                "dp5_separation", "dp6_exit", "dp7_sessions", "dp8_replacement")) {
            assertThat(catalog.find("mechanism." + k)).as(k).isNotNull();
        }
        assertThat(Site.KAECHON.province().id()).isEqualTo("south_pyongan");
        assertThat(Site.HYESAN.province().id()).isEqualTo("ryanggang");
        assertThat(Site.KAECHON.kind()).isEqualTo(SiteKind.MINE);
        assertThat(Site.HYESAN.kind()).isEqualTo(SiteKind.MINE);
    }

    @Test
    void fractionalValuesAreAcceptedWhereTheyMakeSense() throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader(catalog);
        var s = loader.override(loader.bundled("baseline"),
                List.of("site.kaechon.build_years=2.5", "postings.sessions_base=1.5", "postings.aid_usd=12.5"));
        assertThat(s.parameters().get("site.kaechon.build_years")).isEqualTo(2.5);
    }

    @Test
    void volunteerAgesOutOfOrderAreRefusedWithTheKeyNamed() throws ScenarioException {
        ScenarioLoader loader = new ScenarioLoader(catalog);
        var base = loader.bundled("baseline");
        assertThatThrownBy(() -> loader.override(base, List.of("postings.volunteer_min_age=30")))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("postings.volunteer_min_age").hasMessageContaining("30 > 24");
        assertThatThrownBy(() -> loader.override(base, List.of("postings.soldier_show_up=1.5")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("postings.soldier_show_up");
    }

    @Test
    void distancesFromHomeAreSensible() {
        // Hyesan from Hyesan's own province seat is near; from the capital several hundred km.
        assertThat(Site.HYESAN.kilometresFrom(org.corvee.model.world.Province.RYANGGANG)).isLessThan(20);
        assertThat(Site.HYESAN.kilometresFrom(org.corvee.model.world.Province.PYONGYANG)).isBetween(250.0, 450.0);
        assertThat(Site.KAECHON.kilometresFrom(org.corvee.model.world.Province.SOUTH_PYONGAN)).isBetween(20.0, 80.0);
    }
}

package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.corvee.model.params.KeyPlace;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;
import org.junit.jupiter.api.Test;

/** Reading, validating, applying and writing scenario timelines (X5). */
class TimelineTest {
    private final ParameterCatalog catalog = ParameterCatalog.load();
    private final ScenarioLoader loader = new ScenarioLoader(catalog);

    private Scenario parse(String yaml) throws ScenarioException {
        return loader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(String yaml) {
        ScenarioException e = catchThrowableOfType(() -> parse(yaml), ScenarioException.class);
        assertThat(e).as("expected the scenario to be rejected").isNotNull();
        return e.problems().stream().map(ScenarioProblem::toString).toList();
    }

    private static final String TWO_ENTRIES = """
            name: t
            timeline:
              - date: 2015-01
                event: first
                set:
                  dispatch.bribe: 2000
                  beliefs:
                    propaganda_credibility: 0.6
              - date: 2019-12-22
                event: sanctions
                description: New permits banned.
                set:
                  destination.russia.slots_max: 0
                  dispatch.bribe: 3000
            """;

    @Test
    void entriesAreReadWithDatesToTheMonthAndNestedOrDottedKeys() throws Exception {
        Scenario s = parse(TWO_ENTRIES);
        List<TimelineEntry> e = s.timeline().entries();
        assertThat(e).hasSize(2);
        assertThat(e.get(0).date()).isEqualTo("2015-01");
        assertThat(e.get(0).set()).containsExactly(Map.entry("dispatch.bribe", 2000.0),
                Map.entry("beliefs.propaganda_credibility", 0.6));
        assertThat(e.get(1).date()).isEqualTo("2019-12");
        assertThat(e.get(1).event()).isEqualTo("sanctions");
        assertThat(e.get(1).description()).isEqualTo("New permits banned.");
        assertThat(e.get(1).places().get("dispatch.bribe")).isEqualTo(new KeyPlace(14, 23));
        // The parameters at the start are untouched by the timeline.
        assertThat(s.parameters().get("dispatch.bribe")).isEqualTo(1000.0);
    }

    @Test
    void parametersInForceApplyEntriesInDateOrder() throws Exception {
        Scenario s = parse(TWO_ENTRIES);
        Parameters base = s.parameters();
        assertThat(s.timeline().inForce(base, 2014, 12).get("dispatch.bribe")).isEqualTo(1000.0);
        assertThat(s.timeline().inForce(base, 2015, 1).get("dispatch.bribe")).isEqualTo(2000.0);
        assertThat(s.timeline().inForce(base, 2019, 11).get("beliefs.propaganda_credibility")).isEqualTo(0.6);
        Parameters late = s.timeline().inForce(base, 2019, 12);
        assertThat(late.get("dispatch.bribe")).isEqualTo(3000.0);
        assertThat(late.get("destination.russia.slots_max")).isEqualTo(0.0);
        assertThat(late.get("beliefs.propaganda_credibility")).isEqualTo(0.6);
    }

    @Test
    void sameMonthEntriesApplyInFileOrder() throws Exception {
        Scenario s = parse("""
                name: t
                timeline:
                  - date: 2015-03
                    set: {dispatch.bribe: 2000}
                  - date: 2015-03-31
                    set: {dispatch.bribe: 2500}
                """);
        assertThat(s.timeline().inForce(s.parameters(), 2015, 3).get("dispatch.bribe")).isEqualTo(2500.0);
    }

    @Test
    void overridesChangeTheStartAndAreCheckedAgainstTheTimeline() throws Exception {
        Scenario s = parse(TWO_ENTRIES);
        Scenario o = loader.override(s, List.of("dispatch.bribe=1500"));
        assertThat(o.parameters().get("dispatch.bribe")).isEqualTo(1500.0);
        assertThat(o.timeline()).isSameAs(s.timeline());
        ScenarioException e = catchThrowableOfType(() -> loader.override(s, List.of("dispatch.min_age=70")),
                ScenarioException.class);
        assertThat(e).isNotNull();
        // A shorter run is fine: entries after its end never apply.
        assertThat(loader.override(s, List.of("run.end_year=2016")).timeline()).isSameAs(s.timeline());
    }

    @Test
    void crossKeyRulesAreCheckedAfterEachEntryAndReportedOnce() {
        List<String> p = problems("""
                name: t
                timeline:
                  - date: 2012-01
                    set:
                      destination.china.minder_share: 0.5
                  - date: 2013-01
                    set:
                      dispatch.bribe: 10
                  - date: 2014-01
                    set:
                      dispatch.max_age: 20
                """);
        assertThat(p).containsExactly(
                "t.yaml:5:39: destination.china.state_share + minder_share: after timeline[1] (2012-01): expected at"
                        + " most 1 (shares of gross pay), found 1.05",
                "t.yaml:11:25: dispatch.min_age: after timeline[3] (2014-01): expected min_age <= max_age, found"
                        + " 25 > 20");
    }

    @Test
    void everyProblemOfAnEntryIsReportedNotOnlyTheFirst() {
        List<String> p = problems("""
                name: t
                timeline:
                  - date: 2015-1
                    evnt: typo
                    set:
                      dispatch.bribe: lots
                      dispatch.brib: 5
                """);
        assertThat(p).hasSize(3);
        assertThat(p.get(0)).contains("4:5: timeline[1].evnt: unknown field (did you mean event?)");
        assertThat(p.get(1)).contains("6:23: timeline[1].set.dispatch.bribe: expected a whole number");
        assertThat(p.get(2)).contains("7:7: timeline[1].set.dispatch.brib: unknown key (did you mean dispatch.bribe?)");
    }

    @Test
    void keysUsedOnlyWhenTheWorldIsBuiltCannotBeTimed() {
        for (String key : List.of("run.scale", "population.core_share", "network.rural_degree",
                "dispatch.initial_fill", "beliefs.initial_confidence", "economy.savings_months")) {
            assertThat(Timeline.fixedAtStart(key)).as(key).isTrue();
        }
        for (String key : List.of("dispatch.bribe", "destination.russia.slots", "beliefs.propaganda_credibility",
                "economy.capital_income", "mechanism.od8_word_of_mouth")) {
            assertThat(Timeline.fixedAtStart(key)).as(key).isFalse();
        }
    }

    @Test
    void theWrittenScenarioReadsBackToTheSameParametersAndTimeline() throws Exception {
        Scenario s = loader.override(parse(TWO_ENTRIES), List.of("run.seed=42", "beliefs.tie_trust=0.123456789"));
        String yaml = ScenarioWriter.toYaml(s, catalog);
        Scenario back = loader.parse("resolved.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(back.parameters().asMap()).isEqualTo(s.parameters().asMap());
        assertThat(back.timeline().entries()).hasSameSizeAs(s.timeline().entries());
        for (int k = 0; k < s.timeline().entries().size(); k++) {
            TimelineEntry a = s.timeline().entries().get(k);
            TimelineEntry b = back.timeline().entries().get(k);
            assertThat(b.date()).isEqualTo(a.date());
            assertThat(b.event()).isEqualTo(a.event());
            assertThat(b.description()).isEqualTo(a.description());
            assertThat(b.set()).isEqualTo(a.set());
        }
        assertThat(yaml).contains("timeline:\n  - date: \"2015-01\"\n    event: \"first\"\n");
    }

    @Test
    void timelinesBuiltInCodeMustBeInDateOrder() {
        TimelineEntry late = TimelineEntry.of(1, 2020, 1, "", Map.of("dispatch.bribe", 1.0));
        TimelineEntry early = TimelineEntry.of(2, 2015, 1, "", Map.of("dispatch.bribe", 2.0));
        assertThat(catchThrowableOfType(() -> new Timeline(List.of(late, early)), IllegalArgumentException.class))
                .hasMessageContaining("timeline[2]");
    }
}

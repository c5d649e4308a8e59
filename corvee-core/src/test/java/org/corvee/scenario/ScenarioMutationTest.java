package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.Test;

/**
 * Property: a random mutation of a valid scenario (a line deleted or duplicated, a value
 * changed, junk characters inserted, the text truncated, a line re-indented) never crashes the
 * loader — the answer is a valid scenario (which then writes and reads back identically) or a
 * {@link ScenarioException} with at least one problem, each with a non-empty one-line message.
 *
 * <p>The seed is fixed so that a failure reproduces; raise the example count locally to search
 * harder.
 */
class ScenarioMutationTest {
    private static final String[] VALUES = {"0", "-1", "1e309", "0.5", "36", "2.5e3", "true", "false", "abc", "",
        "[1, 2]", "{a: 1}", "{", "]", "2019-13", "2015-06", "~", "null", "&a x", "*a", "!!binary AAAA", "'quoted'",
        "\"unterminated", "|", ">", "1_000", "0x10", ".inf", "-.inf", ".nan", "9007199254740993"};
    private static final String[] JUNK = {":", "-", "- ", "[", "]", "{", "}", "\t", "\u0000", "\"", "'", "#", "&",
        "*", "!", "%", "@", "`", "|", ">", "? ", ",", "\n", "\r", "\u00e9", "\u2028", "\ufeff", "\uD83D\uDE00",
        ": :", "---\n", "...\n", "<<: *a\n"};

    private final ParameterCatalog catalog = ParameterCatalog.load();
    private final ScenarioLoader loader = new ScenarioLoader(catalog);

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        for (String name : BundledScenarios.names()) {
            out.add(BundledScenarios.text(ScenarioLoader.BUNDLED + name + ".yaml"));
        }
        out.add("""
                name: rich
                description: nested and dotted keys, flow style, a two-entry timeline
                run: {start_year: 2012, end_year: 2020}
                population:
                  core_share: 0.3
                  wavering_share: 0.5
                  hostile_share: 0.2
                destination:
                  russia:
                    slots: 30000
                    state_share: 0.7
                destination.china.minder_share: 0.1
                mechanism.od8_word_of_mouth: false
                timeline:
                  - date: 2015-06
                    event: shock
                    set:
                      destination: {russia: {slots_max: 0}}
                      dispatch.songbun_threshold: 2
                  - date: 2019-12-22
                    description: >
                      a folded
                      description
                    set:
                      beliefs.outside_source_reach: 0.1
                """);
        return out;
    }

    @Test
    void theSeedsAreValid() throws Exception {
        for (String s : seeds()) {
            assertThat(loader.parse("seed", s.getBytes(StandardCharsets.UTF_8)).name()).isNotBlank();
        }
    }

    @Test
    void mutatedScenariosNeverCrashTheLoader() {
        List<String> seeds = seeds();
        qt().withFixedSeed(20261122L).withExamples(3000)
                .forAll(integers().between(0, seeds.size() - 1), integers().between(0, 6),
                        integers().between(0, 1_000_000), integers().between(0, 1_000_000))
                .checkAssert((which, kind, where, what) -> {
                    String text = mutate(seeds.get(which), kind, where, what);
                    answerIsValidOrClear(text);
                });
    }

    private void answerIsValidOrClear(String text) {
        Scenario s;
        try {
            s = loader.parse("mutant.yaml", text.getBytes(StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            assertThat(e.problems()).as("problems of:\n%s", text).isNotEmpty();
            for (ScenarioProblem p : e.problems()) {
                assertThat(p.message()).as("message for:\n%s", text).isNotBlank();
                assertThat(p.toString()).startsWith("mutant.yaml").doesNotContain("\n");
            }
            return;
        }
        for (var e : s.parameters().asMap().entrySet()) {
            assertThat(catalog.find(e.getKey()).allows(e.getValue())).as(e.getKey()).isTrue();
        }
        try {
            Scenario back = loader.parse("back.yaml", ScenarioWriter.toYaml(s, catalog).getBytes(StandardCharsets.UTF_8));
            assertThat(back.parameters().asMap()).isEqualTo(s.parameters().asMap());
            assertThat(back.timeline().entries()).hasSameSizeAs(s.timeline().entries());
        } catch (ScenarioException e) {
            throw new AssertionError("the resolved scenario of a valid mutant does not load: " + e.problems()
                    + "\nmutant:\n" + text);
        }
    }

    /** One mutation of {@code text}, chosen by {@code kind}, placed by {@code where}, picked by {@code what}. */
    static String mutate(String text, int kind, int where, int what) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = where % lines.size();
        switch (kind) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> {
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                String v = VALUES[what % VALUES.length];
                lines.set(line, colon < 0 ? l + " " + v : l.substring(0, colon + 2) + v);
            }
            case 3 -> {
                int at = where % (text.length() + 1);
                return text.substring(0, at) + JUNK[what % JUNK.length] + text.substring(at);
            }
            case 4 -> {
                return text.substring(0, where % (text.length() + 1));
            }
            case 5 -> {
                String l = lines.get(line);
                int change = what % 7 - 3;
                if (change == 0) {
                    lines.set(line, "\t" + l);
                } else if (change > 0) {
                    lines.set(line, " ".repeat(change) + l);
                } else {
                    int strip = Math.min(-change, l.length() - l.stripLeading().length());
                    lines.set(line, l.substring(strip));
                }
            }
            default -> {
                return mutate(mutate(text, what % 6, where, what / 7), where % 6, what, where / 7);
            }
        }
        return String.join("\n", lines);
    }
}

package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corvee.cli.CommandLineTest.Result;
import org.corvee.model.Mechanism;
import org.corvee.model.params.ParameterCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corvee scenarios}, {@code params --format markdown}, {@code validate}, and runs with timelines. */
class ScenarioCommandsTest {
    @TempDir
    Path tmp;

    private static Result run(String... args) {
        return CommandLineTest.run(args);
    }

    private static final String TIMED = """
            name: timed
            description: A timeline inside a short run.
            run: {start_year: 2010, end_year: 2011}
            timeline:
              - date: 2010-07
                event: closed
                set:
                  destination.russia.slots_max: 0
                  destination.china.slots_max: 0
              - date: 2011-03-15
                set:
                  beliefs.outside_source_reach: 0.2
            """;

    @Test
    void scenariosListsEveryBundledScenarioOnOneLineEach() {
        Result r = run("scenarios");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList()).hasSize(7);
        assertThat(r.out()).contains("baseline", "no-sanctions", "no-border-closure", "information-campaign",
                "incentives-doubled", "songbun-relaxed", "surveillance-crackdown");
        assertThat(r.out().lines().filter(l -> l.startsWith("information-campaign")).findFirst().orElseThrow())
                .contains("outside source").doesNotContain("not runnable");
    }

    @Test
    void paramsAsMarkdownIsATableWithARowPerKey() {
        Result r = run("params", "--format", "markdown");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("| key | default | unit | range | source | meaning |\n|---|---|---|---|---|---|\n");
        assertThat(r.out().lines().count()).isEqualTo(ParameterCatalog.load().all().size() + 2);
        assertThat(r.out()).contains("| `beliefs.outside_source_reach` | 0.0 | share of persons per month | [0, 1] |");
        assertThat(run("params", "--format", "html").status()).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void mechanismsPrintsTheIndexOneRowPerMechanism() {
        Result r = run("mechanisms");
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(Mechanism.values().length + 2);
        assertThat(r.out()).contains("| OD6 | Defection and revolt | mechanism.od6_defection, mechanism.od6_group_defection, "
                + "mechanism.od6_riots | OD6 Defection and revolt | dispatch.DefectionPhase");
    }

    @Test
    void validateChecksEveryFileAndReportsEachProblemWithItsPlace() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.yaml"), TIMED);
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), """
                name: bad
                destination.narnia.slots: 5
                timeline:
                  - date: 2031-01
                    set: {dispatch.bribe: 5}
                """);
        Result r = run("validate", good.toString(), bad.toString(), tmp.resolve("missing.yaml").toString(),
                tmp.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).contains(good + ": ok");
        assertThat(r.err()).contains(bad + ":2:1: destination.narnia.slots: unknown destination \"narnia\"; known"
                + " destinations: china, kuwait, mongolia, poland, qatar, russia");
        assertThat(r.err()).contains(tmp.resolve("missing.yaml") + ": no such file");
        assertThat(r.err()).contains(tmp + ": expected a scenario file, found a directory");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("validate", good.toString()).status()).isZero();
    }

    @Test
    void runRefusesAnInvalidTimelineAndWritesNothing() throws Exception {
        Path f = Files.writeString(tmp.resolve("late.yaml"), TIMED);
        Path out = tmp.resolve("out");
        Result r = run("run", f.toString(), "--scale", "0.001", "--set", "run.end_year=2010", "--out", out.toString());
        assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("late.yaml:10:5: timeline[2].date: expected a date within the run period 2010-01"
                + " to 2010-12, found 2011-03");
        assertThat(out).doesNotExist();
    }

    @Test
    void theResolvedScenarioWithATimelineReproducesTheRun() throws Exception {
        Path f = Files.writeString(tmp.resolve("timed.yaml"), TIMED);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertThat(run("run", f.toString(), "--scale", "0.001", "--seed", "3", "--out", a.toString()).status()).isZero();
        String resolved = Files.readString(a.resolve("scenario.yaml"));
        assertThat(resolved).contains("timeline:", "date: \"2010-07\"", "date: \"2011-03\"",
                "destination.russia.slots_max: 0", "beliefs.outside_source_reach: 0.2");
        assertThat(new ObjectMapper().readTree(a.resolve("manifest.json").toFile()).path("timeline_entries").asInt()).isEqualTo(2);
        Result r = run("run", a.resolve("scenario.yaml").toString(), "--out", b.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(b.resolve("series.csv"))).isEqualTo(Files.readString(a.resolve("series.csv")));
        // The same run without its timeline differs, so the comparison above could fail.
        Files.writeString(tmp.resolve("untimed.yaml"), TIMED.substring(0, TIMED.indexOf("timeline:")));
        assertThat(run("run", tmp.resolve("untimed.yaml").toString(), "--scale", "0.001", "--seed", "3", "--out",
                c.toString()).status()).isZero();
        assertThat(Files.readString(c.resolve("series.csv"))).isNotEqualTo(Files.readString(a.resolve("series.csv")));
    }
}

package org.corvee.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.targets.MonthlySeriesSource;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.output.Html;
import org.corvee.output.SeriesRows;
import org.corvee.store.RunStatus;
import org.corvee.store.StoredRun;
import org.junit.jupiter.api.Test;

/** Report sections on hand-made runs: postings detection, validation mapping, axis ticks, bands. */
class ReportSectionsTest {
    static StoredRun run(long id) {
        return new StoredRun(id, 1, 0, "tiny", "0123456789abcdef", 1, 1, 0.01, "test", "unknown",
                LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.of(2026, 1, 1, 0, 1), 60.0, RunStatus.COMPLETED, null);
    }

    static SeriesTable withPostings(boolean postings) {
        SeriesTable.Builder b = SeriesTable.builder();
        for (int y = 2016; y <= 2024; y++) {
            for (int m = 1; m <= 12; m++) {
                String month = String.format("%d-%02d", y, m);
                b.add(month, "workers_abroad", "destination=russia;province=pyongyang", 40);
                b.add(month, "workers_abroad", "destination=russia;province=chagang", 60);
                if (postings) {
                    b.add(month, "housing_units_occupied", "", 25);
                    b.add(month, "housing_units_built", "", 100);
                    b.add(month, "posting_retained", "months_on_site=36", 3);
                    b.add(month, "posting_reached", "months_on_site=36", 10);
                    b.add(month, "posting_on_site_3y", "site=kaechon", 3);
                    b.add(month, "posting_welcomed_3y", "site=kaechon", 10);
                    b.add(month, "posting_headcount", "site=kaechon", 3);
                }
            }
        }
        return b.build();
    }

    static ReportGroup group(boolean postings) {
        Map<String, Map<String, Map<String, Double>>> cohorts = new LinkedHashMap<>();
        if (postings) {
            cohorts.put("posting_retention", Map.of("2021-03 kaechon discharge #0", Map.of("0", 1.0, "12", 0.6, "36", 0.3),
                    "2021-09 kaechon volunteer #1", Map.of("0", 1.0, "12", 0.7)));
        }
        return new ReportGroup("tiny (run 1)", List.of(run(1)), List.of(withPostings(postings)), cohorts, "name: tiny\n");
    }

    @Test
    void postingsAreDrawnWhenTheRunHasThemAndNotedOtherwise() {
        String with = PostingsSection.html(List.of(group(true)));
        assertThat(with).contains("Retention by months on site, by source", "discharge (1 cohorts)",
                "volunteer (1 cohorts)", "kaechon (2 cohorts)", "Housing occupancy", "Headcount against target")
                .doesNotContain("Not in this run");
        // summary: retention at 36 months 3/10, occupancy 25/100; nothing reaches 12 months
        assertThat(with).containsPattern("<td>tiny \\(run 1\\)</td><td class=\"num\">–</td><td class=\"num\">–</td>"
                + "<td class=\"num\">0.300</td>").contains("<td class=\"num\">0.250</td></tr>");
        assertThat(PostingsSection.html(List.of(group(false)))).contains("Not in this run").doesNotContain("<svg");
    }

    @Test
    void cohortCurvesAverageTheCohortsObservedThatLong() {
        Map<String, Map<String, Double>> table = group(true).cohorts().get("posting_retention");
        Map<String, Band> bySite = CohortCurves.of(table, CohortCurves.By.SITE, 36);
        Band kaechon = bySite.get("kaechon (2 cohorts)");
        assertThat(kaechon.mean()[0]).isEqualTo(1.0);
        assertThat(kaechon.mean()[12]).isCloseTo(0.65, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(kaechon.mean()[36]).isEqualTo(0.3); // only the first cohort was observed 36 months
        assertThat(kaechon.mean()[5]).isNaN();          // neither cohort has month 5 in this table
        assertThat(CohortCurves.of(table, CohortCurves.By.SOURCE, 36)).containsOnlyKeys("discharge (1 cohorts)",
                "volunteer (1 cohorts)");
    }

    @Test
    void validationUsesPostingsMetricsOnceTheyExist() {
        String html = ValidationSection.html(TargetFile.defaults(), group(true));
        // T1: 40 / 100 = 0.4 exactly; T2: 3/10 = 0.3; T3: 0.25 inside [0, 0.3]
        assertThat(html).contains("<td>T1</td>").contains("<td class=\"num\">0.400</td><td class=\"num\">0.0%</td>");
        assertThat(html).containsPattern("<td>T2</td>.*?<td class=\"num\">0.300</td><td class=\"num\">0.0%</td>");
        assertThat(html).containsPattern("<td>T3</td>.*?<td class=\"num\">0.250</td><td class=\"num\">0.0%</td>");
        assertThat(ValidationSection.html(TargetFile.defaults(), group(false)))
                .containsPattern("<td>T2</td>[^\n]*not available: the model has no metric posting_on_site_3y");
        // Patterns and consistency checks in separate tables, each with its own ARD.
        assertThat(html).contains("<h3>Patterns").contains("<h3>Consistency checks")
                .contains("patterns with a simulated value").contains("consistency checks with a simulated value");
        assertThat(html.indexOf("<td>T9_take</td>")).isGreaterThan(html.indexOf("<h3>Consistency checks"));
        assertThat(html.indexOf("<td>T1</td>")).isLessThan(html.indexOf("<h3>Consistency checks"));
    }

    @Test
    void theValidationTableShowsWhatTheCalibrationComputesOnTheSameRun() throws Exception {
        // a real run, kept in memory as calibration keeps it and stored as the report reads it
        double scale = 0.001;
        var sc = ModelRun.resolve(new RunSpec(0, "baseline", new java.util.TreeMap<>(Map.of("run.scale", scale,
                "run.end_year", 2024.0)), 0, 3));
        // with the scenario's timeline, as ModelRun runs it (without it nobody is selected in 2023
        // and T11, bribes per selected worker, is 0/0)
        Simulation sim = Simulation.build(sc.parameters(), sc.timeline());
        MonthlySeries out = sim.run(1, m -> { });
        SeriesTable.Builder b = SeriesTable.builder();
        SeriesRows.forEach(out, sim.clock(), scale, (m, label, metric, key, value) -> b.add(label, metric, key, value));
        ReportGroup g = new ReportGroup("baseline (run 1)", List.of(run(1)), List.of(b.build()), Map.of(), "");
        List<Target> targets = TargetFile.defaults();
        String html = ValidationSection.html(targets, g);
        MonthlySeriesSource memory = new MonthlySeriesSource(out, sim.clock(), scale);
        for (String id : List.of("T5_2015", "T6", "T9_take", "T12_stranded", "T13_soldier", "T15")) {
            Target t = targets.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            double v = TargetStatistic.evaluate(t, memory).value();
            assertThat(v).as(id).isFinite();
            assertThat(html).as(id).contains("<td>" + id + "</td><td>" + Html.escape(t.quantity()) + "</td><td>"
                    + t.periodFrom() + "–" + t.periodTo() + "</td><td class=\"num\">" + (t.isInterval() ? Fmt.num(t.observedLow()) + " – "
                    + Fmt.num(t.observedHigh()) : Fmt.num(t.observed())) + "</td><td class=\"num\">" + Fmt.num(v) + "</td><td class=\"num\">"
                    + Fmt.percent(t.relativeError(v)) + "</td>");
        }
        assertThat(html).contains("; not available: 0.</p>").doesNotContain("class=\"missing\"");
    }

    @Test
    void axesAreRoundAndLabelledCompactly() {
        Axis a = Axis.covering(0, 97_000, true);
        assertThat(a.min()).isZero();
        assertThat(a.max()).isEqualTo(100_000);
        assertThat(a.step()).isEqualTo(20_000);
        assertThat(a.label(0)).isEqualTo("0");
        assertThat(a.label(40_000)).isEqualTo("40k");
        assertThat(Axis.covering(0, 0.55, true).label(0.2)).isEqualTo("0.2");
        assertThat(Axis.covering(0, 3.2e7, true).label(1e7)).isEqualTo("10M");
    }

    @Test
    void bandsArePercentilesAcrossReplicatesAndSkipNaN() {
        Band b = Band.of(List.of(new double[] {0, Double.NaN}, new double[] {10, Double.NaN}));
        assertThat(b.mean()[0]).isEqualTo(5);
        assertThat(b.low()[0]).isEqualTo(0.5);
        assertThat(b.high()[0]).isEqualTo(9.5);
        assertThat(b.mean()[1]).isNaN();
        assertThat(Band.trailingMean(new double[] {12, 0, 0, 0}, 2)).containsExactly(12, 6, 0, 0);
        assertThat(new SvgChart("t", "u", List.of("2010-01", "2010-02", "2010-03"), SvgChart.Kind.LINES)
                .add("x", new Band(new double[] {1, Double.NaN, 3}, new double[] {1, Double.NaN, 3},
                        new double[] {1, Double.NaN, 3}, 1)).svg()).contains("M70.0").doesNotContain("NaN");
    }
}

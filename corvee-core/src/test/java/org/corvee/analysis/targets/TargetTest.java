package org.corvee.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.TreeMap;
import org.corvee.analysis.abc.TargetDistance;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.engine.Accumulation;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Dimension;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;
import org.corvee.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** Target files, target statistics on a hand-made series, relative errors and the distance. */
class TargetTest {
    static final Dimension DEST = new Dimension("destination", List.of("russia", "china"));

    /** 24 months of 2015-2016 at scale 0.5: russia abroad = 100 + m agents, china = 50 agents. */
    static MonthlySeries series() {
        CounterRegistry r = new CounterRegistry();
        Metric abroad = r.persons("workers_abroad", "", Accumulation.STOCK, DEST);
        Metric back = r.persons("returnees", "", Accumulation.FLOW, DEST);
        MonthlySeries s = new MonthlySeries(r, 24);
        for (int m = 0; m < 24; m++) {
            long[] c = new long[r.size()];
            c[abroad.base() + abroad.cell(0)] = 100 + m;
            c[abroad.base() + abroad.cell(1)] = 50;
            c[back.base() + back.cell(0)] = m % 2;
            s.record(m, c);
        }
        return s;
    }

    static final MonthClock CLOCK = MonthClock.years(2015, 2016);

    /** The hand-made series as the calibration reads them, at run scale {@code scale}. */
    static SeriesSource source(double scale) {
        return new MonthlySeriesSource(series(), CLOCK, scale);
    }

    static Target target(String id, String yaml) throws ScenarioException {
        return TargetFile.parse("t.yaml", "targets:\n  - id: " + id + "\n" + yaml.indent(4)).get(0);
    }

    @Test
    void statisticsOnAHandMadeSeries() throws Exception {
        String common = "period_from: 2015-01\nperiod_to: 2015-12\nsource: test\nreliability: A\ntolerance: 0.1\n";
        Target mean = target("m", "observed: 200\nmetric: workers_abroad\nkey_filter: {destination: russia}\n"
                + "aggregation: mean\n" + common);
        // months 0..11: agents 100..111, mean 105.5, scale 0.5 -> 211 persons
        assertThat(TargetStatistic.evaluate(mean, source(0.5)).value()).isCloseTo(211.0, offset(1e-9));
        assertThat(mean.relativeError(211)).isCloseTo(0.055, offset(1e-12));
        assertThat(mean.met(211)).isTrue();
        Target share = target("s", "observed: 0.6\nnumerator: {metric: workers_abroad, key_filter: {destination: russia}}\n"
                + "denominator: {metric: workers_abroad}\naggregation: share\n" + common);
        assertThat(TargetStatistic.evaluate(share, source(0.5)).value())
                .isCloseTo(1266.0 / (1266.0 + 600.0), offset(1e-12));
        Target trend = target("t", "observed_low: 0\nobserved_high: 20\nmetric: workers_abroad\naggregation: trend\n"
                + common);
        // one agent more per month = 2 persons per month = 24 per year
        assertThat(TargetStatistic.evaluate(trend, source(0.5)).value()).isCloseTo(24.0, offset(1e-9));
        assertThat(trend.relativeError(24)).isCloseTo(4.0 / 20, offset(1e-12));
        Target last = target("l", "observed: 1\nmetric: workers_abroad+returnees\naggregation: last\n" + common);
        assertThat(TargetStatistic.evaluate(last, source(0.5)).value()).isCloseTo((111 + 50 + 1) * 2.0, offset(1e-9));
    }

    @Test
    void whatTheModelCannotExpressIsNotAvailableNotANumber() throws Exception {
        String common = "observed: 1\naggregation: mean\nsource: x\nreliability: C\ntolerance: 0.1\n";
        Target noMetric = target("a", "metric: riots\nperiod_from: 2015-01\nperiod_to: 2015-02\n" + common);
        Target noValue = target("b", "metric: workers_abroad\nkey_filter: {destination: qatar}\n"
                + "period_from: 2015-01\nperiod_to: 2015-02\n" + common);
        Target noDim = target("c", "metric: workers_abroad\nkey_filter: {worker_type: soldier}\n"
                + "period_from: 2015-01\nperiod_to: 2015-02\n" + common);
        Target late = target("d", "metric: workers_abroad\nperiod_from: 2020-01\nperiod_to: 2020-02\n" + common);
        assertThat(TargetStatistic.evaluate(noMetric, source(1)).missing()).contains("no metric riots");
        assertThat(TargetStatistic.evaluate(noValue, source(1)).missing()).contains("no value qatar");
        assertThat(TargetStatistic.evaluate(noDim, source(1)).missing()).contains("no dimension worker_type");
        assertThat(TargetStatistic.evaluate(late, source(1)).missing()).contains("outside");
    }

    @Test
    void distanceSkipsUnavailableTargetsAndWeighsByReliability() throws Exception {
        String c = "period_from: 2015-01\nperiod_to: 2015-12\nmetric: x\naggregation: mean\nsource: s\ntolerance: 0.5\n";
        Target a = target("a", "observed: 100\nreliability: A\n" + c);
        Target b = target("b", "observed: 100\nreliability: C\n" + c);
        Target gone = target("g", "observed: 100\nreliability: A\n" + c);
        RunSpec spec = new RunSpec(0, "x", new TreeMap<>(), 0, 1);
        RunSummary s = new RunSummary(spec, List.of("a", "b"), new double[] {150, 200}, List.of("g: not available"));
        // r_a = 0.5 -> 1 tolerance; r_b = 1 -> 2 tolerances; weights 1 and 0.25
        double d = new TargetDistance(List.of(a, b, gone)).of(s);
        assertThat(d).isCloseTo(Math.sqrt((1 * 1 + 0.25 * 4) / 1.25), offset(1e-12));
    }

    @Test
    void consistencyChecksStayOutOfTheDistance() throws Exception {
        String c = "period_from: 2015-01\nperiod_to: 2015-12\nmetric: x\naggregation: mean\nsource: s\ntolerance: 0.5\n"
                + "observed: 100\nreliability: A\n";
        Target pattern = target("p", c + "kind: pattern\n");
        Target check = target("k", c + "kind: consistency\n");
        Target unsaid = target("u", c);
        assertThat(pattern.isPattern()).isTrue();
        assertThat(check.isPattern()).isFalse();
        assertThat(unsaid.kind()).isEqualTo(TargetKind.PATTERN);
        RunSpec spec = new RunSpec(0, "x", new TreeMap<>(), 0, 1);
        RunSummary s = new RunSummary(spec, List.of("p", "k"), new double[] {150, 1000}, List.of());
        // Only p counts: r = 0.5, one tolerance.
        assertThat(new TargetDistance(List.of(pattern, check)).of(s)).isCloseTo(1.0, offset(1e-12));
        assertThatThrownBy(() -> target("b", c + "kind: circular\n"))
                .hasMessageContaining("b.kind: expected consistency or pattern, found \"circular\"");
    }

    @Test
    void theBundledFileSaysTheKindOfEveryTarget() {
        // The consistency checks follow from inputs by arithmetic (issue 14): pay splits, the bribe,
        // the contract length, the closure dates, the show-up rate set from T4, Qatar's slots.
        List<String> checks = TargetFile.defaults().stream().filter(t -> !t.isPattern()).map(Target::id).toList();
        assertThat(checks).containsExactlyInAnyOrder("T4", "T8", "T9_gross", "T9_take", "T9_state", "T10", "T11",
                "T12", "T12_stranded", "T13_civilian", "T13_soldier");
    }

    @Test
    void aNoteIsOptionalTextAndUnknownFieldsAreErrors() throws Exception {
        String common = "observed: 1\nmetric: workers_abroad\naggregation: mean\nperiod_from: 2015-01\n"
                + "period_to: 2015-02\nsource: x\nreliability: C\ntolerance: 0.1\n";
        assertThat(target("n", common + "note: \"stock, not permits\"\n").note()).isEqualTo("stock, not permits");
        assertThat(target("e", common).note()).isEmpty();
        assertThatThrownBy(() -> target("u", common + "notes: typo\n"))
                .hasMessageContaining("t.yaml:11:5: notes: unknown field");
    }

    @Test
    void badTargetFilesNameFileLineAndKey() {
        assertThatThrownBy(() -> TargetFile.parse("t.yaml", "targets:\n  - id: X\n    observed: lots\n"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("t.yaml:3:15: X.observed: expected a number");
        assertThatThrownBy(() -> TargetFile.parse("t.yaml", "targets: 3\n"))
                .hasMessageContaining("expected a mapping with a list 'targets'");
    }

    @Test
    void defaultTargetsCoverEveryFact() {
        List<Target> t = TargetFile.defaults();
        for (int i = 1; i <= 15; i++) {
            String id = "T" + i;
            assertThat(t).as(id).anyMatch(x -> x.id().equals(id) || x.id().startsWith(id + "_"));
        }
    }
}

package org.corvee.analysis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * A stored run's table as a series source for the target evaluator, target checks over
 * replicates, the ARD and quantiles, on hand-computable series.
 */
class SeriesTableSourceTest {
    static SeriesTable table() {
        SeriesTable.Builder b = SeriesTable.builder();
        String[] months = {"2016-01", "2016-02", "2016-03"};
        double[] capital = {40, 50, 60};
        double[] other = {60, 50, 40};
        for (int m = 0; m < 3; m++) {
            b.add(months[m], "workers_abroad", "destination=russia;province=pyongyang", capital[m]);
            b.add(months[m], "workers_abroad", "destination=russia;province=chagang", other[m]);
            b.add(months[m], "workers_abroad", "destination=china;province=pyongyang", 1000);
            b.add(months[m], "state_revenue", "", 7);
        }
        return b.build();
    }

    static Target target(String yaml) throws ScenarioException {
        return TargetFile.parse("t.yaml", "targets:\n  - id: X\n" + ("source: s\nreliability: B\ntolerance: 0.1\n"
                + yaml).indent(4)).get(0);
    }

    static double value(String yaml) throws ScenarioException {
        TargetStatistic.Evaluation e = TargetStatistic.evaluate(target(yaml), table());
        assertThat(e.missing()).isNull();
        return e.value();
    }

    @Test
    void monthsAreIndexedByLabelAndOutsideTheRunToo() {
        SeriesTable t = table();
        assertThat(t.monthCount()).isEqualTo(3);
        assertThat(t.monthIndex("2016-02")).isEqualTo(1);
        assertThat(t.monthIndex("2015-12")).isEqualTo(-1);
        assertThat(t.monthIndex("2017-01")).isEqualTo(12);
        assertThat(t.label(2)).isEqualTo("2016-03");
    }

    @Test
    void sharesLastValuesSumsAndTotalsSelectCellsByKey() throws Exception {
        String period = "period_from: 2016-01\nperiod_to: 2016-03\n";
        assertThat(value("observed: 0.4\nnumerator: {metric: workers_abroad, key_filter: {destination: russia, "
                + "province: pyongyang}}\ndenominator: {metric: workers_abroad, key_filter: {destination: russia}}\n"
                + "aggregation: share\n" + period)).isCloseTo(0.5, within(1e-12));
        assertThat(value("observed: 1\nmetric: workers_abroad\nkey_filter: {destination: russia}\naggregation: last\n"
                + period)).isEqualTo(100);
        assertThat(value("observed: 1\nmetric: workers_abroad\naggregation: sum\nperiod_from: 2016-02\n"
                + "period_to: 2016-03\n")).isEqualTo(2200);
        assertThat(value("observed: 1\nmetric: workers_abroad+state_revenue\nkey_filter: {}\naggregation: max\n"
                + period)).isEqualTo(1107);
        // +10 persons a month in Russia from the capital = 120 a year
        assertThat(value("observed: 1\nmetric: workers_abroad\nkey_filter: {province: pyongyang}\n"
                + "aggregation: trend\n" + period)).isCloseTo(120, within(1e-9));
    }

    @Test
    void aMissingMetricDimensionValueOrPeriodIsNotAvailableWithTheReason() throws Exception {
        String common = "observed: 1\naggregation: mean\nperiod_from: 2016-01\nperiod_to: 2016-03\n";
        assertThat(TargetStatistic.evaluate(target(common + "metric: largest_riot\n"), table()).missing())
                .isEqualTo("the model has no metric largest_riot");
        assertThat(TargetStatistic.evaluate(target(common + "metric: workers_abroad\nkey_filter: {kind: soldier}\n"),
                table()).missing()).isEqualTo("metric workers_abroad has no dimension kind");
        assertThat(TargetStatistic.evaluate(target(common + "metric: workers_abroad\n"
                + "key_filter: {destination: qatar}\n"), table()).missing())
                .isEqualTo("dimension destination of workers_abroad has no value qatar");
        assertThat(TargetStatistic.evaluate(target("observed: 1\naggregation: mean\nmetric: workers_abroad\n"
                + "period_from: 2017-01\nperiod_to: 2017-12\n"), table()).missing())
                .isEqualTo("period 2017-01..2017-12 is outside the simulated months 2016-01..2016-03");
        TargetCheck c = TargetCheck.of(target(common + "metric: largest_riot\n"), List.of(table(), table()));
        assertThat(c.available()).isFalse();
        assertThat(c.hasValue()).isFalse();
        assertThat(c.withinTolerance()).isFalse();
        assertThat(c.relativeError()).isNaN();
    }

    @Test
    void aCheckAveragesReplicatesAndTheArdOnlyTargetsWithAValue() throws Exception {
        String common = "aggregation: last\nperiod_from: 2016-03\nperiod_to: 2016-03\nmetric: workers_abroad\n"
                + "key_filter: {destination: russia}\n";
        SeriesTable other = SeriesTable.builder().add("2016-03", "workers_abroad", "destination=russia", 140).build();
        TargetCheck near = TargetCheck.of(target("observed: 110\n" + common), List.of(table(), other));
        assertThat(near.simulated()).isEqualTo(120);
        assertThat(near.bandLow()).isCloseTo(102, within(1e-12));
        assertThat(near.bandHigh()).isCloseTo(138, within(1e-12));
        assertThat(near.relativeError()).isCloseTo(10.0 / 110, within(1e-12));
        assertThat(near.withinTolerance()).isTrue();
        TargetCheck far = TargetCheck.of(target("observed: 100\n" + common), List.of(other));
        assertThat(far.relativeError()).isCloseTo(0.4, within(1e-12));
        assertThat(far.withinTolerance()).isFalse();
        TargetCheck gone = TargetCheck.of(target("observed: 100\naggregation: mean\nperiod_from: 2016-03\n"
                + "period_to: 2016-03\nmetric: riots\n"), List.of(other));
        assertThat(TargetCheck.ard(List.of(near, far, gone))).isCloseTo((10.0 / 110 + 0.4) / 2, within(1e-12));
    }

    @Test
    void quantilesInterpolateLikeDuckDb() {
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Quantiles.of(v, 0.05)).isCloseTo(0.5, within(1e-12));
        assertThat(Quantiles.of(v, 0.95)).isCloseTo(9.5, within(1e-12));
        assertThat(Quantiles.of(new double[] {3}, 0.95)).isEqualTo(3);
    }
}

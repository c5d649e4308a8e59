package org.corvee.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled targets file and the statistic evaluator, on hand-computable series. */
class TargetsTest {
    @Test
    void everyFactOfTheModelBriefHasATarget() {
        List<Target> targets = TargetCatalog.load();
        Set<String> facts = targets.stream().map(t -> t.id().replaceAll("[a-z]$", "")).collect(Collectors.toSet());
        for (int i = 1; i <= 15; i++) {
            assertThat(facts).contains("T" + i);
        }
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.reliability()).matches("[ABC](/[ABC])?");
            assertThat(t.low()).isLessThanOrEqualTo(t.high());
            assertThat(t.statistic()).isNotNull();
        });
    }

    @Test
    void relativeErrorOfPointsAndIntervals() {
        Target point = new Target("X", "q", 0.4, 0.4, "", "", "C", 0.25, null, "");
        assertThat(point.relativeError(0.5)).isCloseTo(0.25, within(1e-12));
        assertThat(point.relativeError(0.3)).isCloseTo(0.25, within(1e-12));
        Target interval = new Target("Y", "q", 300, 1000, "", "", "A", 0, null, "");
        assertThat(interval.relativeError(500)).isZero();
        assertThat(interval.relativeError(150)).isCloseTo(0.5, within(1e-12));
        assertThat(interval.relativeError(1500)).isCloseTo(0.5, within(1e-12));
    }

    static SeriesTable table() {
        SeriesTable.Builder b = SeriesTable.builder();
        String[] months = {"2016-01", "2016-02", "2016-03"};
        double[] capital = {40, 50, 60};
        double[] other = {60, 50, 40};
        for (int m = 0; m < 3; m++) {
            b.add(months[m], "workers_abroad", "destination=russia;province=pyongyang", capital[m]);
            b.add(months[m], "workers_abroad", "destination=russia;province=chagang", other[m]);
            b.add(months[m], "workers_abroad", "destination=china;province=pyongyang", 1000);
        }
        return b.build();
    }

    @Test
    void aShareIsTheRatioOfPeriodMeans() {
        TargetStatistic share = new TargetStatistic(
                List.of(new Term("workers_abroad", Map.of("destination", "russia", "province", "pyongyang"))),
                List.of(new Term("workers_abroad", Map.of("destination", "russia"))), "2016-01", "2016-03",
                Aggregation.MEAN);
        assertThat(share.evaluate(table()).getAsDouble()).isCloseTo(0.5, within(1e-12));
        TargetStatistic last = new TargetStatistic(List.of(new Term("workers_abroad", Map.of("destination", "russia"))),
                List.of(), "2016-01", "2016-03", Aggregation.LAST);
        assertThat(last.evaluate(table()).getAsDouble()).isEqualTo(100);
        TargetStatistic sum = new TargetStatistic(List.of(new Term("workers_abroad", Map.of())), List.of(), "2016-02",
                "2016-03", Aggregation.SUM);
        assertThat(sum.evaluate(table()).getAsDouble()).isEqualTo(2200);
    }

    @Test
    void aMissingMetricDimensionValueOrPeriodIsNotSimulated() {
        SeriesTable t = table();
        assertThat(new TargetStatistic(List.of(new Term("postings_retained_36m", Map.of())), List.of(), "2016-01",
                "2016-03", Aggregation.SUM).evaluate(t)).isEmpty();
        assertThat(new TargetStatistic(List.of(new Term("workers_abroad", Map.of("destination", "qatar"))), List.of(),
                "2016-01", "2016-01", Aggregation.LAST).evaluate(t)).isEmpty();
        assertThat(new TargetStatistic(List.of(new Term("workers_abroad", Map.of())), List.of(), "2017-01", "2017-12",
                Aggregation.MEAN).evaluate(t)).isEmpty();
        Target qatar = TargetCatalog.load().stream().filter(x -> x.id().equals("T8")).findFirst().orElseThrow();
        TargetCheck c = TargetCheck.of(qatar, List.of(t));
        assertThat(c.simulated()).isEmpty();
        assertThat(c.withinTolerance()).isFalse();
    }

    @Test
    void ardAveragesOnlySimulatedTargets() {
        Target a = new Target("A", "q", 100, 100, "", "", "A", 0.1, null, "");
        List<TargetCheck> checks = List.of(
                new TargetCheck(a, java.util.OptionalDouble.of(110), 110, 110, 0.1),
                new TargetCheck(a, java.util.OptionalDouble.of(130), 130, 130, 0.3),
                new TargetCheck(a, java.util.OptionalDouble.empty(), Double.NaN, Double.NaN, Double.NaN));
        assertThat(TargetCheck.ard(checks)).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void quantilesInterpolateLikeDuckDb() {
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Quantiles.of(v, 0.05)).isCloseTo(0.5, within(1e-12));
        assertThat(Quantiles.of(v, 0.95)).isCloseTo(9.5, within(1e-12));
        assertThat(Quantiles.of(new double[] {3}, 0.95)).isEqualTo(3);
    }
}

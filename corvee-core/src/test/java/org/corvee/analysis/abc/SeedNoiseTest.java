package org.corvee.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.TreeMap;
import org.corvee.analysis.targets.Aggregation;
import org.corvee.analysis.targets.Reliability;
import org.corvee.analysis.targets.Selector;
import org.corvee.analysis.targets.Target;
import org.junit.jupiter.api.Test;

/** The noise rule for a calibration scale on hand-made statistics. */
class SeedNoiseTest {
    private static Target point(double observed, double tol) {
        return new Target("P", "P", observed, Double.NaN, Double.NaN, "2015-01", "2015-12",
                new Selector("x", new TreeMap<>()), null, Aggregation.MEAN, "test", Reliability.A, tol, "");
    }

    private static Target interval(double lo, double hi, double tol) {
        return new Target("I", "I", Double.NaN, lo, hi, "2015-01", "2015-12",
                new Selector("x", new TreeMap<>()), null, Aggregation.MEAN, "test", Reliability.A, tol, "");
    }

    @Test
    void meanSampleSdAndAQuarterOfTheToleranceInTheStatisticsUnits() {
        SeedNoise n = SeedNoise.of(point(100, 0.2), 0.01, 1, new double[] {90, 100, 110});
        assertThat(n.defined()).isEqualTo(3);
        assertThat(n.mean()).isEqualTo(100.0);
        assertThat(n.sd()).isCloseTo(10.0, offset(1e-12));
        assertThat(n.threshold()).isCloseTo(5.0, offset(1e-12)); // 0.2 / 4 x 100
        assertThat(n.passes()).isFalse();
        // (10 / 5)^2 = 4: K = 4 halves the SD to 5, which is not below 5; K = 5 is
        assertThat(n.replicatesNeeded()).isEqualTo(5);
        SeedNoise quiet = SeedNoise.of(point(100, 0.2), 0.02, 1, new double[] {99, 100, 101});
        assertThat(quiet.passes()).isTrue();
        assertThat(quiet.replicatesNeeded()).isEqualTo(1);
    }

    @Test
    void anIntervalIsMeasuredAgainstItsNearerBoundOrHalfItsWidth() {
        // [0.7, 0.9] near 0.72: the lower bound 0.7 is larger than the half width 0.1
        assertThat(SeedNoise.of(interval(0.7, 0.9, 0.1), 0.01, 1, new double[] {0.71, 0.73}).threshold())
                .isCloseTo(0.1 / 4 * 0.7, offset(1e-12));
        // [-0.05, -0.01] near -0.02: the half width 0.02 is larger than |-0.01|
        assertThat(SeedNoise.of(interval(-0.05, -0.01, 0.5), 0.01, 1, new double[] {-0.02, -0.02}).threshold())
                .isCloseTo(0.5 / 4 * 0.02, offset(1e-12));
    }

    @Test
    void undefinedInASeedOrZeroInEverySeedNeverPasses() {
        SeedNoise gap = SeedNoise.of(point(0.4, 0.25), 0.01, 2, new double[] {0.4, Double.NaN, 0.4});
        assertThat(gap.defined()).isEqualTo(2);
        assertThat(gap.passes()).isFalse();
        assertThat(gap.replicatesNeeded()).isZero();
        SeedNoise zero = SeedNoise.of(point(2000, 0.5), 0.01, 1, new double[] {0, 0, 0});
        assertThat(zero.alwaysZero()).isTrue();
        assertThat(zero.passes()).isFalse();
        assertThat(zero.replicatesNeeded()).isZero();
    }

    @Test
    void theSmallestScaleWhereEveryTargetPasses() {
        Target a = point(100, 0.2);
        Target b = point(10, 0.4);
        List<SeedNoise> rows = List.of(
                SeedNoise.of(a, 0.01, 1, new double[] {80, 120}), SeedNoise.of(b, 0.01, 1, new double[] {10, 10.1}),
                SeedNoise.of(a, 0.05, 1, new double[] {100, 101}), SeedNoise.of(b, 0.05, 1, new double[] {10, 10.1}),
                SeedNoise.of(a, 0.02, 1, new double[] {99, 101}), SeedNoise.of(b, 0.02, 1, new double[] {9, 11}));
        assertThat(SeedNoise.smallestPassingScale(rows)).isEqualTo(0.05);
        assertThat(SeedNoise.smallestPassingScale(rows.subList(0, 2))).isNaN();
    }

    @Test
    void aQuietStatisticWhoseMeanMovesWithTheScaleIsBiased() {
        Target capped = point(10, 0.5); // tol/4 x 10 = 1.25
        // stuck on a cap of 20 at the small scale: SD 0, passes the noise rule
        SeedNoise small = SeedNoise.of(capped, 0.02, 1, new double[] {20, 20, 20, 20});
        SeedNoise full = SeedNoise.of(capped, 1.0, 1, new double[] {13, 12, 14, 13});
        assertThat(small.passes()).isTrue();
        assertThat(small.scaleBiased(full)).isTrue();
        // a shift inside a quarter of the tolerance is not bias
        SeedNoise near = SeedNoise.of(capped, 0.02, 1, new double[] {13.5, 13.4, 13.6, 13.5});
        assertThat(near.scaleBiased(full)).isFalse();
        // nor is a shift the seeds' noise explains (shift 2.0 > tol/4 1.25, but 2 SE = 7.5)
        SeedNoise noisy = SeedNoise.of(point(10, 0.5), 0.02, 1, new double[] {9, 20, 11, 18});
        SeedNoise noisyFull = SeedNoise.of(point(10, 0.5), 1.0, 1, new double[] {7, 18, 9, 16});
        assertThat(noisy.scaleBiased(noisyFull)).isFalse();
        assertThat(full.scaleBiased(full)).isFalse();
        assertThat(SeedNoise.smallestPassingScale(List.of(small, full))).isEqualTo(0.02);
        assertThat(SeedNoise.smallestPassingUnbiasedScale(List.of(small, full))).isEqualTo(1.0);
        assertThat(SeedNoise.smallestPassingUnbiasedScale(List.of(near, full))).isEqualTo(0.02);
    }
}

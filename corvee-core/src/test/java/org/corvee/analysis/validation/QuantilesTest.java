package org.corvee.analysis.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one quantile rule: type 7, and its weighted form that equals it for equal weights. */
class QuantilesTest {
    @Test
    void typeSevenInterpolatesBetweenOrderStatistics() {
        double[] v = {1, 2, 3, 4, 5};
        assertThat(Quantiles.of(v, 0.0)).isEqualTo(1);
        assertThat(Quantiles.of(v, 0.5)).isEqualTo(3);
        assertThat(Quantiles.of(v, 0.05)).isCloseTo(1.2, within(1e-12)); // h = 4 x 0.05 = 0.2
        assertThat(Quantiles.of(v, 0.95)).isCloseTo(4.8, within(1e-12));
        assertThat(Quantiles.of(v, 1.0)).isEqualTo(5);
    }

    @Test
    void equalWeightsGiveExactlyTypeSevenWhateverTheOrderOrScale() {
        double[] x = {5, 1, 4, 2, 3, 9, 7};
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] w = new double[x.length];
        Arrays.fill(w, 1.0 / 7);
        for (double q : new double[] {0, 0.05, 0.3, 0.5, 0.95, 1}) {
            assertThat(Quantiles.weighted(x, w, q)).as("q=%s", q).isEqualTo(Quantiles.of(sorted, q));
        }
    }

    @Test
    void weightsMovePositionsAndNaNOrZeroWeightIsLeftOut() {
        // values 1, 2, 3 with weights 1, 2, 1: positions 0, 1/3, 1 (span 4 − 1 = 3).
        double[] x = {3, 1, 2, Double.NaN, 100};
        double[] w = {1, 1, 2, 5, 0};
        assertThat(Quantiles.weighted(x, w, 0)).isEqualTo(1);
        assertThat(Quantiles.weighted(x, w, 1.0 / 6)).isCloseTo(1.5, within(1e-12));
        assertThat(Quantiles.weighted(x, w, 1.0 / 3)).isCloseTo(2, within(1e-12));
        assertThat(Quantiles.weighted(x, w, 2.0 / 3)).isCloseTo(2.5, within(1e-12));
        assertThat(Quantiles.weighted(x, w, 1)).isEqualTo(3);
        // scaling the weights changes nothing
        assertThat(Quantiles.weighted(x, new double[] {10, 10, 20, 50, 0}, 0.4))
                .isCloseTo(Quantiles.weighted(x, w, 0.4), within(1e-12));
        assertThat(Quantiles.weighted(new double[] {Double.NaN}, new double[] {1}, 0.5)).isNaN();
        assertThat(Quantiles.weighted(new double[] {4}, new double[] {2}, 0.9)).isEqualTo(4);
    }
}

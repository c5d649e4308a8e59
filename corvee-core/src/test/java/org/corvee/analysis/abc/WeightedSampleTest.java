package org.corvee.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Weighted quantiles and moments on hand-computable samples. */
class WeightedSampleTest {
    @Test
    void quantilesInvertTheWeightedDistribution() {
        double[] x = {3, 1, 2, 4};
        double[] w = {0.1, 0.4, 0.2, 0.3};
        // sorted: 1 (0.4), 2 (0.6), 3 (0.7), 4 (1.0)
        assertThat(WeightedSample.quantile(x, w, 0.05)).isEqualTo(1);
        assertThat(WeightedSample.quantile(x, w, 0.5)).isEqualTo(2);
        assertThat(WeightedSample.quantile(x, w, 0.65)).isEqualTo(3);
        assertThat(WeightedSample.quantile(x, w, 0.95)).isEqualTo(4);
        assertThat(WeightedSample.mean(x, w)).isCloseTo(0.3 + 0.4 + 0.4 + 1.2, offset(1e-12));
        assertThat(WeightedSample.quantile(new double[] {Double.NaN, 5}, new double[] {0.5, 0.5}, 0.1)).isEqualTo(5);
    }

    @Test
    void covarianceOfEqualWeights() {
        double[][] pts = {{0, 0}, {2, 2}, {0, 2}, {2, 0}};
        double[][] c = WeightedSample.covariance(pts, new double[] {1, 1, 1, 1});
        assertThat(c[0][0]).isCloseTo(1.0, offset(1e-12));
        assertThat(c[1][1]).isCloseTo(1.0, offset(1e-12));
        assertThat(c[0][1]).isCloseTo(0.0, offset(1e-12));
    }
}

package org.corvee.analysis.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Systematic resampling: worked example, and every particle drawn ⌊n·w⌋ or ⌈n·w⌉ times. */
class ResamplingTest {
    @Test
    void aWorkedExample() {
        // points (k + 0.5) / 4 = 0.125, 0.375, 0.625, 0.875 against cumulative 0.5, 0.75, 1
        assertThat(Resampling.systematic(new double[] {2, 1, 1}, 4, 0.5)).containsExactly(0, 0, 1, 2);
        // zero weights are never drawn
        assertThat(Resampling.systematic(new double[] {0, 1, 0, 1}, 4, 0.1)).containsExactly(1, 1, 3, 3);
    }

    @Test
    void countsFollowTheWeights() {
        double[] w = {0.05, 0.3, 0.0, 0.41, 0.24};
        for (double u : new double[] {0, 0.13, 0.5, 0.999}) {
            int n = 37;
            int[] count = new int[w.length];
            for (int p : Resampling.systematic(w, n, u)) {
                count[p]++;
            }
            for (int p = 0; p < w.length; p++) {
                assertThat(count[p]).as("u=%s particle %d", u, p)
                        .isBetween((int) Math.floor(n * w[p]) , (int) Math.ceil(n * w[p]));
            }
        }
    }

    @Test
    void badWeightsAreRefused() {
        assertThatThrownBy(() -> Resampling.systematic(new double[] {0, 0}, 2, 0.5))
                .hasMessageContaining("at least one must be positive");
        assertThatThrownBy(() -> Resampling.systematic(new double[] {1, Double.NaN}, 2, 0.5))
                .hasMessageContaining("finite");
    }
}

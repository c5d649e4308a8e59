package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Gaps drawn by {@link GeometricSkips} choose items as independent Bernoulli(p) trials would:
 * each position with probability p, neighbouring positions independently, the count per pass
 * binomial. Tolerances are 4 standard errors of the stated estimate.
 */
class GeometricSkipsTest {
    private static final int N = 40;
    private static final int PASSES = 200_000;

    /** Positions chosen in each pass: chosen[pass][t]. */
    private static boolean[][] passes(double p) {
        GeometricSkips skips = new GeometricSkips(p);
        long stream = new RandomStreams(17).stream("skips-test");
        boolean[][] chosen = new boolean[PASSES][N];
        for (int pass = 0; pass < PASSES; pass++) {
            int d = 0;
            for (long t = skips.gap(stream, pass, 3, d++); t < N; t += 1L + skips.gap(stream, pass, 3, d++)) {
                chosen[pass][(int) t] = true;
            }
        }
        return chosen;
    }

    @Test
    void eachPositionIsChosenWithProbabilityPIndependentlyOfItsNeighbour() {
        for (double p : new double[] {0.05, 0.3, 0.5, 0.9}) {
            boolean[][] chosen = passes(p);
            double se = Math.sqrt(p * (1 - p) / PASSES);
            for (int t : new int[] {0, 1, 7, N - 1}) {
                int hits = 0;
                for (boolean[] pass : chosen) {
                    hits += pass[t] ? 1 : 0;
                }
                assertThat(Math.abs((double) hits / PASSES - p)).as("p=%s position %d", p, t).isLessThan(4 * se);
            }
            int both = 0;
            for (boolean[] pass : chosen) {
                both += pass[5] && pass[6] ? 1 : 0;
            }
            double pp = p * p;
            assertThat(Math.abs((double) both / PASSES - pp)).as("p=%s pair", p)
                    .isLessThan(4 * Math.sqrt(pp * (1 - pp) / PASSES));
        }
    }

    @Test
    void theCountPerPassHasTheBinomialVariance() {
        double p = 0.3;
        boolean[][] chosen = passes(p);
        double sum = 0;
        double sq = 0;
        for (boolean[] pass : chosen) {
            int k = 0;
            for (boolean b : pass) {
                k += b ? 1 : 0;
            }
            sum += k;
            sq += (double) k * k;
        }
        double mean = sum / PASSES;
        double var = sq / PASSES - mean * mean;
        double binomialVar = N * p * (1 - p);
        assertThat(Math.abs(mean - N * p)).isLessThan(4 * Math.sqrt(binomialVar / PASSES));
        // The sample variance of 200,000 binomial counts has a relative SE of about sqrt(2/n) = 0.3%.
        assertThat(var / binomialVar).isBetween(0.98, 1.02);
    }

    @Test
    void certainAndImpossibleTrials() {
        long stream = new RandomStreams(1).stream("skips-test");
        assertThat(new GeometricSkips(1).gap(stream, 5, 0, 0)).isZero();
        assertThat(new GeometricSkips(0).gap(stream, 5, 0, 0)).isEqualTo(Integer.MAX_VALUE);
        assertThat(new GeometricSkips(0).never()).isTrue();
        assertThat(new GeometricSkips(1.5).probability()).isEqualTo(1.0);
    }

    /** The table of thresholds gives the inversion formula's gap bit for bit, also at each step. */
    @Test
    void theTableGivesTheFormulasGapExactly() {
        for (int table : new int[] {GeometricSkips.TABLE, 700, 1024}) {
            theTableGivesTheFormulasGapExactly(table);
        }
    }

    private static void theTableGivesTheFormulasGapExactly(int table) {
        long stream = new RandomStreams(5).stream("skips-table");
        for (double p : new double[] {1e-7, 0.001, 0.005, 0.02, 0.05, 0.2, 0.5, 0.8, 0.95, 0.999}) {
            GeometricSkips skips = new GeometricSkips(p, table);
            for (int key = 0; key < 300_000; key++) {
                assertThat(skips.gap(stream, key, 7, 1)).as("p=%s key %d", p, key)
                        .isEqualTo(skips.formulaGap(stream, key, 7, 1));
            }
            int longGaps = 0; // read from the longer thresholds
            for (int key = 0; key < 300_000; key++) {
                int g = skips.gap(stream, key, 7, 1);
                longGaps += g >= GeometricSkips.TABLE && g < skips.thresholds() ? 1 : 0;
            }
            if (table > GeometricSkips.TABLE && (p == 0.005 || p == 0.02)) {
                assertThat(longGaps).as("p=%s: draws reach the longer thresholds", p).isPositive();
            }
            for (long bits : new long[] {0, 1, 1L << 52, (1L << 53) - 2, (1L << 53) - 1}) {
                assertThat(skips.gap53(bits)).as("p=%s draw %d", p, bits).isEqualTo((int) skips.formula53(bits));
            }
            for (int k = 0; k < skips.thresholds(); k++) {
                long t = skips.threshold53(k);
                if (t < (1L << 53)) {
                    assertThat(skips.formula53(t)).as("p=%s step %d", p, k).isGreaterThanOrEqualTo(k + 1);
                    assertThat(skips.gap53(t)).isEqualTo((int) skips.formula53(t));
                }
                if (t > 0 && t <= (1L << 53)) {
                    assertThat(skips.formula53(t - 1)).as("p=%s below step %d", p, k).isLessThan(k + 1);
                    assertThat(skips.gap53(t - 1)).isEqualTo((int) skips.formula53(t - 1));
                }
            }
        }
    }
}

package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    @Test
    void uniformHasTheMomentsOfU01() {
        long s = new RandomStreams(42).stream("test");
        int n = 1_000_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double u = RandomStreams.uniform(s, i, 7);
            assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
            sum += u;
            sq += u * u;
        }
        double mean = sum / n;
        // Standard error of the mean is 0.29/sqrt(n) = 0.0003; 5 sigma.
        assertThat(mean).isCloseTo(0.5, within(0.0015));
        assertThat(sq / n - mean * mean).isCloseTo(1.0 / 12, within(0.001));
    }

    @Test
    void drawsAreAPureFunctionOfTheKey() {
        RandomStreams a = new RandomStreams(1);
        RandomStreams b = new RandomStreams(1);
        assertThat(RandomStreams.bits(a.stream("x"), 5, 3, 0)).isEqualTo(RandomStreams.bits(b.stream("x"), 5, 3, 0));
        assertThat(RandomStreams.bits(a.stream("x"), 5, 3, 0)).isNotEqualTo(RandomStreams.bits(a.stream("y"), 5, 3, 0));
        assertThat(RandomStreams.bits(a.stream("x"), 5, 3, 0)).isNotEqualTo(RandomStreams.bits(a.stream("x"), 6, 3, 0));
        assertThat(RandomStreams.bits(a.stream("x"), 5, 3, 0)).isNotEqualTo(RandomStreams.bits(a.stream("x"), 5, 4, 0));
        assertThat(RandomStreams.bits(a.stream("x"), 5, 3, 0)).isNotEqualTo(RandomStreams.bits(a.stream("x"), 5, 3, 1));
        assertThat(a.stream("x")).isNotEqualTo(new RandomStreams(2).stream("x"));
    }

    @Test
    void neighbouringAgentsAreUncorrelated() {
        long s = new RandomStreams(3).stream("corr");
        int n = 500_000;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (RandomStreams.uniform(s, i, 0) - 0.5) * (RandomStreams.uniform(s, i + 1, 0) - 0.5);
        }
        // Correlation estimate has standard error 1/sqrt(n) = 0.0014 (times 1/12 for the covariance).
        assertThat(sxy / n * 12).isCloseTo(0, within(0.007));
    }

    @Test
    void normalHasUnitVariance() {
        long s = new RandomStreams(9).stream("normal");
        int n = 400_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double z = RandomStreams.normal(s, i, 0, 0);
            sum += z;
            sq += z * z;
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(sq / n).isCloseTo(1, within(0.015));
    }

    @Test
    void belowStaysInRange() {
        long s = new RandomStreams(4).stream("below");
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[RandomStreams.below(s, i, 0, 0, 7)]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(9_500, 10_500);
        }
    }
}

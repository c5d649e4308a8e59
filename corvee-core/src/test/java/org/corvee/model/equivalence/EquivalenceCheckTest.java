package org.corvee.model.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check's rules on synthetic ensembles: allowance, gross deviations, constants, missing series. */
class EquivalenceCheckTest {
    private static final int N = 30;

    private static SeedEnsemble ensemble(long seed, int stats, double shiftFirst, double constant) {
        Random r = new Random(seed);
        Map<StatisticId, double[]> v = new LinkedHashMap<>();
        for (int s = 0; s < stats; s++) {
            double[] x = new double[N];
            for (int k = 0; k < N; k++) {
                x[k] = 100 + r.nextGaussian() + (s == 0 ? shiftFirst : 0);
            }
            v.put(new StatisticId("m" + s, "", "run"), x);
        }
        for (StatisticId h : EquivalenceCheck.HEADLINES) {
            double[] x = new double[N];
            for (int k = 0; k < N; k++) {
                x[k] = r.nextGaussian();
            }
            v.put(h, x);
        }
        v.put(new StatisticId("levy", "", "run"), filled(constant));
        return new SeedEnsemble(v, new long[N]);
    }

    private static double[] filled(double c) {
        double[] x = new double[N];
        java.util.Arrays.fill(x, c);
        return x;
    }

    private static EquivalenceCheck.Result compare(SeedEnsemble ref, SeedEnsemble now) {
        return EquivalenceCheck.compare(ref.moments(), ref.values(), now);
    }

    @Test
    void freshDrawsPassAndTheAllowanceFollowsTheBinomial() {
        EquivalenceCheck.Result r = compare(ensemble(1, 500, 0, 2), ensemble(2, 500, 0, 2));
        assertThat(r.passed()).as(r.summary()).isTrue();
        assertThat(r.exact()).isEqualTo(1);
        assertThat(EquivalenceCheck.allowedFailures(0, 0.005, 0.001)).isZero();
        // Binomial(4000, 0.005): mean 20, sd 4.5; the upper 0.001 quantile is about 35.
        assertThat(EquivalenceCheck.allowedFailures(4000, 0.005, 0.001)).isBetween(33, 37);
    }

    @Test
    void oneStatisticFarOffFailsThoughTheCountIsWithinTheAllowance() {
        // 0.5 (one replicate's sd) is ~2.7 SE of the difference of two means of 30: not gross; 3 is ~16 SE.
        EquivalenceCheck.Result r = compare(ensemble(1, 500, 0, 2), ensemble(2, 500, 3, 2));
        assertThat(r.meanFailures().size()).isLessThanOrEqualTo(r.allowed());
        assertThat(r.maxZ()).isGreaterThan(EquivalenceCheck.GROSS_Z);
        assertThat(r.passed()).isFalse();
    }

    @Test
    void aChangedConstantOrAMissingStatisticFails() {
        assertThat(compare(ensemble(1, 50, 0, 2), ensemble(2, 50, 0, 2.5)).exactFailures()).hasSize(1);
        SeedEnsemble fewer = ensemble(2, 40, 0, 2);
        EquivalenceCheck.Result r = compare(ensemble(1, 50, 0, 2), fewer);
        assertThat(r.missing()).hasSize(10);
        assertThat(r.passed()).isFalse();
    }
}

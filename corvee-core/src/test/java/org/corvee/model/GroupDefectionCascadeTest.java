package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.MonthlySeries;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Group defection at one worksite (OD6) against a hand-computed expectation.
 *
 * <p>Thirteen workers (T14: 13 from one restaurant) at one Russian worksite, each living alone.
 * Worker 0 has loyalty 0 and a hazard of 1 (opportunity set to 1 / (1 − minder_density)), so she defects in month 0; the other twelve have
 * loyalty 100 and a hazard of e^−60 ≈ 0, so they leave only by joining her. Each joins
 * independently with q = cascade_join × (1 − minder_density), so the number who join is
 * Binomial(12, q): mean 12q, variance 12q(1 − q), and P(nobody joins) = (1 − q)^12.
 */
class GroupDefectionCascadeTest {
    private static final int N = 13;
    private static final Parameters DEFAULTS = ParameterCatalog.load().defaults();

    private static Parameters params(long seed, double join, double minders) {
        Parameters p = DEFAULTS
                .with("run.scale", 1.0).with("run.start_year", 2010).with("run.end_year", 2010).with("run.seed", seed)
                .with("dispatch.initial_fill", 0).with("dispatch.apply_max", 0.0)
                .with("defection.base_rate", 1.0).with("defection.resentment_coef", 0).with("defection.gap_coef", 0)
                .with("defection.loyalty_coef", 60).with("defection.cascade_join", join)
                .with("destination.russia.defection_opportunity", 1.0 / (1 - minders))
                .with("destination.russia.minder_density", minders)
                .with("mechanism.od5_hazards", 0).with("mechanism.od6_riots", 0)
                // no postings: with everyone abroad, every draw of assignees would fail until
                // its try limit (most of this test's time); the cascade does not depend on them
                .with("mechanism.dp1_assignment", 0);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".slots", d == Destination.RUSSIA ? N : 0);
        }
        return p;
    }

    /** Runs one world; returns how many co-workers joined worker 0. */
    private static long joiners(long seed, double join, double minders) {
        return joiners(params(seed, join, minders));
    }

    private static long joiners(Parameters p) {
        Population pop = new Population(N, N);
        for (int i = 0; i < N; i++) {
            pop.household[i] = i;
            pop.householdStart[i] = i;
            pop.birth[i] = (short) (2010 * 12 - 30 * 12 - Population.BIRTH_BASE);
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
        pop.householdStart[N] = N;
        Simulation sim = Simulation.of(p, pop, new SocialNetwork(new int[N + 1], new int[0]));
        DispatchState state = sim.world().dispatch();
        for (int i = 0; i < N; i++) {
            pop.status[i] = Status.ABROAD;
            pop.destination[i] = (byte) Destination.RUSSIA.ordinal();
            pop.worksite[i] = 0;
            pop.due[i] = 1000;
            pop.loyalty[i] = (byte) (i == 0 ? 0 : 100);
            state.abroad.add(i);
            state.abroadByDestination[Destination.RUSSIA.ordinal()]++;
        }
        MonthlySeries s = sim.run(1, m -> { });
        DispatchMetrics dm = sim.metrics();
        assertThat(s.rawTotal(0, dm.defections)).isEqualTo(1);
        assertThat(s.rawTotalAllMonths(dm.defections)).isEqualTo(1);
        long joined = s.rawTotal(0, dm.groupDefectors);
        assertThat(s.rawTotal(0, dm.groupDefections)).isEqualTo(joined > 0 ? 1 : 0);
        assertThat(s.rawTotalAllMonths(dm.groupDefectors)).isEqualTo(joined);
        return joined;
    }

    private static void checkBinomial(double join, double minders) {
        double q = join * (1 - minders);
        int runs = 400;
        double sum = 0;
        double squares = 0;
        int none = 0;
        for (int r = 0; r < runs; r++) {
            long k = joiners(1000 + r, join, minders);
            sum += k;
            squares += (double) k * k;
            if (k == 0) {
                none++;
            }
        }
        double mean = sum / runs;
        double variance = squares / runs - mean * mean;
        double expectedMean = 12 * q;
        double expectedVariance = 12 * q * (1 - q);
        // Four standard errors of the sample mean; the variance within 25%.
        assertThat(mean).isBetween(expectedMean - 4 * Math.sqrt(expectedVariance / runs),
                expectedMean + 4 * Math.sqrt(expectedVariance / runs));
        assertThat(variance).isBetween(0.75 * expectedVariance, 1.25 * expectedVariance);
        double pNone = Math.pow(1 - q, 12);
        assertThat((double) none / runs).isBetween(pNone - 4 * Math.sqrt(pNone * (1 - pNone) / runs) - 1e-9,
                pNone + 4 * Math.sqrt(pNone * (1 - pNone) / runs) + 1e-9);
    }

    @Test
    void joinersAreBinomialWithoutMinders() {
        checkBinomial(0.4, 0.0); // mean 4.8, variance 2.88
    }

    @Test
    void mindersHalveTheChanceToJoin() {
        checkBinomial(0.4, 0.5); // q = 0.2: mean 2.4, variance 1.92, P(none) = 0.0687
    }

    @Test
    void withoutGroupDefectionNobodyJoins() {
        assertThat(joiners(params(7, 0.9, 0.0))).isPositive();
        assertThat(joiners(params(7, 0.9, 0.0).with("mechanism.od6_group_defection", 0))).isZero();
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.engine.SocialNetwork;
import org.corvee.model.beliefs.BeliefMemoryPhase;
import org.corvee.model.dispatch.ExpectedPay;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.terms.KeptPay;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.people.Population;
import org.junit.jupiter.api.Test;

/**
 * Beliefs with memory reach the equilibrium of their closed form in a mean-field world
 * ({@link BeliefMemoryPhase}): 20,000 adults living alone, no ties, nobody abroad; every month
 * each is reached by the outside source (the truth R) with probability λ = 0.1, trust τ = 0.5,
 * and confidence decays by δ = 0.02. Mean confidence then obeys
 * E[c'] = (1 − δ)(E[c](1 − a) + a), a = λτ/2, with fixed point c* = (1 − δ)a / (1 − (1 − δ)(1 − a))
 * = 0.5506; beliefs converge to R, so the mean expected pay settles at
 * R + (promise − R) · credibility · (1 − c*): the promise as a standing counterweight.
 */
class BeliefEquilibriumTest {
    private static final int N = 20_000;
    private static final double LAMBDA = 0.1;
    private static final double TAU = 0.5;
    private static final double DELTA = 0.02;

    private static Parameters params(boolean memory) {
        Parameters p = ParameterCatalog.load().defaults()
                .with("run.scale", 1.0).with("run.start_year", 2010).with("run.end_year", 2029)
                .with("dispatch.initial_fill", 0).with("dispatch.apply_max", 0.0)
                .with("mechanism.dp1_assignment", 0)
                .with("mechanism.x1_fertility", 0).with("mechanism.x1_marriage", 0)
                .with("beliefs.outside_source_reach", LAMBDA).with("beliefs.outside_source_trust", TAU)
                .with("beliefs.confidence_decay", DELTA).with("mechanism.x3_belief_memory", memory ? 1 : 0);
        return p;
    }

    private static Population adults(int start) {
        Population pop = new Population(N, N);
        for (int i = 0; i < N; i++) {
            pop.household[i] = i;
            pop.birth[i] = (short) (start - 30 * 12 - Population.BIRTH_BASE);
            pop.belief[i] = 500f;
            pop.confidence[i] = 0.2f;
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, N).toArray());
        return pop;
    }

    @Test
    void meanConfidenceAndExpectedPaySettleAtTheClosedForm() {
        Parameters p = params(true);
        Population pop = adults(2010 * 12);
        Simulation sim = Simulation.of(p, pop, new SocialNetwork(new int[N + 1], new int[0]));
        int months = 240;
        double[] meanConfidence = new double[months];
        sim.run(2, m -> {
            double sum = 0;
            for (int i = 0; i < N; i++) {
                sum += pop.confidenceNow(i);
            }
            meanConfidence[m] = sum / N;
        });
        double a = LAMBDA * TAU / 2;
        double cStar = (1 - DELTA) * a / (1 - (1 - DELTA) * (1 - a));
        double late = 0;
        for (int m = months - 24; m < months; m++) {
            late += meanConfidence[m] / 24;
        }
        assertThat(late).isCloseTo(cStar, within(0.01));
        double truth = KeptPay.slotWeighted(MonthTerms.of(p, months - 1, sim.clock(), 1.0));
        ExpectedPay expected = new ExpectedPay(p);
        double meanExpected = 0;
        for (int i = 0; i < N; i++) {
            meanExpected += expected.expected(pop.belief[i], pop.confidence[i]) / N;
        }
        double credibility = p.get("beliefs.propaganda_credibility");
        double closedForm = truth + (expected.promise() - truth) * credibility * (1 - cStar);
        assertThat(meanExpected).isCloseTo(closedForm, within(0.02 * closedForm));
        // The promise still counts: the equilibrium is not the truth.
        assertThat(meanExpected - truth).isGreaterThan(0.5 * (closedForm - truth));
    }

    @Test
    void withoutMemoryConfidenceOnlyGrows() {
        Parameters p = params(false);
        Population pop = adults(2010 * 12);
        Simulation.of(p, pop, new SocialNetwork(new int[N + 1], new int[0])).run(2, m -> { });
        double sum = 0;
        for (int i = 0; i < N; i++) {
            sum += pop.confidence[i];
        }
        // 240 months of news and no forgetting: nearly certain, far above the equilibrium with memory.
        assertThat(sum / N).isGreaterThan(0.95);
    }

    @Test
    void aPersonComingOfAgeStartsUninformed() {
        Parameters p = params(true).with("run.end_year", 2010).with("beliefs.outside_source_reach", 1.0);
        int start = 2010 * 12;
        Population pop = adults(start);
        // Row 0 turns 17 in month 6 (July 2010).
        pop.birth[0] = (short) (start + 6 - p.getInt("beliefs.adult_age") * 12 - Population.BIRTH_BASE);
        float[] seen = new float[3];
        Simulation.of(p, pop, new SocialNetwork(new int[N + 1], new int[0])).run(1, m -> {
            if (m == 5) {
                seen[0] = pop.confidenceNow(0);
            }
            if (m == 6) {
                seen[1] = pop.confidenceNow(0);
                seen[2] = pop.heard[0];
            }
        });
        assertThat(seen[0]).isGreaterThan(0.5f); // informed as a child by the source reaching everyone
        assertThat(seen[1]).isEqualTo((float) p.get("beliefs.initial_confidence"));
        assertThat(seen[2]).isEqualTo(-1f);
    }
}

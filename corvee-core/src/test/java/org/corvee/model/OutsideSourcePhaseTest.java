package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.terms.KeptPay;
import org.corvee.model.world.Status;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/** The outside source of true information (OD8): reach, trust, the true figure, and the switch. */
class OutsideSourcePhaseTest {
    @Test
    void theTrueFigureIsTheSlotWeightedPayWorkersKeep() {
        Parameters p = TestParameters.small(0.001, 2010, 2010);
        // Russia keeps 700 − 420 − 105 − 60 = 115 on 25,000 slots; China 400 − 220 − 60 − 40 = 80 on 15,000;
        // Poland 900 (shipyards) keeps 75 on 500; Qatar 1,000 keeps 200 on 2,500; Kuwait 900 keeps 180 on
        // 2,000; Mongolia 400 keeps 80 on 1,200 (default terms of parameters.yaml).
        double expected = (115.0 * 25000 + 80.0 * 15000 + 75.0 * 500 + 200.0 * 2500 + 180.0 * 2000 + 80.0 * 1200)
                / (25000 + 15000 + 500 + 2500 + 2000 + 1200);
        assertThat(KeptPay.slotWeighted(p, 0)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void fullReachAndTrustMakeEveryoneAtHomeBelieveTheTruth() {
        Parameters p = TestParameters.small(0.0005, 2010, 2010).with("beliefs.initial_confidence", 0)
                .with("beliefs.outside_source_reach", 1).with("beliefs.outside_source_trust", 1)
                .with("mechanism.od8_word_of_mouth", 0).with("mechanism.x3_belief_memory", 0);
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        // Soldiers neither hear nor tell (X1): those discharged during the year heard the
        // source for fewer months.
        boolean[] soldier = new boolean[pop.size];
        for (int i = 0; i < pop.size; i++) {
            soldier[i] = pop.status[i] == Status.SERVICE;
        }
        MonthlySeries s = sim.run(1, m -> { });
        double truth = KeptPay.slotWeighted(p, 0);
        int home = 0;
        for (int i = 0; i < pop.size; i++) {
            // Returnees of this month hold first-hand knowledge with high confidence: they move
            // little; children born during the year (X1) heard the source for fewer months.
            boolean bornBefore = pop.birth[i] + Population.BIRTH_BASE < sim.clock().absolute(0);
            if (pop.status[i] == Status.HOME && pop.returned[i] < 0 && bornBefore && !soldier[i]) {
                assertThat((double) pop.belief[i]).isCloseTo(truth, within(0.01));
                // c ← c + (1 − c)·τ/2 from c = 0 with τ = 1, once a month for twelve months: 1 − 2^−12.
                assertThat((double) pop.confidence[i]).isCloseTo(1 - Math.pow(0.5, 12), within(1e-6));
                home++;
            }
        }
        assertThat(home).isGreaterThan(pop.size / 2);
        assertThat(s.rawTotal(0, sim.registry().get("heard_outside_source"))).isGreaterThanOrEqualTo(home);
    }

    @Test
    void fullReachReachesExactlyThePeopleInTheCountryNeverTheDeadOrDefected() {
        // High death and defection hazards so that there are dead and defected people to leave out.
        Parameters p = TestParameters.small(0.001, 2010, 2013).with("beliefs.outside_source_reach", 1)
                .with("destination.russia.death_rate", 0.02).with("destination.china.death_rate", 0.02)
                .with("defection.base_rate", 0.02);
        Simulation sim = Simulation.build(p);
        MonthlySeries s = sim.run(1, m -> { });
        Population pop = sim.world().population();
        int[] byStatus = new int[Status.VACANT + 1];
        for (int i = 0; i < pop.size; i++) {
            byStatus[pop.status[i]]++;
        }
        assertThat(byStatus[Status.DEAD]).isPositive();
        assertThat(byStatus[Status.DEFECTED]).isPositive();
        // After the outside source only the demography changes who is at home (X1: the month's
        // deaths at home were reached, its newborns were not), so last month's reach is everyone
        // whose status is home, applicant or screening at the end of the run, less the month's
        // births, plus its deaths at home.
        int last = s.months() - 1;
        long reached = s.rawTotal(last, sim.registry().get("heard_outside_source"));
        long born = s.rawTotal(last, sim.registry().get("births"));
        long died = s.rawTotal(last, sim.registry().get("deaths_at_home"));
        assertThat(reached).isEqualTo(byStatus[Status.HOME] + byStatus[Status.APPLICANT] + byStatus[Status.SCREENING]
                - born + died);
    }

    @Test
    void partialReachReachesAboutThatShare() {
        Parameters p = TestParameters.small(0.002, 2010, 2010).with("beliefs.outside_source_reach", 0.1);
        Simulation sim = Simulation.build(p);
        MonthlySeries s = sim.run(1, m -> { });
        double share = (double) s.rawTotal(0, sim.registry().get("heard_outside_source")) / sim.world().population().size;
        assertThat(share).isCloseTo(0.1, within(0.01));
    }

    @Test
    void withTheSwitchOffOrNoReachTheRunIsUnchanged() throws IOException {
        Parameters base = TestParameters.small(0.001, 2010, 2012);
        String none = csv(base);
        assertThat(csv(base.with("beliefs.outside_source_reach", 0.3).with("mechanism.od8_outside_source", 0)))
                .isEqualTo(none);
        assertThat(csv(base.with("beliefs.outside_source_reach", 0.3))).isNotEqualTo(none);
    }

    private static String csv(Parameters p) throws IOException {
        Simulation sim = Simulation.build(p);
        StringWriter w = new StringWriter();
        SeriesCsvWriter.write(sim.run(1, m -> { }), sim.clock(), p.get("run.scale"), w);
        return w.toString();
    }
}

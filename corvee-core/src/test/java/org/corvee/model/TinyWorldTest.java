package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.engine.MonthlySeries;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.junit.jupiter.api.Test;

/**
 * Four people, one destination with one slot, computed by hand.
 *
 * <p>Rows: 0 and 1 are a capital household; 2 and 3 live alone in Ryanggang. Everyone is core
 * with savings $1,500; row 0 is 30, the others 60 (too old to apply). Ties: 0–2. Everyone believes the promise ($500) with confidence 0.2.
 * Row 0's application round is January (row mod 12 = 0), so in month 0 only row 0 may apply.
 * Russia: gross $700, state 60%, minders 15%, living $60 → the worker keeps $115 a month; over
 * the 2-month contract, net of the $1,000 bribe, she brings home (2 × 115 − 1000)/2 = −$385 a month.
 * Other hosts have no slots; hazards, defection and riots are off, and the "children left
 * behind" rule is off (nobody here has a child).
 */
class TinyWorldTest {
    private static final float REPORT = (2 * 115f - 1000f) / 2;

    /** Every host but Russia without slots (read from the catalogue, so a new host is closed too). */
    private static Parameters onlyRussia(Parameters p) {
        for (String id : DestinationKeys.IDS) {
            p = p.with(DestinationKeys.of(id).slots, id.equals("russia") ? 1 : 0);
        }
        return p;
    }

    private Parameters params() {
        return onlyRussia(ParameterCatalog.load().defaults())
                .with("run.scale", 1.0).with("run.start_year", 2010).with("run.end_year", 2010)
                .with("destination.russia.slots_growth", 0)
                .with("dispatch.require_children_left_behind", 0).with("dispatch.screening_spread", 0)
                .with("mechanism.od5_hazards", 0).with("mechanism.od6_defection", 0)
                .with("mechanism.od6_riots", 0)
                // the hand computation has no forgetting (BeliefMemoryPhase has its own test)
                .with("mechanism.x3_belief_memory", 0)
                // a hand-built world of four: no spare rows for births, and nobody marries
                .with("mechanism.x1_fertility", 0).with("mechanism.x1_marriage", 0)
                .with("dispatch.initial_fill", 0)
                .with("dispatch.contract_months", 2).with("dispatch.screening_months", 0)
                .with("dispatch.contract_spread", 0).with("dispatch.renewal_share", 0).with("run.history_years", 0)
                .with("dispatch.bribe", 1000).with("dispatch.bribe_growth", 0)
                .with("dispatch.apply_max", 1.0).with("decision.ratio_threshold", -1e6).with("decision.ratio_scale", 1)
                .with("beliefs.talk_probability", 1.0).with("beliefs.relay_months", 0)
                .with("beliefs.propaganda_credibility", 0.0);
    }

    private static Population fourPeople(int absoluteStart) {
        Population pop = new Population(4, 3);
        int[] hh = {0, 0, 1, 2};
        byte[] prov = {0, 0, (byte) Province.RYANGGANG.ordinal(), (byte) Province.RYANGGANG.ordinal()};
        for (int i = 0; i < 4; i++) {
            pop.household[i] = hh[i];
            pop.province[i] = prov[i];
            pop.songbun[i] = (byte) Songbun.CORE.ordinal();
            pop.urban[i] = 1;
            pop.birth[i] = (short) (absoluteStart - (i == 0 ? 30 : 60) * 12 - Population.BIRTH_BASE);
            pop.belief[i] = 500f;
            pop.confidence[i] = 0.2f;
            pop.savings[i] = 1500f;
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
        pop.households.layOut(new int[] {0, 2, 3, 4});
        return pop;
    }

    @Test
    void oneWorkerGoesEarnsReturnsAndTellsHerHouseholdAndFriend() {
        Parameters p = params();
        Population pop = fourPeople(2010 * 12);
        SocialNetwork net = new SocialNetwork(new int[] {0, 1, 1, 2, 2}, new int[] {2, 0});
        Simulation sim = Simulation.of(p, pop, net);
        DispatchMetrics dm = sim.metrics();
        MonthlySeries s = sim.run(1, m -> { });

        // Month 0: row 0 applies (prob 1), is selected for the only slot, pays $1,000, departs.
        assertThat(s.rawTotal(0, dm.applicants)).isEqualTo(1);
        assertThat(s.rawTotal(0, dm.selected)).isEqualTo(1);
        assertThat(s.rawTotal(0, dm.bribes)).isEqualTo(100_000);
        assertThat(s.rawTotal(0, dm.departures)).isEqualTo(1);
        // Pay: 70000 cents → state 42000, minders 10500, living 6000, worker 11500.
        assertThat(s.rawTotal(0, dm.payState)).isEqualTo(42_000);
        assertThat(s.rawTotal(0, dm.payMinders)).isEqualTo(10_500);
        assertThat(s.rawTotal(0, dm.payLiving)).isEqualTo(6_000);
        assertThat(s.rawTotal(0, dm.payWorker)).isEqualTo(11_500);
        // Month 1: second month of the 2-month contract; she returns at its end.
        assertThat(s.rawTotal(1, dm.returns)).isEqualTo(1);
        assertThat(s.rawTotal(1, dm.abroad)).isZero();
        assertThat(pop.savings[0]).isCloseTo(1500f - 1000f + 2 * 115f, within(1e-3f));
        // Her account: pay brought home net of the bribe (paid from savings, no interest).
        assertThat(pop.kept[0]).isCloseTo(REPORT, within(1e-4f));
        assertThat(pop.returned[0]).isEqualTo((short) 1);
        // She tells row 1 (household, trust 0.8) in months 1..11 and row 2 (tie 0.6) likewise.
        // First hearing: b = 500 + 0.8·(1 − 0.2)·(−385 − 500) = −66.4; c = 0.2 + 0.8·0.4 = 0.52.
        // Row 3 has no tie to anyone and never hears.
        assertThat(pop.heard[3]).isEqualTo((short) -1);
        assertThat(pop.belief[3]).isEqualTo(500f);
        double b1 = 500;
        double c1 = 0.2;
        double b2 = 500;
        double c2 = 0.2;
        for (int month = 1; month <= 11; month++) {
            b1 += 0.8 * (1 - c1) * (REPORT - b1);
            c1 += (1 - c1) * 0.4;
            b2 += 0.6 * (1 - c2) * (REPORT - b2);
            c2 += (1 - c2) * 0.3;
        }
        assertThat((double) pop.belief[1]).isCloseTo(b1, within(1e-2));
        assertThat((double) pop.confidence[1]).isCloseTo(c1, within(1e-4));
        assertThat((double) pop.belief[2]).isCloseTo(b2, within(1e-2));
        assertThat(s.rawTotalAllMonths(dm.heardFirstHand)).isEqualTo(22);
        assertThat(s.rawTotalAllMonths(dm.newlyInformed)).isEqualTo(2);
    }

    @Test
    void withoutWordOfMouthNobodyElseLearns() {
        Parameters p = params().with("mechanism.od8_word_of_mouth", 0);
        Population pop = fourPeople(2010 * 12);
        SocialNetwork net = new SocialNetwork(new int[] {0, 1, 1, 2, 2}, new int[] {2, 0});
        Simulation.of(p, pop, net).run(1, m -> { });
        assertThat(pop.belief[1]).isEqualTo(500f);
        assertThat(pop.belief[2]).isEqualTo(500f);
        assertThat(pop.belief[0]).isEqualTo(REPORT);
    }
}

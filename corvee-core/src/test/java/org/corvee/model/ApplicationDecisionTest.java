package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.dispatch.ApplicationDecision;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.junit.jupiter.api.Test;

/**
 * Each term of the application decision ({@link ApplicationDecision}) moves the application rate
 * (applicants / eligible persons who reconsidered) by at least a stated amount in a small world.
 *
 * <p>The world: scale 0.003 (about 70,000 persons), 2010-2021, nobody abroad (no slots, no initial
 * fill), so no returnee speaks and the rate is the rule applied to the population as built. The
 * rate is measured over the last year (2021, eleven years of market growth). With the defaults it
 * is about 0.127 of those considered (apply_max 0.3). The stated minimum effects are about half of
 * what the defaults give, so the test fails if a term is saturated away again (the issue's
 * baseline: guilt by association off moved T1 by 0.001).
 */
class ApplicationDecisionTest {
    private static final double SCALE = 0.003;

    private static Parameters world() {
        Parameters p = TestParameters.small(SCALE, 2010, 2021).with("dispatch.initial_fill", 0);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".slots", 0);
        }
        return p;
    }

    /** Application rate over the last year, capital only or everywhere. */
    private static double rate(Parameters p, boolean capitalOnly, float risk) {
        Simulation sim = Simulation.build(p);
        if (risk > 0) {
            Population pop = sim.world().population();
            Arrays.fill(pop.risk, risk);
            // A row holds risk only with the AT_RISK mark (the application round reads no other).
            for (int i = 0; i < pop.size; i++) {
                pop.flags[i] |= PersonFlags.AT_RISK;
            }
        }
        MonthlySeries s = sim.run(2, m -> { });
        DispatchMetrics dm = sim.metrics();
        int provinces = Province.values().length;
        int classes = Songbun.values().length;
        double applied = 0;
        double considered = 0;
        for (int m = s.months() - 12; m < s.months(); m++) {
            for (int pr = 0; pr < provinces; pr++) {
                if (capitalOnly && pr != Province.PYONGYANG.ordinal()) {
                    continue;
                }
                considered += s.raw(m, dm.considered, pr);
                for (int k = 0; k < classes; k++) {
                    applied += s.raw(m, dm.applicants, pr * classes + k);
                }
            }
        }
        return applied / considered;
    }

    @Test
    void expectedPayMovesTheRate() {
        double full = rate(world(), false, 0);
        double less = rate(world().with("beliefs.promised_pay", 350), false, 0);
        // A promise 30% lower: at least 0.02 fewer of those considered apply (measured: 0.127 → 0.087).
        assertThat(full - less).isGreaterThan(0.02);
    }

    @Test
    void guiltByAssociationMovesTheCapitalsRate() {
        double on = rate(world(), true, 0);
        double off = rate(world().with("mechanism.od7_guilt_by_association", 0), true, 0);
        // The watching of the family (weighing capital_watch_factor more in the capital):
        // at least 0.01 of the capital's considered persons (measured: 0.085 on, 0.106 off).
        assertThat(off - on).isGreaterThan(0.01);
    }

    @Test
    void marketIncomeMovesTheRate() {
        double on = rate(world(), false, 0);
        double off = rate(world().with("mechanism.od9_market_income", 0), false, 0);
        // Eleven years of market growth make staying home better: at least 0.01 (measured: 0.127 on, 0.148 off).
        assertThat(off - on).isGreaterThan(0.01);
    }

    @Test
    void perceivedRiskMovesTheRate() {
        Parameters kept = world().with("guilt.risk_decay", 0);
        double none = rate(kept, false, 0);
        double risky = rate(kept, false, 40f);
        // $40 a month of perceived risk (kept from decaying): at least 0.005 (measured: 0.127 → 0.116).
        assertThat(none - risky).isGreaterThan(0.005);
    }

    @Test
    void aYoungChildAtHomeMovesTheRate() {
        double with = rate(world(), false, 0);
        double without = rate(world().with("decision.separation_cost", 0), false, 0);
        // Few persons of application age have a child under 12 (the population has no births):
        // at least 0.0007 (measured: 0.1268 → 0.1283).
        assertThat(without - with).isGreaterThan(0.0007);
    }

    @Test
    void aLongerContractDoesNotMakeApplyingMoreAttractive() {
        // Under the old rule the gain grew in proportion to the months (a 60-month contract drew
        // far more applicants than a 36-month one).
        double base = rate(world(), false, 0);
        double longer = rate(world().with("dispatch.contract_months", 60), false, 0);
        // The family's surveillance accumulates with the months abroad; the bribe spread thinner
        // over a discounted contract gains less: the longer contract draws fewer applicants
        // (measured: 0.1268 at 36 months, 0.1261 at 60).
        assertThat(longer).isLessThan(base);
    }
}

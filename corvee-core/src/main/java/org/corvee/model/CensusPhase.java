package org.corvee.model;

import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.World;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * Month-end census (X6): persons by province and status, the informed, and the number, belief
 * sums and loyalty sum of adults (18+, not dead, defected or in military service) by province for the means and the
 * spread.
 *
 * <p>It does not scan the population (except once, in the first month): the counts are kept
 * by {@link CensusTally}, which the phases tell around every change of a column it reads. Adults are the living born in or before the month 18 years
 * ago, a prefix of the tally's birth months. Belief sums are exact integer sums of each
 * person's belief rounded to 2^-20 USD (squares to 2^-8 USD²), reported rounded to the cent and
 * to 1 USD² once per province.
 */
public final class CensusPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public CensusPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "census";
    }

    @Override
    public void step(StepContext ctx) {
        CensusTally tally = world.census();
        ctx.touched(tally.countOnce(ctx.ranges()));
        int adultBirth = ctx.clock().absolute(ctx.month()) - 18 * 12 - Population.BIRTH_BASE;
        long[] c = ctx.counters();
        long[] adults = new long[4];
        for (int pr = 0; pr < Province.values().length; pr++) {
            for (int st = 0; st < Status.COUNT; st++) {
                c[metrics.persons.at(pr, st)] += tally.persons(pr, st);
            }
            c[metrics.informed.at(pr)] += tally.informed(pr);
            tally.bornBy(pr, adultBirth, adults);
            c[metrics.adults.at(pr)] += adults[0];
            c[metrics.beliefSum.at(pr)] += metrics.beliefSum.fixed(adults[1] / CensusTally.BELIEF_UNIT);
            c[metrics.beliefSquares.at(pr)] += metrics.beliefSquares.fixed(adults[2] / CensusTally.SQUARE_UNIT);
            c[metrics.loyaltySum.at(pr)] += adults[3];
        }
    }
}

package org.corvee.model.beliefs;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.GeometricSkips;
import org.corvee.engine.Metric;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.corvee.model.terms.KeptPay;
import org.corvee.model.world.Dimensions;

/**
 * A credible outside source of true information about work abroad (OD8, X3) — foreign radio,
 * smuggled media, an information campaign — switch {@code mechanism.od8_outside_source}.
 *
 * <p>Each month every person in the country (not abroad, dead or defected:
 * {@link BeliefUpdate#canHear}) is reached independently with probability
 * {@code beliefs.outside_source_reach}. The source reports the true figure: what a worker
 * actually keeps per month under the terms in force this month ({@link KeptPay}). A reached person updates by {@link BeliefUpdate}, as for word of
 * mouth, with trust {@code τ = beliefs.outside_source_trust}. It does not make anyone a relay:
 * people repeat what returnees told them, not what they heard on the radio (an assumption).
 *
 * <p>With reach 0 (the default) the phase does nothing, so runs without a campaign are
 * unchanged. Parallel over agent ranges; each body writes only its own rows. The persons reached
 * are drawn by gaps ({@link GeometricSkips}, keyed by the fixed chunk and the month, so the
 * same on any thread count): a month costs the persons reached, not a draw per person. Whether
 * a row is reached does not depend on whether it can hear, so skipping over rows and then
 * dropping those away reaches each person at home with probability {@code reach}, as one draw
 * per person would.
 */
public final class OutsideSourcePhase implements Phase {
    private final World world;
    private final Metric reached;

    public OutsideSourcePhase(World world, CounterRegistry registry) {
        this.world = world;
        this.reached = registry.persons("heard_outside_source",
                "Persons reached by the outside source of true information this month (OD8)",
                org.corvee.engine.Accumulation.FLOW, Dimensions.PROVINCE);
    }

    @Override
    public String name() {
        return "outside-source";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        double reach = p.get(BeliefsKeys.OUTSIDE_SOURCE_REACH);
        if (!p.on(MechanismKeys.OD8_OUTSIDE_SOURCE) || reach <= 0) {
            return;
        }
        double trust = p.get(BeliefsKeys.OUTSIDE_SOURCE_TRUST);
        int m = ctx.month();
        float report = (float) KeptPay.slotWeighted(world.terms(m));
        long stream = ctx.random().stream("outside-source");
        Population pop = world.population();
        int base = reached.base();
        GeometricSkips skips = new GeometricSkips(reach);
        ctx.ranges().run(pop.size, ctx.counters(), (chunk, from, to, c) -> {
            byte[] status = pop.status;
            int n = to - from;
            int d = 0;
            int drawn = 0;
            for (long t = skips.gap(stream, chunk, m, d++); t < n; t += 1L + skips.gap(stream, chunk, m, d++)) {
                int i = from + (int) t;
                drawn++;
                if (!BeliefUpdate.canHear(status[i])) {
                    continue;
                }
                float before = pop.belief[i];
                BeliefUpdate.hear(pop, i, report, trust);
                world.census().beliefChanged(i, pop.heard[i], before);
                c[base + pop.province[i]]++;
            }
            // Only the rows drawn are read (issue 15's touched share).
            ctx.touched(drawn);
        });
    }

}

package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;

/**
 * Month-end snapshot of the workers abroad (OD4, OD5, OD11, OD12, OD13), from the abroad list:
 * workers and capital residents per destination (for the capital's share), soldier-labourers,
 * stranded workers (contract extended by the border closure, {@link PersonFlags#STRANDED}),
 * summed resentment, and the state's levers in force.
 */
public final class AbroadCensusPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public AbroadCensusPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "abroad-census";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        DispatchState state = world.dispatch();
        long[] c = ctx.counters();
        int capital = Province.PYONGYANG.ordinal();
        IntList abroad = state.abroad;
        ctx.touched(abroad.size());
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            int d = pop.destination[i];
            c[metrics.abroadByDestination.base() + d]++;
            if (pop.province[i] == capital) {
                c[metrics.abroadFromCapital.base() + d]++;
            }
            if ((pop.flags[i] & PersonFlags.SOLDIER) != 0) {
                c[metrics.soldiersAbroad.base() + d]++;
            }
            if ((pop.flags[i] & PersonFlags.STRANDED) != 0) {
                c[metrics.stranded.base() + d]++;
            }
            c[metrics.resentmentAbroad.base() + d] += metrics.resentmentAbroad.fixed(pop.resentment[i]);
        }
        c[metrics.extraLevy.base()] = metrics.extraLevy.fixed(state.response.levy());
        c[metrics.contractBonus.base()] = state.response.contractBonus();
        c[metrics.poolWidened.base()] = state.response.widened(world.parameters()) ? 1 : 0;
    }
}

package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;

/**
 * Month-end snapshot of the workers abroad (OD4, OD5, OD11, OD12, OD13), from the abroad list:
 * workers and capital residents per destination (for the capital's share), soldier-labourers,
 * stranded workers (contract extended by the border closure, {@link PersonFlags#STRANDED}),
 * summed resentment, and the state's levers in force.
 */
public final class AbroadCensusPhase implements Phase {
    /** Tallied per destination: workers, from the capital, soldiers, stranded, resentment (fixed point). */
    private static final int FIELDS = 5;
    private final World world;
    private final DispatchMetrics metrics;
    /** Workers per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /** Per chunk: what the loads ahead read, kept so that they are not optimised away. */
    private long[] loadedByChunk = new long[0];

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
        IntList sites = state.abroadSites;
        IntList traitsOf = state.abroadTraits;
        ctx.touched(abroad.size());
        // Counts per chunk of the list (in parallel), summed in chunk order: integer sums, exact.
        int nd = Destination.values().length;
        int chunks = ListChunks.count(abroad.size());
        long[][] tally = new long[chunks][];
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        ListChunks.run(ctx, abroad.size(), (chunk, from, to, unused) -> {
            long[] t = new long[nd * FIELDS];
            tally[chunk] = t;
            long loads = 0;
            for (int k = from; k < to; k++) {
                if ((k - from) % BLOCK == 0) { // the rows are scattered: load a block's columns ahead
                    int end = Math.min(to, k + BLOCK);
                    loads += RowLoads.of(abroad, k, end, pop.flags) + RowLoads.of(abroad, k, end, pop.resentment);
                }
                int i = abroad.get(k);
                int d = DispatchState.destinationOf(sites.get(k)) * FIELDS; // all on the list are abroad here
                t[d]++;
                int traits = traitsOf.get(k);
                t[d + 1] += DispatchState.provinceOf(traits) == capital ? 1 : 0;
                t[d + 2] += DispatchState.soldierOf(traits);
                if ((pop.flags[i] & PersonFlags.STRANDED) != 0) {
                    t[d + 3]++;
                }
                t[d + 4] += metrics.resentmentAbroad.fixed(pop.resentment[i]);
            }
            loadedByChunk[chunk] = loads;
        });
        for (long[] t : tally) {
            for (int d = 0; d < nd; d++) {
                c[metrics.abroadByDestination.base() + d] += t[d * FIELDS];
                c[metrics.abroadFromCapital.base() + d] += t[d * FIELDS + 1];
                c[metrics.soldiersAbroad.base() + d] += t[d * FIELDS + 2];
                c[metrics.stranded.base() + d] += t[d * FIELDS + 3];
                c[metrics.resentmentAbroad.base() + d] += t[d * FIELDS + 4];
            }
        }
        c[metrics.extraLevy.base()] = metrics.extraLevy.fixed(state.response.levy());
        c[metrics.contractBonus.base()] = state.response.contractBonus();
        c[metrics.poolWidened.base()] = state.response.widened(world.parameters()) ? 1 : 0;
    }
}

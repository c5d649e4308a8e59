package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.policy.HostPolicy;
import org.corvee.model.policy.PolicyDates;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.FlowMetrics;
import org.corvee.model.state.World;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;

/**
 * What a host would report at month end (OD11, X6): workers present by the channel they
 * entered on, and valid work permits — workers who entered on a work permit, unless the host's
 * repatriation deadline has passed since they entered (the permit is void; the worker may still
 * be present, stranded or kept) or the host has kept them past the contract's end without a new
 * permit ({@link PersonFlags#KEPT}). Over the abroad list in parallel chunks ({@link ListChunks}).
 */
public final class HostReportPhase implements Phase {
    private final World world;
    private final FlowMetrics flows;
    /** Workers per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /** Per chunk: what the loads ahead read, kept so that they are not optimised away. */
    private long[] loadedByChunk = new long[0];

    public HostReportPhase(World world, FlowMetrics flows) {
        this.world = world;
        this.flows = flows;
    }

    @Override
    public String name() {
        return "host-report";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        HostPolicy policy = world.terms(m).hostPolicy();
        IntList abroad = state.abroad;
        IntList sites = state.abroadSites;
        long[] c = ctx.counters();
        ctx.touched(abroad.size());
        // Counts per chunk of the list (in parallel), summed in chunk order: integer sums, exact.
        int nd = Destination.values().length;
        int[] deadline = new int[nd];
        for (int d = 0; d < nd; d++) {
            deadline[d] = policy.deadline(d);
        }
        int chunks = ListChunks.count(abroad.size());
        long[][] tally = new long[chunks][];
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        boolean onlyAbroad = state.onlyAbroad(); // then no status to read
        ListChunks.run(ctx, abroad.size(), (chunk, from, to, unused) -> {
            // Per destination: present by channel (work, student, other), then valid permits.
            long[] t = new long[nd * 4];
            tally[chunk] = t;
            long loads = 0;
            for (int k = from; k < to; k++) {
                if ((k - from) % BLOCK == 0) { // the rows are scattered: load a block's columns ahead
                    int end = Math.min(to, k + BLOCK);
                    loads += (onlyAbroad ? 0 : RowLoads.of(abroad, k, end, pop.status))
                            + RowLoads.of(abroad, k, end, pop.flags) + RowLoads.of(abroad, k, end, pop.departed);
                }
                int i = abroad.get(k);
                if (!onlyAbroad && pop.status[i] != Status.ABROAD) {
                    continue;
                }
                int d = DispatchState.destinationOf(sites.get(k));
                int channel = Vacancies.channelOf(pop.flags[i]);
                t[d * 4 + channel]++;
                int dl = deadline[d];
                boolean voided = dl != PolicyDates.NEVER && m > dl && pop.departed[i] <= dl;
                if (channel == HostPolicy.WORK && !voided && (pop.flags[i] & PersonFlags.KEPT) == 0) {
                    t[d * 4 + 3]++;
                }
            }
            loadedByChunk[chunk] = loads;
        });
        for (long[] t : tally) {
            for (int d = 0; d < nd; d++) {
                for (int channel = 0; channel < 3; channel++) {
                    c[flows.presentByChannel.at(d, channel)] += t[d * 4 + channel];
                }
                c[flows.validPermits.base() + d] += t[d * 4 + 3];
            }
        }
    }
}

package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.FlowMetrics;
import org.corvee.model.state.WorksiteSizes;
import org.corvee.model.state.Worksites;
import org.corvee.model.state.World;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;

/**
 * Departure at the end of screening: the worker goes abroad on a contract of
 * {@code dispatch.contract_months} (T12) plus the OD12 extension, ± a uniform
 * {@code dispatch.contract_spread} months ({@link ContractLength}), to the first worksite of
 * the host with a free place, or a new one ({@link Worksites}: fixed-size containers). Nobody leaves while the border
 * is closed (OD11): the queue waits. Sequential over the screening queue, in queue order. The
 * worksites' occupancy is kept as workers arrive and leave ({@link Worksites#left}), so a
 * month's departures read the queue only, not the workers abroad.
 */
public final class DeparturePhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    private final FlowMetrics flows;
    private static final Destination[] DESTINATIONS = Destination.values();
    /** Queue places per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /** Scratch: the workers of a block who leave this month. */
    private final IntList leaving = new IntList();
    /** What the loads ahead read, kept so that they are not optimised away. */
    private long loaded;

    public DeparturePhase(World world, DispatchMetrics metrics, FlowMetrics flows) {
        this.world = world;
        this.metrics = metrics;
        this.flows = flows;
    }

    @Override
    public String name() {
        return "departure";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        DispatchState state = world.dispatch();
        IntList queue = state.screening;
        int m = ctx.month();
        MonthTerms monthTerms = world.terms(m);
        if (monthTerms.hostPolicy().borderClosed()) {
            return;
        }
        int contract = world.parameters().getInt(DispatchKeys.CONTRACT_MONTHS) + state.response.contractBonus();
        int spread = world.parameters().getInt(DispatchKeys.CONTRACT_SPREAD);
        // Rows read: the screening queue (worksite occupancy is kept as workers leave, not recounted).
        ctx.touched(queue.size());
        WorksiteSizes sizes = new WorksiteSizes(world.parameters(), world.scale());
        long stream = ctx.random().stream("worksite");
        long[] c = ctx.counters();
        int kept = 0;
        IntList leaving = this.leaving;
        // By blocks of the queue: the due months are loaded for the block first, then the columns
        // the departures read and write for those who leave (RowLoads; the rows are scattered),
        // then they leave in queue order. Whether one leaves reads only its own row.
        for (int from = 0; from < queue.size(); from += BLOCK) {
            int to = Math.min(queue.size(), from + BLOCK);
            loaded += RowLoads.of(queue, from, to, pop.due);
            leaving.clear();
            for (int k = from; k < to; k++) {
                int i = queue.get(k);
                if (pop.due[i] > m) {
                    queue.set(kept++, i);
                } else {
                    leaving.add(i);
                }
            }
            int n = leaving.size();
            loaded += pop.memory.load(pop, leaving, 0, n) + RowLoads.of(leaving, 0, n, pop.destination)
                    + RowLoads.of(leaving, 0, n, pop.status) + RowLoads.of(leaving, 0, n, pop.province)
                    + RowLoads.of(leaving, 0, n, pop.flags) + RowLoads.of(leaving, 0, n, pop.worksite)
                    + RowLoads.of(leaving, 0, n, pop.departed) + RowLoads.of(leaving, 0, n, pop.songbun)
                    + RowLoads.of(leaving, 0, n, pop.household) + RowLoads.of(leaving, 0, n, pop.risk);
            for (int k = 0; k < n; k++) {
                depart(leaving.get(k), pop, state, m, contract, spread, stream, sizes, c);
            }
        }
        queue.truncate(kept);
    }

    /** Worker {@code i} leaves the queue for the host: status, contract, worksite, stocks and counts. */
    private void depart(int i, Population pop, DispatchState state, int m, int contract, int spread, long stream,
                        WorksiteSizes sizes, long[] c) {
        int d = pop.destination[i];
        pop.settle(i); // the months of fading at home end here
        pop.status[i] = Status.ABROAD;
        world.census().moved(i, Status.SCREENING);
        pop.due[i] = (short) (m + ContractLength.draw(contract, spread, stream, i, m, 1));
        pop.flags[i] &= ~(PersonFlags.STRANDED | PersonFlags.KEPT);
        pop.worksite[i] = (short) state.worksites.place(DESTINATIONS[d], sizes);
        state.screeningByDestination[d]--;
        state.abroadByDestination[d]++;
        state.wentAbroad(pop, i);
        state.contractEnds.add(d, pop.due[i]);
        if (state.watch != null) {
            state.watch.leftHome(i);
        }
        pop.departed[i] = (short) m;
        c[metrics.departures.base() + d]++;
        c[flows.entries.at(d, Vacancies.channelOf(pop.flags[i]))]++;
        c[metrics.abroad.at(d, pop.province[i], pop.songbun[i])]++;
    }
}

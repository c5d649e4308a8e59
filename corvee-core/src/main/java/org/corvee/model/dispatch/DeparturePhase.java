package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
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
        Worksites sites = state.worksites;
        // Rows read: the screening queue (worksite occupancy is kept as workers leave, not recounted).
        ctx.touched(queue.size());
        WorksiteSizes sizes = new WorksiteSizes(world.parameters(), world.scale());
        Destination[] dests = Destination.values();
        long stream = ctx.random().stream("worksite");
        long[] c = ctx.counters();
        int kept = 0;
        for (int k = 0; k < queue.size(); k++) {
            int i = queue.get(k);
            if (pop.due[i] > m) {
                queue.set(kept++, i);
                continue;
            }
            int d = pop.destination[i];
            pop.settle(i); // the months of fading at home end here
            pop.status[i] = Status.ABROAD;
            world.census().moved(i, Status.SCREENING);
            pop.due[i] = (short) (m + ContractLength.draw(contract, spread, stream, i, m, 1));
            pop.flags[i] &= ~(PersonFlags.STRANDED | PersonFlags.KEPT);
            pop.worksite[i] = (short) sites.place(dests[d], sizes);
            state.screeningByDestination[d]--;
            state.abroadByDestination[d]++;
            state.abroad.add(i);
            state.contractEnds.add(d, pop.due[i]);
            if (state.watch != null) {
                state.watch.leftHome(i);
            }
            pop.departed[i] = (short) m;
            c[metrics.departures.base() + d]++;
            c[flows.entries.at(d, Vacancies.channelOf(pop.flags[i]))]++;
            c[metrics.abroad.at(d, pop.province[i], pop.songbun[i])]++;
        }
        queue.truncate(kept);
    }
}

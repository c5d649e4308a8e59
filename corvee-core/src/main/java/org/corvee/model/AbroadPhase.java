package org.corvee.model;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.scenario.Parameters;

/**
 * A month of pay abroad and return at contract end (OD4, OD8).
 *
 * <p>Each worker's gross pay (host {@code gross_wage} × sector {@code wage_factor}, whole cents)
 * is split by {@link DestinationTerms#split} into state levy, company and minder cut, living
 * costs and what the worker keeps; the four parts sum to the gross exactly. Civilians pay the
 * host's {@code state_share} plus the extra levy of {@link StateResponse} (OD12, capped so that
 * state + minders ≤ gross); soldier-labourers ({@link PersonFlags#SOLDIER}) pay
 * {@code dispatch.soldier_state_share} and {@code soldier_minder_share} (T13). If the worksite
 * withholds wages this month (OD5) the worker's part goes to the company and is counted in
 * {@code pay_minders} and {@code pay_withheld}. The worker pays interest on bribe debt, repays
 * it first, then saves. At the end of the contract the worker comes home ({@link Homecoming}).
 */
public final class AbroadPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public AbroadPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "abroad";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        long[] c = ctx.counters();
        Destination[] dests = Destination.values();
        Sector[] sectors = Sector.values();
        // split[(d * sectors + s) * 2 + kind] and the matching gross
        long[][] split = new long[dests.length * sectors.length * 2][];
        long[] gross = new long[split.length];
        double levy = state.response.levy();
        double soldierState = p.get("dispatch.soldier_state_share");
        double soldierMinders = p.get("dispatch.soldier_minder_share");
        for (Destination d : dests) {
            DestinationTerms t = DestinationTerms.of(d, p, m, world.scale());
            double civilianState = Math.min(1 - t.minderShare(), t.stateShare() + levy);
            for (Sector s : sectors) {
                int x = (d.ordinal() * sectors.length + s.ordinal()) * 2;
                long g = Math.round(t.grossCents() * SectorTerms.of(s, p).wageFactor());
                gross[x] = g;
                gross[x + 1] = g;
                split[x] = DestinationTerms.split(g, civilianState, t.minderShare(), t.livingCents());
                split[x + 1] = DestinationTerms.split(g, soldierState, soldierMinders, t.livingCents());
            }
        }
        double interest = p.on("mechanism.od3_selection_gate") ? p.get("dispatch.debt_interest") : 0;
        Worksites sites = state.worksites;
        IntList list = state.abroad;
        int stay = 0;
        for (int k = 0; k < list.size(); k++) {
            int i = list.get(k);
            if (pop.status[i] != Status.ABROAD) {
                continue;
            }
            int d = pop.destination[i];
            int w = pop.worksite[i];
            int kind = (pop.flags[i] & PersonFlags.SOLDIER) != 0 ? 1 : 0;
            int x = (d * sectors.length + SectorTerms.sectorOf(dests[d], w).ordinal()) * 2 + kind;
            long[] s = split[x];
            long worker = s[3];
            long minders = s[1];
            if (sites.unpaid(d, w) > 0) {
                minders += worker;
                c[metrics.payWithheld.base() + d] += worker;
                worker = 0;
            }
            c[metrics.payGross.base() + d] += gross[x];
            c[metrics.payState.base() + d] += s[0];
            c[metrics.payMinders.base() + d] += minders;
            c[metrics.payLiving.base() + d] += s[2];
            c[metrics.payWorker.base() + d] += worker;
            c[metrics.payGrossByKind.base() + kind] += gross[x];
            c[metrics.payTakenByKind.base() + kind] += gross[x] - worker;
            c[metrics.revenue.base()] += s[0];
            state.response.addRevenue(s[0]);
            double earned = worker / 100.0;
            if (pop.debt[i] > 0) {
                pop.debt[i] *= (float) (1 + interest);
            }
            double repay = Math.min(pop.debt[i], earned);
            pop.debt[i] -= (float) repay;
            pop.savings[i] += (float) (earned - repay);
            pop.kept[i] += (float) earned;
            if (m + 1 < pop.due[i]) {
                list.set(stay++, i);
                continue;
            }
            Homecoming.arrive(world, metrics, i, m, c);
        }
        list.truncate(stay);
    }
}

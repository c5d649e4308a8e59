package org.corvee.model;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.scenario.Parameters;

/**
 * Selection into destination slots (OD3, OD13). Sequential: the month's applicants compete
 * for the free slots of all destinations.
 *
 * <p>Free slots of a destination = its slots − workers abroad − workers in screening. If
 * applicants outnumber free slots, the winners are a weighted random sample without
 * replacement (Efraimidis–Spirakis keys {@code Exp(1)/weight}, smallest first), weights from
 * {@link SelectionWeight}. Each winner goes to a destination drawn in proportion to its
 * remaining free slots, pays the bribe (borrowing any shortfall) and enters screening for
 * {@code screening_months}. Losers return home and may apply again next year.
 */
public final class SelectionPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;

    public SelectionPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "selection";
    }

    @Override
    public void step(StepContext ctx) {
        Population pop = world.population();
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        int nDest = Destination.values().length;
        int[] free = new int[nDest];
        int totalFree = 0;
        for (Destination d : Destination.values()) {
            DestinationTerms t = DestinationTerms.of(d, p, m, world.scale());
            int f = t.slotsAgents() - state.abroadByDestination[d.ordinal()]
                    - state.screeningByDestination[d.ordinal()];
            free[d.ordinal()] = Math.max(0, f);
            totalFree += free[d.ordinal()];
        }
        IntList all = new IntList();
        for (IntList l : state.applicantsByChunk) {
            for (int k = 0; k < l.size(); k++) {
                all.add(l.get(k));
            }
            l.clear();
        }
        int n = all.size();
        if (n == 0) {
            return;
        }
        long stream = ctx.random().stream("select");
        SelectionWeight weights = new SelectionWeight(p);
        // Sort keys: float bits of the (positive) key in the high word, the applicant's index low.
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            int i = all.get(k);
            double w = weights.weight(pop.province[i], pop.songbun[i]);
            double key = w > 0 ? -Math.log(1 - RandomStreams.uniform(stream, i, m, 0)) / w : Float.MAX_VALUE;
            order[k] = ((long) Float.floatToIntBits((float) Math.min(key, Float.MAX_VALUE)) << 32) | k;
        }
        Arrays.sort(order);
        int winners = Math.min(n, totalFree);
        double bribe = Bribe.at(p, world.years(m));
        int screeningMonths = p.getInt("dispatch.screening_months");
        long[] c = ctx.counters();
        int classes = Songbun.values().length;
        int provinces = Province.values().length;
        for (int r = 0; r < n; r++) {
            int i = all.get((int) (order[r] & 0xFFFFFFFFL));
            if (r >= winners) {
                pop.status[i] = Status.HOME;
                continue;
            }
            int remaining = 0;
            for (int f : free) {
                remaining += f;
            }
            int pick = (int) (RandomStreams.uniform(stream, i, m, 1) * remaining);
            int d = 0;
            while (pick >= free[d]) {
                pick -= free[d];
                d++;
            }
            free[d]--;
            pop.status[i] = Status.SCREENING;
            pop.destination[i] = (byte) d;
            pop.due[i] = (short) (m + screeningMonths);
            state.screening.add(i);
            state.screeningByDestination[d]++;
            int pr = pop.province[i];
            double fromSavings = Math.min(pop.savings[i], bribe);
            double loan = bribe - fromSavings;
            pop.savings[i] -= (float) fromSavings;
            pop.debt[i] += (float) loan;
            c[metrics.selected.base() + (d * provinces + pr) * classes + pop.songbun[i]]++;
            c[metrics.bribes.base() + pr] += Math.round(bribe * 100);
            c[metrics.borrowed.base() + pr] += Math.round(loan * 100);
        }
    }
}

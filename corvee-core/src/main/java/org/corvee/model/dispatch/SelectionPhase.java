package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Status;

/**
 * Selection into destination slots (OD3, OD13). Sequential: the month's applicants compete
 * for the free slots of all destinations.
 *
 * <p>Free slots of a destination = its slots × the host's demand share this month (OD11 ramp) −
 * workers abroad − workers in screening + workers whose contracts end within
 * {@code dispatch.recruit_ahead_months} (recruiters fill expected vacancies ahead, since
 * screening takes months). Winners enter on the host's channel of the month (work permit,
 * student or other visa; OD11). If
 * applicants outnumber free slots, the winners are a weighted random sample without
 * replacement (Efraimidis–Spirakis keys {@code Exp(1)/weight}, smallest first), weights from
 * {@link SelectionWeight}. Each winner goes to a destination drawn in proportion to its
 * remaining free slots times the destination's affinity for the winner ({@link Placement}; OD13:
 * {@code capital_affinity} for capital residents, {@code core_affinity} for the core class; 1
 * with {@code mechanism.od13_pool_composition} off), pays the destination's bribe (borrowing
 * any shortfall) and enters screening for {@code screening_months} plus a uniform
 * 0..{@code screening_spread} months (OD3). A male winner is a soldier-labourer with the
 * destination's {@code soldier_share} (OD4). Losers return home and may apply again next year.
 */
public final class SelectionPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    /** Applicants per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /** What the loads ahead read, kept so that they are not optimised away. */
    private long loaded;

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
        MonthTerms monthTerms = world.terms(m);
        int nDest = Destination.values().length;
        int[] free = new int[nDest];
        int totalFree = 0;
        DestinationTerms[] terms = new DestinationTerms[nDest];
        // Contracts ending within the recruiting lead (due ≤ m + lead + 1), kept where they change.
        int endingBy = m + p.getInt(DispatchKeys.RECRUIT_AHEAD_MONTHS) + 1;
        for (Destination d : Destination.values()) {
            DestinationTerms t = monthTerms.destination(d);
            terms[d.ordinal()] = t;
            int demand = (int) Math.round(t.slotsAgents() * state.demand[d.ordinal()]);
            int f = demand - state.abroadByDestination[d.ordinal()] - state.screeningByDestination[d.ordinal()]
                    + state.contractEnds.endingBy(d.ordinal(), endingBy);
            free[d.ordinal()] = monthTerms.hostPolicy().permits(d.ordinal()) ? Math.max(0, f) : 0;
            totalFree += free[d.ordinal()];
        }
        IntList all = gather(state);
        int n = all.size();
        // Rows read: the applicants (contracts ending are counted where they change).
        ctx.touched(n);
        if (n == 0) {
            return;
        }
        int winners = Math.min(n, totalFree);
        if (winners == 0) {
            // No free slot anywhere (e.g. no permits): every applicant returns home; no draw is
            // needed, and draws are counter-based, so skipping them changes nothing else.
            sendHome(pop, all, null);
            return;
        }
        long stream = ctx.random().stream("select");
        SelectionWeight weights = new SelectionWeight(p, state.response.songbunThreshold(p));
        long[] order = keys(pop, all, weights, stream, m);
        // Only the winners' order matters (they pick destinations in key order); losers just go
        // home. So select the `winners` smallest keys and sort those (keys are unique: the index
        // is in the low bits), which gives exactly the prefix a full sort would.
        KeySelection.smallestFirst(order, winners);
        // The winners in key order; the losers go home after them in the applicants' order (a
        // status write and a census count per row, integer sums whatever the order), which is
        // about row order, where key order would jump across the table at every loser.
        boolean[] isWinner = new boolean[n];
        IntList won = winnersOf(all, order, winners, isWinner);
        loaded += new Placement(world, metrics, m, terms, free, stream).placeAll(won, ctx.counters());
        if (winners < n) {
            sendHome(pop, all, isWinner);
        }
    }

    /** The month's applicants from every chunk's list, in chunk order; the lists are emptied. */
    private static IntList gather(DispatchState state) {
        IntList all = new IntList();
        for (IntList l : state.applicantsByChunk) {
            for (int k = 0; k < l.size(); k++) {
                all.add(l.get(k));
            }
            l.clear();
        }
        return all;
    }

    /**
     * Each applicant's sort key, by position in {@code all}: the float bits of the (positive)
     * key {@code Exp(1)/weight} in the high word, the position low.
     */
    private long[] keys(Population pop, IntList all, SelectionWeight weights, long stream, int m) {
        int n = all.size();
        long[] order = new long[n];
        for (int k = 0; k < n; k++) {
            if (k % BLOCK == 0) { // the rows are scattered: load a block's columns ahead (RowLoads)
                int end = Math.min(n, k + BLOCK);
                loaded += RowLoads.of(all, k, end, pop.province) + RowLoads.of(all, k, end, pop.songbun);
            }
            int i = all.get(k);
            double w = weights.weight(pop.province[i], pop.songbun[i]);
            double key = w > 0 ? -Math.log(1 - RandomStreams.uniform(stream, i, m, 0)) / w : Float.MAX_VALUE;
            order[k] = ((long) Float.floatToIntBits((float) Math.min(key, Float.MAX_VALUE)) << 32) | k;
        }
        return order;
    }

    /**
     * The applicants at the first {@code winners} keys of {@code order}, in that order, each
     * marked in {@code isWinner} by position.
     */
    private static IntList winnersOf(IntList all, long[] order, int winners, boolean[] isWinner) {
        IntList won = new IntList(winners);
        for (int r = 0; r < winners; r++) {
            int k = (int) (order[r] & 0xFFFFFFFFL);
            won.add(all.get(k));
            isWinner[k] = true;
        }
        return won;
    }

    /** The applicants of {@code all} (those not marked in {@code skip}, if given) go home. */
    private void sendHome(Population pop, IntList all, boolean[] skip) {
        for (int k = 0; k < all.size(); k++) {
            if (k % BLOCK == 0) {
                int end = Math.min(all.size(), k + BLOCK);
                loaded += RowLoads.of(all, k, end, pop.province) + RowLoads.of(all, k, end, pop.status);
            }
            if (skip == null || !skip[k]) {
                int i = all.get(k);
                pop.status[i] = Status.HOME;
                world.census().moved(i, Status.APPLICANT);
            }
        }
    }
}

package org.corvee.model.dispatch;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.RowLoads;
import org.corvee.engine.StepContext;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.MonthTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;

/**
 * Selection into destination slots (OD3, OD13): the month's applicants compete for the free
 * slots of all destinations.
 *
 * <p>Free slots of a destination = its slots × the host's demand share this month (OD11 ramp) −
 * workers abroad − workers in screening + workers whose contracts end within
 * {@code dispatch.recruit_ahead_months} (recruiters fill expected vacancies ahead, since
 * screening takes months). Winners enter on the host's channel of the month (work permit,
 * student or other visa; OD11). If
 * applicants outnumber free slots, the winners are a weighted random sample without
 * replacement (Efraimidis–Spirakis keys {@code Exp(1)/weight}, smallest first), weights from
 * {@link SelectionWeight}. Each winner goes to a destination drawn in proportion to its
 * remaining free slots times the destination's affinity for the winner (OD13:
 * {@code capital_affinity} for capital residents, {@code core_affinity} for the core class; 1
 * with {@code mechanism.od13_pool_composition} off), pays the destination's bribe (borrowing
 * any shortfall) and enters screening for {@code screening_months} plus a uniform
 * 0..{@code screening_spread} months (OD3). A male winner is a soldier-labourer with the
 * destination's {@code soldier_share} (OD4). Losers return home and may apply again next year.
 *
 * <p>The keys and every applicant's own row (a winner's entry into screening, a loser's return)
 * are worked in fixed chunks of the applicants ({@link ListChunks}, on the run's threads for a
 * long list); the destinations, which take from shared free slots, are drawn on one thread in
 * key order, reading no row. The same on any thread count.
 */
public final class SelectionPhase implements Phase {
    private final World world;
    private final DispatchMetrics metrics;
    /** Applicants per block whose columns are loaded ahead ({@link RowLoads}). */
    private static final int BLOCK = 64;
    /**
     * Applicants from which selection's two passes over them run on the run's threads: each
     * row's work (a key; or a winner's entry, a loser's return) is heavier than a gather.
     */
    private static final int PARALLEL_FROM = 4 * ListChunks.ROWS;
    /** What {@link #kinds} notes of an applicant: a capital resident, of the core class (OD13). */
    private static final byte CAPITAL = 1;
    private static final byte CORE = 2;
    /** In {@link #destinations}: not selected. */
    private static final byte NONE = -1;
    /** Scratch by applicant position: what the destination's draw reads of the row. */
    private byte[] kinds = new byte[0];
    /** Scratch by applicant position: the destination drawn, or {@link #NONE}. */
    private byte[] destinations = new byte[0];
    /** Per chunk: what the loads ahead read, kept so that they are not optimised away. */
    private long[] loadedByChunk = new long[0];

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
        IntList all = new IntList();
        for (IntList l : state.applicantsByChunk) {
            for (int k = 0; k < l.size(); k++) {
                all.add(l.get(k));
            }
            l.clear();
        }
        int n = all.size();
        // Rows read: the applicants (contracts ending are counted where they change).
        ctx.touched(n);
        if (n == 0) {
            return;
        }
        int winners = Math.min(n, totalFree);
        if (kinds.length < n) {
            kinds = new byte[Math.max(n, 2 * kinds.length)];
            destinations = new byte[kinds.length];
        }
        int chunks = ListChunks.count(n);
        if (loadedByChunk.length < chunks) {
            loadedByChunk = new long[chunks];
        }
        byte[] destination = destinations;
        Arrays.fill(destination, 0, n, NONE);
        long stream = ctx.random().stream("select");
        if (winners > 0) {
            // With no free slot anywhere (e.g. no permits) every applicant returns home; no draw is
            // needed, and draws are counter-based, so skipping them changes nothing else.
            draw(ctx, all, winners, free, terms, stream, destination);
        }
        enter(ctx, all, destination, terms, monthTerms, stream);
    }

    /**
     * Draws the {@code winners} and their destinations ({@code destination}, by applicant
     * position), and puts the winners on the screening queue in key order.
     */
    private void draw(StepContext ctx, IntList all, int winners, int[] free, DestinationTerms[] terms, long stream,
                      byte[] destination) {
        Population pop = world.population();
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        int m = ctx.month();
        int n = all.size();
        int nDest = free.length;
        SelectionWeight weights = new SelectionWeight(p, state.response.songbunThreshold(p));
        boolean affinity = p.on(MechanismKeys.OD13_POOL_COMPOSITION);
        byte[] kind = kinds;
        // Sort keys: float bits of the (positive) key in the high word, the applicant's index low.
        // Each applicant's key reads only its own row (a counter-based draw), so the keys are
        // drawn in parallel chunks; each also notes what the destination's draw will need of the
        // row (capital resident, core class), so the draws in key order below read no row.
        long[] order = new long[n];
        ListChunks.run(ctx, n, PARALLEL_FROM, ListChunks.NO_COUNTERS, (chunk, from, to, unused) -> {
            for (int k = from; k < to; k++) {
                if ((k - from) % BLOCK == 0) { // the rows are scattered: load a block's columns ahead (RowLoads)
                    int end = Math.min(to, k + BLOCK);
                    loadedByChunk[chunk] += RowLoads.of(all, k, end, pop.province) + RowLoads.of(all, k, end, pop.songbun);
                }
                int i = all.get(k);
                double w = weights.weight(pop.province[i], pop.songbun[i]);
                double key = w > 0 ? -Math.log(1 - RandomStreams.uniform(stream, i, m, 0)) / w : Float.MAX_VALUE;
                order[k] = ((long) Float.floatToIntBits((float) Math.min(key, Float.MAX_VALUE)) << 32) | k;
                kind[k] = (byte) ((pop.province[i] == Province.PYONGYANG.ordinal() ? CAPITAL : 0)
                        | (pop.songbun[i] == Songbun.CORE.ordinal() ? CORE : 0));
            }
        });
        // Only the winners' order matters (they pick destinations in key order); losers just go
        // home. So select the `winners` smallest keys and sort those (keys are unique: the index
        // is in the low bits), which gives exactly the prefix a full sort would.
        KeySelection.smallestFirst(order, winners);
        // Destinations are drawn in key order from the free slots that the winners before took:
        // order-dependent, so on this thread, reading no row. Winners join the screening queue in
        // key order.
        double[] share = new double[nDest];
        for (int r = 0; r < winners; r++) {
            int k = (int) (order[r] & 0xFFFFFFFFL);
            int i = all.get(k);
            double remaining = 0;
            for (int d = 0; d < nDest; d++) {
                double a = 1;
                if (affinity) {
                    a = ((kind[k] & CAPITAL) != 0 ? terms[d].capitalAffinity() : 1)
                            * ((kind[k] & CORE) != 0 ? terms[d].coreAffinity() : 1);
                }
                share[d] = free[d] * a;
                remaining += share[d];
            }
            double pick = RandomStreams.uniform(stream, i, m, 1) * remaining;
            int d = 0;
            while (d < nDest - 1 && pick >= share[d]) {
                pick -= share[d];
                d++;
            }
            while (free[d] == 0) {
                d--;
            }
            free[d]--;
            destination[k] = (byte) d;
            state.screening.add(i);
            state.screeningByDestination[d]++;
        }
    }

    /**
     * Every applicant's own row, in parallel chunks of the applicants' order: a winner (a
     * destination in {@code destination}) enters screening (status, contract, soldier-labourer,
     * bribe), a loser goes home. Rows write only themselves; the census and the counters add
     * integer sums, so the order does not matter.
     */
    private void enter(StepContext ctx, IntList all, byte[] destination, DestinationTerms[] terms,
                       MonthTerms monthTerms, long stream) {
        Population pop = world.population();
        Parameters p = world.parameters();
        int m = ctx.month();
        int n = all.size();
        int nDest = terms.length;
        boolean soldiers = p.on(MechanismKeys.OD4_SOLDIER_LABOUR);
        int spread = p.on(MechanismKeys.OD3_SELECTION_GATE) ? p.getInt(DispatchKeys.SCREENING_SPREAD) : 0;
        // The bribe of each destination this month (the same for every winner going there).
        double[] bribes = new double[nDest];
        for (int d = 0; d < nDest; d++) {
            bribes[d] = Bribe.at(p, world.years(m), terms[d]);
        }
        int screeningMonths = p.getInt(DispatchKeys.SCREENING_MONTHS);
        ListChunks.run(ctx, n, PARALLEL_FROM, ctx.counters(), (chunk, from, to, c) -> {
            for (int k = from; k < to; k++) {
                if ((k - from) % BLOCK == 0) {
                    int end = Math.min(to, k + BLOCK);
                    loadedByChunk[chunk] += load(pop, all, destination, k, end);
                }
                int i = all.get(k);
                int d = destination[k];
                if (d == NONE) {
                    pop.status[i] = Status.HOME;
                    world.census().moved(i, Status.APPLICANT);
                    continue;
                }
                int pr = pop.province[i];
                double bribe = bribes[d];
                pop.status[i] = Status.SCREENING;
                world.census().moved(i, Status.APPLICANT);
                pop.destination[i] = (byte) d;
                int delay = screeningMonths + (spread > 0 ? RandomStreams.below(stream, i, m, 2, spread + 1) : 0);
                pop.due[i] = (short) (m + delay);
                boolean soldier = soldiers && pop.sex[i] == 1
                        && RandomStreams.uniform(stream, i, m, 3) < terms[d].soldierShare();
                pop.flags[i] = (byte) (soldier ? pop.flags[i] | PersonFlags.SOLDIER
                        : pop.flags[i] & ~PersonFlags.SOLDIER);
                pop.flags[i] = Vacancies.withChannel(pop.flags[i], monthTerms.hostPolicy().channel(d));
                double fromSavings = Math.min(pop.savings[i], bribe);
                double loan = bribe - fromSavings;
                pop.savings[i] -= (float) fromSavings;
                pop.debt[i] += (float) loan;
                // What the worker will bring home starts at minus the bribe: the returnee's account
                // is the pay kept after the bribe and its debt are repaid (OD8).
                pop.kept[i] = (float) -bribe;
                c[metrics.selected.at(d, pr, pop.songbun[i])]++;
                c[metrics.bribes.base() + pr] += metrics.bribes.fixed(bribe);
                c[metrics.bribesByDestination.base() + d] += metrics.bribesByDestination.fixed(bribe);
                c[metrics.borrowed.base() + pr] += metrics.borrowed.fixed(loan);
            }
        });
    }

    /**
     * Reads every row column an applicant's own update reads (a loser's only the status and
     * province), for list positions [from, to) ({@link RowLoads}); returns a meaningless mix.
     */
    private static long load(Population pop, IntList all, byte[] destination, int from, int to) {
        long bits = RowLoads.of(all, from, to, pop.status) + RowLoads.of(all, from, to, pop.province);
        for (int k = from; k < to; k++) {
            if (destination[k] != NONE) {
                int i = all.get(k);
                bits += pop.sex[i] + pop.flags[i] + pop.due[i] + pop.destination[i] + pop.songbun[i]
                        + Float.floatToRawIntBits(pop.savings[i]) + Float.floatToRawIntBits(pop.debt[i])
                        + Float.floatToRawIntBits(pop.kept[i]);
            }
        }
        return bits;
    }
}

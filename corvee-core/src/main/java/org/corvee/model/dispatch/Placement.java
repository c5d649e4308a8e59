package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;

/**
 * One month's placement of the selection winners ({@link SelectionPhase}; OD3, OD4, OD11,
 * OD13): each winner, in key order, draws a destination in proportion to its remaining free
 * slots times the destination's affinity for the winner, pays the destination's bribe
 * (borrowing any shortfall), enters screening on the host's channel of the month and, if male,
 * may be a soldier-labourer.
 *
 * <p>What depends only on the destination (bribe, the flag bits of the channel, affinities,
 * soldier share) is read once a month here, not once per winner. Besides the work saved, the
 * winners' loop then has no branch on host policy: a channel first used late in the timeline
 * was a branch the compiled loop had never taken, which made the JIT throw the compiled phase
 * away and compile it again. The loop is a method of its own for the same reason: compiling it
 * (or recompiling it) compiles this loop, not the whole phase around it.
 */
final class Placement {
    /** Winners per block whose columns are loaded ahead ({@link #load}). */
    private static final int BLOCK = 64;
    private final World world;
    private final Population pop;
    private final DispatchState state;
    private final DispatchMetrics metrics;
    private final int m;
    private final long stream;
    /** Free slots per destination; a placement takes one. */
    private final int[] free;
    private final double[] bribe;
    private final int[] channelBits;
    private final double[] capitalAffinity;
    private final double[] coreAffinity;
    private final double[] soldierShare;
    private final boolean affinity;
    private final boolean soldiers;
    private final int spread;
    private final int screeningMonths;
    /** Scratch: each destination's free slots times its affinity for the winner being placed. */
    private final double[] share;

    /**
     * The placement of month {@code m} into {@code free} slots (per destination ordinal, taken
     * as winners are placed) on the destinations' {@code terms} of the month, drawing from
     * {@code stream} (the selection's).
     */
    Placement(World world, DispatchMetrics metrics, int m, DestinationTerms[] terms, int[] free, long stream) {
        this.world = world;
        this.pop = world.population();
        this.state = world.dispatch();
        this.metrics = metrics;
        this.m = m;
        this.stream = stream;
        this.free = free;
        Parameters p = world.parameters();
        affinity = p.on(MechanismKeys.OD13_POOL_COMPOSITION);
        soldiers = p.on(MechanismKeys.OD4_SOLDIER_LABOUR);
        spread = p.on(MechanismKeys.OD3_SELECTION_GATE) ? p.getInt(DispatchKeys.SCREENING_SPREAD) : 0;
        screeningMonths = p.getInt(DispatchKeys.SCREENING_MONTHS);
        int nDest = terms.length;
        bribe = new double[nDest];
        channelBits = new int[nDest];
        capitalAffinity = new double[nDest];
        coreAffinity = new double[nDest];
        soldierShare = new double[nDest];
        share = new double[nDest];
        double years = world.years(m);
        for (int d = 0; d < nDest; d++) {
            bribe[d] = Bribe.at(p, years, terms[d]);
            channelBits[d] = Vacancies.bitsOf(world.terms(m).hostPolicy().channel(d));
            capitalAffinity[d] = terms[d].capitalAffinity();
            coreAffinity[d] = terms[d].coreAffinity();
            soldierShare[d] = terms[d].soldierShare();
        }
    }

    /**
     * Places the winners of {@code won} in its order, counting into {@code c}; returns a
     * meaningless mix of what was loaded ahead (for the caller to keep, so the loads stay).
     */
    long placeAll(IntList won, long[] c) {
        long loaded = 0;
        int winners = won.size();
        for (int r = 0; r < winners; r++) {
            if (r % BLOCK == 0) {
                loaded += load(won, r, Math.min(winners, r + BLOCK));
            }
            place(won.get(r), c);
        }
        return loaded;
    }

    private void place(int i, long[] c) {
        int nDest = free.length;
        int pr = pop.province[i];
        double remaining = 0;
        for (int d = 0; d < nDest; d++) {
            double a = 1;
            if (affinity) {
                a = (pr == Province.PYONGYANG.ordinal() ? capitalAffinity[d] : 1)
                        * (pop.songbun[i] == Songbun.CORE.ordinal() ? coreAffinity[d] : 1);
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
        double cost = bribe[d];
        pop.status[i] = Status.SCREENING;
        world.census().moved(i, Status.APPLICANT);
        pop.destination[i] = (byte) d;
        int delay = screeningMonths + (spread > 0 ? RandomStreams.below(stream, i, m, 2, spread + 1) : 0);
        pop.due[i] = (short) (m + delay);
        boolean soldier = soldiers && pop.sex[i] == 1
                && RandomStreams.uniform(stream, i, m, 3) < soldierShare[d];
        pop.flags[i] = (byte) (soldier ? pop.flags[i] | PersonFlags.SOLDIER
                : pop.flags[i] & ~PersonFlags.SOLDIER);
        pop.flags[i] = Vacancies.withBits(pop.flags[i], channelBits[d]);
        state.screening.add(i);
        state.screeningByDestination[d]++;
        double fromSavings = Math.min(pop.savings[i], cost);
        double loan = cost - fromSavings;
        pop.savings[i] -= (float) fromSavings;
        pop.debt[i] += (float) loan;
        // What the worker will bring home starts at minus the bribe: the returnee's account
        // is the pay kept after the bribe and its debt are repaid (OD8).
        pop.kept[i] = (float) -cost;
        c[metrics.selected.at(d, pr, pop.songbun[i])]++;
        c[metrics.bribes.base() + pr] += metrics.bribes.fixed(cost);
        c[metrics.bribesByDestination.base() + d] += metrics.bribesByDestination.fixed(cost);
        c[metrics.borrowed.base() + pr] += metrics.borrowed.fixed(loan);
    }

    /**
     * Reads every column the placement reads at the winners in positions [from, to) of
     * {@code won} (scattered rows: their misses are in flight together, as in
     * {@link org.corvee.engine.RowLoads}, with no branch on the values); one loop over the rows
     * rather than one per column, which is less code for the JIT to compile. Returns a
     * meaningless mix of the values.
     */
    private long load(IntList won, int from, int to) {
        long bits = 0;
        for (int r = from; r < to; r++) {
            int i = won.get(r);
            bits += pop.status[i] + pop.sex[i] + pop.flags[i] + pop.due[i] + pop.destination[i] + pop.province[i]
                    + pop.songbun[i] + Float.floatToRawIntBits(pop.savings[i])
                    + Float.floatToRawIntBits(pop.debt[i]) + Float.floatToRawIntBits(pop.kept[i]);
        }
        return bits;
    }
}

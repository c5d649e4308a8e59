package org.corvee.model.dispatch;

import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.NetworkKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;

/**
 * A worker coming home from abroad (OD8): at contract end, by repatriation or after a recall.
 * The mean monthly pay brought home (pay kept, net of the bribe and the interest on its debt)
 * becomes first-hand belief, held with
 * {@code beliefs.returnee_confidence}; the returnee talks for {@code beliefs.talk_months}.
 * The caller removes the worker from the abroad list. A homecoming has two parts:
 * {@link #atHome} writes only the worker's row (so the pay phase runs it in parallel chunks),
 * {@link #leaveHost} changes what rows share and runs on one thread in the homecomings' order.
 */
final class Homecoming {
    private final World world;
    private final DispatchMetrics metrics;
    private final boolean worksiteTies;
    private final int tiesKept;
    private final float confidence;
    private final int talkMonths;

    /** Homecomings of one phase's month: the parameters are read once, not at every arrival. */
    Homecoming(World world, DispatchMetrics metrics) {
        Parameters p = world.parameters();
        this.world = world;
        this.metrics = metrics;
        worksiteTies = p.on(MechanismKeys.X2_WORKSITE_TIES);
        tiesKept = p.getInt(NetworkKeys.WORKSITE_TIES);
        confidence = (float) p.get(BeliefsKeys.RETURNEE_CONFIDENCE);
        talkMonths = p.getInt(BeliefsKeys.TALK_MONTHS);
    }

    /** Worker {@code i} comes home now: {@link #leaveHost} then {@link #atHome}, on one thread. */
    void arrive(int i, int m, long[] c) {
        Population pop = world.population();
        leaveHost(i, pop.destination[i], pop.worksite[i], pop.due[i], m);
        atHome(i, m, c);
    }

    /**
     * The part of a homecoming that changes what rows share (worksite ties, the household's
     * watch, contract ends, the host's occupancy, the speakers' list): order-dependent, so on one
     * thread in the order of the homecomings. Reads no column that {@link #atHome} writes, so the
     * two parts may run in either order: worker {@code i} came from worksite {@code w} of
     * destination {@code d}, due home in month {@code due}.
     */
    void leaveHost(int i, int d, int w, int due, int m) {
        DispatchState state = world.dispatch();
        if (worksiteTies) {
            state.worksiteTies.formAt(state.worksites, i, d, w, tiesKept, m);
        }
        if (state.watch != null) {
            state.watch.stoppedWatching(i);
        }
        state.contractEnds.remove(d, due);
        state.leftAbroad();
        state.worksites.left(d, w);
        state.abroadByDestination[d]--;
        if (talkMonths > 0) {
            state.speakers.add(i);
            state.speakUntil.add(m + talkMonths - 1);
        }
    }

    /**
     * Reads what {@link #leaveHost} with the same arguments will read first (the ties' table slots,
     * the household's watch), to bring it into cache ahead of it; writes nothing, returns a
     * meaningless mix.
     */
    long load(int i, int d, int w, int m) {
        DispatchState state = world.dispatch();
        long bits = 0;
        if (worksiteTies) {
            bits += state.worksiteTies.load(state.worksites, i, d, w, tiesKept, m);
        }
        if (state.watch != null) {
            bits += state.watch.load(i, world.population().household[i]);
        }
        return bits;
    }

    /**
     * The part of a homecoming that writes only worker {@code i}'s row, the census (through its
     * hooks) and counter sums: the returnee's belief, status and stocks. Safe in a parallel chunk.
     */
    void atHome(int i, int m, long[] c) {
        Population pop = world.population();
        int d = pop.destination[i];
        int served = Math.max(1, m + 1 - pop.departed[i]);
        world.census().changing(i);
        pop.kept[i] /= served;
        pop.settle(i); // nothing faded abroad: the fading at home restarts now
        pop.status[i] = Status.HOME;
        pop.destination[i] = -1;
        pop.returned[i] = (short) m;
        pop.heard[i] = (short) m;
        pop.belief[i] = pop.kept[i];
        pop.confidence[i] = confidence;
        world.census().changed(i);
        c[metrics.returns.at(d, pop.province[i])]++;
        c[metrics.abroad.at(d, pop.province[i], pop.songbun[i])]--;
    }

    /** Removes a worker who died or defected abroad from the stocks. */
    static void lost(World world, DispatchMetrics metrics, int i, byte status, long[] c) {
        Population pop = world.population();
        int d = pop.destination[i];
        if (world.dispatch().watch != null) {
            world.dispatch().watch.stoppedWatching(i);
        }
        world.dispatch().contractEnds.remove(d, pop.due[i]);
        pop.status[i] = status;
        world.dispatch().leftAbroad();
        world.census().moved(i, Status.ABROAD);
        world.dispatch().worksites.left(d, pop.worksite[i]);
        world.dispatch().abroadByDestination[d]--;
        c[metrics.abroad.at(d, pop.province[i], pop.songbun[i])]--;
    }
}

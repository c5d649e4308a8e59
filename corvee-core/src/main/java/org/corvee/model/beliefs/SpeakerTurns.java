package org.corvee.model.beliefs;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.WorksiteTies;
import org.corvee.model.world.Status;

/**
 * Writes down the turns of a stretch of one month's speakers, for word of mouth
 * ({@link WordOfMouthPhase}) and its replay over the history ({@link BeliefHistory}): whom each
 * speaker tells, drawn by gaps ({@link GeometricSkips}) keyed by (speaker, month, draw number).
 * Reads only the speakers' status and return, the households, the network, the worksite ties
 * and the draws, none of which hearing an account writes (see {@link TalkPlan}), so the
 * speakers of a month can be cut into contiguous stretches planned side by side on several
 * threads, each into its own plan; taking the plans in the stretches' order is taking one plan
 * of all the speakers, whatever the cut. One instance per thread.
 *
 * <p>A returnee tells every household member, then each social tie with the talk probability
 * (draws from 0). A relay tells household members and ties with the relay probability: in the
 * run in one pass of gaps over both, household first (draws from {@link #RELAY_DRAWS}), so a
 * relay who tells nobody, the common case, costs one draw; in the replay the household (draws
 * from {@link #RELAY_DRAWS}) and the ties (from 0) are two passes, as the replay has always
 * drawn them, so the initial state stays what it was. In the run, speakers not at home (from
 * screening on) say nothing, and speakers holding worksite ties ({@link WorksiteTies}) tell those
 * after every speaker's own turn ({@link #planWorksiteTurns}).
 */
final class SpeakerTurns {
    /** Draw numbers of a speaker's month: a returnee's ties from 0, a relay's household (and in the run its ties) from here. */
    private static final int RELAY_DRAWS = 1 << 18;
    /** Draw numbers of the worksite ties (either speaker). */
    private static final int WORKSITE_DRAWS = 1 << 19;
    /** Speakers whose columns are loaded together ({@link #gatherSpeakers}). */
    private static final int SPEAKER_BLOCK = 64;

    private final Population pop;
    private final SocialNetwork net;
    /** The co-workers met abroad; null in the replay (past returnees have none). */
    private final WorksiteTies ties;
    private final boolean replay;
    private long stream;
    private GeometricSkips talkSkips;
    private GeometricSkips relaySkips;
    /** Speakers of the stretch holding worksite ties, with their handles: (row, handle) pairs in the list's order. */
    private final IntList withTies = new IntList();
    /** The worksite ties' handle of each speaker of a block ({@link WorksiteTies#find}), -1 if none. */
    private final int[] handles = new int[SPEAKER_BLOCK];
    /** The household chains {@link #gatherSpeakers} walks side by side, one per returnee of a block. */
    private final int[] chains = new int[SPEAKER_BLOCK];
    /** Kept so the rows' columns are loaded by the gathers (the JIT may not drop the loads). */
    private int gathered;

    private SpeakerTurns(Population pop, SocialNetwork net, WorksiteTies ties, boolean replay) {
        this.pop = pop;
        this.net = net;
        this.ties = ties;
        this.replay = replay;
    }

    /** A planner of the run's turns; {@link #use} sets its draws before it plans. */
    static SpeakerTurns run(Population pop, SocialNetwork net, WorksiteTies ties) {
        return new SpeakerTurns(pop, net, ties, false);
    }

    /** A planner of the history's replayed turns ({@link BeliefHistory}). */
    static SpeakerTurns replay(Population pop, SocialNetwork net, long stream, GeometricSkips talkSkips,
            GeometricSkips relaySkips) {
        SpeakerTurns turns = new SpeakerTurns(pop, net, null, true);
        turns.use(stream, talkSkips, relaySkips);
        return turns;
    }

    /** The draws of the month: from {@code stream}, gaps at the talk and the relay probabilities. */
    void use(long stream, GeometricSkips talk, GeometricSkips relay) {
        this.stream = stream;
        this.talkSkips = talk;
        this.relaySkips = relay;
    }

    /**
     * Writes into {@code plan} (cleared first) the turns of {@code speakers[from..to)} in month m,
     * and notes those of them who hold worksite ties.
     */
    void plan(TalkPlan plan, IntList speakers, int from, int to, int m) {
        plan.clear();
        withTies.clear();
        for (int k = from; k < to; k++) {
            if ((k - from) % SPEAKER_BLOCK == 0) {
                gatherSpeakers(speakers, k, Math.min(to, k + SPEAKER_BLOCK));
            }
            int s = speakers.get(k);
            if (!replay && pop.status[s] >= Status.SCREENING) {
                continue;
            }
            if (pop.returned[s] >= 0) {
                returneeTurn(plan, s, m);
            } else if (replay) {
                replayedRelayTurn(plan, s, m);
            } else {
                relayTurn(plan, s, m);
            }
            int handle = handles[(k - from) % SPEAKER_BLOCK];
            if (handle >= 0) {
                withTies.add(s);
                withTies.add(handle);
            }
        }
        if (!replay) {
            setPlanned(plan);
        }
    }

    /**
     * Notes each turn's report and a relay's confidence as they stand before any account of the
     * month, for the speakers who told someone only; the turns' loads are independent, so their
     * cache misses overlap.
     */
    private void setPlanned(TalkPlan plan) {
        for (int g = 0; g < plan.turns(); g++) {
            int s = plan.speaker(g);
            if (plan.firstHand(g)) {
                plan.setPlanned(g, pop.kept[s], 0);
            } else {
                plan.setPlanned(g, pop.belief[s], pop.memory.confidence(pop, s));
            }
        }
    }

    /** A returnee tells every household member, then each tie with the talk probability. */
    private void returneeTurn(TalkPlan plan, int s, int m) {
        Households homes = pop.households;
        int h = pop.household[s];
        for (int j = homes.first(h); j != Households.NONE; j = homes.next(j)) {
            if (j != s) {
                plan.tell(j);
            }
        }
        int inHousehold = plan.toldInTurn();
        int e0 = net.start(s);
        int degree = net.end(s) - e0;
        int d = 0;
        for (long t = talkSkips.gap(stream, s, m, d++); t < degree; t += 1L + talkSkips.gap(stream, s, m, d++)) {
            plan.tell(net.target(e0 + (int) t));
        }
        plan.endTurn(s, true, inHousehold);
    }

    /**
     * A relay tells each household member and each tie with the same probability and trust: one
     * pass of gaps over both (household first).
     */
    private void relayTurn(TalkPlan plan, int s, int m) {
        Households homes = pop.households;
        int h = pop.household[s];
        int others = homes.size(h) - 1;
        int e0 = net.start(s);
        long all = (long) others + net.end(s) - e0;
        int d = RELAY_DRAWS;
        int member = Households.NONE; // the at-th of the other members, walked forward as t grows
        int at = -1;
        for (long t = relaySkips.gap(stream, s, m, d++); t < all; t += 1L + relaySkips.gap(stream, s, m, d++)) {
            if (t < others) {
                while (at < t) {
                    member = member == Households.NONE ? homes.first(h) : homes.next(member);
                    if (member != s) {
                        at++;
                    }
                }
                plan.tell(member);
            } else {
                plan.tell(net.target(e0 + (int) (t - others)));
            }
        }
        plan.endTurn(s, false, 0);
    }

    /** A relay's turn in the replay: household members, then ties, each with the relay probability. */
    private void replayedRelayTurn(TalkPlan plan, int s, int m) {
        Households homes = pop.households;
        int h = pop.household[s];
        int others = homes.size(h) - 1;
        int d = RELAY_DRAWS;
        int member = Households.NONE;
        int at = -1;
        for (long t = relaySkips.gap(stream, s, m, d++); t < others; t += 1L + relaySkips.gap(stream, s, m, d++)) {
            while (at < t) {
                member = member == Households.NONE ? homes.first(h) : homes.next(member);
                if (member != s) {
                    at++;
                }
            }
            plan.tell(member);
        }
        int inHousehold = plan.toldInTurn();
        int e0 = net.start(s);
        int degree = net.end(s) - e0;
        d = 0;
        for (long t = relaySkips.gap(stream, s, m, d++); t < degree; t += 1L + relaySkips.gap(stream, s, m, d++)) {
            plan.tell(net.target(e0 + (int) t));
        }
        plan.endTurn(s, false, inHousehold);
    }

    /**
     * Writes into {@code plan} (cleared first) the turns over worksite ties (X2) of the speakers
     * noted by the last {@link #plan}, in the list's order, with the social-tie probability and
     * trust: these ties cross provinces and classes. They follow every speaker's own turn.
     */
    void planWorksiteTurns(TalkPlan plan, int m) {
        plan.clear();
        for (int k = 0; k < withTies.size(); k += 2) {
            int s = withTies.get(k);
            int handle = withTies.get(k + 1);
            boolean firstHand = pop.returned[s] >= 0;
            GeometricSkips skips = firstHand ? talkSkips : relaySkips;
            int size = ties.size(handle);
            int d = WORKSITE_DRAWS;
            for (long t = skips.gap(stream, s, m, d++); t < size; t += 1L + skips.gap(stream, s, m, d++)) {
                plan.tell(ties.mate(handle, (int) t));
            }
            plan.endTurn(s, firstHand, 0);
        }
        setPlanned(plan);
    }

    /**
     * Loads the columns a turn reads for the speakers {@code from..to} before their turns (relays
     * are scattered over the population), so that their cache misses overlap: the block's
     * returnees' household chains are walked side by side ({@link HouseholdChains}), their first
     * ties loaded, and the speakers' worksite ties are looked up here ({@link #handles}), the
     * lookups overlapping likewise. The reports are read later, for the turns kept only
     * ({@link #setPlanned}). Reads only.
     */
    private void gatherSpeakers(IntList speakers, int from, int to) {
        Households homes = pop.households;
        boolean anyTies = ties != null && ties.holders() > 0;
        int acc = 0;
        int walking = 0;
        for (int k = from; k < to; k++) {
            int s = speakers.get(k);
            handles[k - from] = anyTies ? ties.find(s) : -1;
            int h = pop.household[s];
            acc += pop.status[s] + homes.size(h) + net.start(s) + (replay ? Float.floatToRawIntBits(pop.belief[s]) : 0);
            if (pop.returned[s] >= 0) {
                chains[walking++] = homes.first(h);
                // The first of a returnee's ties, about half of whom it tells.
                int e0 = net.start(s);
                acc += net.end(s) > e0 ? net.target(e0) : 0;
            }
        }
        gathered += acc + HouseholdChains.walk(homes, chains, walking);
    }
}

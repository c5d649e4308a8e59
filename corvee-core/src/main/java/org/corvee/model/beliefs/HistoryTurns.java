package org.corvee.model.beliefs;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;

/**
 * Writes down the turns of a stretch of one history month's speakers ({@link BeliefHistory}):
 * whom each tells, drawn as word of mouth draws it. Reads only the speakers' return, the
 * households, the network and the draws, none of which the accounts write (see {@link TalkPlan}),
 * so the speakers of a month can be cut into contiguous stretches planned side by side on
 * several threads, each into its own plan; applying the plans in the stretches' order is
 * applying one plan of all the speakers, whatever the cut. One instance per thread.
 */
final class HistoryTurns {
    /** Draw numbers of a speaker's month: social ties from 0, household from here (as in word of mouth). */
    private static final int HOUSEHOLD_DRAWS = 1 << 18;
    private static final GeometricSkips ALWAYS = new GeometricSkips(1);
    /** Speakers whose columns are loaded together ({@link #gatherSpeakers}). */
    private static final int SPEAKER_BLOCK = 64;

    private final Population pop;
    private final SocialNetwork net;
    private final long stream;
    private final GeometricSkips talkSkips;
    private final GeometricSkips relaySkips;
    /** The household chains {@link #gatherSpeakers} walks side by side. */
    private final int[] chains = new int[SPEAKER_BLOCK];
    /** Kept so the rows' columns are loaded by the gathers (the JIT may not drop the loads). */
    private int gathered;

    HistoryTurns(Population pop, SocialNetwork net, long stream, GeometricSkips talkSkips, GeometricSkips relaySkips) {
        this.pop = pop;
        this.net = net;
        this.stream = stream;
        this.talkSkips = talkSkips;
        this.relaySkips = relaySkips;
    }

    /** Writes into {@code plan} (cleared first) the turns of {@code speakers[from..to)} in history month m. */
    void plan(TalkPlan plan, IntList speakers, int from, int to, int m) {
        plan.clear();
        Households homes = pop.households;
        for (int k = from; k < to; k++) {
            if ((k - from) % SPEAKER_BLOCK == 0) {
                gatherSpeakers(speakers, k, Math.min(to, k + SPEAKER_BLOCK));
            }
            int s = speakers.get(k);
            boolean firstHand = pop.returned[s] >= 0;
            GeometricSkips skips = firstHand ? talkSkips : relaySkips;
            GeometricSkips members = firstHand ? ALWAYS : skips;
            int h = pop.household[s];
            int others = homes.size(h) - 1;
            int d = HOUSEHOLD_DRAWS;
            int member = Households.NONE; // the at-th of the other members, walked forward as t grows
            int at = -1;
            for (long t = members.gap(stream, s, m, d++); t < others; t += 1L + members.gap(stream, s, m, d++)) {
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
            for (long t = skips.gap(stream, s, m, d++); t < degree; t += 1L + skips.gap(stream, s, m, d++)) {
                plan.tell(net.target(e0 + (int) t));
            }
            plan.endTurn(s, firstHand, inHousehold);
        }
    }

    /**
     * Loads the columns a turn reads for the speakers {@code from..to} before their turns, and
     * walks the returnees' household chains side by side ({@link HouseholdChains}). Reads only.
     */
    private void gatherSpeakers(IntList speakers, int from, int to) {
        Households homes = pop.households;
        int acc = 0;
        int walking = 0;
        for (int k = from; k < to; k++) {
            int s = speakers.get(k);
            int h = pop.household[s];
            acc += homes.size(h) + net.start(s) + Float.floatToRawIntBits(pop.belief[s]);
            if (pop.returned[s] >= 0) {
                chains[walking++] = homes.first(h);
            }
        }
        gathered += acc + HouseholdChains.walk(homes, chains, walking);
    }
}

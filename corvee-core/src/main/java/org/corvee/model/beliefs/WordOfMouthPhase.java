package org.corvee.model.beliefs;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.Phase;
import org.corvee.engine.SocialNetwork;
import org.corvee.engine.StepContext;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.CensusTally;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;
import org.corvee.model.state.WorksiteTies;

/**
 * Word of mouth (OD8, X3): speakers pass an account of work abroad to their household and
 * their social ties; listeners update their belief about net pay abroad.
 *
 * <p>Speakers are returnees (first-hand; they report what they kept, for
 * {@code talk_months}) and, if {@code relay_months > 0}, people who heard an account for the
 * first time (second-hand; they report their updated belief from the next month, for
 * {@code relay_months}). A returnee at home tells every household member each month and each
 * social tie with probability {@code talk_probability}; a relay tells each household member and
 * each tie with probability {@code relay_probability}. With the defaults a relay reaches fewer
 * than one new person on average, so second-hand accounts fade rather than sweep the country.
 *
 * <p>A listener updates by {@link BeliefUpdate} with the trust of the source (household, tie or
 * relay); people abroad, dead or defected hear nothing.
 *
 * <p>Who hears is drawn by gaps ({@link GeometricSkips}): the number of ties passed over before
 * the next one told is geometric, keyed by (speaker, month, draw number), so each tie is still
 * told independently with the probability above while the cost is proportional to the ties
 * told, not to all the speakers' ties; a relay's household members and ties, told with the same
 * probability, are one pass. Sequential over the speaker list in its (deterministic)
 * order.
 */
public final class WordOfMouthPhase implements Phase {
    /** Draw numbers of a speaker's month: a returnee's ties from 0, a relay's household and ties from here. */
    private static final int RELAY_DRAWS = 1 << 18;
    /** Draw numbers of the worksite ties (either speaker). */
    private static final int WORKSITE_DRAWS = 1 << 19;
    /** Speakers whose columns are loaded together ({@link #gatherSpeakers}). */
    private static final int SPEAKER_BLOCK = 64;

    private final World world;
    private final DispatchMetrics metrics;
    /** Listeners reached this month (rows read), for the bench's touched share. */
    private long listened;
    /** This month's new listeners, who relay from next month (reused from month to month). */
    private final IntList fresh = new IntList();
    /** One speaker's listeners in the order they are told: household members first, then ties. */
    private int[] told = new int[64];
    /** Kept so the rows' columns are loaded by {@link #gather} (the JIT may not drop the loads). */
    private int gathered;
    /** The month's gap draws, kept while the probabilities stay the same (their table costs ~10 µs). */
    private GeometricSkips talkSkips = new GeometricSkips(0);
    private GeometricSkips relaySkips = new GeometricSkips(0);

    public WordOfMouthPhase(World world, DispatchMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return "word-of-mouth";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        DispatchState state = world.dispatch();
        if (!p.on(MechanismKeys.OD8_WORD_OF_MOUTH)) {
            state.speakers.clear();
            state.speakUntil.clear();
            return;
        }
        Population pop = world.population();
        SocialNetwork net = world.network();
        int m = ctx.month();
        long[] c = ctx.counters();
        double household = p.get(BeliefsKeys.HOUSEHOLD_TRUST);
        double tie = p.get(BeliefsKeys.TIE_TRUST);
        double relayTrust = p.get(BeliefsKeys.RELAY_TRUST);
        int relayMonths = p.getInt(BeliefsKeys.RELAY_MONTHS);
        long stream = ctx.random().stream("word-of-mouth");
        talkSkips = skips(talkSkips, p.get(BeliefsKeys.TALK_PROBABILITY));
        relaySkips = skips(relaySkips, p.get(BeliefsKeys.RELAY_PROBABILITY));
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        fresh.clear();
        Accounts accounts = new Accounts(pop, world.census(), c, m, relayMonths, metrics.newlyInformed.base());
        int firstBase = metrics.heardFirstHand.base();
        int secondBase = metrics.heardSecondHand.base();
        int active = 0;
        listened = speakers.size();
        for (int k = 0; k < speakers.size(); k++) {
            if (k % SPEAKER_BLOCK == 0) {
                gatherSpeakers(pop, net, speakers, k, Math.min(speakers.size(), k + SPEAKER_BLOCK));
            }
            int s = speakers.get(k);
            int last = until.get(k);
            if (last < m) {
                continue;
            }
            speakers.set(active, s);
            until.set(active, last);
            active++;
            if (pop.status[s] >= Status.SCREENING) {
                continue;
            }
            boolean firstHand = pop.returned[s] >= 0;
            Households homes = pop.households;
            int h = pop.household[s];
            int others = homes.size(h) - 1;
            int e0 = net.start(s);
            int degree = net.end(s) - e0;
            int n = 0;
            if (firstHand) {
                // A returnee tells every household member, then each tie with talk_probability.
                for (int j = homes.first(h); j != Households.NONE; j = homes.next(j)) {
                    if (j != s) {
                        n = tell(n, j);
                    }
                }
                int d = 0;
                for (long t = talkSkips.gap(stream, s, m, d++); t < degree;
                        t += 1L + talkSkips.gap(stream, s, m, d++)) {
                    n = tell(n, net.target(e0 + (int) t));
                }
            } else {
                // A relay tells each household member and each tie with the same probability and
                // trust: one pass of gaps over both (household first), so a relay who tells
                // nobody, the common case, costs one draw.
                int d = RELAY_DRAWS;
                long all = (long) others + degree;
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
                        n = tell(n, member);
                    } else {
                        n = tell(n, net.target(e0 + (int) (t - others)));
                    }
                }
            }
            int inHousehold = firstHand ? others : n;
            // The report is read here, after the speakers before this one: a relay who heard
            // earlier this month passes on the updated belief, as when listeners were told one by one.
            float report = firstHand ? pop.kept[s] : pop.belief[s];
            double householdTrust = firstHand ? household : relayTrust;
            double tieTrust = firstHand ? tie : relayTrust;
            int counterBase = firstHand ? firstBase : secondBase;
            gather(pop, n);
            for (int k2 = 0; k2 < n; k2++) {
                int j = told[k2];
                if (accounts.listen(j, report, k2 < inHousehold ? householdTrust : tieTrust)) {
                    c[counterBase + pop.province[j]]++;
                }
            }
            listened += n;
        }
        speakers.truncate(active);
        spreadOverWorksiteTies(pop, state, m, c, stream, tie, relayTrust, accounts, firstBase, secondBase);
        until.truncate(active);
        for (int k = 0; k < fresh.size(); k++) {
            speakers.add(fresh.get(k));
            until.add(m + relayMonths);
        }
        ctx.touched(listened);
    }

    /**
     * Speakers also tell the co-workers they met abroad (X2, {@link WorksiteTies}), with the
     * social-tie probability and trust: these ties cross provinces and classes.
     */
    private void spreadOverWorksiteTies(Population pop, DispatchState state, int m, long[] c, long stream,
                                        double tie, double relayTrust, Accounts accounts, int firstBase,
                                        int secondBase) {
        WorksiteTies ties = state.worksiteTies;
        if (ties.holders() == 0) {
            return;
        }
        IntList speakers = state.speakers;
        for (int k = 0; k < speakers.size(); k++) {
            int s = speakers.get(k);
            IntList mates = ties.of(s);
            if (mates == null || pop.status[s] >= Status.SCREENING) {
                continue;
            }
            boolean firstHand = pop.returned[s] >= 0;
            GeometricSkips skips = firstHand ? talkSkips : relaySkips;
            int size = mates.size();
            int n = 0;
            int d = WORKSITE_DRAWS;
            for (long t = skips.gap(stream, s, m, d++); t < size; t += 1L + skips.gap(stream, s, m, d++)) {
                n = tell(n, mates.get((int) t));
            }
            float report = firstHand ? pop.kept[s] : pop.belief[s];
            double trust = firstHand ? tie : relayTrust;
            int counterBase = firstHand ? firstBase : secondBase;
            gather(pop, n);
            for (int k2 = 0; k2 < n; k2++) {
                int j = told[k2];
                if (accounts.listen(j, report, trust)) {
                    c[counterBase + pop.province[j]]++;
                }
            }
            listened += n;
        }
    }

    /** Appends listener j to the speaker's list at position n; returns the new length. */
    private int tell(int n, int j) {
        if (n == told.length) {
            told = java.util.Arrays.copyOf(told, 2 * n);
        }
        told[n] = j;
        return n + 1;
    }

    /**
     * Loads the columns a listener's update reads for all the speaker's listeners at once, before
     * any is updated: the loads are independent, so the processor overlaps their cache misses
     * (ties lead to rows anywhere in the population) instead of waiting for each row in turn.
     * Reads only; the updates that follow are unchanged.
     */
    private void gather(Population pop, int n) {
        if (n < 2) {
            return;
        }
        int acc = 0;
        for (int k = 0; k < n; k++) {
            int j = told[k];
            acc += pop.status[j] + pop.heard[j] + pop.province[j] + pop.birth[j] + pop.settled[j]
                    + Float.floatToRawIntBits(pop.belief[j]) + Float.floatToRawIntBits(pop.confidence[j]);
        }
        gathered += acc;
    }

    /**
     * Loads the columns a speaker's turn reads for the speakers {@code from..to} of the list
     * before their turns (relays are scattered over the population): the same overlap of cache
     * misses as {@link #gather}. Entries from {@code from} on are not yet compacted. Reads only.
     */
    private void gatherSpeakers(Population pop, SocialNetwork net, IntList speakers, int from, int to) {
        int acc = 0;
        for (int k = from; k < to; k++) {
            int s = speakers.get(k);
            acc += pop.status[s] + pop.returned[s] + pop.households.size(pop.household[s]) + net.start(s)
                    + Float.floatToRawIntBits(pop.belief[s]);
        }
        gathered += acc;
    }

    /** The month's gap draws at probability {@code p}: the last ones if p is unchanged. */
    private static GeometricSkips skips(GeometricSkips last, double p) {
        return last.probability() == Math.max(0, Math.min(1, p)) ? last : new GeometricSkips(p);
    }

    /** One month's accounts: applies an account to a listener and keeps the month's counts. */
    private final class Accounts {
        private final Population pop;
        private final CensusTally census;
        private final long[] c;
        private final int m;
        private final int relayMonths;
        private final int newBase;

        Accounts(Population pop, CensusTally census, long[] c, int m, int relayMonths, int newBase) {
            this.pop = pop;
            this.census = census;
            this.c = c;
            this.m = m;
            this.relayMonths = relayMonths;
            this.newBase = newBase;
        }

        /** Applies one account to listener j; returns false if j is away and cannot hear it. */
        boolean listen(int j, float report, double trust) {
            if (!BeliefUpdate.canHear(pop.status[j])) {
                return false;
            }
            short before = pop.heard[j];
            if (before < 0) {
                c[newBase + pop.province[j]]++;
                if (relayMonths > 0) {
                    fresh.add(j);
                }
            }
            pop.heard[j] = (short) m;
            float beliefBefore = pop.belief[j];
            BeliefUpdate.hear(pop, j, report, trust);
            census.beliefChanged(j, before, beliefBefore);
            return true;
        }
    }
}

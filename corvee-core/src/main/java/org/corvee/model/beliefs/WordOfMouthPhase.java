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
 * order: the month's turns are written down first ({@link TalkPlan}) and then applied in that
 * order, so that listeners' rows are loaded ahead of their updates.
 */
public final class WordOfMouthPhase implements Phase {
    /** Draw numbers of a speaker's month: a returnee's ties from 0, a relay's household and ties from here. */
    private static final int RELAY_DRAWS = 1 << 18;
    /** Draw numbers of the worksite ties (either speaker). */
    private static final int WORKSITE_DRAWS = 1 << 19;
    /** Speakers whose columns are loaded together ({@link #gatherSpeakers}). */
    private static final int SPEAKER_BLOCK = 64;
    /** Listeners whose columns are loaded together, this many to twice as many ahead of their update. */
    private static final int AHEAD = 32;

    private final World world;
    private final DispatchMetrics metrics;
    /** This month's new listeners, who relay from next month (reused from month to month). */
    private final IntList fresh = new IntList();
    /** The month's turns, planned before they are applied (reused from month to month). */
    private final TalkPlan plan = new TalkPlan();
    /** Speakers holding worksite ties, with their handles: (row, handle) pairs in the list's order. */
    private final IntList withTies = new IntList();
    /** The worksite ties' handle of each speaker of a block ({@link WorksiteTies#find}), -1 if none. */
    private final int[] handles = new int[SPEAKER_BLOCK];
    /** The household chains {@link #gatherSpeakers} walks side by side, one per returnee of a block. */
    private final int[] chains = new int[SPEAKER_BLOCK];
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
        int m = ctx.month();
        long[] c = ctx.counters();
        int relayMonths = p.getInt(BeliefsKeys.RELAY_MONTHS);
        long stream = ctx.random().stream("word-of-mouth");
        talkSkips = skips(talkSkips, p.get(BeliefsKeys.TALK_PROBABILITY));
        relaySkips = skips(relaySkips, p.get(BeliefsKeys.RELAY_PROBABILITY));
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        fresh.clear();
        plan.clear();
        int listed = speakers.size();
        // Who is told by whom, all turns of the month (TalkPlan says why planning first is exact):
        // the speakers' own turns in the list's order, then their turns over worksite ties.
        int active = planTurns(pop, world.network(), state, m, stream);
        speakers.truncate(active);
        until.truncate(active);
        planWorksiteTurns(state.worksiteTies, m, stream);
        Accounts accounts = new Accounts(pop, world.census(), c, m, relayMonths, metrics.newlyInformed.base(), fresh);
        apply(pop, p, c, accounts);
        for (int k = 0; k < fresh.size(); k++) {
            speakers.add(fresh.get(k));
            until.add(m + relayMonths);
        }
        ctx.touched((long) listed + plan.told());
    }

    /**
     * Writes the speakers' turns into the plan and compacts the speaker list (drops those whose
     * time is over); returns the number kept. Speakers who hold worksite ties are noted for
     * {@link #planWorksiteTurns}.
     */
    private int planTurns(Population pop, SocialNetwork net, DispatchState state, int m, long stream) {
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        withTies.clear();
        int active = 0;
        for (int k = 0; k < speakers.size(); k++) {
            if (k % SPEAKER_BLOCK == 0) {
                gatherSpeakers(pop, net, state.worksiteTies, speakers, k, Math.min(speakers.size(), k + SPEAKER_BLOCK));
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
            if (firstHand) {
                // A returnee tells every household member, then each tie with talk_probability.
                for (int j = homes.first(h); j != Households.NONE; j = homes.next(j)) {
                    if (j != s) {
                        plan.tell(j);
                    }
                }
                int d = 0;
                for (long t = talkSkips.gap(stream, s, m, d++); t < degree;
                        t += 1L + talkSkips.gap(stream, s, m, d++)) {
                    plan.tell(net.target(e0 + (int) t));
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
                        plan.tell(member);
                    } else {
                        plan.tell(net.target(e0 + (int) (t - others)));
                    }
                }
            }
            plan.endTurn(s, firstHand, firstHand ? others : 0);
            int handle = handles[k % SPEAKER_BLOCK];
            if (handle >= 0) {
                withTies.add(s);
                withTies.add(handle);
            }
        }
        return active;
    }

    /**
     * Speakers also tell the co-workers they met abroad (X2, {@link WorksiteTies}), with the
     * social-tie probability and trust, after every speaker's own turn: these ties cross
     * provinces and classes. The noted speakers, in the list's order.
     */
    private void planWorksiteTurns(WorksiteTies ties, int m, long stream) {
        Population pop = world.population();
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
    }

    /**
     * Applies the planned turns in order. The report is read at the turn, after the turns
     * before it: a relay who heard earlier this month passes on the updated belief, as when
     * listeners were told one by one. Listeners' rows are loaded {@link #AHEAD} to twice that
     * ahead of their update ({@link #gather}), across turns.
     */
    private void apply(Population pop, Parameters p, long[] c, Accounts accounts) {
        double household = p.get(BeliefsKeys.HOUSEHOLD_TRUST);
        double tie = p.get(BeliefsKeys.TIE_TRUST);
        double relayTrust = p.get(BeliefsKeys.RELAY_TRUST);
        int firstBase = metrics.heardFirstHand.base();
        int secondBase = metrics.heardSecondHand.base();
        int told = plan.told();
        int loaded = 0;
        for (int g = 0; g < plan.turns(); g++) {
            int s = plan.speaker(g);
            boolean firstHand = plan.firstHand(g);
            float report = firstHand ? pop.kept[s] : pop.belief[s];
            double householdTrust = firstHand ? household : relayTrust;
            double tieTrust = firstHand ? tie : relayTrust;
            int counterBase = firstHand ? firstBase : secondBase;
            int from = plan.start(g);
            int inHousehold = from + plan.inHousehold(g);
            for (int q = from; q < plan.end(g); q++) {
                while (loaded < told && loaded <= q + AHEAD) {
                    gather(pop, loaded, Math.min(told, loaded + AHEAD));
                    loaded += AHEAD;
                }
                int j = plan.listener(q);
                if (accounts.listen(j, report, q < inHousehold ? householdTrust : tieTrust)) {
                    c[counterBase + pop.province[j]]++;
                }
            }
        }
    }

    /**
     * Loads the columns a listener's update reads for the planned listeners {@code from..to}
     * before any of them is updated: the loads are independent, so the processor overlaps their
     * cache misses (ties lead to rows anywhere in the population) instead of waiting for each
     * row in turn. Reads only; the updates that follow are unchanged.
     */
    private void gather(Population pop, int from, int to) {
        int acc = 0;
        for (int k = from; k < to; k++) {
            int j = plan.listener(k);
            acc += pop.status[j] + pop.heard[j] + pop.province[j] + pop.birth[j] + pop.settled[j]
                    + Float.floatToRawIntBits(pop.belief[j]) + Float.floatToRawIntBits(pop.confidence[j]);
        }
        gathered += acc;
    }

    /**
     * Loads the columns a speaker's turn reads for the speakers {@code from..to} of the list
     * before their turns (relays are scattered over the population): the same overlap of cache
     * misses as {@link #gather}. The block's returnees' household chains are walked side by side
     * ({@link HouseholdChains}), and the speakers' worksite
     * ties are looked up here ({@link #handles}), the lookups overlapping likewise. Entries from
     * {@code from} on are not yet compacted. Reads only.
     */
    private void gatherSpeakers(Population pop, SocialNetwork net, WorksiteTies ties, IntList speakers, int from,
                                int to) {
        Households homes = pop.households;
        boolean anyTies = ties.holders() > 0;
        int acc = 0;
        int walking = 0;
        for (int k = from; k < to; k++) {
            int s = speakers.get(k);
            handles[k - from] = anyTies ? ties.find(s) : -1;
            int h = pop.household[s];
            acc += pop.status[s] + homes.size(h) + net.start(s) + Float.floatToRawIntBits(pop.belief[s]);
            if (pop.returned[s] >= 0) {
                chains[walking++] = homes.first(h);
            }
        }
        gathered += acc + HouseholdChains.walk(homes, chains, walking);
    }

    /** The month's gap draws at probability {@code p}: the last ones if p is unchanged. */
    private static GeometricSkips skips(GeometricSkips last, double p) {
        return last.probability() == Math.max(0, Math.min(1, p)) ? last : new GeometricSkips(p);
    }
}

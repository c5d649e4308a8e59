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
 * told, not to all the speakers' ties. Sequential over the speaker list in its (deterministic)
 * order.
 */
public final class WordOfMouthPhase implements Phase {
    /** Every household member hears a returnee: a gap of zero each time. */
    private static final GeometricSkips ALWAYS = new GeometricSkips(1);
    /** Draw numbers of a speaker's month: social ties from 0, household from here, worksite ties above. */
    private static final int HOUSEHOLD_DRAWS = 1 << 18;
    private static final int WORKSITE_DRAWS = 1 << 19;

    private final World world;
    private final DispatchMetrics metrics;
    /** Listeners reached this month (rows read), for the bench's touched share. */
    private long listened;

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
        Households homes = pop.households;
        SocialNetwork net = world.network();
        int m = ctx.month();
        long[] c = ctx.counters();
        double household = p.get(BeliefsKeys.HOUSEHOLD_TRUST);
        double tie = p.get(BeliefsKeys.TIE_TRUST);
        double relayTrust = p.get(BeliefsKeys.RELAY_TRUST);
        double talk = p.get(BeliefsKeys.TALK_PROBABILITY);
        double relayP = p.get(BeliefsKeys.RELAY_PROBABILITY);
        int relayMonths = p.getInt(BeliefsKeys.RELAY_MONTHS);
        long stream = ctx.random().stream("word-of-mouth");
        GeometricSkips talkSkips = new GeometricSkips(talk);
        GeometricSkips relaySkips = new GeometricSkips(relayP);
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        IntList fresh = new IntList();
        int firstBase = metrics.heardFirstHand.base();
        int secondBase = metrics.heardSecondHand.base();
        int newBase = metrics.newlyInformed.base();
        int active = 0;
        listened = speakers.size();
        for (int k = 0; k < speakers.size(); k++) {
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
            float report = firstHand ? pop.kept[s] : pop.belief[s];
            double householdTrust = firstHand ? household : relayTrust;
            double tieTrust = firstHand ? tie : relayTrust;
            int counterBase = firstHand ? firstBase : secondBase;
            GeometricSkips skips = firstHand ? talkSkips : relaySkips;
            int h = pop.household[s];
            int others = homes.size(h) - 1;
            // Returnees tell every household member; relays each with their probability, drawn by gaps.
            GeometricSkips members = firstHand ? ALWAYS : skips;
            int d = HOUSEHOLD_DRAWS;
            int member = Households.NONE;
            int at = -1; // member is the at-th of the others
            for (long t = members.gap(stream, s, m, d++); t < others; t += 1L + members.gap(stream, s, m, d++)) {
                while (at < t) {
                    member = member == Households.NONE ? homes.first(h) : homes.next(member);
                    if (member != s) {
                        at++;
                    }
                }
                if (listen(pop, member, report, householdTrust, m, relayMonths, fresh, c, newBase)) {
                    c[counterBase + pop.province[member]]++;
                }
            }
            int e0 = net.start(s);
            int degree = net.end(s) - e0;
            d = 0;
            for (long t = skips.gap(stream, s, m, d++); t < degree; t += 1L + skips.gap(stream, s, m, d++)) {
                int j = net.target(e0 + (int) t);
                if (listen(pop, j, report, tieTrust, m, relayMonths, fresh, c, newBase)) {
                    c[counterBase + pop.province[j]]++;
                }
            }
        }
        speakers.truncate(active);
        spreadOverWorksiteTies(pop, state, m, c, stream, tie, relayTrust, talkSkips, relaySkips, relayMonths, fresh,
                firstBase, secondBase, newBase);
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
                                        double tie, double relayTrust, GeometricSkips talkSkips,
                                        GeometricSkips relaySkips, int relayMonths, IntList fresh, int firstBase,
                                        int secondBase, int newBase) {
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
            float report = firstHand ? pop.kept[s] : pop.belief[s];
            GeometricSkips skips = firstHand ? talkSkips : relaySkips;
            int n = mates.size();
            int d = WORKSITE_DRAWS;
            for (long t = skips.gap(stream, s, m, d++); t < n; t += 1L + skips.gap(stream, s, m, d++)) {
                int j = mates.get((int) t);
                if (listen(pop, j, report, firstHand ? tie : relayTrust, m, relayMonths, fresh, c, newBase)) {
                    c[(firstHand ? firstBase : secondBase) + pop.province[j]]++;
                }
            }
        }
    }

    /** Applies one account to listener j; returns false if j is away and cannot hear it. */
    private boolean listen(Population pop, int j, float report, double trust, int m, int relayMonths,
                           IntList fresh, long[] c, int newBase) {
        listened++;
        if (!BeliefUpdate.canHear(pop.status[j])) {
            return false;
        }
        world.census().hearing(j);
        if (pop.heard[j] < 0) {
            c[newBase + pop.province[j]]++;
            if (relayMonths > 0) {
                fresh.add(j);
            }
        }
        pop.heard[j] = (short) m;
        BeliefUpdate.hear(pop, j, report, trust);
        world.census().heard(j);
        return true;
    }
}

package org.corvee.model.beliefs;

import java.util.Arrays;
import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.StepContext;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;

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
 * probability, are one pass ({@link SpeakerTurns}).
 *
 * <p>On the engine's threads, with the results of telling the speakers one by one in the list's
 * (deterministic) order: the month's turns are written down first ({@link TalkPlan}), the
 * speaker list cut into fixed stretches of {@link #STRETCH} planned side by side, and the plans,
 * taken in the list's order, are then applied by {@link Hearings}: the accounts sorted by the
 * part of the population's rows their listener is in, each part applied on one thread in the
 * plan's order; a relay's report ({@link RelayReports}) and the order of the new listeners come
 * out as in one pass (the classes named say why). Bench at scale 0.3 on the 2-core machine,
 * alternated with main's jar: 2.0–2.2 s on two threads (one run under load 3.2), 2.6–2.7 s on
 * one, against 3.1–3.4 s for main's sequential phase.
 */
public final class WordOfMouthPhase implements Phase {
    /** Speakers per stretch planned on one thread: fixed, so the stretches do not depend on the threads. */
    private static final int STRETCH = 1024;

    private final World world;
    private final DispatchMetrics metrics;
    /** This month's new listeners, who relay from next month (reused from month to month). */
    private final IntList fresh = new IntList();
    /** One planner per stretch of the speakers (kept from month to month, more made as needed). */
    private SpeakerTurns[] planners = new SpeakerTurns[0];
    /** Each stretch's own turns, then each stretch's worksite turns (as {@link #planners}). */
    private TalkPlan[] ownTurns = new TalkPlan[0];
    private TalkPlan[] worksiteTurns = new TalkPlan[0];
    /**
     * The month's turns, planned before they are applied: the stretches' own turns, then their
     * worksite turns, in the stretches' order; taken in this order they are the month's one plan.
     */
    private TalkPlan[] plans = new TalkPlan[0];
    /** Applies the plans to the listeners. */
    private final Hearings hearings;
    /** The month's gap draws, kept while the probabilities stay the same (their table costs ~10 µs). */
    private GeometricSkips talkSkips = new GeometricSkips(0);
    private GeometricSkips relaySkips = new GeometricSkips(0);

    public WordOfMouthPhase(World world, DispatchMetrics metrics) {
        this(world, metrics, false);
    }

    private WordOfMouthPhase(World world, DispatchMetrics metrics, boolean inOrder) {
        this.world = world;
        this.metrics = metrics;
        this.hearings = new Hearings(world.population(), inOrder);
    }

    /**
     * Word of mouth applying each month's accounts in the plan's order, one after another, on
     * the engine's thread: the reference {@link Hearings}' sorted application is tested against.
     */
    static WordOfMouthPhase inPlanOrder(World world, DispatchMetrics metrics) {
        return new WordOfMouthPhase(world, metrics, true);
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
        int relayMonths = p.getInt(BeliefsKeys.RELAY_MONTHS);
        talkSkips = skips(talkSkips, p.get(BeliefsKeys.TALK_PROBABILITY));
        relaySkips = skips(relaySkips, p.get(BeliefsKeys.RELAY_PROBABILITY));
        ParallelRanges ranges = ctx.ranges();
        long stream = ctx.random().stream("word-of-mouth");
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        int listed = speakers.size();
        int active = keepTalking(speakers, until, m);
        // Who is told by whom, all turns of the month (TalkPlan says why planning first is exact),
        // in fixed stretches of the speakers side by side: the speakers' own turns in the list's
        // order, then their turns over worksite ties.
        int stretches = (active + STRETCH - 1) / STRETCH;
        prepare(pop, state, stretches);
        ranges.run(active, STRETCH, ctx.counters(), (k, from, to, none) -> {
            SpeakerTurns planner = planners[k];
            planner.use(stream, talkSkips, relaySkips);
            planner.plan(ownTurns[k], speakers, from, to, m);
            planner.planWorksiteTurns(worksiteTurns[k], m);
        });
        Accounts accounts = new Accounts(pop, world.census(), m, relayMonths, metrics.newlyInformed.base(),
                metrics.heardFirstHand.base(), metrics.heardSecondHand.base(), p.get(BeliefsKeys.HOUSEHOLD_TRUST),
                p.get(BeliefsKeys.TIE_TRUST), p.get(BeliefsKeys.RELAY_TRUST));
        hearings.apply(plans, accounts, ranges, ctx.counters(), fresh);
        long told = 0;
        for (TalkPlan plan : plans) {
            told += plan.told();
        }
        for (int k = 0; k < fresh.size(); k++) {
            speakers.add(fresh.get(k));
            until.add(m + relayMonths);
        }
        ctx.touched((long) listed + told);
    }

    /** Planners and plans for {@code stretches} stretches of the speakers, in {@link #plans} in order. */
    private void prepare(Population pop, DispatchState state, int stretches) {
        int had = planners.length;
        if (had < stretches) {
            planners = Arrays.copyOf(planners, stretches);
            ownTurns = Arrays.copyOf(ownTurns, stretches);
            worksiteTurns = Arrays.copyOf(worksiteTurns, stretches);
            for (int k = had; k < stretches; k++) {
                planners[k] = SpeakerTurns.run(pop, world.network(), state.worksiteTies);
                ownTurns[k] = new TalkPlan();
                worksiteTurns[k] = new TalkPlan();
            }
        }
        if (plans.length != 2 * stretches) {
            plans = new TalkPlan[2 * stretches];
        }
        System.arraycopy(ownTurns, 0, plans, 0, stretches);
        System.arraycopy(worksiteTurns, 0, plans, stretches, stretches);
    }

    /** Drops the speakers whose time is over, keeping the list's order; returns the number kept. */
    private static int keepTalking(IntList speakers, IntList until, int m) {
        int active = 0;
        for (int k = 0; k < speakers.size(); k++) {
            int last = until.get(k);
            if (last >= m) {
                speakers.set(active, speakers.get(k));
                until.set(active++, last);
            }
        }
        speakers.truncate(active);
        until.truncate(active);
        return active;
    }

    /** The month's gap draws at probability {@code p}: the last ones if p is unchanged. */
    private static GeometricSkips skips(GeometricSkips last, double p) {
        return last.probability() == Math.max(0, Math.min(1, p)) ? last : new GeometricSkips(p);
    }
}

package org.corvee.model.beliefs;

import java.util.Arrays;
import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;

/**
 * The beliefs the initial state carries (spin-up): what the returnees of the history
 * ({@code org.corvee.model.dispatch.InitialHistory}) told, and the fading since, replayed month
 * by month over the {@code run.history_years} before the start by the rules of the run, so that
 * the start is where a run begun years earlier would stand (SpinUpEquilibriumTest).
 *
 * <p>Word of mouth (OD8) as {@link WordOfMouthPhase} has it: from the month of their return a
 * returnee tells every household member and each social tie with {@code talk_probability} a
 * month, for {@code talk_months}; who hears for the first time relays for {@code relay_months}
 * with {@code relay_probability}; each listener updates by {@link BeliefUpdate} with the trust of
 * the source. Who hears is drawn by gaps ({@link GeometricSkips}) from the stream
 * "initial-history-talk". Speakers still talking at the start carry on in the run.
 *
 * <p>Memory (X3, when on): confidence fades by {@code confidence_decay} a month at home between
 * accounts and up to the start; an account heard before the listener came of age
 * ({@code adult_age}) before the start is wiped, as the run wipes it, so it is not told; and
 * whoever heard nothing holds {@code initial_confidence} faded over the months since they came
 * of age (or were born), at most the history's length.
 *
 * <p>Left out: the persons abroad or in service at the start are taken as away for the whole
 * history (they hear nothing); past returnees have no co-workers (X2) to tell; the history's
 * deaths and emigrants are not in the population, so their accounts and listeners are missing.
 */
public final class BeliefHistory {
    private static final short UNTOUCHED = Short.MIN_VALUE;
    /** Listeners whose columns are loaded together, this many to twice as many ahead of their update. */
    private static final int AHEAD = 32;

    private final Population pop;
    private final SocialNetwork net;
    private final int now;
    private final int months;
    private final boolean memory;
    private final double keep;
    private final int adultMonths;
    /** Month (relative to the start) each row's confidence was last set in the history; UNTOUCHED never. */
    private final short[] touched;
    /** Kept so the rows' columns are loaded by the gathers (the JIT may not drop the loads). */
    private int gathered;

    private BeliefHistory(World world, int months) {
        Parameters p = world.parameters();
        this.pop = world.population();
        this.net = world.network();
        this.now = world.clock().absolute(0);
        this.months = months;
        this.memory = p.on(MechanismKeys.X3_BELIEF_MEMORY);
        this.keep = memory ? 1 - p.get(BeliefsKeys.CONFIDENCE_DECAY) : 1;
        this.adultMonths = p.getInt(BeliefsKeys.ADULT_AGE) * 12;
        this.touched = new short[pop.size];
        Arrays.fill(touched, UNTOUCHED);
    }

    /**
     * Replays the history: {@code returnees} came home in {@code returnMonths} (months before the
     * start, negative), their first-hand belief and confidence already set.
     */
    public static void replay(World world, RandomStreams random, IntList returnees, IntList returnMonths,
            ParallelRanges ranges) {
        Parameters p = world.parameters();
        int months = 12 * p.getInt(RunKeys.HISTORY_YEARS);
        if (months <= 0 || world.population().size == 0) {
            return;
        }
        BeliefHistory history = new BeliefHistory(world, months);
        if (p.on(MechanismKeys.OD8_WORD_OF_MOUTH)) {
            history.talk(world, random.stream("initial-history-talk"), returnees, returnMonths, ranges);
        }
        history.fadeToStart();
    }

    private void talk(World world, long stream, IntList returnees, IntList returnMonths, ParallelRanges ranges) {
        Parameters p = world.parameters();
        double household = p.get(BeliefsKeys.HOUSEHOLD_TRUST);
        double tie = p.get(BeliefsKeys.TIE_TRUST);
        double relayTrust = p.get(BeliefsKeys.RELAY_TRUST);
        GeometricSkips talkSkips = new GeometricSkips(p.get(BeliefsKeys.TALK_PROBABILITY));
        GeometricSkips relaySkips = new GeometricSkips(p.get(BeliefsKeys.RELAY_PROBABILITY));
        int talkMonths = p.getInt(BeliefsKeys.TALK_MONTHS);
        int relayMonths = p.getInt(BeliefsKeys.RELAY_MONTHS);
        IntList[] homecomings = byMonth(returnees, returnMonths);
        for (int k = 0; k < returnees.size(); k++) {
            touched[returnees.get(k)] = (short) returnMonths.get(k); // abroad, and hearing nothing, before that
        }
        IntList speakers = new IntList();
        IntList until = new IntList();
        int parts = ranges.threads();
        TalkPlan[] plans = new TalkPlan[parts];
        SpeakerTurns[] planners = new SpeakerTurns[parts];
        for (int t = 0; t < parts; t++) {
            plans[t] = new TalkPlan();
            planners[t] = SpeakerTurns.replay(pop, net, stream, talkSkips, relaySkips);
        }
        for (int m = -months; m < 0; m++) {
            IntList back = homecomings[m + months];
            for (int k = 0; k < back.size() && talkMonths > 0; k++) {
                speakers.add(back.get(k));
                until.add(m + talkMonths - 1);
            }
            int active = 0;
            for (int k = 0; k < speakers.size(); k++) {
                if (until.get(k) >= m) {
                    speakers.set(active, speakers.get(k));
                    until.set(active++, until.get(k));
                }
            }
            speakers.truncate(active);
            until.truncate(active);
            // Who is told by whom this month, planned in stretches of the speakers side by side,
            // then the accounts in that order (TalkPlan, SpeakerTurns say why that is exact).
            int month = m;
            for (TalkPlan plan : plans) {
                plan.clear();
            }
            ranges.split(active, (part, from, to, c) -> planners[part].plan(plans[part], speakers, from, to, month));
            IntList fresh = new IntList();
            for (TalkPlan plan : plans) {
                apply(plan, household, tie, relayTrust, m, relayMonths, fresh);
            }
            for (int k = 0; k < fresh.size(); k++) {
                speakers.add(fresh.get(k));
                until.add(m + relayMonths);
            }
        }
        // Who is still talking at the start carries on in the run.
        DispatchState state = world.dispatch();
        for (int k = 0; k < speakers.size(); k++) {
            if (until.get(k) >= 0) {
                state.speakers.add(speakers.get(k));
                state.speakUntil.add(until.get(k));
            }
        }
    }

    /**
     * The accounts of one plan's turns in their order; the listeners' rows are loaded ahead of
     * their updates.
     */
    private void apply(TalkPlan plan, double household, double tie, double relayTrust, int m, int relayMonths,
            IntList fresh) {
        int told = plan.told();
        int loaded = 0;
        for (int g = 0; g < plan.turns(); g++) {
            int s = plan.speaker(g);
            boolean firstHand = plan.firstHand(g);
            float report = firstHand ? pop.kept[s] : pop.belief[s];
            double householdTrust = firstHand ? household : relayTrust;
            double tieTrust = firstHand ? tie : relayTrust;
            int inHousehold = plan.start(g) + plan.inHousehold(g);
            for (int q = plan.start(g); q < plan.end(g); q++) {
                while (loaded < told && loaded <= q + AHEAD) {
                    gather(plan, loaded, Math.min(told, loaded + AHEAD));
                    loaded += AHEAD;
                }
                listen(plan.listener(q), report, q < inHousehold ? householdTrust : tieTrust, m, relayMonths, fresh);
            }
        }
    }

    /**
     * Loads the columns {@link #listen} reads for the planned listeners {@code from..to} before
     * any of them is updated, so that their cache misses overlap (as word of mouth does). Reads only.
     */
    private void gather(TalkPlan plan, int from, int to) {
        int acc = 0;
        for (int k = from; k < to; k++) {
            int j = plan.listener(k);
            acc += pop.birth[j] + pop.status[j] + pop.returned[j] + touched[j] + pop.heard[j] + pop.settled[j]
                    + Float.floatToRawIntBits(pop.belief[j]) + Float.floatToRawIntBits(pop.confidence[j]);
        }
        gathered += acc;
    }

    /**
     * Listener j hears {@code report} in history month m: if at home now, born by then, not a
     * returnee still abroad then, and not to be wiped by coming of age before the start.
     */
    private void listen(int j, float report, double trust, int m, int relayMonths, IntList fresh) {
        int born = pop.birth[j] + Population.BIRTH_BASE;
        int adult = born + adultMonths;
        if (!BeliefUpdate.canHear(pop.status[j]) || born > now + m || (memory && adult >= now + m && adult < now)
                || (pop.returned[j] >= 0 && touched[j] > m)) {
            return;
        }
        pop.confidence[j] = (float) (pop.confidence[j] * fading(j, m));
        if (pop.heard[j] < 0) {
            pop.heard[j] = 0;
            if (relayMonths > 0) {
                fresh.add(j);
            }
        }
        BeliefUpdate.hear(pop, j, report, trust);
        touched[j] = (short) m;
    }

    /** The factor by which row j's confidence has faded by history month m since it was last set. */
    private double fading(int j, int m) {
        if (!memory) {
            return 1;
        }
        if (touched[j] != UNTOUCHED) {
            return Math.pow(keep, m - touched[j]);
        }
        // Never told: the confidence held since coming of age (or birth), within the history.
        int born = pop.birth[j] + Population.BIRTH_BASE;
        int adult = born + adultMonths;
        int at = now + m;
        int since = at - (adult <= at ? adult : born);
        return Math.pow(keep, Math.min(since, months + m));
    }

    /** Brings every row at home up to the start: the fading since its confidence was last set. */
    private void fadeToStart() {
        if (!memory) {
            return;
        }
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] < Status.ABROAD) {
                pop.confidence[i] = (float) (pop.confidence[i] * fading(i, 0));
            }
        }
    }

    /** The returnees filed by the month of their return (index month + history length). */
    private IntList[] byMonth(IntList returnees, IntList returnMonths) {
        IntList[] out = new IntList[months];
        for (int k = 0; k < months; k++) {
            out[k] = new IntList();
        }
        for (int k = 0; k < returnees.size(); k++) {
            out[returnMonths.get(k) + months].add(returnees.get(k));
        }
        return out;
    }
}

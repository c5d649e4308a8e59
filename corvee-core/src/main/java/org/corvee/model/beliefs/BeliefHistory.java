package org.corvee.model.beliefs;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.World;

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
 * <p>Each month's turns are planned in stretches of the speakers side by side, and its accounts
 * applied sorted by listener on the workers ({@link Hearings}, {@link HistoryAccounts}), a
 * relay's report worked out first from the accounts it heard earlier in the month
 * ({@link RelayReports}): the results of telling them speaker by speaker, on any thread count.
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
    private final Population pop;
    private final int months;
    /** The accounts' rule and the fading, with the month each row's confidence was last set. */
    private final HistoryAccounts accounts;

    private BeliefHistory(World world, int months) {
        Parameters p = world.parameters();
        this.pop = world.population();
        this.months = months;
        boolean memory = p.on(MechanismKeys.X3_BELIEF_MEMORY);
        this.accounts = new HistoryAccounts(pop, world.clock().absolute(0), months, memory,
                memory ? 1 - p.get(BeliefsKeys.CONFIDENCE_DECAY) : 1, p.getInt(BeliefsKeys.ADULT_AGE) * 12,
                p.getInt(BeliefsKeys.RELAY_MONTHS), p.get(BeliefsKeys.HOUSEHOLD_TRUST), p.get(BeliefsKeys.TIE_TRUST),
                p.get(BeliefsKeys.RELAY_TRUST));
    }

    /**
     * Replays the history: {@code returnees} came home in {@code returnMonths} (months before the
     * start, negative), their first-hand belief and confidence already set.
     */
    public static void replay(World world, RandomStreams random, IntList returnees, IntList returnMonths,
            ParallelRanges ranges) {
        // On one thread the accounts are applied in the plan's order: the sorting pays only with a
        // second thread (the same results either way).
        replay(world, random, returnees, returnMonths, ranges, ranges.threads() == 1);
    }

    /**
     * As {@link #replay(World, RandomStreams, IntList, IntList, ParallelRanges)}; with
     * {@code inOrder}, each month's accounts are applied in the plan's order, one after another,
     * on this thread: the reference the sorted application is tested against ({@link Hearings}).
     */
    static void replay(World world, RandomStreams random, IntList returnees, IntList returnMonths,
            ParallelRanges ranges, boolean inOrder) {
        Parameters p = world.parameters();
        int months = 12 * p.getInt(RunKeys.HISTORY_YEARS);
        if (months <= 0 || world.population().size == 0) {
            return;
        }
        BeliefHistory history = new BeliefHistory(world, months);
        if (p.on(MechanismKeys.OD8_WORD_OF_MOUTH)) {
            history.talk(world, random.stream("initial-history-talk"), returnees, returnMonths, ranges,
                    new Hearings(history.pop, inOrder));
        }
        history.accounts.fadeToStart(ranges);
    }

    private void talk(World world, long stream, IntList returnees, IntList returnMonths, ParallelRanges ranges,
            Hearings hearings) {
        Parameters p = world.parameters();
        GeometricSkips talkSkips = new GeometricSkips(p.get(BeliefsKeys.TALK_PROBABILITY));
        GeometricSkips relaySkips = new GeometricSkips(p.get(BeliefsKeys.RELAY_PROBABILITY));
        int talkMonths = p.getInt(BeliefsKeys.TALK_MONTHS);
        int relayMonths = p.getInt(BeliefsKeys.RELAY_MONTHS);
        IntList[] homecomings = byMonth(returnees, returnMonths);
        for (int k = 0; k < returnees.size(); k++) {
            accounts.returned(returnees.get(k), returnMonths.get(k));
        }
        IntList speakers = new IntList();
        IntList until = new IntList();
        int parts = ranges.threads();
        TalkPlan[] plans = new TalkPlan[parts];
        SpeakerTurns[] planners = new SpeakerTurns[parts];
        for (int t = 0; t < parts; t++) {
            plans[t] = new TalkPlan();
            planners[t] = SpeakerTurns.replay(pop, world.network(), stream, talkSkips, relaySkips);
        }
        IntList fresh = new IntList();
        long[] none = new long[0];
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
            // Who is told by whom this month, planned in stretches of the speakers side by side
            // (TalkPlan, SpeakerTurns say why that is exact) with each turn's report as it stands
            // before the month's accounts; then the accounts, sorted by listener, on the workers
            // (Hearings: the same as one after another in the plan's order).
            int month = m;
            for (TalkPlan plan : plans) {
                plan.clear(); // a part left without speakers plans nothing
            }
            ranges.split(active, (part, from, to, c) -> {
                planners[part].plan(plans[part], speakers, from, to, month);
                planned(plans[part], month);
            });
            accounts.month(m);
            hearings.apply(plans, accounts, ranges, none, fresh);
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
     * Notes each turn's report as it stands before any account of month m: a returnee's money
     * kept, a relay's belief with its confidence faded to the month (as its first account of the
     * month will find it). Reads only.
     */
    private void planned(TalkPlan plan, int m) {
        for (int g = 0; g < plan.turns(); g++) {
            int s = plan.speaker(g);
            if (plan.firstHand(g)) {
                plan.setPlanned(g, pop.kept[s], 0);
            } else {
                plan.setPlanned(g, pop.belief[s], accounts.confidenceAt(s, m));
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

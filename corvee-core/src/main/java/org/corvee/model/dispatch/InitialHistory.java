package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.RunKeys;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;

/**
 * The history a run starts from (spin-up): dispatch had run for decades before the start, so
 * the initial state holds the returnees of the last {@code run.history_years} years and what
 * they told, drawn by the model's own rules rather than left empty.
 *
 * <p>Returnees: for every month of the history, each host's workers then (its slots in that
 * month, growth compounded back from the reference year) divided by the mean stint came home —
 * the contract length plus the renewals the run grants, {@code renewal_share / (1 − renewal_share)}
 * × {@code renewal_months} on average (a steady stock's outflow is stock over mean stay). Each is a person at home now who was in the dispatch age band then, drawn in proportion
 * to the selection weight (as the initial workforce is), who holds first-hand knowledge — the
 * pay a civilian kept at that host then — with {@code beliefs.returnee_confidence}. What they
 * told, to whom, and the fading since are replayed by {@code org.corvee.model.beliefs.BeliefHistory}
 * from the list of returnees and their months filled here. Draws come from the "initial-history"
 * stream, so the rest of the run's draws are as they were. Each try's row, whether it is at home
 * and whether the weight's draw takes it are worked out ahead on the workers ({@link TriedRows});
 * the tries are then taken in their order.
 */
public final class InitialHistory {
    private InitialHistory() {
    }

    /**
     * Places the history's returnees in the freshly built {@code world}, adding each to
     * {@code returnees} with the month of its return (negative: months before the start) to
     * {@code returnMonths}.
     */
    public static void apply(World world, RandomStreams random, IntList returnees, IntList returnMonths,
            ParallelRanges ranges) {
        Parameters p = world.parameters();
        int years = p.getInt(RunKeys.HISTORY_YEARS);
        Population pop = world.population();
        if (years <= 0 || pop.built == 0 || !p.on(MechanismKeys.OD8_WORD_OF_MOUTH)) {
            return;
        }
        int now = world.clock().absolute(0);
        int minAge = p.getInt(DispatchKeys.MIN_AGE);
        int maxAge = p.getInt(DispatchKeys.MAX_AGE);
        int contract = p.getInt(DispatchKeys.CONTRACT_MONTHS);
        double renew = Math.min(p.get(DispatchKeys.RENEWAL_SHARE), 0.99);
        double stint = contract + renew / (1 - renew) * p.getInt(DispatchKeys.RENEWAL_MONTHS);
        SelectionWeight weights = new SelectionWeight(p);
        double maxWeight = 0;
        for (int pr = 0; pr < Province.values().length; pr++) {
            for (int s = 0; s < Songbun.values().length; s++) {
                maxWeight = Math.max(maxWeight, weights.weight(pr, s));
            }
        }
        if (maxWeight <= 0) {
            return;
        }
        float confidence = (float) p.get(BeliefsKeys.RETURNEE_CONFIDENCE);
        long stream = random.stream("initial-history");
        // At home, in the dispatch age band at some month of the history (the age then falls as
        // the month goes back) and drawn by the weight: what the sampling does not change, worked
        // out ahead. Whether the age band holds in the try's own month is checked on use.
        double most = maxWeight;
        int latest = now - 1 - contract - Population.BIRTH_BASE;
        int earliest = now - years * 12 - contract - Population.BIRTH_BASE;
        TriedRows tries = new TriedRows(ranges, stream, pop.built, (a, i) -> pop.status[i] == Status.HOME
                && (latest - pop.birth[i]) / 12 >= minAge && (earliest - pop.birth[i]) / 12 <= maxAge
                && RandomStreams.uniform(stream, a, 0, 1) * most < weights.weight(pop.province[i], pop.songbun[i]));
        long attempt = 0;
        double carry = 0;
        for (int back = 1; back <= years * 12; back++) {
            int m = -back;
            for (Destination d : Destination.values()) {
                DestinationTerms t = DestinationTerms.of(d, p, m, world.scale());
                carry += t.slotsAgents() / stint;
                int coming = (int) carry;
                carry -= coming;
                float kept = (float) t.keptDollars();
                // In the dispatch age band when they went (birth-column value then), a contract before they returned.
                int went = now - back - contract - Population.BIRTH_BASE;
                attempt = place(pop, tries, attempt, coming, went, minAge, maxAge, kept, confidence, m, returnees,
                        returnMonths);
            }
        }
    }

    /**
     * Takes the tries from {@code attempt} on until {@code coming} returnees of month {@code m}
     * are placed (at most 1000 tries each, and 1000 more); returns the next try. Each holds
     * {@code kept} first-hand with {@code confidence}, if in the age band when it went (birth-column
     * value {@code went}) and not a returnee already. A method of its own so that the JIT
     * compiles this loop alone, not the history's terms around it.
     */
    private static long place(Population pop, TriedRows tries, long attempt, int coming, int went, int minAge,
                              int maxAge, float kept, float confidence, int m, IntList returnees, IntList returnMonths) {
        long limit = attempt + 1000L * coming + 1000;
        int placed = 0;
        while (placed < coming && attempt < limit) {
            long a = attempt++;
            if (!tries.passes(a)) {
                continue;
            }
            int i = tries.row(a);
            int ageThen = (went - pop.birth[i]) / 12;
            if (pop.returned[i] >= 0 || ageThen < minAge || ageThen > maxAge) {
                continue;
            }
            pop.returned[i] = 0;
            pop.heard[i] = 0;
            pop.kept[i] = kept;
            pop.belief[i] = kept;
            pop.confidence[i] = confidence;
            returnees.add(i);
            returnMonths.add(m);
            placed++;
        }
        return attempt;
    }
}

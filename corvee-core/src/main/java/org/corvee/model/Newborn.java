package org.corvee.model;

import org.corvee.engine.RandomStreams;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.EconomyKeys;
import org.corvee.model.params.LoyaltyKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.HomeIncome;
import org.corvee.model.people.Households;
import org.corvee.model.people.LifeTable;
import org.corvee.model.people.Population;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;

/**
 * The fresh state of a child born into a row (X1, {@link DemographyPhase}): the household's
 * province, place, songbun class and defector mark stay; everything personal is drawn as at
 * the start of the run (loyalty as {@link LoyaltyAssignment}, belief and savings as the
 * population builder does, with this month's home income), and the child has heard nothing,
 * never been abroad or posted. Draws are keyed by (row, month).
 */
final class Newborn {
    private final LifeTable table;
    private final double[] loyaltyMean;
    private final double loyaltyBonus;
    private final double loyaltySpread;
    private final double promise;
    private final double beliefSpread;
    private final float confidence;
    private final double savingsMonths;
    private final double savingsSpread;
    private final HomeIncome income;
    private final double years;

    Newborn(Parameters p, LifeTable table, double years) {
        this.table = table;
        this.years = years;
        loyaltyMean = new double[] {p.get(LoyaltyKeys.CORE), p.get(LoyaltyKeys.WAVERING), p.get(LoyaltyKeys.HOSTILE)};
        loyaltyBonus = p.on(MechanismKeys.OD10_REGIONAL_GAP) ? p.get(LoyaltyKeys.CAPITAL_BONUS) : 0;
        loyaltySpread = p.get(LoyaltyKeys.SPREAD);
        promise = p.get(BeliefsKeys.PROMISED_PAY);
        beliefSpread = p.get(BeliefsKeys.INITIAL_SPREAD);
        confidence = (float) p.get(BeliefsKeys.INITIAL_CONFIDENCE);
        savingsMonths = p.get(EconomyKeys.SAVINGS_MONTHS);
        savingsSpread = p.get(EconomyKeys.SAVINGS_SPREAD);
        income = new HomeIncome(p);
    }

    /**
     * Vacant row {@code i} becomes a child of {@code mother} born in month {@code m} (X1
     * fertility): the mother's province, place, songbun class and defector mark, her household
     * ({@link Households#link}: returns true if it was empty, the caller then counts it,
     * {@link Households#refilled()}). The child is not filed in the home memory's index of birth
     * months: the caller files the month's births in their order ({@link BirthsAtHome}). Writes
     * row {@code i} and the household's links alone, so births into households of other
     * provinces may be made at the same time.
     */
    boolean bearTo(Population pop, int i, int mother, int now, int m, long stream) {
        pop.province[i] = pop.province[mother];
        pop.urban[i] = pop.urban[mother];
        pop.songbun[i] = pop.songbun[mother];
        pop.flags[i] = (byte) (pop.flags[mother] & PersonFlags.DEFECTOR_FAMILY);
        boolean refilled = pop.households.link(i, pop.household[mother]);
        fill(pop, i, now, m, stream);
        pop.memory.fresh(i);
        return refilled;
    }

    /** Row {@code i} becomes a child born in month {@code m} ({@code now}: birth encoding of the month). */
    void bear(Population pop, int i, int now, int m, long stream) {
        fill(pop, i, now, m, stream);
        pop.memory.born(i, now);
    }

    /** Row {@code i}'s columns as a child born in month {@code m}'s (all but the home memory's). */
    private void fill(Population pop, int i, int now, int m, long stream) {
        byte sex = (byte) (RandomStreams.uniform(stream, i, m, 0) < table.maleShareAtBirth() ? 1 : 0);
        pop.sex[i] = sex;
        pop.birth[i] = (short) now;
        pop.death[i] = DemographyPhase.encode(now + table.deathAge(sex, 0, 1 - RandomStreams.uniform(stream, i, m, 1)));
        double v = loyaltyMean[pop.songbun[i]] + (pop.province[i] == Province.PYONGYANG.ordinal() ? loyaltyBonus : 0)
                + loyaltySpread * (2 * RandomStreams.uniform(stream, i, m, 2) - 1);
        pop.loyalty[i] = (byte) Math.max(0, Math.min(100, Math.round(v)));
        double z = RandomStreams.normal(stream, i, m, 3);
        pop.belief[i] = (float) (promise * Math.exp(beliefSpread * z - beliefSpread * beliefSpread / 2));
        pop.confidence[i] = confidence;
        double zs = RandomStreams.normal(stream, i, m, 4);
        pop.savings[i] = (float) (income.monthly(pop.province[i], pop.urban[i], years) * savingsMonths
                * Math.exp(savingsSpread * zs));
        pop.debt[i] = 0;
        pop.status[i] = Status.HOME;
        pop.destination[i] = -1;
        pop.due[i] = 0;
        pop.departed[i] = 0;
        pop.heard[i] = -1;
        pop.returned[i] = -1;
        pop.kept[i] = 0;
        pop.posting[i] = PostingStatus.NONE;
        pop.cohort[i] = 0;
        pop.resentment[i] = 0;
        pop.risk[i] = 0;
        pop.flags[i] = (byte) (pop.flags[i] & PersonFlags.DEFECTOR_FAMILY);
        pop.worksite[i] = 0;
    }
}

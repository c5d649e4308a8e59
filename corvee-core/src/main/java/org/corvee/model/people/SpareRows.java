package org.corvee.model.people;

import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PopulationKeys;
import org.corvee.model.params.RunKeys;

/**
 * How many spare rows the person table gets for births (X1 fertility), from the run's length
 * and the schedules: a cohort-component projection of the start pyramid (the census age bands
 * the builder draws from, uniform within each band; women by the census sex ratio) year by
 * year with the {@link FertilitySchedule} and the {@link LifeTable}, everyone at home. Its
 * largest growth over the run, times {@code demography.spare_margin}, plus 1% of the agents and
 * 64 rows for chance, is the spare. Rows of those who die at home are reused first, so only net
 * growth needs spare rows. None when fertility is off (births replace deaths in place).
 */
public final class SpareRows {
    private static final int AGES = 110;

    private SpareRows() {
    }

    /** Spare rows for {@code agents} persons built at the start of the run {@code p} describes. */
    public static long of(Parameters p, long agents) {
        if (!p.on(MechanismKeys.X1_DEMOGRAPHY) || !p.on(MechanismKeys.X1_FERTILITY) || agents == 0) {
            return 0;
        }
        int years = p.getInt(RunKeys.END_YEAR) - p.getInt(RunKeys.START_YEAR) + 1;
        double grown = largestGrowth(p, Math.max(0, years));
        return (long) Math.ceil(agents * grown * p.get(DemographyKeys.SPARE_MARGIN) + agents * 0.01 + 64);
    }

    /** The largest relative growth of the projected population over {@code years} years (0 if it only shrinks). */
    static double largestGrowth(Parameters p, int years) {
        FertilitySchedule f = FertilitySchedule.of(p);
        LifeTable t = LifeTable.of(p);
        double female = 1 / (1 + p.get(PopulationKeys.MALES_PER_FEMALE));
        double[][] n = new double[2][AGES];
        double start = 0;
        for (int age = 0; age < 90; age++) {
            double share = age < 15 ? PopulationBuilder.CHILD_SHARE / 15
                    : age < 65 ? PopulationBuilder.WORKING_AGE_SHARE / 50
                    : (1 - PopulationBuilder.CHILD_SHARE - PopulationBuilder.WORKING_AGE_SHARE) / 25;
            n[0][age] = share * female;
            n[1][age] = share * (1 - female);
            start += share;
        }
        double largest = 0;
        for (int y = 0; y < years; y++) {
            double births = 0;
            for (int age = 0; age < AGES; age++) {
                births += n[0][age] * f.rate(age);
            }
            double total = 0;
            for (int sex = 0; sex < 2; sex++) {
                for (int age = AGES - 1; age >= 1; age--) {
                    double s0 = t.survival(sex, (age - 1) * 12);
                    n[sex][age] = s0 <= 0 ? 0 : n[sex][age - 1] * t.survival(sex, age * 12) / s0;
                }
                double share = sex == 1 ? t.maleShareAtBirth() : 1 - t.maleShareAtBirth();
                n[sex][0] = births * share * t.survival(sex, 6); // born in the year, half a year lived
                for (int age = 0; age < AGES; age++) {
                    total += n[sex][age];
                }
            }
            largest = Math.max(largest, total / start - 1);
        }
        return largest;
    }
}

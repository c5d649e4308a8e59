package org.corvee.model.people;

import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PopulationKeys;
import org.corvee.model.params.RunKeys;

/**
 * How many spare rows the person table gets for births (X1 fertility), from the run's length
 * and the schedules: the start pyramid (the census age bands the builder draws from, uniform
 * within each band; women by the census sex ratio) has r = b - d births minus deaths per
 * person-year, b from the {@link FertilitySchedule} and d from the {@link LifeTable}; the table
 * grows by agents * ((1 + r)^years - 1) at most, times {@code demography.spare_margin}, plus 1%
 * of the agents and 64 rows for chance. Rows of those who die at home are reused first, so only
 * net growth needs spare rows. None when fertility is off (births replace deaths in place).
 */
public final class SpareRows {
    private SpareRows() {
    }

    /** Spare rows for {@code agents} persons built at the start of the run {@code p} describes. */
    public static long of(Parameters p, long agents) {
        if (!p.on(MechanismKeys.X1_DEMOGRAPHY) || !p.on(MechanismKeys.X1_FERTILITY) || agents == 0) {
            return 0;
        }
        int years = p.getInt(RunKeys.END_YEAR) - p.getInt(RunKeys.START_YEAR) + 1;
        double r = Math.max(0, netGrowth(p));
        double grown = Math.pow(1 + r, Math.max(0, years)) - 1;
        return (long) Math.ceil(agents * grown * p.get(DemographyKeys.SPARE_MARGIN) + agents * 0.01 + 64);
    }

    /** Births minus deaths per person-year of the start pyramid. */
    static double netGrowth(Parameters p) {
        FertilitySchedule f = FertilitySchedule.of(p);
        LifeTable t = LifeTable.of(p);
        double males = p.get(PopulationKeys.MALES_PER_FEMALE);
        double female = 1 / (1 + males);
        double births = 0;
        double deaths = 0;
        for (int age = 0; age < 90; age++) {
            double share = age < 15 ? PopulationBuilder.CHILD_SHARE / 15
                    : age < 65 ? PopulationBuilder.WORKING_AGE_SHARE / 50
                    : (1 - PopulationBuilder.CHILD_SHARE - PopulationBuilder.WORKING_AGE_SHARE) / 25;
            births += share * female * f.rate(age);
            for (int sex = 0; sex < 2; sex++) {
                double s0 = t.survival(sex, age * 12);
                double q = s0 <= 0 ? 1 : 1 - t.survival(sex, age * 12 + 12) / s0;
                deaths += share * (sex == 0 ? female : 1 - female) * q;
            }
        }
        return births - deaths;
    }
}

package org.corvee.model.people;

import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.Parameters;

/**
 * Age-specific fertility (X1 fertility): births per woman-year at each age 15-49, the total
 * fertility rate {@code demography.total_fertility} spread over seven five-year groups by the
 * {@code demography.fertility_share_*} shape (normalised to sum to 1), flat within a group.
 * A woman at home of age a gives birth in a month with probability rate(a) / 12, so over a
 * year at home she has rate(a) births on average and over ages 15-49 the total fertility rate.
 */
public final class FertilitySchedule {
    /** Youngest and oldest age (whole years) with births. */
    public static final int FIRST_AGE = 15;
    public static final int LAST_AGE = 49;

    private final double[] rate = new double[LAST_AGE + 1];
    private final double total;

    public FertilitySchedule(double total, double[] groupShares) {
        this.total = total;
        double sum = 0;
        for (double s : groupShares) {
            sum += s;
        }
        for (int g = 0; g < groupShares.length; g++) {
            for (int a = FIRST_AGE + 5 * g; a < FIRST_AGE + 5 * g + 5 && a <= LAST_AGE; a++) {
                rate[a] = sum <= 0 ? 0 : total * groupShares[g] / sum / 5;
            }
        }
    }

    public static FertilitySchedule of(Parameters p) {
        return new FertilitySchedule(p.get(DemographyKeys.TOTAL_FERTILITY), new double[] {
            p.get(DemographyKeys.FERTILITY_SHARE_15_19), p.get(DemographyKeys.FERTILITY_SHARE_20_24),
            p.get(DemographyKeys.FERTILITY_SHARE_25_29), p.get(DemographyKeys.FERTILITY_SHARE_30_34),
            p.get(DemographyKeys.FERTILITY_SHARE_35_39), p.get(DemographyKeys.FERTILITY_SHARE_40_44),
            p.get(DemographyKeys.FERTILITY_SHARE_45_49)});
    }

    /** Births per woman-year at age {@code age} (whole years); 0 outside 15-49. */
    public double rate(int age) {
        return age < FIRST_AGE || age > LAST_AGE ? 0 : rate[age];
    }

    /** Probability of a birth in one month at age {@code age}. */
    public double monthly(int age) {
        return rate(age) / 12;
    }

    /** The total fertility rate: the sum of the rates over ages 15-49. */
    public double total() {
        return total;
    }
}

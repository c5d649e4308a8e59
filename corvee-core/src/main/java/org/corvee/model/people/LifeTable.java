package org.corvee.model.people;

import java.util.Arrays;
import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.Parameters;

/**
 * A life table by sex at monthly resolution (X1): infant mortality in the first year of life,
 * then a Gompertz hazard {@code μ(x) = a·exp(b·x)} per year of age x, with the level a solved
 * (bisection) so that life expectancy at birth equals the sourced figure. Only the slope b is
 * assumed. The table is arithmetic on the parameters, so a test can compare a simulated
 * cohort's survival with {@link #survival} and the age pyramid with {@link #stationaryShare}.
 */
public final class LifeTable {
    /** Oldest age in months the table covers; nobody lives past it. */
    public static final int MAX_MONTHS = 110 * 12;
    private static final int FEMALE = 0;
    private static final int MALE = 1;

    /** survival[sex][k]: probability that a newborn reaches exact age k months; survival[.][MAX] = 0. */
    private final double[][] survival = new double[2][MAX_MONTHS + 1];
    /**
     * guide[sex][b]: the first month k with survival below (b + 1) / {@link #GUIDE}, where a search
     * for a survival value in [b / GUIDE, (b + 1) / GUIDE) may start (see {@link #deathAge}).
     */
    private final short[][] guide = new short[2][GUIDE + 1];
    /** Buckets of the guide: a power of two, so {@code target · GUIDE} is exact. */
    private static final int GUIDE = 4096;
    private final double maleShareAtBirth;
    /** The five parameters the table was made of, in the constructor's order. */
    private final double[] madeOf;

    /**
     * @param lifeExpectancyFemale e0 of women, years
     * @param lifeExpectancyMale   e0 of men, years
     * @param infantMortality      probability of dying in the first year of life
     * @param slope                Gompertz slope b per year of age
     * @param malesPerFemaleAtBirth sex ratio at birth
     */
    public LifeTable(double lifeExpectancyFemale, double lifeExpectancyMale, double infantMortality, double slope,
                     double malesPerFemaleAtBirth) {
        fill(survival[FEMALE], lifeExpectancyFemale, infantMortality, slope);
        fill(survival[MALE], lifeExpectancyMale, infantMortality, slope);
        guide(survival[FEMALE], guide[FEMALE]);
        guide(survival[MALE], guide[MALE]);
        maleShareAtBirth = malesPerFemaleAtBirth / (1 + malesPerFemaleAtBirth);
        madeOf = new double[] {lifeExpectancyFemale, lifeExpectancyMale, infantMortality, slope, malesPerFemaleAtBirth};
    }

    /** The table of the parameters in force ({@code demography.*}). */
    public static LifeTable of(Parameters p) {
        return of(p, null);
    }

    /**
     * The table of the parameters in force, {@code kept} itself if it was made of the same values
     * (a table is a function of its five parameters): the demography asks at every change of the
     * parameters (the timeline's dated events), and solving a table takes a few milliseconds.
     */
    public static LifeTable of(Parameters p, LifeTable kept) {
        double[] now = {p.get(DemographyKeys.LIFE_EXPECTANCY_FEMALE), p.get(DemographyKeys.LIFE_EXPECTANCY_MALE),
            p.get(DemographyKeys.INFANT_MORTALITY), p.get(DemographyKeys.GOMPERTZ_SLOPE),
            p.get(DemographyKeys.SEX_RATIO_AT_BIRTH)};
        if (kept != null && Arrays.equals(kept.madeOf, now)) {
            return kept;
        }
        return new LifeTable(now[0], now[1], now[2], now[3], now[4]);
    }

    private static void fill(double[] s, double e0, double q0, double slope) {
        // exp(b·x) at the middle of each month of age does not depend on the level a: once here,
        // not once per bisection step
        double[] gompertz = new double[MAX_MONTHS];
        for (int k = 12; k < MAX_MONTHS; k++) {
            gompertz[k] = Math.exp(slope * (k + 0.5) / 12.0);
        }
        double lo = 1e-9;
        double hi = 1.0;
        for (int it = 0; it < 200; it++) {
            double mid = Math.sqrt(lo * hi);
            double wasLo = lo;
            double wasHi = hi;
            if (build(s, mid, q0, gompertz) > e0) {
                lo = mid;
            } else {
                hi = mid;
            }
            if (lo == wasLo && hi == wasHi) {
                break; // a fixed point (lo and hi adjacent doubles): the remaining steps change nothing
            }
        }
        build(s, Math.sqrt(lo * hi), q0, gompertz);
    }

    /** Fills {@code g} with the first month whose survival is below each bucket's upper edge. */
    private static void guide(double[] s, short[] g) {
        int k = MAX_MONTHS; // s[MAX] = 0 is below every edge; edges rise with b, so k only falls
        for (int b = 0; b <= GUIDE; b++) {
            double edge = (b + 1) / (double) GUIDE;
            while (k > 0 && s[k - 1] < edge) {
                k--;
            }
            g[b] = (short) k;
        }
    }

    /** Fills {@code s} for Gompertz level {@code a} and returns life expectancy at birth in years. */
    private static double build(double[] s, double a, double q0, double[] gompertz) {
        double infant = 1 - Math.pow(1 - q0, 1.0 / 12);
        s[0] = 1;
        double years = 0;
        for (int k = 0; k < MAX_MONTHS; k++) {
            double q = k < 12 ? infant : -Math.expm1(-a * gompertz[k] / 12.0);
            s[k + 1] = s[k] * (1 - q);
            years += (s[k] + s[k + 1]) / 24.0;
        }
        s[MAX_MONTHS] = 0;
        return years;
    }

    /** Probability that a newborn of {@code sex} (0 female, 1 male) reaches exact age {@code months}. */
    public double survival(int sex, int months) {
        return months >= MAX_MONTHS ? 0 : survival[sex][Math.max(0, months)];
    }

    /** Life expectancy at birth in years implied by the table (the target e0 up to rounding). */
    public double lifeExpectancy(int sex) {
        double years = 0;
        for (int k = 0; k < MAX_MONTHS; k++) {
            years += (survival[sex][k] + survival[sex][k + 1]) / 24.0;
        }
        return years;
    }

    /** Share of males among births. */
    public double maleShareAtBirth() {
        return maleShareAtBirth;
    }

    /**
     * Age at death in months of a person of {@code sex} now aged {@code ageMonths}, by inversion
     * of the survival curve conditional on being alive now: the first month at which survival
     * falls below {@code u · S(age)}, {@code u} uniform in (0, 1]. Never less than the age now.
     */
    public int deathAge(int sex, int ageMonths, double u) {
        double[] s = survival[sex];
        int from = Math.max(0, Math.min(MAX_MONTHS - 1, ageMonths));
        double target = u * s[from];
        // The smallest k with s[k] < target (s is non-increasing; s[MAX] = 0): it lies after
        // `from`, since s[k] >= s[from] >= target up to there. A search over the 1,320 months
        // took a dozen unpredictable branches, much of the life-table draws' time when the
        // world is built; the guide starts a forward scan at the first month below the upper
        // edge of the target's bucket (a month or three before the answer). target · GUIDE is
        // exact (GUIDE is a power of two), so the bucket is the target's own.
        if (!(target > 0)) {
            return Math.max(ageMonths, MAX_MONTHS - 1); // nothing is below 0: the last month
        }
        int k = guide[sex][(int) (target * GUIDE)];
        while (!(s[k] < target)) {
            k++;
        }
        return Math.max(ageMonths, k - 1);
    }

    /**
     * Share of ages [{@code fromYears}, {@code toYears}] (whole years, inclusive) in the stationary
     * population of this table with births split by the sex ratio at birth: person-years lived
     * in the band over those lived in total.
     */
    public double stationaryShare(int fromYears, int toYears) {
        double band = 0;
        double all = 0;
        for (int sex = 0; sex < 2; sex++) {
            double w = sex == MALE ? maleShareAtBirth : 1 - maleShareAtBirth;
            for (int k = 0; k < MAX_MONTHS; k++) {
                double lived = w * (survival[sex][k] + survival[sex][k + 1]) / 2;
                all += lived;
                int age = k / 12;
                if (age >= fromYears && age <= toYears) {
                    band += lived;
                }
            }
        }
        return band / all;
    }
}

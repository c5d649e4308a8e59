package org.corvee.model.people;

import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.DemographyKeys;
import org.corvee.model.params.EconomyKeys;
import org.corvee.model.params.LevelYears;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PopulationKeys;
import org.corvee.model.params.RunKeys;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;

/**
 * Builds the synthetic population (X1) from the 2008 census figures and the scenario.
 *
 * <p>Per province, {@code round(census × scale)} persons, urban households first. A household
 * has 1 + Poisson(mean - 1) members whose ages are drawn from the census age bands (uniform
 * within each band); the oldest adult under 65 is the head, the next adult the spouse (of the
 * other sex), the others follow oldest first. Songbun class is drawn per household (it is inherited), with the capital's own
 * shares and the provinces sharing the rest so that national shares match the scenario.
 *
 * <p>Every draw comes from the "population" stream keyed by household id, so the same seed
 * builds the same people whatever else changes.
 */
public final class PopulationBuilder {
    /** 2008 census: ages 0-14 23.2%, 15-64 68.1%, 65+ 8.7% (MODEL.md). */
    static final double CHILD_SHARE = 0.232;
    static final double WORKING_AGE_SHARE = 0.681;

    private final Parameters p;
    private final MonthClock clock;
    private final RandomStreams random;
    /** Share of males among the members who are neither head nor spouse. */
    private final double maleShare;
    /**
     * {@link #everMarried} by sex and whole year of age, worked out once: the household loop
     * asked the parameters four times per person (hash lookups, a second of CPU at full scale).
     */
    private final double[][] everMarriedByAge = new double[2][MARRIED_TABLE_YEARS];
    /** Ages drawn here are under 90 (the oldest band is 65-89); a larger age is worked out when asked. */
    private static final int MARRIED_TABLE_YEARS = 100;

    public PopulationBuilder(Parameters p, MonthClock clock, RandomStreams random) {
        this.p = p;
        this.clock = clock;
        this.random = random;
        this.maleShare = p.get(PopulationKeys.MALES_PER_FEMALE) / (1 + p.get(PopulationKeys.MALES_PER_FEMALE));
        for (int sex = 0; sex < 2; sex++) {
            for (int age = 0; age < MARRIED_TABLE_YEARS; age++) {
                everMarriedByAge[sex][age] = everMarried(sex, age);
            }
        }
    }

    /** Number of agents the scenario asks for at its scale. */
    public static long agentsFor(double scale) {
        long n = 0;
        for (Province pr : Province.values()) {
            n += Math.round(pr.census2008() * scale);
        }
        return n;
    }

    /** Builds the population on one thread. */
    public Population build() {
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            return build(ranges);
        }
    }

    /**
     * Builds the population using {@code ranges}' workers. The result does not depend on the
     * thread count: household sizes are fixed by a cheap sequential pass (each household's rows
     * follow from the sizes before it), then households are filled in parallel, each from its
     * own counter-based draws, straight into the final table (no temporary copy).
     */
    public Population build(ParallelRanges ranges) {
        double scale = p.get(RunKeys.SCALE);
        long total = agentsFor(scale);
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many agents: " + total);
        }
        int n = (int) total;
        double meanSize = p.get(PopulationKeys.HOUSEHOLD_SIZE);
        double none = Math.exp(-Math.max(0, meanSize - 1)); // a size's first term, the same for every household
        // Upper bound on households: every household has at least one member.
        int[] starts = new int[n + 1];
        long stream = random.stream("population");
        Province[] provinces = Province.values();
        // Segment s = province s/2, urban if s is even: its households are [segmentHh[s], segmentHh[s+1]).
        int[] segmentHh = new int[provinces.length * 2 + 1];
        double[] shares = provinceShares();
        int row = 0;
        int hh = 0;
        for (Province pr : provinces) {
            int np = (int) Math.round(pr.census2008() * scale);
            double urbanShare = pr.isCapital() ? p.get(PopulationKeys.CAPITAL_URBAN_SHARE) : shares[0];
            int nUrban = (int) Math.round(np * urbanShare);
            int[] segmentEnd = {row + nUrban, row + np};
            for (int u = 0; u < 2; u++) {
                segmentHh[pr.ordinal() * 2 + u] = hh;
                while (row < segmentEnd[u]) {
                    int size = Math.min(householdSize(stream, hh, meanSize, none), segmentEnd[u] - row);
                    starts[hh] = row;
                    row += size;
                    hh++;
                }
            }
        }
        segmentHh[provinces.length * 2] = hh;
        starts[hh] = row;
        long spare = SpareRows.of(p, n);
        if (n + spare > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many agents with the spare rows for births: " + (n + spare));
        }
        Population pop = new Population(n, (int) spare, hh, ranges);
        int[] householdStart = java.util.Arrays.copyOf(starts, hh + 1);
        starts = null; // the temporary index may be collected before the network is built
        pop.households.layOut(householdStart, ranges);
        for (Province pr : provinces) {
            double core = pr.isCapital() ? p.get(PopulationKeys.CAPITAL_CORE_SHARE) : shares[1];
            double hostile = pr.isCapital() ? p.get(PopulationKeys.CAPITAL_HOSTILE_SHARE) : shares[2];
            for (int u = 0; u < 2; u++) {
                int first = segmentHh[pr.ordinal() * 2 + u];
                int last = segmentHh[pr.ordinal() * 2 + u + 1];
                boolean urban = u == 0;
                ranges.run(last - first, NO_COUNTERS, (chunk, from, to, c) -> {
                    for (int h = first + from; h < first + to; h++) {
                        double v = RandomStreams.uniform(stream, h, 0, 1);
                        byte cls = (byte) (v < core ? Songbun.CORE.ordinal()
                                : v < 1.0 - hostile ? Songbun.WAVERING.ordinal() : Songbun.HOSTILE.ordinal());
                        int start = householdStart[h];
                        fillHousehold(pop, stream, h, start, householdStart[h + 1] - start, (byte) pr.ordinal(),
                                urban, cls);
                    }
                });
            }
        }
        initialiseBeliefsAndSavings(pop, ranges);
        return pop;
    }

    private static final long[] NO_COUNTERS = new long[0];

    /** Urban, core and hostile shares of the non-capital provinces that keep national shares. */
    private double[] provinceShares() {
        double cap = Province.PYONGYANG.census2008();
        double rest = Province.CENSUS_TOTAL - cap;
        double urban = (p.get(PopulationKeys.URBAN_SHARE) * Province.CENSUS_TOTAL
                - p.get(PopulationKeys.CAPITAL_URBAN_SHARE) * cap) / rest;
        double core = (p.get(PopulationKeys.CORE_SHARE) * Province.CENSUS_TOTAL
                - p.get(PopulationKeys.CAPITAL_CORE_SHARE) * cap) / rest;
        double hostile = (p.get(PopulationKeys.HOSTILE_SHARE) * Province.CENSUS_TOTAL
                - p.get(PopulationKeys.CAPITAL_HOSTILE_SHARE) * cap) / rest;
        return new double[] {clamp(urban), clamp(core), clamp(hostile)};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** 1 + Poisson(mean - 1), {@code none} being exp(-(mean - 1)), the chance of no other member. */
    private static int householdSize(long stream, int hh, double mean, double none) {
        // by inversion; mean is small so the loop is short
        double lambda = Math.max(0, mean - 1);
        double u = RandomStreams.uniform(stream, hh, 0, 0);
        double prob = none;
        double cum = prob;
        int k = 0;
        while (u > cum && k < 12) {
            k++;
            prob *= lambda / k;
            cum += prob;
        }
        return 1 + k;
    }

    private void fillHousehold(Population pop, long stream, int hh, int start, int size, byte prov,
                               boolean isUrban, byte cls) {
        int now = clock.absolute(0);
        // Every member's age is drawn from the census age bands, uniform within each band, so the
        // pyramid is smooth and the cohorts ageing into the dispatch band are as large as those
        // ageing out (X1); then the oldest adult under 65 heads the household, the next adult is
        // the spouse, the others follow oldest first.
        int[] ages = new int[size];
        for (int k = 0; k < size; k++) {
            double u = RandomStreams.uniform(stream, hh, 0, 5 + k);
            int draw = RandomStreams.below(stream, hh, 0, 100 + k, 1 << 20);
            ages[k] = u < CHILD_SHARE ? draw % (15 * 12)
                    : u < CHILD_SHARE + WORKING_AGE_SHARE ? 15 * 12 + draw % (50 * 12)
                    : 65 * 12 + draw % (25 * 12);
        }
        sortSmall(ages);
        int head = -1;
        for (int k = size - 1; k >= 0 && head < 0; k--) {
            if (ages[k] >= 18 * 12 && ages[k] < 65 * 12) {
                head = k;
            }
        }
        if (head < 0) {
            head = size - 1;
            // A household needs an adult: a lone child is made an adult of working age.
            ages[head] = Math.max(ages[head], 18 * 12 + RandomStreams.below(stream, hh, 0, 2, 47 * 12));
        }
        int[] order = new int[size];
        order[0] = head;
        int next = 1;
        for (int k = size - 1; k >= 0; k--) {
            if (k != head) {
                order[next++] = k;
            }
        }
        byte headSex = (byte) (RandomStreams.uniform(stream, hh, 0, 3) < 0.5 ? 1 : 0);
        for (int k = 0; k < size; k++) {
            int i = start + k;
            int ageMonths = ages[order[k]];
            byte sx = k == 0 ? headSex
                    : k == 1 && ageMonths >= 18 * 12 ? (byte) (1 - headSex)
                    : (byte) (RandomStreams.uniform(stream, hh, 0, 40 + k) < maleShare ? 1 : 0);
            pop.province[i] = prov;
            pop.sex[i] = sx;
            pop.songbun[i] = cls;
            pop.urban[i] = (byte) (isUrban ? 1 : 0);
            pop.birth[i] = (short) (now - ageMonths - Population.BIRTH_BASE);
            pop.household[i] = hh;
            if ((k <= 1 && size >= 2 && ages[order[1]] >= 18 * 12)
                    || RandomStreams.uniform(stream, hh, 0, 60 + k) < everMarriedAt(sx, ageMonths / 12)) {
                pop.flags[i] = PersonFlags.MARRIED; // head and spouse, and others by age (X1)
            }
        }
    }

    /**
     * Sorts a household's few ages ascending (at most 13) by insertion: {@code Arrays.sort} would
     * do the same for so few, but it brings the JDK's whole sort into this method's compiled
     * code (about half a million calls when a world of 0.1 is built, each JIT-compiled afresh by
     * every run).
     */
    private static void sortSmall(int[] a) {
        for (int k = 1; k < a.length; k++) {
            int v = a[k];
            int j = k - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** {@link #everMarried}, from the table where it holds the age. */
    private double everMarriedAt(int sex, int age) {
        return age < MARRIED_TABLE_YEARS ? everMarriedByAge[sex][age] : everMarried(sex, age);
    }

    /**
     * Share ever married at {@code age} (X1 marriage): the marriage rule's seeking rate over the
     * years since the sex's youngest marriage age, up to the oldest; so the start's married
     * (who may live with parents: most couples start in the groom's household) are as the rule
     * would have made them. The head and the spouse of a household are married besides.
     */
    private double everMarried(int sex, int age) {
        int from = p.getInt(sex == 1 ? DemographyKeys.MARRIAGE_MIN_AGE_MALE : DemographyKeys.MARRIAGE_MIN_AGE_FEMALE);
        int years = Math.max(0, Math.min(age, p.getInt(DemographyKeys.MARRIAGE_MAX_AGE) + 1) - from);
        return 1 - Math.exp(-p.get(DemographyKeys.MARRIAGE_RATE) * years);
    }

    private void initialiseBeliefsAndSavings(Population pop, ParallelRanges ranges) {
        long stream = random.stream("initial-beliefs");
        double promise = p.get(BeliefsKeys.PROMISED_PAY);
        double spread = p.get(BeliefsKeys.INITIAL_SPREAD);
        float conf = (float) p.get(BeliefsKeys.INITIAL_CONFIDENCE);
        double months = p.get(EconomyKeys.SAVINGS_MONTHS);
        double sSpread = p.get(EconomyKeys.SAVINGS_SPREAD);
        HomeIncome income = new HomeIncome(p);
        int provinces = Province.values().length;
        // Start-of-run income by (province, urban): the same values income.monthly gives per row.
        double years = LevelYears.at(p, 0);
        double[] start = new double[provinces * 2];
        for (int pr = 0; pr < provinces; pr++) {
            start[pr * 2] = income.monthly(pr, 0, years);
            start[pr * 2 + 1] = income.monthly(pr, 1, years);
        }
        ranges.run(pop.built, NO_COUNTERS, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                double z = RandomStreams.normal(stream, i, 0, 0);
                pop.belief[i] = (float) (promise * Math.exp(spread * z - spread * spread / 2));
                pop.confidence[i] = conf;
                double zs = RandomStreams.normal(stream, i, 0, 1);
                pop.savings[i] = (float) (start[pop.province[i] * 2 + pop.urban[i]] * months * Math.exp(sSpread * zs));
                pop.status[i] = Status.HOME;
                pop.destination[i] = -1;
                pop.heard[i] = -1;
                pop.returned[i] = -1;
            }
        });
    }
}

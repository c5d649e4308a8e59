package org.corvee.model.people;

import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.EconomyKeys;
import org.corvee.model.params.LevelYears;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PopulationKeys;
import org.corvee.model.params.RunKeys;
import org.corvee.model.world.Province;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;

/**
 * Builds the synthetic population (X1) from the 2008 census figures and the scenario.
 *
 * <p>Per province, {@code round(census × scale)} persons, urban households first. A household
 * has 1 + Poisson(mean - 1) members: a head aged 25–64, a spouse of the other sex within a few
 * years (if two or more), then others: children (0 to head's age
 * minus 18), young adults or elderly relatives in shares that reproduce the census age bands. Songbun class is drawn per household (it is inherited), with the capital's own
 * shares and the provinces sharing the rest so that national shares match the scenario.
 *
 * <p>Every draw comes from the "population" stream keyed by household id, so the same seed
 * builds the same people whatever else changes.
 */
public final class PopulationBuilder {
    private static final double ELDER_SHARE = 0.16;
    private static final double YOUNG_ADULT_SHARE = 0.50;

    private final Parameters p;
    private final MonthClock clock;
    private final RandomStreams random;

    public PopulationBuilder(Parameters p, MonthClock clock, RandomStreams random) {
        this.p = p;
        this.clock = clock;
        this.random = random;
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
                    int size = Math.min(householdSize(stream, hh, meanSize), segmentEnd[u] - row);
                    starts[hh] = row;
                    row += size;
                    hh++;
                }
            }
        }
        segmentHh[provinces.length * 2] = hh;
        starts[hh] = row;
        Population pop = new Population(n, hh);
        System.arraycopy(starts, 0, pop.householdStart, 0, hh + 1);
        starts = null; // the temporary index may be collected before the network is built
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
                        int start = pop.householdStart[h];
                        fillHousehold(pop, stream, h, start, pop.householdStart[h + 1] - start, (byte) pr.ordinal(),
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

    private static int householdSize(long stream, int hh, double mean) {
        // 1 + Poisson(mean - 1) by inversion; mean is small so the loop is short.
        double lambda = Math.max(0, mean - 1);
        double u = RandomStreams.uniform(stream, hh, 0, 0);
        double prob = Math.exp(-lambda);
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
        double maleShare = p.get(PopulationKeys.MALES_PER_FEMALE) / (1 + p.get(PopulationKeys.MALES_PER_FEMALE));
        int headAgeMonths = 25 * 12 + RandomStreams.below(stream, hh, 0, 2, 40 * 12);
        byte headSex = (byte) (RandomStreams.uniform(stream, hh, 0, 3) < 0.5 ? 1 : 0);
        for (int k = 0; k < size; k++) {
            int i = start + k;
            int ageMonths;
            byte sx;
            if (k == 0) {
                ageMonths = headAgeMonths;
                sx = headSex;
            } else if (k == 1) {
                ageMonths = Math.max(18 * 12, headAgeMonths + RandomStreams.below(stream, hh, 0, 5 + k, 97) - 48);
                sx = (byte) (1 - headSex);
            } else {
                // Other members: shares chosen so that the population's age bands match the
                // census (0-14 23.2%, 65+ 8.7%) given 4.08 persons per household.
                double u = RandomStreams.uniform(stream, hh, 0, 5 + k);
                int draw = RandomStreams.below(stream, hh, 0, 100 + k, 1 << 20);
                if (u < ELDER_SHARE) {
                    ageMonths = 65 * 12 + draw % (25 * 12);
                } else if (u < ELDER_SHARE + YOUNG_ADULT_SHARE && headAgeMonths >= 32 * 12) {
                    ageMonths = 15 * 12 + draw % (Math.min(35 * 12, headAgeMonths - 16 * 12) - 15 * 12);
                } else {
                    ageMonths = draw % Math.max(12, Math.min(15 * 12, headAgeMonths - 18 * 12));
                }
                sx = (byte) (RandomStreams.uniform(stream, hh, 0, 40 + k) < maleShare ? 1 : 0);
            }
            pop.province[i] = prov;
            pop.sex[i] = sx;
            pop.songbun[i] = cls;
            pop.urban[i] = (byte) (isUrban ? 1 : 0);
            pop.birth[i] = (short) (now - ageMonths - Population.BIRTH_BASE);
            pop.household[i] = hh;
        }
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
        ranges.run(pop.size, NO_COUNTERS, (chunk, from, to, c) -> {
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

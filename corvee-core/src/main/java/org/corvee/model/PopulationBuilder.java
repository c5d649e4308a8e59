package org.corvee.model;

import org.corvee.engine.MonthClock;
import org.corvee.engine.RandomStreams;
import org.corvee.scenario.Parameters;

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

    /** Builds the population. */
    public Population build() {
        double scale = p.get("run.scale");
        long total = agentsFor(scale);
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many agents: " + total);
        }
        int n = (int) total;
        double meanSize = p.get("population.household_size");
        // Upper bound on households: every household has at least one member.
        int[] starts = new int[n + 1];
        Population tmp = new Population(n, 0);
        long stream = random.stream("population");
        int row = 0;
        int hh = 0;
        double[] shares = provinceShares();
        for (Province pr : Province.values()) {
            int np = (int) Math.round(pr.census2008() * scale);
            double urbanShare = pr.isCapital() ? p.get("population.capital_urban_share") : shares[0];
            int nUrban = (int) Math.round(np * urbanShare);
            double core = pr.isCapital() ? p.get("population.capital_core_share") : shares[1];
            double hostile = pr.isCapital() ? p.get("population.capital_hostile_share") : shares[2];
            int end = row + np;
            int urbanEnd = row + nUrban;
            while (row < end) {
                boolean urbanBlock = row < urbanEnd;
                int blockEnd = urbanBlock ? urbanEnd : end;
                int size = householdSize(stream, hh, meanSize);
                size = Math.min(size, blockEnd - row);
                starts[hh] = row;
                double u = RandomStreams.uniform(stream, hh, 0, 1);
                byte cls = (byte) (u < core ? Songbun.CORE.ordinal()
                        : u < 1.0 - hostile ? Songbun.WAVERING.ordinal() : Songbun.HOSTILE.ordinal());
                fillHousehold(tmp, stream, hh, row, size, (byte) pr.ordinal(), urbanBlock, cls);
                row += size;
                hh++;
            }
        }
        starts[hh] = row;
        Population pop = new Population(n, hh);
        System.arraycopy(starts, 0, pop.householdStart, 0, hh + 1);
        copyColumns(tmp, pop);
        initialiseBeliefsAndSavings(pop);
        return pop;
    }

    /** Urban, core and hostile shares of the non-capital provinces that keep national shares. */
    private double[] provinceShares() {
        double cap = Province.PYONGYANG.census2008();
        double rest = Province.CENSUS_TOTAL - cap;
        double urban = (p.get("population.urban_share") * Province.CENSUS_TOTAL
                - p.get("population.capital_urban_share") * cap) / rest;
        double core = (p.get("population.core_share") * Province.CENSUS_TOTAL
                - p.get("population.capital_core_share") * cap) / rest;
        double hostile = (p.get("population.hostile_share") * Province.CENSUS_TOTAL
                - p.get("population.capital_hostile_share") * cap) / rest;
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
        double maleShare = p.get("population.males_per_female") / (1 + p.get("population.males_per_female"));
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

    private static void copyColumns(Population from, Population to) {
        System.arraycopy(from.province, 0, to.province, 0, to.size);
        System.arraycopy(from.sex, 0, to.sex, 0, to.size);
        System.arraycopy(from.songbun, 0, to.songbun, 0, to.size);
        System.arraycopy(from.urban, 0, to.urban, 0, to.size);
        System.arraycopy(from.birth, 0, to.birth, 0, to.size);
        System.arraycopy(from.household, 0, to.household, 0, to.size);
    }

    private void initialiseBeliefsAndSavings(Population pop) {
        long stream = random.stream("initial-beliefs");
        double promise = p.get("beliefs.promised_pay");
        double spread = p.get("beliefs.initial_spread");
        double conf = p.get("beliefs.initial_confidence");
        double months = p.get("economy.savings_months");
        double sSpread = p.get("economy.savings_spread");
        HomeIncome income = new HomeIncome(p);
        for (int i = 0; i < pop.size; i++) {
            double z = RandomStreams.normal(stream, i, 0, 0);
            pop.belief[i] = (float) (promise * Math.exp(spread * z - spread * spread / 2));
            pop.confidence[i] = (float) conf;
            double zs = RandomStreams.normal(stream, i, 0, 1);
            pop.savings[i] = (float) (income.monthly(pop.province[i], pop.urban[i], 0.0) * months
                    * Math.exp(sSpread * zs));
            pop.status[i] = Status.HOME;
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
    }
}

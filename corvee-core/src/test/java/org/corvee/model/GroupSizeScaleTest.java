package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.MonthlySeries;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.WorksiteSizes;
import org.corvee.model.world.Destination;
import org.corvee.model.world.GroupSize;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Status;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Group defections and riots are counted in persons (OD6), so their numbers and size
 * distributions do not depend on the scale: a world of one host whose worksites are fixed-size
 * containers of 13 persons (a restaurant, T14), 13,000 persons in all, placed first-fit through
 * {@link org.corvee.model.state.Worksites} at scales 0.01, 0.1 and 1. At 0.1 a container holds one
 * agent of 10 persons (13 × 0.1 rounds to 1), at 0.01 one agent of 100 persons standing for 7.7
 * restaurants, so a rule counting a worksite's agents × 1/scale gives crews of 10 and 20 and
 * riots of 10 and 100 persons, and 7.7 times too few riots at 0.01; this test fails on it.
 * Everyone has the same loyalty and resentment, so every person's hazard is the same; one month
 * per seed, 40 seeds, defections and riots in separate runs. The size-class counts at each scale
 * are compared with scale 1 by a chi-square test of homogeneity (classes with few events
 * merged), and the event counts by a two-sample Poisson test, at the 0.1% level.
 */
class GroupSizeScaleTest {
    private static final int WORKSITE = 13;
    private static final int PERSONS = 1000 * WORKSITE;
    private static final int SEEDS = 40;
    private static final Parameters DEFAULTS = ParameterCatalog.load().defaults();

    private static Parameters params(double scale, long seed, boolean riots) {
        Parameters p = DEFAULTS
                .with("run.scale", scale).with("run.start_year", 2010).with("run.end_year", 2010)
                .with("run.seed", seed).with("run.history_years", 0).with("dispatch.initial_fill", 0).with("dispatch.apply_max", 0.0)
                .with("defection.base_rate", 0.005).with("defection.resentment_coef", 0)
                .with("defection.gap_coef", 0).with("defection.loyalty_coef", 0)
                .with("defection.group_threshold", 0.4).with("defection.riot_threshold", 0.4)
                .with("defection.riot_unpaid_months", 0).with("defection.riot_probability", 0.1)
                .with("destination.russia.defection_opportunity", 2.0)
                .with("destination.russia.minder_density", 0.5)
                .with("destination.russia.worksite_size", WORKSITE)
                .with("mechanism.od5_hazards", 0).with("mechanism.dp1_assignment", 0)
                .with("mechanism.x1_fertility", 0).with("mechanism.x1_marriage", 0)
                .with("mechanism.od6_riots", riots ? 1 : 0).with("mechanism.od6_defection", riots ? 0 : 1);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".slots", d == Destination.RUSSIA ? PERSONS : 0);
            for (Sector s : d.sectors()) {
                p = p.with("sector." + s.id() + ".worksite_size", 0);
            }
        }
        return p;
    }

    /** Event counts by size class, [0] defections, [1] riots (each in its own runs), summed over the seeds. */
    private static long[][] sizes(double scale) {
        long[][] counts = new long[2][GroupSize.DIMENSION.size()];
        for (int kind = 0; kind < 2; kind++) {
            count(scale, kind == 1, counts);
        }
        return counts;
    }

    private static void count(double scale, boolean riots, long[][] counts) {
        int n = (int) Math.round(PERSONS * scale);
        for (long seed = 1; seed <= SEEDS; seed++) {
            Population pop = new Population(n, n);
            for (int i = 0; i < n; i++) {
                pop.household[i] = i;
                pop.birth[i] = (short) (2010 * 12 - 30 * 12 - Population.BIRTH_BASE);
                pop.heard[i] = -1;
                pop.returned[i] = -1;
            }
            pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, n).toArray());
            Parameters p = params(scale, seed, riots);
            Simulation sim = Simulation.of(p, pop, new SocialNetwork(new int[n + 1], new int[0]));
            DispatchState state = sim.world().dispatch();
            WorksiteSizes places = new WorksiteSizes(p, scale);
            for (int i = 0; i < n; i++) {
                pop.status[i] = Status.ABROAD;
                pop.destination[i] = (byte) Destination.RUSSIA.ordinal();
                pop.worksite[i] = (short) state.worksites.place(Destination.RUSSIA, places);
                pop.due[i] = 1000;
                pop.departed[i] = 0;
                pop.loyalty[i] = 50;
                pop.resentment[i] = 0.3f;
                state.wentAbroad(pop, i);
                state.abroadByDestination[Destination.RUSSIA.ordinal()]++;
            }
            MonthlySeries s = sim.run(1, m -> { });
            DispatchMetrics dm = sim.metrics();
            for (int b = 0; b < counts[0].length; b++) {
                counts[0][b] += s.raw(0, dm.defectionSizes, b);
                counts[1][b] += s.raw(0, dm.riotSizes, b);
            }
        }
    }

    private static long total(long[] a) {
        long n = 0;
        for (long x : a) {
            n += x;
        }
        return n;
    }

    /** Two-sided p-value that two Poisson counts over the same exposure have the same mean (normal approximation). */
    private static double sameRate(long a, long b) {
        double z = Math.abs(a - b) / Math.sqrt(Math.max(1, a + b));
        return 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(z));
    }

    /** p-value of the chi-square test of homogeneity of two count vectors (classes merged to ≥ 10 expected). */
    private static double homogeneity(long[] a, long[] b) {
        long na = 0;
        long nb = 0;
        for (int i = 0; i < a.length; i++) {
            na += a[i];
            nb += b[i];
        }
        double stat = 0;
        int classes = 0;
        long ca = 0;
        long cb = 0;
        for (int i = 0; i < a.length; i++) {
            ca += a[i];
            cb += b[i];
            boolean last = i == a.length - 1;
            double expectedSmaller = (double) (ca + cb) * Math.min(na, nb) / (na + nb);
            if (expectedSmaller < 10 && !last) {
                continue;
            }
            double total = ca + cb;
            if (total > 0) {
                double ea = total * na / (na + nb);
                double eb = total * nb / (na + nb);
                stat += (ca - ea) * (ca - ea) / ea + (cb - eb) * (cb - eb) / eb;
                classes++;
            }
            ca = 0;
            cb = 0;
        }
        if (classes < 2) {
            return 1;
        }
        return 1 - new ChiSquaredDistribution(classes - 1).cumulativeProbability(stat);
    }

    @Test
    void groupAndRiotCountsAndSizesInPersonsDoNotDependOnTheScale() {
        long[][] full = sizes(1.0);
        long[][] tenth = sizes(0.1);
        long[][] hundredth = sizes(0.01);
        // Enough events and a real spread of sizes, so the comparison can fail.
        long events = total(full[0]);
        long groups = events - full[0][0];
        assertThat(events).isGreaterThan(1000);
        assertThat(groups).isGreaterThan(100);
        assertThat(groups).isLessThan(events);
        assertThat(total(full[1])).isGreaterThan(1000);
        assertThat(full[1][0]).isLessThan(total(full[1]));
        for (long[][] other : new long[][][] {tenth, hundredth}) {
            for (int kind = 0; kind < 2; kind++) {
                assertThat(homogeneity(full[kind], other[kind])).as("sizes, kind %d", kind).isGreaterThan(0.001);
                assertThat(sameRate(total(full[kind]), total(other[kind]))).as("events, kind %d", kind)
                        .isGreaterThan(0.001);
            }
        }
    }
}

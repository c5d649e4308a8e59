package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.MonthlySeries;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.world.Destination;
import org.corvee.model.world.GroupSize;
import org.corvee.model.world.Status;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * Group defections and riots are counted in persons (OD6), so their size distributions do not
 * depend on the scale: a world of one host, 50 worksites of 200 persons each (10,000 persons),
 * held by 2, 20 or 200 agents per worksite at scales 0.01, 0.1 and 1. Everyone has the same
 * loyalty and resentment, so every person's hazard is the same; one month per seed, 40 seeds,
 * defections and riots in separate runs (a riot at scale 0.01 removes whole agents of 100
 * persons, which would change the sites' later headcounts).
 * The size-class counts at each scale are compared with scale 1 by a chi-square test of
 * homogeneity (classes with few events merged), at the 0.1% level.
 */
class GroupSizeScaleTest {
    private static final int SITES = 50;
    private static final int PERSONS = 200;
    private static final int SEEDS = 40;
    private static final Parameters DEFAULTS = ParameterCatalog.load().defaults();

    private static Parameters params(double scale, long seed, boolean riots) {
        Parameters p = DEFAULTS
                .with("run.scale", scale).with("run.start_year", 2010).with("run.end_year", 2010)
                .with("run.seed", seed).with("dispatch.initial_fill", 0).with("dispatch.apply_max", 0.0)
                .with("defection.base_rate", 0.01).with("defection.resentment_coef", 0)
                .with("defection.gap_coef", 0).with("defection.loyalty_coef", 0)
                .with("defection.group_threshold", 0.4).with("defection.riot_threshold", 0.4)
                .with("defection.riot_unpaid_months", 0).with("defection.riot_probability", 0.5)
                .with("destination.russia.defection_opportunity", 2.0)
                .with("destination.russia.minder_density", 0.5)
                .with("mechanism.od5_hazards", 0).with("mechanism.dp1_assignment", 0)
                .with("mechanism.od6_riots", riots ? 1 : 0).with("mechanism.od6_defection", riots ? 0 : 1);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".slots", d == Destination.RUSSIA ? SITES * PERSONS : 0);
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
        int perSite = (int) Math.round(PERSONS * scale);
        int n = SITES * perSite;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Population pop = new Population(n, n);
            for (int i = 0; i < n; i++) {
                pop.household[i] = i;
                pop.householdStart[i] = i;
                pop.birth[i] = (short) (2010 * 12 - 30 * 12 - Population.BIRTH_BASE);
                pop.heard[i] = -1;
                pop.returned[i] = -1;
            }
            pop.householdStart[n] = n;
            Simulation sim = Simulation.of(params(scale, seed, riots), pop, new SocialNetwork(new int[n + 1], new int[0]));
            DispatchState state = sim.world().dispatch();
            for (int i = 0; i < n; i++) {
                pop.status[i] = Status.ABROAD;
                pop.destination[i] = (byte) Destination.RUSSIA.ordinal();
                pop.worksite[i] = (short) (i / perSite);
                pop.due[i] = 1000;
                pop.departed[i] = 0;
                pop.loyalty[i] = 50;
                pop.resentment[i] = 0.3f;
                state.abroad.add(i);
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
    void groupAndRiotSizesInPersonsDoNotDependOnTheScale() {
        long[][] full = sizes(1.0);
        long[][] tenth = sizes(0.1);
        long[][] hundredth = sizes(0.01);
        // Enough events and a real spread of sizes, so the comparison can fail.
        long groups = 0;
        long events = 0;
        for (int b = 0; b < full[0].length; b++) {
            events += full[0][b];
            groups += b > 0 ? full[0][b] : 0;
        }
        assertThat(events).isGreaterThan(1000);
        assertThat(groups).isGreaterThan(100);
        assertThat(groups).isLessThan(events);
        long riots = 0;
        for (long r : full[1]) {
            riots += r;
        }
        assertThat(riots).isGreaterThan(500);
        assertThat(homogeneity(full[0], tenth[0])).isGreaterThan(0.001);
        assertThat(homogeneity(full[0], hundredth[0])).isGreaterThan(0.001);
        assertThat(homogeneity(full[1], tenth[1])).isGreaterThan(0.001);
        assertThat(homogeneity(full[1], hundredth[1])).isGreaterThan(0.001);
    }
}

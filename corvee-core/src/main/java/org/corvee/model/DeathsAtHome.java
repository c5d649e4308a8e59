package org.corvee.model;

import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.people.VacantRows;
import org.corvee.model.state.CensusTally;

/**
 * The month's deaths at home with births by the fertility schedule (X1 fertility,
 * {@link DemographyPhase}): each leaves their household and their row, which becomes vacant for a
 * birth. Made on the phase's workers, province by province ({@link ProvinceGroups}), each
 * province's deaths in row order, in batches whose lines are loaded first ({@link HomeRowLoads});
 * what depends on the order across provinces is done after, on the calling thread, in row order:
 * the freed rows filed for births ({@link VacantRows#free}: births take the last freed first) and
 * the emptied households' ids kept for reuse ({@link Households#emptied}: marriages found new
 * households on them). The census's sums and the deaths counted by province are integer sums, the
 * same in any order. So the result is that of the serial loop, on any thread count.
 */
final class DeathsAtHome {
    private static final long[] NO_COUNTERS = new long[0];
    private final DemographyMetrics metrics;
    private final ProvinceGroups groups = new ProvinceGroups();
    private byte[] province = new byte[0];
    /** Per death (position in the month's deaths): its household was left empty. */
    private boolean[] emptied = new boolean[0];
    /** Sinks for the loads of {@link HomeRowLoads}, one per province (so the compiler keeps them); meaningless. */
    private final long[] loaded = new long[ProvinceGroups.PROVINCES];

    DeathsAtHome(DemographyMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Rows {@code dead} (ascending) die at home: out of their households ({@code families}, may be
     * null, told) and the census, their rows vacated and filed in {@code vacant}; counted by
     * province in {@code c}.
     */
    void die(ParallelRanges ranges, Population pop, CensusTally census, FamilyTies families, VacantRows vacant,
             int[] dead, long[] c) {
        int n = dead.length;
        if (province.length < n) {
            province = new byte[Math.max(n, 2 * province.length)];
            emptied = new boolean[province.length];
        }
        ProvinceGroups.gather(ranges, pop.province, dead, n, province);
        groups.of(province, n);
        ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) -> {
            int pr = groups.group(chunk);
            int[] rows = new int[HomeRowLoads.BATCH];
            for (int j = groups.from(pr); j < groups.to(pr); j += HomeRowLoads.BATCH) {
                int b = Math.min(HomeRowLoads.BATCH, groups.to(pr) - j);
                for (int t = 0; t < b; t++) {
                    rows[t] = dead[groups.position(j + t)];
                }
                loaded[pr] += HomeRowLoads.deaths(pop, families, rows, 0, b);
                for (int t = 0; t < b; t++) {
                    int i = rows[t];
                    int h = pop.household[i];
                    census.changing(i);
                    emptied[groups.position(j + t)] = pop.households.unlink(i);
                    pop.vacate(i);
                    census.changed(i);
                    if (families != null) {
                        families.left(pop, h, pop.birth[i]);
                    }
                }
            }
        });
        groups.countInto(c, metrics.deathsAtHome.base());
        for (int k = 0; k < n; k++) {
            int i = dead[k];
            vacant.free(i, province[k]);
            if (emptied[k]) {
                pop.households.emptied(pop.household[i]);
            }
        }
    }
}

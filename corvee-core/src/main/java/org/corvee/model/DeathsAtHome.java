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
 * what depends on the order across provinces is done on the calling thread, in row order: before
 * the workers, the freed rows filed for births ({@link VacantRows#free}: births take the last freed
 * first; {@link #plan}), and after them the emptied households' ids kept for reuse
 * ({@link Households#emptied}: marriages found new households on them; {@link #finish}). A
 * province's deaths ({@link #make}) may be followed on the same worker by its births
 * ({@link DemographyPhase}). The census's sums and the deaths counted by province are integer sums, the
 * same in any order. So the result is that of the serial loop, on any thread count.
 */
final class DeathsAtHome {
    private static final long[] NO_COUNTERS = new long[0];
    private final DemographyMetrics metrics;
    private final ProvinceGroups groups = new ProvinceGroups();
    private byte[] province = new byte[0];
    /**
     * Per death (position in the month's deaths): the household it left empty, else
     * {@link Households#NONE} (kept here: a birth may have filled the row before {@link #finish}).
     */
    private int[] emptied = new int[0];
    /** The rows dying this month ({@link #plan}), ascending. */
    private int[] dead = new int[0];
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
        plan(ranges, pop, vacant, dead);
        ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) ->
                make(groups.group(chunk), pop, census, families));
        finish(pop, c);
    }

    /**
     * The part of {@link #die} before the workers, on the calling thread: the deaths grouped by
     * province, and their rows filed in {@code vacant} in row order (which depends on nothing the
     * deaths change: births may take them before the deaths are made, {@link DemographyPhase}).
     */
    void plan(ParallelRanges ranges, Population pop, VacantRows vacant, int[] dead) {
        int n = dead.length;
        if (province.length < n) {
            province = new byte[Math.max(n, 2 * province.length)];
            emptied = new int[province.length];
        }
        this.dead = dead;
        ProvinceGroups.gather(ranges, pop.province, dead, n, province);
        groups.of(province, n);
        for (int k = 0; k < n; k++) {
            vacant.free(dead[k], province[k]);
        }
    }

    /** Deaths planned in province {@code pr} (for the order of the workers' provinces). */
    int size(int pr) {
        return groups.size(pr);
    }

    /**
     * The deaths of province {@code pr}, on a worker, in row order, in batches whose lines are
     * loaded first. Writes only the province's rows and households.
     */
    void make(int pr, Population pop, CensusTally census, FamilyTies families) {
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
                emptied[groups.position(j + t)] = pop.households.unlink(i) ? h : Households.NONE;
                pop.vacate(i);
                census.changed(i);
                if (families != null) {
                    families.left(pop, h, pop.birth[i]);
                }
            }
        }
    }

    /**
     * The part of {@link #die} after the workers, on the calling thread, in row order: the
     * emptied households' ids kept for reuse, the deaths counted by province.
     */
    void finish(Population pop, long[] c) {
        groups.countInto(c, metrics.deathsAtHome.base());
        for (int k = 0; k < dead.length; k++) {
            if (emptied[k] != Households.NONE) {
                pop.households.emptied(emptied[k]);
            }
        }
    }
}

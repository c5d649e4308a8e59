package org.corvee.model;

import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.people.VacantRows;
import org.corvee.model.state.CensusTally;
import org.corvee.model.state.WatchLedger;

/**
 * The month's births by the fertility schedule (X1 fertility, {@link DemographyPhase}), each into
 * a vacant row of the mother's household, in three passes:
 * <ol>
 * <li>on the calling thread, in the mothers' order: each birth takes its row in the mother's
 * province ({@link VacantRows#take}, which depends on the order and on nothing a birth changes;
 * the provinces read on the workers first, {@link ProvinceGroups#gather});</li>
 * <li>on the phase's workers, province by province ({@link ProvinceGroups}), each province's births
 * in the mothers' order, in batches whose lines are loaded first ({@link HomeRowLoads}): the row
 * filled ({@link Newborn#bearTo}), linked into the household, the census, the family watch and
 * the household's youngest told: all of it the row's and its household's, and a household lives
 * in one province;</li>
 * <li>on the calling thread, in the mothers' order: the appends to the month-indexed lists read
 * in their order later (the birth-month index of the home memory, the death schedule, the women
 * filed for fertility, the persons filed for marriage), from each birth's sex and month of
 * death kept by pass 2, without going back to the rows.</li>
 * </ol>
 * The passes are {@link #plan}, {@link #make} (one province) and {@link #finish}: the demography
 * may make a province's births right after its deaths on one worker ({@link DemographyPhase}).
 * The census's sums and the births counted by province are integer sums, the same in any order.
 * So the result is that of the serial loop, on any thread count.
 */
final class BirthsAtHome {
    private static final long[] NO_COUNTERS = new long[0];
    private final DemographyMetrics metrics;
    private final ProvinceGroups groups = new ProvinceGroups();
    private int[] mothers = new int[0];
    private int[] rows = new int[0];
    private byte[] province = new byte[0];
    /** Per birth: the newborn's month of death and sex, for pass 3. */
    private short[] death = new short[0];
    private byte[] sex = new byte[0];
    /** Per birth: the household was empty before (the occupied count is the calling thread's). */
    private boolean[] refilled = new boolean[0];
    /** Births planned by the latest {@link #plan}. */
    private int n;
    /** Sinks for the loads of {@link HomeRowLoads}, one per province (so the compiler keeps them); meaningless. */
    private final long[] loaded = new long[ProvinceGroups.PROVINCES];

    BirthsAtHome(DemographyMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Makes the births of {@code mothers} in month {@code m} ({@code now}: its birth encoding)
     * into rows taken from {@code vacant}, counted by province in {@code c}; {@code families},
     * {@code watch} and {@code marriages} may be null.
     */
    void bear(ParallelRanges ranges, Population pop, Newborn newborn, IntList mothers, VacantRows vacant,
              CensusTally census, FamilyTies families, WatchLedger watch, DeathSchedule schedule, Births fertility,
              Marriages marriages, int now, int m, long stream, long[] c) {
        plan(ranges, pop, mothers, vacant, families, watch);
        ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) ->
                make(groups.group(chunk), pop, newborn, census, families, watch, now, m, stream));
        finish(pop, schedule, fertility, marriages, now, c);
    }

    /**
     * Pass 1 of {@link #bear}, on the calling thread: the rows of the births of {@code mothers}
     * taken from {@code vacant} and the births grouped by province. Returns true if a birth took
     * a row freed in another province than its mother's (the mother's province had no freed or
     * spare row left), so that pass 2 of one province would write a row of another's.
     */
    boolean plan(ParallelRanges ranges, Population pop, IntList mothers, VacantRows vacant, FamilyTies families,
                 WatchLedger watch) {
        int n = mothers.size();
        room(n);
        for (int k = 0; k < n; k++) {
            this.mothers[k] = mothers.get(k);
        }
        this.n = n;
        ProvinceGroups.gather(ranges, pop.province, this.mothers, n, province);
        int strayBefore = vacant.strayTaken();
        for (int k = 0; k < n; k++) {
            int i = vacant.take(province[k]);
            if (i < 0) {
                throw new IllegalStateException("the person table is full (" + pop.size + " rows): births outgrew"
                        + " the spare rows; raise demography.spare_margin");
            }
            rows[k] = i;
        }
        groups.of(province, n);
        // no household cell array grows on a worker
        int households = pop.households.count();
        if (families != null) {
            families.cover(households);
        }
        if (watch != null) {
            watch.cover(households);
        }
        return vacant.strayTaken() != strayBefore;
    }

    /** Births planned in province {@code pr} (for the order of the workers' provinces). */
    int size(int pr) {
        return groups.size(pr);
    }

    /**
     * Pass 2 of {@link #bear} for province {@code pr}, on a worker: its births in the mothers'
     * order, in batches whose lines are loaded first. Writes only the province's rows and households.
     */
    void make(int pr, Population pop, Newborn newborn, CensusTally census, FamilyTies families, WatchLedger watch,
              int now, int m, long stream) {
        int[] at = new int[HomeRowLoads.BATCH];
        int[] into = new int[HomeRowLoads.BATCH];
        int[] chains = new int[HomeRowLoads.BATCH];
        for (int j = groups.from(pr); j < groups.to(pr); j += HomeRowLoads.BATCH) {
            int b = Math.min(HomeRowLoads.BATCH, groups.to(pr) - j);
            for (int t = 0; t < b; t++) {
                int k = groups.position(j + t);
                at[t] = this.mothers[k];
                into[t] = rows[k];
            }
            loaded[pr] += HomeRowLoads.births(pop, families, watch, at, into, b, chains);
            for (int t = 0; t < b; t++) {
                int k = groups.position(j + t);
                int i = into[t];
                census.changing(i);
                refilled[k] = newborn.bearTo(pop, i, at[t], now, m, stream);
                census.changed(i);
                if (watch != null) {
                    watch.joined(i);
                }
                if (families != null) {
                    families.born(pop, i);
                }
                death[k] = pop.death[i];
                sex[k] = pop.sex[i];
            }
        }
    }

    /** Pass 3 of {@link #bear}, on the calling thread, in the mothers' order (after pass 2 of every province). */
    void finish(Population pop, DeathSchedule schedule, Births fertility, Marriages marriages, int now, long[] c) {
        groups.countInto(c, metrics.births.base());
        RowsByMonth births = pop.memory.births();
        for (int k = 0; k < n; k++) {
            int i = rows[k];
            if (births != null) {
                births.add(now, i);
            }
            schedule.file(i, death[k]);
            fertility.born(i, sex[k], now);
            if (marriages != null) {
                marriages.born(i, now);
            }
            if (refilled[k]) {
                pop.households.refilled();
            }
        }
    }

    private void room(int n) {
        if (rows.length < n) {
            int size = Math.max(n, 2 * rows.length);
            mothers = new int[size];
            rows = new int[size];
            province = new byte[size];
            death = new short[size];
            sex = new byte[size];
            refilled = new boolean[size];
        }
    }
}

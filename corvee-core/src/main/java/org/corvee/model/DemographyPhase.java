package org.corvee.model;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.Phase;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.FertilitySchedule;
import org.corvee.model.people.LifeTable;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;
import org.corvee.model.state.DispatchState;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;

/**
 * Deaths at home and births (X1), switch {@code mechanism.x1_demography}. Ageing needs no
 * step: age is computed from the birth month, so persons age into (and out of) every band.
 *
 * <p>Each person's month of death was drawn from the {@link LifeTable} when the person was
 * built or born ({@link Population#death}). A person at home (not abroad, in screening or on a
 * hardship posting) whose month has come dies this month; one who is away then dies at the
 * first month back home (the life table holds for life at home; dying abroad is OD5).
 *
 * <p>The person table has a fixed number of rows and households are row ranges, so a birth
 * takes the row of the person who died: the child is born into that household (province,
 * place, songbun class and a defector mark stay with the household), with a fresh state —
 * age 0, sex by the sex ratio at birth, a new month of death, loyalty, belief and savings drawn
 * as at the start, nobody heard from, never abroad or posted. Births therefore equal deaths at
 * home: the population is stationary in size, and its age pyramid moves towards the life
 * table's stationary one. The child also takes the deceased's local ties (a simplification).
 *
 * <p>Scheduled, not polled ({@link DeathSchedule}): rows are filed by month of death, so a month
 * touches only the rows whose month has come and those waiting to come home. Every draw is keyed
 * by (row, month).
 *
 * <p>With fertility on (the default), the month's deaths and births are made on the phase's
 * workers, province by province, each province's deaths and then its births on one worker
 * ({@link DeathsAtHome}, {@link BirthsAtHome}; the mothers are picked before the deaths are made,
 * leaving out the women who die this month, so the rows the births take are known first): a
 * household lives in one province, so two provinces' events touch disjoint rows and households,
 * and a birth mostly takes a row its province's deaths freed a moment before, its lines still in
 * cache. What depends on the order across provinces (the rows freed and the row each birth takes,
 * the appends to the lists read in their order later, the emptied household ids) is done on the
 * engine's thread in the order of the serial loop. The due rows are checked in chunks on the
 * workers ({@link DeathSchedule}), the mothers picked age by age ({@link Births}), both joined in
 * the serial order. The marriages
 * ({@link Marriages}) are picked a year of birth months per worker chunk and made province by
 * province on the workers too, the household ids they found planned on the engine's thread in the
 * serial order first ({@link Weddings}). The replacement with fertility off is sequential. The
 * result is the serial loop's, on any thread count.
 *
 * <p>What a birth or a death costs at full scale is memory, not arithmetic: its row, its
 * household's cells and its household's members lie apart in tables far larger than the cache.
 * Births and deaths are therefore made in batches whose lines are loaded first, all at once
 * ({@link HomeRowLoads}), then made one by one in the same order as before: the same results.
 */
public final class DemographyPhase implements Phase {
    private final World world;
    private final DemographyMetrics metrics;
    private LifeTable table;
    private Parameters tableOf;
    /** Women by birth month and the vacant rows (X1 fertility), built at the first step with fertility on. */
    private Births fertility;
    /** Persons by birth month for marriage (X1 marriage), built at the first step with marriage on. */
    private Marriages marriages;
    /** Rows by month of death, built at the first step (tests may set the death column before). */
    private DeathSchedule schedule;
    /** The month's deaths and births at home with fertility on, made on the workers province by province. */
    private final DeathsAtHome deaths;
    private final BirthsAtHome births;
    /** A bit per row: the month's dead (for the mothers' picks and {@link #dropSpeakers}), all clear between months. */
    private long[] deadMark = new long[0];
    /** A sink for the loads of {@link HomeRowLoads} (so the compiler keeps them); meaningless. */
    private long loaded;
    private static final long[] NO_COUNTERS = new long[0];
    /** Provinces in the order their deaths and births are handed to the workers ({@link #bornAndDied}). */
    private final Integer[] byEvents = new Integer[ProvinceGroups.PROVINCES];
    /** The rows the month's mothers' picks read (for the bench's touched share). */
    private final long[] read = new long[1];
    /** Deaths and births in two passes always ({@link #makeApart}). */
    private boolean apart;
    private int together;

    public DemographyPhase(World world, DemographyMetrics metrics) {
        this.world = world;
        this.metrics = metrics;
        this.deaths = new DeathsAtHome(metrics);
        this.births = new BirthsAtHome(metrics);
    }

    @Override
    public String name() {
        return "demography";
    }

    @Override
    public void step(StepContext ctx) {
        Parameters p = world.parameters();
        Population pop = world.population();
        long[] c = ctx.counters();
        if (!p.on(MechanismKeys.X1_DEMOGRAPHY)) {
            c[metrics.households.base()] += pop.households.occupied();
            return;
        }
        int m = ctx.month();
        int now = ctx.clock().absolute(m) - Population.BIRTH_BASE;
        boolean byFertility = p.on(MechanismKeys.X1_FERTILITY);
        if (byFertility && fertility == null) {
            fertility = new Births(pop, now, ctx.clock().months() - m, ctx.ranges());
            fertility.use(FertilitySchedule.of(p));
            ctx.touched(pop.size); // the one scan of the birth column that files the women
        }
        if (tableOf != p) {
            table = LifeTable.of(p, table); // the same table while its parameters are the same
            tableOf = p;
            if (fertility != null) {
                fertility.use(FertilitySchedule.of(p));
            }
        }
        if (schedule == null) {
            schedule = DeathSchedule.of(ctx.ranges(), pop, now, ctx.clock().months() - m);
            ctx.touched(pop.size); // the one scan of the death column that files the rows
        }
        int[] dead = schedule.dueAt(ctx.ranges(), pop, now);
        ctx.touched(schedule.read());
        Newborn newborn = new Newborn(p, table, world.years(m));
        long stream = ctx.random().stream("demography");
        DispatchState state = world.dispatch();
        if (p.on(MechanismKeys.X1_MARRIAGE) && marriages == null) {
            marriages = new Marriages(p, pop, now, ctx.clock().months() - m, ctx.ranges());
            ctx.touched(pop.size); // the one scan of the birth column that files the persons
        }
        mark(dead, pop.size);
        if (byFertility) {
            read[0] = 0;
            bornAndDied(ctx.ranges(), pop, newborn, dead, state, now, m, stream, ctx.random().stream("fertility"), c);
            ctx.touched(read[0]);
        } else {
            replace(pop, newborn, dead, now, m, stream, c, state);
        }
        if (dead.length > 0) {
            dropSpeakers(state);
        }
        unmark(dead);
        if (p.on(MechanismKeys.X1_MARRIAGE)) {
            long[] read = new long[1];
            marriages.marry(ctx.ranges(), p, pop, state.families, state.watch, now, m, ctx.random().stream("marriage"), read, c,
                    metrics.marriages.base());
            ctx.touched(read[0]);
        }
        c[metrics.households.base()] += pop.households.occupied();
    }

    /**
     * The month's deaths at home and births by the fertility schedule. The mothers are picked
     * before the deaths are made, leaving out the women who die this month (marked, {@link #mark}):
     * the deaths change only their own rows, and a dead woman is no mother, so the picks are those
     * after the deaths. The rows the births take are then known, nearly all of them rows of this
     * month's dead in the same province, so each province's deaths and then its births are made
     * together on one worker: a birth finds the lines of the row it fills, loaded and written by
     * the death a moment before, still in the cache, where making all deaths and then all births
     * loaded them twice from memory. The order within a province (its deaths in row order, then
     * its births in the mothers' order) and on the calling thread is that of the two passes, so
     * the result is the same. If a birth took a row freed in another province (none freed or
     * spare in its own), the deaths are all made first, as two passes.
     */
    private void bornAndDied(ParallelRanges ranges, Population pop, Newborn newborn, int[] dead, DispatchState state,
                             int now, int m, long stream, long fertilityStream, long[] c) {
        deaths.plan(ranges, pop, fertility.vacant(), dead);
        IntList mothers = fertility.mothers(ranges, pop, now, m, fertilityStream, deadMark, read);
        CensusTally census = world.census();
        FamilyTies families = state.families;
        WatchLedger watch = state.watch;
        boolean stray = births.plan(ranges, pop, mothers, fertility.vacant(), families, watch);
        for (int p = 0; p < ProvinceGroups.PROVINCES; p++) {
            byEvents[p] = p;
        }
        // largest first, so that two workers finish together (the order changes only timing)
        Arrays.sort(byEvents, (a, b) -> Integer.compare(deaths.size(b) + births.size(b), deaths.size(a) + births.size(a)));
        if (stray || apart) {
            ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) ->
                    deaths.make(byEvents[chunk], pop, census, families));
            ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) ->
                    births.make(byEvents[chunk], pop, newborn, census, families, watch, now, m, stream));
        } else {
            together++;
            ranges.run(ProvinceGroups.PROVINCES, 1, NO_COUNTERS, (chunk, from, to, none) -> {
                int pr = byEvents[chunk];
                deaths.make(pr, pop, census, families);
                births.make(pr, pop, newborn, census, families, watch, now, m, stream);
            });
        }
        deaths.finish(pop, c);
        births.finish(pop, schedule, fertility, marriages, now, c);
    }

    /** Makes deaths and births in two passes even when they could be made together (for tests: the same results). */
    void makeApart() {
        apart = true;
    }

    /** Months whose deaths and births were made together, province by province (for tests). */
    int together() {
        return together;
    }

    /**
     * Replacement (X1 fertility off): a birth takes each row of those who die at home, in their
     * household. In batches, each batch's lines loaded first ({@link HomeRowLoads}).
     */
    private void replace(Population pop, Newborn newborn, int[] dead, int now, int m, long stream, long[] c,
                         DispatchState state) {
        int[] batch = new int[HomeRowLoads.BATCH];
        int[] chains = new int[HomeRowLoads.BATCH];
        for (int from = 0; from < dead.length; from += HomeRowLoads.BATCH) {
            int n = Math.min(HomeRowLoads.BATCH, dead.length - from);
            System.arraycopy(dead, from, batch, 0, n);
            loaded += HomeRowLoads.births(pop, state.families, state.watch, batch, batch, n, chains);
            for (int k = 0; k < n; k++) {
                int i = batch[k];
                c[metrics.deathsAtHome.base() + pop.province[i]]++;
                world.census().changing(i);
                newborn.bear(pop, i, now, m, stream);
                world.census().changed(i);
                if (state.watch != null) {
                    state.watch.joined(i);
                }
                schedule.file(pop, i);
                c[metrics.births.base() + pop.province[i]]++;
                if (state.families != null) {
                    state.families.born(pop, i);
                }
                if (marriages != null) {
                    marriages.born(pop, i);
                }
            }
        }
    }

    /**
     * Removes the deceased from the speakers (their rows now hold newborns); keeps order. The
     * dead are marked in a bit set of the rows (one probe per speaker where a binary search of
     * the month's dead took a dozen), and unmarked after.
     */
    private void dropSpeakers(DispatchState state) {
        long[] mark = deadMark;
        IntList speakers = state.speakers;
        IntList until = state.speakUntil;
        int kept = 0;
        for (int k = 0; k < speakers.size(); k++) {
            int s = speakers.get(k);
            if ((mark[s >>> 6] & (1L << s)) != 0) {
                continue;
            }
            speakers.set(kept, s);
            until.set(kept, until.get(k));
            kept++;
        }
        speakers.truncate(kept);
        until.truncate(kept);
    }

    /** Marks the month's {@code dead} in {@link #deadMark} (a bit per row of {@code rows}). */
    private void mark(int[] dead, int rows) {
        if (deadMark.length * 64L < rows) {
            deadMark = new long[(rows >>> 6) + 1];
        }
        for (int i : dead) {
            deadMark[i >>> 6] |= 1L << i;
        }
    }

    /** Clears the marks of {@link #mark}: all clear between months. */
    private void unmark(int[] dead) {
        for (int i : dead) {
            deadMark[i >>> 6] = 0;
        }
    }

    /** Draws the month of death of every row from its age now (when the world is built), using {@code ranges}. */
    public static void drawDeaths(Population pop, LifeTable table, RandomStreams random, int nowAbsolute,
                                  ParallelRanges ranges) {
        // each row's draw is keyed by its index: the same months on any number of threads
        long stream = random.stream("life");
        int now = nowAbsolute - Population.BIRTH_BASE;
        ranges.run(pop.size, new long[0], (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                if (pop.status[i] == Status.VACANT) {
                    continue; // nobody: never dies
                }
                int age = now - pop.birth[i];
                double u = 1 - RandomStreams.uniform(stream, i, 0, 0);
                pop.death[i] = encode(pop.birth[i] + table.deathAge(pop.sex[i], age, u));
            }
        });
    }

    /** As above, on the calling thread. */
    public static void drawDeaths(Population pop, LifeTable table, RandomStreams random, int nowAbsolute) {
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            drawDeaths(pop, table, random, nowAbsolute, ranges);
        }
    }

    static short encode(int month) {
        return (short) Math.min(Short.MAX_VALUE - 1, month);
    }
}

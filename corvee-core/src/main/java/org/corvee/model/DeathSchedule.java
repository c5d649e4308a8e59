package org.corvee.model;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RowsByKey;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;

/**
 * Deaths at home scheduled, not polled (X1, {@link DemographyPhase}): the rows are filed by
 * their month of death ({@link Population#death}) for the months of the run, so a month reads
 * only the rows whose month has come. A person away when their month comes (abroad, in
 * screening, applying, on a hardship posting) waits in a short deferred list and dies at the
 * first month back home, as the monthly scan of the death column had it; one who died or
 * defected abroad never comes home and leaves the list.
 *
 * <p>A birth takes a dead person's row, so the child is filed under its own month of death
 * ({@link #file}); an entry whose row has changed occupant no longer matches the row's month of
 * death and is skipped. Four bytes per row that dies within the run.
 */
final class DeathSchedule {
    /** Rows whose columns are loaded at once before they are sorted ({@link #load}). */
    private static final int BATCH = 256;
    /** Rows checked per chunk of the workers ({@link #sortAll}). */
    private static final int CHUNK = 2048;
    /** "Any month": the deferred rows are all due if at home. */
    private static final int ANY = Integer.MIN_VALUE;
    /** Per chunk: the rows found dead and away. */
    private IntList[] deadBy = new IntList[0];
    private IntList[] awayBy = new IntList[0];
    private final RowsByMonth byMonth;
    private IntList deferred;
    /** Next month (birth encoding) whose rows have not been read. */
    private int next;
    /** Rows read by the latest {@link #dueAt}. */
    private int read;
    /** A sink for the loads of {@link #load} (so the compiler keeps them); meaningless. */
    private long loaded;

    private DeathSchedule(RowsByMonth byMonth, IntList deferred, int next) {
        this.byMonth = byMonth;
        this.deferred = deferred;
        this.next = next;
    }

    /** Files every row dying in months [first, first + months); rows already past their month wait in the deferred list. */
    static DeathSchedule of(Population pop, int first, int months) {
        try (ParallelRanges one = new ParallelRanges(1)) {
            return of(one, pop, first, months);
        }
    }

    /**
     * As {@link #of(Population, int, int)}, the rows filed on {@code ranges}' workers, chunk by
     * chunk ({@link RowsByKey}): the same lists, in row order, on any thread count.
     */
    static DeathSchedule of(ParallelRanges ranges, Population pop, int first, int months) {
        short[] death = pop.death;
        RowsByKey byPast = new RowsByKey(pop.size, 1);
        long[] none = new long[0];
        ranges.run(pop.size, none, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                if (death[i] < first) {
                    byPast.count(chunk, 0);
                }
            }
        });
        byPast.sum();
        IntList past = new IntList(byPast.count(0));
        past.setSize(byPast.count(0));
        ranges.run(pop.size, none, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                if (death[i] < first) {
                    past.set(byPast.next(chunk, 0), i);
                }
            }
        });
        return new DeathSchedule(RowsByMonth.of(ranges, death, pop.size, first, months), past, first);
    }

    /** Files row {@code i} (a newborn) under its month of death, or defers it if that month has been read. */
    void file(Population pop, int i) {
        file(i, pop.death[i]);
    }

    /** As {@link #file(Population, int)} for row {@code i} whose month of death is {@code death} (not read again). */
    void file(int i, int death) {
        if (death < next) {
            deferred.add(i);
        } else {
            byMonth.add(death, i);
        }
    }

    /**
     * The rows that die at home in month {@code now} (birth encoding), in row order: those whose
     * month is {@code now} (or a month not yet read) and those deferred, if at home and not on a
     * hardship posting. Those away are deferred.
     */
    int[] dueAt(Population pop, int now) {
        try (ParallelRanges one = new ParallelRanges(1)) {
            return dueAt(one, pop, now);
        }
    }

    /**
     * As {@link #dueAt(Population, int)}, the rows checked in chunks on {@code ranges}' workers
     * (the checks only read the rows); the chunks' lists are joined in chunk order, so the deferred
     * list keeps the serial order, and the due rows are sorted: the same on any thread count.
     */
    int[] dueAt(ParallelRanges ranges, Population pop, int now) {
        IntList dead = new IntList();
        IntList away = new IntList();
        read = deferred.size();
        sortAll(ranges, pop, deferred, ANY, now, dead, away);
        for (; next <= now; next++) {
            IntList rows = byMonth.at(next);
            read += rows.size();
            sortAll(ranges, pop, rows, next, now, dead, away);
        }
        deferred = away;
        int[] due = dead.toArray();
        Arrays.sort(due);
        return due;
    }

    /**
     * Sorts the rows of {@code rows} whose month of death is {@code month} (any, for
     * {@link #ANY}) into {@code dead} and {@code away}, in chunks of {@link #CHUNK} on the
     * workers, each chunk in batches loaded first ({@link #load}); appends in chunk order.
     */
    private void sortAll(ParallelRanges ranges, Population pop, IntList rows, int month, int now, IntList dead,
                         IntList away) {
        int chunks = (rows.size() + CHUNK - 1) / CHUNK;
        if (deadBy.length < chunks) {
            int old = deadBy.length;
            deadBy = Arrays.copyOf(deadBy, chunks);
            awayBy = Arrays.copyOf(awayBy, chunks);
            for (int c = old; c < chunks; c++) {
                deadBy[c] = new IntList();
                awayBy[c] = new IntList();
            }
        }
        long[] sink = new long[1];
        ranges.run(rows.size(), CHUNK, sink, (chunk, from, to, c) -> {
            IntList d = deadBy[chunk];
            IntList a = awayBy[chunk];
            d.clear();
            a.clear();
            for (int f = from; f < to; f += BATCH) {
                int t = Math.min(to, f + BATCH);
                c[0] += load(pop, rows, f, t);
                for (int k = f; k < t; k++) {
                    int i = rows.get(k);
                    if (month == ANY || pop.death[i] == month) {
                        sort(pop, i, now, d, a);
                    }
                }
            }
        });
        loaded += sink[0];
        for (int c = 0; c < chunks; c++) {
            append(dead, deadBy[c]);
            append(away, awayBy[c]);
        }
    }

    private static void append(IntList into, IntList rows) {
        for (int k = 0; k < rows.size(); k++) {
            into.add(rows.get(k));
        }
    }

    /**
     * Reads the columns {@link #sort} reads at rows[from..to) before it branches on them: the rows
     * lie apart, and in this loop without branches their misses are in flight together (as
     * {@link PickedRows#touch}). Returns a meaningless mix.
     */
    private static long load(Population pop, IntList rows, int from, int to) {
        long mix = 0;
        for (int k = from; k < to; k++) {
            int i = rows.get(k);
            mix += pop.death[i] + pop.status[i] + pop.posting[i];
        }
        return mix;
    }

    private static void sort(Population pop, int i, int now, IntList dead, IntList away) {
        byte status = pop.status[i];
        if (pop.death[i] > now || status >= Status.DEAD) {
            return; // not due, or died or defected abroad: never home again
        }
        if (status == Status.HOME && pop.posting[i] != PostingStatus.ON_SITE) {
            dead.add(i);
        } else {
            away.add(i);
        }
    }

    /** Rows read by the latest {@link #dueAt} (the month's entries and the deferred list). */
    int read() {
        return read;
    }

    /** Rows waiting for their first month back home. */
    int deferred() {
        return deferred.size();
    }

    /** Rows filed (held in memory), deferred included. */
    long filed() {
        return byMonth.filed() + deferred.size();
    }
}

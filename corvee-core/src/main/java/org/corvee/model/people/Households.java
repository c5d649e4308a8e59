package org.corvee.model.people;

import java.util.Arrays;
import java.util.function.IntPredicate;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;

/**
 * Households as a membership that moves no rows (X1): each person's household id
 * ({@link Population#household}) and, per household, its members as a list threaded through
 * the rows (the first member, then each member's next), with the member count.
 *
 * <p>Why a list through the rows and not row ranges: a birth, a death, a marriage or a move
 * changes who lives together, and nothing that holds a row id (social ties, cohorts, worksites,
 * the service roster, the speakers) should need remapping when it does. The builder lays the
 * households out contiguously ({@link #layOut}), each member's next being the row after it, so
 * the members of a household are read in row order from neighbouring memory; joins append at
 * the end, so a household is always read oldest member first in the order they joined.
 *
 * <p>The list is doubly linked (each member's previous too), so a leave (a death, a bride's move)
 * unlinks the row without walking the household: members are scattered through the table once
 * people are born into vacant rows and marry, and each step of a walk was a cache miss.
 *
 * <p>Costs eight bytes per row (next and previous member) and twelve per household (first and
 * last member, count). Each row's pair of links lies side by side in one array, and so do each
 * household's three cells: a join or a leave reads and writes the row's links and the household's
 * cells, scattered through tables far larger than the cache, and side by side they are one cache
 * line each (a household's cells straddle two lines one time in eight) where apart they were
 * two and three.
 * Ids of households left empty are reused by {@link #found()}. Written only by the demography:
 * births and deaths on the phase's workers, each worker on the households of its own provinces
 * ({@link #link}, {@link #unlink}), and so are marriages' moves, each worker on its own
 * provinces; the counts and the ids ({@link #emptied}, {@link #refilled}, {@link #found}) on the
 * calling thread; any phase may read.
 */
public final class Households {
    /** End of a member list, and "no member". */
    public static final int NONE = -1;

    private final int[] of;
    /** Per row {@code i}: its next member at {@code 2i}, its previous at {@code 2i + 1}. */
    private final int[] links;
    /**
     * Per household {@code h}: its first member at {@code 3h}, its last at {@code 3h + 1} (a join
     * appends without walking the list: members are scattered once people move), its count at
     * {@code 3h + 2}.
     */
    private int[] cells;
    /** Household ids the cells have room for. */
    private int room;
    private int count;
    private int occupied;
    private final IntList emptied = new IntList();
    private final IntPredicate isEmpty = h -> cells[3 * h + 2] == 0;

    /** Households over the rows of {@code householdOf} (the person table's household column), {@code households} ids. */
    Households(int[] householdOf, int households) {
        this.of = householdOf;
        this.links = new int[2 * householdOf.length];
        Arrays.fill(links, NONE);
        this.room = Math.max(1, households);
        this.cells = new int[3 * room];
        empty(0, room);
        this.count = households;
    }

    /**
     * Lays the households out as row ranges: household h is rows [starts[h], starts[h+1]) for h
     * below {@code starts.length - 1}, members in row order.
     */
    public void layOut(int[] starts) {
        try (ParallelRanges one = new ParallelRanges(1)) {
            layOut(starts, one);
        }
    }

    /**
     * As {@link #layOut(int[])}, the households in chunks on {@code ranges}' workers: a household
     * writes only its own cells and rows, so the lists are the same on any thread count.
     */
    public void layOut(int[] starts, ParallelRanges ranges) {
        int n = starts.length - 1;
        ensure(n);
        count = Math.max(count, n);
        long[] laid = new long[1];
        ranges.run(n, laid, (chunk, lo, hi, c) -> {
            for (int h = lo; h < hi; h++) {
                int from = starts[h];
                int to = starts[h + 1];
                cells[3 * h] = to > from ? from : NONE;
                cells[3 * h + 1] = to > from ? to - 1 : NONE;
                cells[3 * h + 2] = to - from;
                if (to > from) {
                    c[0]++;
                }
                for (int i = from; i < to; i++) {
                    of[i] = h;
                    links[2 * i] = i + 1 < to ? i + 1 : NONE;
                    links[2 * i + 1] = i > from ? i - 1 : NONE;
                }
            }
        });
        occupied += (int) laid[0];
    }

    /** Number of household ids (empty ones included). */
    public int count() {
        return count;
    }

    /** Households with at least one member. */
    public int occupied() {
        return occupied;
    }

    /** First member of household {@code h}, or {@link #NONE}. */
    public int first(int h) {
        return cells[3 * h];
    }

    /** The member after row {@code i} in its household, or {@link #NONE}. */
    public int next(int i) {
        return links[2 * i];
    }

    /** The member before row {@code i} in its household, or {@link #NONE}. */
    public int previous(int i) {
        return links[2 * i + 1];
    }

    /** Last member of household {@code h} (the latest to join), or {@link #NONE}. */
    public int last(int h) {
        return cells[3 * h + 1];
    }

    /** Number of members of household {@code h}. */
    public int size(int h) {
        return cells[3 * h + 2];
    }

    /** Household of row {@code i}. */
    public int of(int i) {
        return of[i];
    }

    /** Row {@code i} (in no household) joins household {@code h} as its last member. */
    public void join(int i, int h) {
        if (link(i, h)) {
            refilled();
        }
    }

    /**
     * As {@link #join}, but the count of occupied households is left to the caller: returns true
     * if {@code h} was empty, and the caller then calls {@link #refilled()}. Writes only row
     * {@code i}, household {@code h}'s cells and its last member's link, so callers on other
     * threads may link rows into other households at the same time (the demography, by province).
     */
    public boolean link(int i, int h) {
        of[i] = h;
        int x = 3 * h;
        int tail = cells[x + 1];
        links[2 * i] = NONE;
        links[2 * i + 1] = tail;
        if (tail == NONE) {
            cells[x] = i;
        } else {
            links[2 * tail] = i;
        }
        cells[x + 1] = i;
        return cells[x + 2]++ == 0;
    }

    /** A household empty until a {@link #link} has a member again. */
    public void refilled() {
        occupied++;
    }

    /** Row {@code i} leaves its household (a death, a move); an emptied household's id may be reused. */
    public void leave(int i) {
        int h = of[i];
        if (unlink(i)) {
            emptied(h);
        }
    }

    /**
     * As {@link #leave}, but the count of occupied households and the ids to reuse are left to
     * the caller: returns true if the household is now empty, and the caller then calls
     * {@link #emptied}, in the order of the leaves (the order in which {@link #found} reuses
     * ids). Writes only row {@code i}, its household's cells and its neighbours' links, as
     * {@link #link}.
     */
    public boolean unlink(int i) {
        int x = 3 * of[i];
        int after = links[2 * i];
        int before = links[2 * i + 1];
        if (before == NONE) {
            cells[x] = after;
        } else {
            links[2 * before] = after;
        }
        if (after == NONE) {
            cells[x + 1] = before;
        } else {
            links[2 * after + 1] = before;
        }
        links[2 * i] = NONE;
        links[2 * i + 1] = NONE;
        return --cells[x + 2] == 0;
    }

    /** Household {@code h} was emptied by an {@link #unlink}: it no longer counts, and its id may be reused. */
    public void emptied(int h) {
        occupied--;
        emptied.add(h);
    }

    /** Row {@code i} moves to household {@code h}. */
    public void move(int i, int h) {
        leave(i);
        join(i, h);
    }

    /** A new, empty household id: one left empty, else a new one. */
    public int found() {
        return found(isEmpty);
    }

    /**
     * As {@link #found()}, with whether a household left empty is empty still judged by
     * {@code empty}: for a caller that plans a month's moves before it makes them (the marriages,
     * whose moves are made on the workers after), so that emptiness is what the planned moves
     * before this one will have left. Grows the household cells: on one thread, while no other
     * touches households.
     */
    public int found(IntPredicate empty) {
        while (emptied.size() > 0) {
            int h = emptied.get(emptied.size() - 1);
            emptied.truncate(emptied.size() - 1);
            if (empty.test(h)) {
                return h;
            }
        }
        ensure(count + 1);
        cells[3 * count] = NONE;
        cells[3 * count + 1] = NONE;
        cells[3 * count + 2] = 0;
        return count++;
    }

    /** Bytes held (next and previous member per row, first and last member and count per household id). */
    public long bytes() {
        return 4L * links.length + 4L * cells.length;
    }

    /** Bytes of {@code rows} rows and {@code households} households as {@link #bytes()} counts them. */
    public static long bytes(long rows, long households) {
        return 8L * rows + 12L * households;
    }

    private void ensure(int households) {
        if (households > room) {
            int n = Math.max(households, room + (room >> 1) + 16);
            int old = room;
            cells = Arrays.copyOf(cells, 3 * n);
            room = n;
            empty(old, n);
        }
    }

    /** Household ids [from, to) hold no member: no first or last, a count of 0. */
    private void empty(int from, int to) {
        for (int h = from; h < to; h++) {
            cells[3 * h] = NONE;
            cells[3 * h + 1] = NONE;
            cells[3 * h + 2] = 0;
        }
    }
}

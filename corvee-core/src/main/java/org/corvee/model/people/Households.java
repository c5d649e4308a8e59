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
 * last member, count).
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
    private final int[] next;
    private final int[] prev;
    private int[] first;
    /** Last member per household: a join appends without walking the list (members are scattered once people move). */
    private int[] last;
    private int[] size;
    private int count;
    private int occupied;
    private final IntList emptied = new IntList();
    private final IntPredicate isEmpty = h -> size[h] == 0;

    /** Households over the rows of {@code householdOf} (the person table's household column), {@code households} ids. */
    Households(int[] householdOf, int households) {
        this.of = householdOf;
        this.next = new int[householdOf.length];
        Arrays.fill(next, NONE);
        this.prev = new int[householdOf.length];
        Arrays.fill(prev, NONE);
        this.first = new int[Math.max(1, households)];
        Arrays.fill(first, NONE);
        this.last = new int[Math.max(1, households)];
        Arrays.fill(last, NONE);
        this.size = new int[Math.max(1, households)];
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
                first[h] = to > from ? from : NONE;
                last[h] = to > from ? to - 1 : NONE;
                size[h] = to - from;
                if (to > from) {
                    c[0]++;
                }
                for (int i = from; i < to; i++) {
                    of[i] = h;
                    next[i] = i + 1 < to ? i + 1 : NONE;
                    prev[i] = i > from ? i - 1 : NONE;
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
        return first[h];
    }

    /** The member after row {@code i} in its household, or {@link #NONE}. */
    public int next(int i) {
        return next[i];
    }

    /** The member before row {@code i} in its household, or {@link #NONE}. */
    public int previous(int i) {
        return prev[i];
    }

    /** Last member of household {@code h} (the latest to join), or {@link #NONE}. */
    public int last(int h) {
        return last[h];
    }

    /** Number of members of household {@code h}. */
    public int size(int h) {
        return size[h];
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
        next[i] = NONE;
        int tail = last[h];
        prev[i] = tail;
        if (tail == NONE) {
            first[h] = i;
        } else {
            next[tail] = i;
        }
        last[h] = i;
        return size[h]++ == 0;
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
        int h = of[i];
        int before = prev[i];
        int after = next[i];
        if (before == NONE) {
            first[h] = after;
        } else {
            next[before] = after;
        }
        if (after == NONE) {
            last[h] = before;
        } else {
            prev[after] = before;
        }
        next[i] = NONE;
        prev[i] = NONE;
        return --size[h] == 0;
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
     * before this one will have left. Grows the household cells on the calling thread.
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
        first[count] = NONE;
        last[count] = NONE;
        size[count] = 0;
        return count++;
    }

    /** Bytes held (next and previous member per row, first and last member and count per household id). */
    public long bytes() {
        return 8L * next.length + 12L * first.length;
    }

    /** Bytes of {@code rows} rows and {@code households} households as {@link #bytes()} counts them. */
    public static long bytes(long rows, long households) {
        return 8L * rows + 12L * households;
    }

    private void ensure(int households) {
        if (households > first.length) {
            int n = Math.max(households, first.length + (first.length >> 1) + 16);
            int old = first.length;
            first = Arrays.copyOf(first, n);
            Arrays.fill(first, old, n, NONE);
            last = Arrays.copyOf(last, n);
            Arrays.fill(last, old, n, NONE);
            size = Arrays.copyOf(size, n);
        }
    }
}

package org.corvee.model.people;

import java.util.function.IntPredicate;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RowsByKey;

/**
 * An index from a month (in the {@link Population#birth} encoding) to the rows whose month
 * column holds it, for a window of months [{@code first}, {@code first + months}): the
 * schedule of a dated personal event (death, coming of age), so that a month reads only the
 * rows whose event falls in it instead of scanning the column.
 *
 * <p>Rows are reused (a birth takes a dead person's row), so an entry may name a row whose
 * occupant has changed since it was filed: readers check the column on use. Within a bucket
 * rows are in the order they were added (ascending for those filed by {@link #of}, on one
 * thread or several);
 * {@link #remove} keeps that order.
 * Costs four bytes per filed row plus the slack of the appended buckets.
 */
public final class RowsByMonth {
    private final int first;
    private final IntList[] buckets;
    private final IntList empty = new IntList(0);

    private RowsByMonth(int first, IntList[] buckets) {
        this.first = first;
        this.buckets = buckets;
    }

    /** Files every row {@code i < size} whose {@code month[i]} lies in [first, first + months), on the calling thread. */
    public static RowsByMonth of(short[] month, int size, int first, int months) {
        return of(month, size, first, months, null);
    }

    /** As {@link #of(short[], int, int, int)}, only the rows {@code keep} accepts, on the calling thread. */
    public static RowsByMonth of(short[] month, int size, int first, int months, IntPredicate keep) {
        try (ParallelRanges one = new ParallelRanges(1)) {
            return of(one, month, size, first, months, keep);
        }
    }

    /** As {@link #of(short[], int, int, int)}, every row in the window, filed on {@code ranges}' workers. */
    public static RowsByMonth of(ParallelRanges ranges, short[] month, int size, int first, int months) {
        return of(ranges, month, size, first, months, null);
    }

    /**
     * As {@link #of(short[], int, int, int, IntPredicate)}, the rows filed on {@code ranges}'
     * workers: counted by month chunk by chunk, then written chunk by chunk to their places
     * ({@link RowsByKey}), so each bucket holds its rows in ascending order on any thread count.
     * {@code keep} must read only; null files every row in the window.
     */
    public static RowsByMonth of(ParallelRanges ranges, short[] month, int size, int first, int months,
                                 IntPredicate keep) {
        int n = Math.max(0, months);
        RowsByKey byMonth = new RowsByKey(size, n);
        ranges.run(size, NONE, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                int k = key(month, first, n, keep, i);
                if (k >= 0) {
                    byMonth.count(chunk, k);
                }
            }
        });
        byMonth.sum();
        IntList[] buckets = new IntList[n];
        for (int k = 0; k < n; k++) {
            int count = byMonth.count(k);
            // A little room for the rows appended later (a newborn's month of death, a birth):
            // without it the first append would double a full bucket.
            buckets[k] = new IntList(count + count / 16 + 16);
            buckets[k].setSize(count);
        }
        ranges.run(size, NONE, (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                int k = key(month, first, n, keep, i);
                if (k >= 0) {
                    buckets[k].set(byMonth.next(chunk, k), i);
                }
            }
        });
        return new RowsByMonth(first, buckets);
    }

    /**
     * Row i's bucket: its month's place in the window of n months from {@code first}, -1 if not
     * filed. A null {@code keep} (every row) is tested as such: the callers' predicates differ,
     * so a call to one here is a call the JIT cannot inline, once per row of the table.
     */
    private static int key(short[] month, int first, int n, IntPredicate keep, int i) {
        int k = month[i] - first;
        return k >= 0 && k < n && (keep == null || keep.test(i)) ? k : -1;
    }

    private static final long[] NONE = new long[0];

    /** True if {@code month} lies in the window. */
    public boolean covers(int month) {
        int k = month - first;
        return k >= 0 && k < buckets.length;
    }

    /** Files {@code row} under {@code month}; ignored outside the window. */
    public void add(int month, int row) {
        if (covers(month)) {
            buckets[month - first].add(row);
        }
    }

    /** The rows filed under {@code month} (empty outside the window); check the column on use. */
    public IntList at(int month) {
        return covers(month) ? buckets[month - first] : empty;
    }

    /**
     * Removes from {@code month}'s bucket the entries at {@code positions} (ascending, each once),
     * keeping the others in their order: a reader that files only those who may still have the
     * event ({@code Marriages}) drops those who had it or never can ({@link IntList#removeAt});
     * nothing outside the window.
     */
    public void remove(int month, IntList positions) {
        if (positions.size() == 0 || !covers(month)) {
            return;
        }
        buckets[month - first].removeAt(positions);
    }

    /** Number of rows filed (held in memory). */
    public long filed() {
        long n = 0;
        for (IntList b : buckets) {
            n += b.size();
        }
        return n;
    }
}

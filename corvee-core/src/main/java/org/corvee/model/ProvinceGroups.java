package org.corvee.model;

import java.util.Arrays;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.world.Province;

/**
 * A month's births, deaths at home or weddings grouped by province, for the demography's workers
 * ({@link DeathsAtHome}, {@link BirthsAtHome}, {@link Weddings}): one group per province, each holding the
 * positions of its events in ascending order (the order the serial code made them in).
 *
 * <p>Why provinces: a household lives in one province (the builder lays households out province
 * by province, a child takes the mother's province, marriages pair within a province), so the
 * events of two provinces touch disjoint households, rows and household cells, and a worker can
 * make one province's events while another makes another's. The groups do not depend on the
 * thread count, so neither does the result. Groups are handed out largest first ({@link #group}),
 * so that two threads finish together; the order of the groups changes nothing but timing.
 */
final class ProvinceGroups {
    static final int PROVINCES = Province.values().length;
    private static final long[] NO_COUNTERS = new long[0];
    /** Group of province p: positions [start[p], start[p + 1]) of {@link #positions}. */
    private final int[] start = new int[PROVINCES + 1];
    private int[] positions = new int[0];
    /** Provinces by decreasing size of their group (ties by province). */
    private final Integer[] order = new Integer[PROVINCES];

    /** Rows per chunk of {@link #gather}. */
    private static final int GATHER = 1024;

    /**
     * Reads the province of each row {@code rows[k]}, k in [0, n), into {@code into[k]}, in chunks
     * on {@code ranges}' workers: the rows lie apart, so each read is a cache miss, and two threads
     * have twice the misses in flight. Only reads the table.
     */
    static void gather(ParallelRanges ranges, byte[] province, int[] rows, int n, byte[] into) {
        ranges.run(n, GATHER, NO_COUNTERS, (chunk, from, to, none) -> {
            for (int k = from; k < to; k++) {
                into[k] = province[rows[k]];
            }
        });
    }

    /** Groups the positions [0, n) by {@code provinceOf[k]}, each group in ascending position. */
    void of(byte[] provinceOf, int n) {
        if (positions.length < n) {
            positions = new int[Math.max(n, positions.length + (positions.length >> 1))];
        }
        Arrays.fill(start, 0);
        for (int k = 0; k < n; k++) {
            start[provinceOf[k] + 1]++;
        }
        for (int p = 0; p < PROVINCES; p++) {
            start[p + 1] += start[p];
        }
        int[] fill = Arrays.copyOf(start, PROVINCES);
        for (int k = 0; k < n; k++) {
            positions[fill[provinceOf[k]]++] = k;
        }
        for (int p = 0; p < PROVINCES; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> size(a) != size(b) ? Integer.compare(size(b), size(a)) : Integer.compare(a, b));
    }

    /** The province handed out {@code rank}-th (0: the largest group). */
    int group(int rank) {
        return order[rank];
    }

    /** Events of province {@code p}. */
    int size(int p) {
        return start[p + 1] - start[p];
    }

    /** Adds each province's group size to {@code c} at {@code base} + the province (a count per province of the month's events). */
    void countInto(long[] c, int base) {
        for (int pr = 0; pr < PROVINCES; pr++) {
            c[base + pr] += size(pr);
        }
    }

    /** First index of province {@code p}'s group (for {@link #position}). */
    int from(int p) {
        return start[p];
    }

    /** One past the last index of province {@code p}'s group. */
    int to(int p) {
        return start[p + 1];
    }

    /** The position (in the month's events) at index {@code j} of the groups. */
    int position(int j) {
        return positions[j];
    }
}

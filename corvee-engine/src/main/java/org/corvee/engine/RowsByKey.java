package org.corvee.engine;

import java.util.function.IntUnaryOperator;

/**
 * Rows [0, n) grouped by a small key, in row order within a key, found on the workers: a
 * counting sort in two passes over the fixed chunks of {@link ParallelRanges} ({@link #count},
 * then {@link #place}). Each chunk counts its rows per key; the counts are summed in chunk order,
 * which gives each chunk the place of its first row of every key; each chunk then writes its
 * rows there. The result is what one pass over the rows in order would give, on any thread
 * count, since the chunks' bounds depend on {@code n} alone.
 *
 * <p>For the one-off whole-table filings (a month's rows by birth or death month, persons by
 * province and birth year): the key is read twice, in two scans of the columns it reads, and
 * the counts cost an int per chunk and key.
 */
public final class RowsByKey {
    /** Where a row goes: the {@code position}-th row (from 0, in row order) of key {@code key}. */
    @FunctionalInterface
    public interface Slots {
        void put(int key, int position, int row);
    }

    private static final long[] NONE = new long[0];

    private final int n;
    private final int keys;
    private final IntUnaryOperator key;
    /** Rows per key. */
    private final int[] counts;
    /** Per chunk and key (chunk-major): the position of the chunk's first row of that key. */
    private final int[] firsts;

    private RowsByKey(int n, int keys, IntUnaryOperator key, int[] counts, int[] firsts) {
        this.n = n;
        this.keys = keys;
        this.key = key;
        this.counts = counts;
        this.firsts = firsts;
    }

    /**
     * Counts the rows [0, n) by {@code key} (a row whose key lies outside [0, keys) is left out),
     * chunk by chunk on {@code ranges}' workers. {@code key} must read only, and give a row the
     * same key again in {@link #place}.
     */
    public static RowsByKey count(ParallelRanges ranges, int n, int keys, IntUnaryOperator key) {
        int chunks = ParallelRanges.chunks(n);
        int[] firsts = new int[chunks * keys];
        ranges.run(n, NONE, (chunk, from, to, c) -> {
            int base = chunk * keys;
            for (int i = from; i < to; i++) {
                int k = key.applyAsInt(i);
                if (k >= 0 && k < keys) {
                    firsts[base + k]++;
                }
            }
        });
        int[] counts = new int[keys];
        for (int base = 0; base < firsts.length; base += keys) {
            for (int k = 0; k < keys; k++) {
                int counted = firsts[base + k];
                firsts[base + k] = counts[k];
                counts[k] += counted;
            }
        }
        return new RowsByKey(n, keys, key, counts, firsts);
    }

    /** Number of rows of key {@code k}. */
    public int count(int k) {
        return counts[k];
    }

    /** Number of keys. */
    public int keys() {
        return keys;
    }

    /**
     * Puts every counted row into {@code slots}, chunk by chunk on {@code ranges}' workers: each
     * (key, position) once. Slots of different positions must be safe to write from different
     * threads (distinct array cells, distinct lists' cells).
     */
    public void place(ParallelRanges ranges, Slots slots) {
        int[] next = firsts.clone();
        ranges.run(n, NONE, (chunk, from, to, c) -> {
            int base = chunk * keys;
            for (int i = from; i < to; i++) {
                int k = key.applyAsInt(i);
                if (k >= 0 && k < keys) {
                    slots.put(k, next[base + k]++, i);
                }
            }
        });
    }

    /** The rows of key {@code k}, in row order, in a list with room for {@code spare} more. */
    public IntList list(ParallelRanges ranges, int k, int spare) {
        IntList out = new IntList(counts[k] + spare);
        out.setSize(counts[k]);
        place(ranges, (key, position, row) -> {
            if (key == k) {
                out.set(position, row);
            }
        });
        return out;
    }
}

package org.corvee.engine;

/**
 * The bookkeeping of a counting sort of rows [0, n) by a small key, made on the workers in two
 * passes over the fixed chunks of {@link ParallelRanges}: each chunk counts its rows per key
 * ({@link #count(int, int)}); the counts are summed in chunk order ({@link #sum}), which gives
 * each chunk the place of its first row of every key; each chunk then asks, row after row, where
 * its rows go ({@link #next}). The rows of a key are then in row order, on any thread count,
 * since the chunks' bounds depend on {@code n} alone.
 *
 * <p>The caller writes the two passes (each {@code ranges.run(n, ...)}, the key worked out in
 * both), so that the key's code is compiled into its own loop rather than called row by row
 * through an interface shared by every caller. For the one-off whole-table filings (rows by
 * birth or death month, persons by province and birth year); costs an int per chunk and key.
 */
public final class RowsByKey {
    private final int keys;
    /** Per chunk and key (chunk-major): rows counted, then after {@link #sum} the next place of a row. */
    private final int[] places;
    /** Rows per key, after {@link #sum}. */
    private final int[] counts;

    /** The bookkeeping for rows [0, n) with keys in [0, keys). */
    public RowsByKey(int n, int keys) {
        this.keys = keys;
        this.places = new int[ParallelRanges.chunks(n) * keys];
        this.counts = new int[keys];
    }

    /** First pass: chunk {@code chunk} (of {@link ParallelRanges#run}) holds a row of key {@code key}. */
    public void count(int chunk, int key) {
        places[chunk * keys + key]++;
    }

    /** Between the passes: sums the counts in chunk order. */
    public void sum() {
        for (int base = 0; base < places.length; base += keys) {
            for (int k = 0; k < keys; k++) {
                int counted = places[base + k];
                places[base + k] = counts[k];
                counts[k] += counted;
            }
        }
    }

    /** Rows of key {@code key} (after {@link #sum}). */
    public int count(int key) {
        return counts[key];
    }

    /**
     * Second pass: the place, among the rows of key {@code key} (from 0, in row order), of chunk
     * {@code chunk}'s next row of that key. A chunk must ask for its rows in row order, and for
     * exactly those it counted.
     */
    public int next(int chunk, int key) {
        return places[chunk * keys + key]++;
    }
}

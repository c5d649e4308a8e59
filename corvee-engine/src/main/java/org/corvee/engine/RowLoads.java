package org.corvee.engine;

/**
 * Reads one column at the rows of a stretch of a list, ahead of the work that reads them.
 *
 * <p>The short lists of the model (workers abroad, the screening queue, this month's recruits)
 * name rows far apart in tables of millions, so at full scale every column read at such a row is
 * a cache and TLB miss. Work that reads a row, branches on it, then reads the next waits for one
 * miss at a time; these loops have no branch on the values read, so the misses of a whole block
 * of rows are in flight together, and the work then runs over the same rows on cached lines.
 * Nothing is written; each method returns a meaningless mix of the values so that the caller can
 * keep it (in a field) and the loads are not optimised away.
 */
public final class RowLoads {
    private RowLoads() {
    }

    /** Reads {@code column} at the rows in positions [from, to) of {@code rows}. */
    public static long of(IntList rows, int from, int to, byte[] column) {
        long bits = 0;
        for (int k = from; k < to; k++) {
            bits += column[rows.get(k)];
        }
        return bits;
    }

    /** Reads {@code column} at the rows in positions [from, to) of {@code rows}. */
    public static long of(IntList rows, int from, int to, short[] column) {
        long bits = 0;
        for (int k = from; k < to; k++) {
            bits += column[rows.get(k)];
        }
        return bits;
    }

    /** Reads {@code column} at the rows in positions [from, to) of {@code rows}. */
    public static long of(IntList rows, int from, int to, int[] column) {
        long bits = 0;
        for (int k = from; k < to; k++) {
            bits += column[rows.get(k)];
        }
        return bits;
    }

    /** Reads {@code column} at the rows in positions [from, to) of {@code rows}. */
    public static long of(IntList rows, int from, int to, float[] column) {
        long bits = 0;
        for (int k = from; k < to; k++) {
            bits += Float.floatToRawIntBits(column[rows.get(k)]);
        }
        return bits;
    }
}

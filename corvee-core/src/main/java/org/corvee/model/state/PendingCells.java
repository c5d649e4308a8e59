package org.corvee.model.state;

/**
 * One thread's additions to the census's cells ({@link CensusTally}) not yet added into the
 * counts: a copy of the cells written by that thread alone, with a mark per line of eight cells
 * it wrote, so that adding the copy into the counts reads only the lines touched (a month's
 * coming of age touches a few dozen of some hundred thousand cells).
 *
 * <p>Written by its thread alone; {@link #drainInto} runs on the thread that reads the counts,
 * after the writes (the end of the parallel run that made them orders them before it).
 */
final class PendingCells {
    /** log2 of the cells per line (8 longs, 64 bytes). */
    private static final int LINE = 3;
    private final long[] cells;
    /** One bit per line of {@link #cells} written since the last drain. */
    private final long[] lines;
    /** True once the thread has written since the last drain (set by the tally). */
    boolean used;

    PendingCells(long[] cells) {
        this.cells = cells;
        this.lines = new long[(cells.length >>> LINE >>> 6) + 1];
    }

    /** Adds v to cell k and marks its line. */
    void add(int k, long v) {
        cells[k] += v;
        int line = k >>> LINE;
        lines[line >>> 6] |= 1L << line; // the shift takes the line's low six bits
    }

    /** Adds the marked lines into {@code counts} and clears them. */
    void drainInto(long[] counts) {
        for (int w = 0; w < lines.length; w++) {
            long bits = lines[w];
            while (bits != 0) {
                int line = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                for (int k = line << LINE, end = Math.min(cells.length, k + (1 << LINE)); k < end; k++) {
                    counts[k] += cells[k];
                    cells[k] = 0;
                }
            }
            lines[w] = 0;
        }
        used = false;
    }
}

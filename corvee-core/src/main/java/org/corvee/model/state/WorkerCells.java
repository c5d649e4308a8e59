package org.corvee.model.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The census's cells ({@link CensusTally}) as added by threads other than the engine's (the
 * workers of the parallel ranges): each thread adds into its own {@link Copy}, so no two cores
 * write one cache line, and the copies are added into the counts, line by touched line, when
 * the counts are read ({@link #drainInto}).
 *
 * <p>A copy is written by its thread alone. {@link #drainInto} runs on the thread that reads the
 * counts, after the writes: the end of the parallel run that made them orders them before it
 * (the engine's thread waits for every chunk), and the next run's start orders the clearing
 * before the next writes.
 */
final class WorkerCells {
    private final int length;
    private final ThreadLocal<Copy> own = ThreadLocal.withInitial(this::register);
    /** Every thread's copy, to drain; guarded by itself. */
    private final List<Copy> copies = new ArrayList<>();

    /** Copies of {@code length} cells. */
    WorkerCells(int length) {
        this.length = length;
    }

    /** The calling thread's copy (made on its first use), marked as written. */
    Copy mine() {
        Copy c = own.get();
        c.used = true;
        return c;
    }

    /** Adds every thread's copy into {@code counts} and clears the copies. */
    void drainInto(long[] counts) {
        synchronized (copies) {
            for (Copy c : copies) {
                if (c.used) {
                    c.drainInto(counts);
                }
            }
        }
    }

    private Copy register() {
        Copy c = new Copy(new long[length]);
        synchronized (copies) {
            copies.add(c);
        }
        return c;
    }

    /**
     * Cells added by one thread and not yet in the counts, with a mark per line of eight cells
     * written, so that draining reads only the lines touched (a month's coming of age touches a
     * few dozen of some hundred thousand cells).
     */
    static final class Copy {
        /** log2 of the cells per line (8 longs, 64 bytes). */
        private static final int LINE = 3;
        private final long[] cells;
        /** One bit per line of {@link #cells} written since the last drain. */
        private final long[] lines;
        /** True once written since the last drain. */
        private boolean used;

        /** A copy over {@code cells} (zeros, or a chunk's own sums). */
        Copy(long[] cells) {
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
        private void drainInto(long[] counts) {
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
}

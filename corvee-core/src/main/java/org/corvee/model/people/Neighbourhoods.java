package org.corvee.model.people;

/**
 * The neighbourhoods local ties form in ({@link NetworkBuilder}): contiguous blocks of rows, in
 * row order, as (first row, end row) pairs. A row in no block has the empty block [0, 0). Kept
 * as one pair a block, not a pair of ints a row: the rows are walked in order, so a cursor
 * finds each row's block by stepping forward.
 */
final class Neighbourhoods {
    /** First and end row of each block, block after block. */
    private final int[] bounds;
    private final int blocks;

    Neighbourhoods(int[] bounds) {
        this.bounds = bounds;
        this.blocks = bounds.length / 2;
    }

    /** A cursor at the block of {@code row}; it then moves forward only. */
    Cursor cursor(int row) {
        // The last block starting at or before the row (the first block if none does).
        int lo = 0;
        int hi = blocks - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (bounds[2 * mid] <= row) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Cursor c = new Cursor(lo);
        c.moveTo(row);
        return c;
    }

    /** The block of a row, for rows taken in ascending order. */
    final class Cursor {
        private int block;
        private int start;
        private int end;

        private Cursor(int block) {
            this.block = block;
        }

        /** Moves to the block of {@code row}, at or after the row of the last move. */
        void moveTo(int row) {
            while (block + 1 < blocks && bounds[2 * (block + 1)] <= row) {
                block++;
            }
            if (blocks > 0 && bounds[2 * block] <= row && row < bounds[2 * block + 1]) {
                start = bounds[2 * block];
                end = bounds[2 * block + 1];
            } else {
                start = 0;
                end = 0;
            }
        }

        /** First row of the block. */
        int start() {
            return start;
        }

        /** End row (exclusive) of the block. */
        int end() {
            return end;
        }
    }
}

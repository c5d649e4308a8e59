package org.corvee.bench;

/**
 * Plain sums over primitive columns of any element type, as the floor kernels need them: the
 * cheapest loop that still reads every byte asked for.
 */
final class Columns {
    private Columns() {
    }

    /** Sum of {@code col[from..to)} (floats by their bits); {@code col} is a primitive array. */
    static long sum(Object col, int from, int to) {
        long s = 0;
        if (col instanceof byte[] a) {
            for (int i = from; i < to; i++) {
                s += a[i];
            }
        } else if (col instanceof short[] a) {
            for (int i = from; i < to; i++) {
                s += a[i];
            }
        } else if (col instanceof int[] a) {
            for (int i = from; i < to; i++) {
                s += a[i];
            }
        } else if (col instanceof float[] a) {
            for (int i = from; i < to; i++) {
                s += Float.floatToRawIntBits(a[i]);
            }
        } else {
            throw new IllegalArgumentException("not a supported column: " + col);
        }
        return s;
    }

    /** Sum of {@code col} at rows {@code ids[from..to)}. */
    static long gather(Object col, int[] ids, int from, int to) {
        long s = 0;
        if (col instanceof byte[] a) {
            for (int k = from; k < to; k++) {
                s += a[ids[k]];
            }
        } else if (col instanceof short[] a) {
            for (int k = from; k < to; k++) {
                s += a[ids[k]];
            }
        } else if (col instanceof int[] a) {
            for (int k = from; k < to; k++) {
                s += a[ids[k]];
            }
        } else if (col instanceof float[] a) {
            for (int k = from; k < to; k++) {
                s += Float.floatToRawIntBits(a[ids[k]]);
            }
        } else {
            throw new IllegalArgumentException("not a supported column: " + col);
        }
        return s;
    }
}

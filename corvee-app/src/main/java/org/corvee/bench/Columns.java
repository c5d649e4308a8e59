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

    /**
     * Rewrites {@code col} at rows {@code ids[from..to)} with each value xor {@code zero} (0 when
     * called, but not a constant to the compiler, so that every load and store is made) and
     * returns the sum of the values: the cost of writing those rows, without changing them.
     */
    static long rewrite(Object col, int[] ids, int from, int to, int zero) {
        long s = 0;
        if (col instanceof byte[] a) {
            for (int k = from; k < to; k++) {
                int i = ids[k];
                byte v = (byte) (a[i] ^ zero);
                a[i] = v;
                s += v;
            }
        } else if (col instanceof short[] a) {
            for (int k = from; k < to; k++) {
                int i = ids[k];
                short v = (short) (a[i] ^ zero);
                a[i] = v;
                s += v;
            }
        } else if (col instanceof int[] a) {
            for (int k = from; k < to; k++) {
                int i = ids[k];
                int v = a[i] ^ zero;
                a[i] = v;
                s += v;
            }
        } else if (col instanceof float[] a) {
            for (int k = from; k < to; k++) {
                int i = ids[k];
                int v = Float.floatToRawIntBits(a[i]) ^ zero;
                a[i] = Float.intBitsToFloat(v);
                s += v;
            }
        } else {
            throw new IllegalArgumentException("not a supported column: " + col);
        }
        return s;
    }
}

package org.corvee.model.dispatch;

import java.util.Arrays;

/**
 * Partial sorting of selection keys: puts the {@code k} smallest values of an array first, in
 * ascending order, and the rest after them in no particular order. For distinct values the
 * first {@code k} entries equal those of a full sort, at O(n + k log k) expected cost instead of
 * O(n log n) — the winners of a lottery among many applicants for few slots.
 *
 * <p>Quickselect with a median-of-three pivot, falling back to a full sort for small ranges or
 * when the recursion gets deep (so the worst case stays O(n log n)).
 */
final class KeySelection {
    private static final int SMALL = 64;

    private KeySelection() {
    }

    /** Rearranges {@code a} so that {@code a[0..k)} are its {@code k} smallest values, sorted. */
    static void smallestFirst(long[] a, int k) {
        if (k <= 0) {
            return;
        }
        if (k >= a.length) {
            Arrays.sort(a);
            return;
        }
        int lo = 0;
        int hi = a.length; // exclusive
        int depth = 2 * (32 - Integer.numberOfLeadingZeros(a.length));
        while (hi - lo > SMALL && depth-- > 0) {
            int p = partition(a, lo, hi);
            if (p == k || p == k - 1) {
                break;
            }
            if (p < k) {
                lo = p + 1;
            } else {
                hi = p;
            }
        }
        if (hi - lo <= SMALL || depth < 0) {
            Arrays.sort(a, lo, hi);
        }
        Arrays.sort(a, 0, k);
    }

    /** Lomuto partition of a[lo..hi) around a median-of-three pivot; returns the pivot's final index. */
    private static int partition(long[] a, int lo, int hi) {
        int mid = (lo + hi) >>> 1;
        int last = hi - 1;
        if (a[mid] < a[lo]) {
            swap(a, mid, lo);
        }
        if (a[last] < a[lo]) {
            swap(a, last, lo);
        }
        if (a[last] < a[mid]) {
            swap(a, last, mid);
        }
        swap(a, mid, last); // the median goes to the end as the pivot
        long pivot = a[last];
        int store = lo;
        for (int i = lo; i < last; i++) {
            if (a[i] < pivot) {
                swap(a, i, store++);
            }
        }
        swap(a, store, last);
        return store;
    }

    private static void swap(long[] a, int i, int j) {
        long t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

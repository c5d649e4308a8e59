package org.corvee.engine;

import java.util.Arrays;

/** A growable list of primitive ints (agent ids), without boxing. */
public final class IntList {
    private int[] data;
    private int size;

    public IntList() {
        this(16);
    }

    public IntList(int capacity) {
        data = new int[Math.max(4, capacity)];
    }

    /** Appends {@code v}. */
    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    /** Element {@code i}. */
    public int get(int i) {
        return data[i];
    }

    /** Overwrites element {@code i}. */
    public void set(int i, int v) {
        data[i] = v;
    }

    /** Number of elements. */
    public int size() {
        return size;
    }

    /** Removes everything (keeps capacity). */
    public void clear() {
        size = 0;
    }

    /**
     * Sets the number of elements to {@code n}, growing the capacity if needed: for a list whose
     * elements are then {@link #set} in any order (e.g. by several threads, each its own
     * positions). Elements past the former size are unspecified until set.
     */
    public void setSize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + n);
        }
        if (n > data.length) {
            data = Arrays.copyOf(data, n);
        }
        size = n;
    }

    /** Keeps only the first {@code n} elements. */
    public void truncate(int n) {
        size = Math.min(size, n);
    }

    /**
     * Removes the elements at {@code positions} (ascending, each once, each below {@link #size()}),
     * keeping the others in their order; the runs between removed positions move down by
     * block copies, so the cost is the length from the first removed position at memory speed.
     */
    public void removeAt(IntList positions) {
        int n = positions.size();
        if (n == 0) {
            return;
        }
        int to = positions.data[0];
        for (int k = 0; k < n; k++) {
            int from = positions.data[k] + 1;
            int end = k + 1 < n ? positions.data[k + 1] : size;
            System.arraycopy(data, from, data, to, end - from);
            to += end - from;
        }
        size = to;
    }

    /** Appends the elements of {@code other}, in its order. */
    public void addAll(IntList other) {
        if (size + other.size > data.length) {
            data = Arrays.copyOf(data, Math.max(size + other.size, data.length * 2));
        }
        System.arraycopy(other.data, 0, data, size, other.size);
        size += other.size;
    }

    /** True if every element is greater than the one before (so none is repeated). */
    public boolean ascending() {
        for (int k = 1; k < size; k++) {
            if (data[k] <= data[k - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Sorts the elements ascending and keeps one of each value. */
    public void sortDistinct() {
        Arrays.sort(data, 0, size);
        int n = Math.min(size, 1);
        for (int k = 1; k < size; k++) {
            if (data[k] != data[n - 1]) {
                data[n++] = data[k];
            }
        }
        size = n;
    }

    /** A copy of the elements. */
    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}

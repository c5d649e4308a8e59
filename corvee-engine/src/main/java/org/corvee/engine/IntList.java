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

    /** Keeps only the first {@code n} elements. */
    public void truncate(int n) {
        size = Math.min(size, n);
    }

    /** A copy of the elements. */
    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}

package org.corvee.model.people;

import org.corvee.engine.IntList;
import org.corvee.model.world.Province;

/**
 * The rows that hold nobody (X1 fertility), for births to fill: rows of those who died at home,
 * by province, and the spare rows the table was built with. A birth takes a row freed in the
 * mother's province first (so the child keeps ties near home: a reused row keeps the
 * deceased's local ties, a simplification), then a spare row (no local ties), then a row freed
 * in another province. Last freed, first taken; deterministic.
 */
public final class VacantRows {
    private final IntList[] freed;
    private int nextSpare;
    /** Rows taken so far from another province's freed rows ({@link #strayTaken}). */
    private int stray;
    private final int size;

    public VacantRows(Population pop) {
        freed = new IntList[Province.values().length];
        for (int k = 0; k < freed.length; k++) {
            freed[k] = new IntList();
        }
        nextSpare = pop.built;
        size = pop.size;
    }

    /** Row {@code i} of province {@code province} was vacated. */
    public void free(int i, int province) {
        freed[province].add(i);
    }

    /** A vacant row for a birth in {@code province}, or -1 if the table is full. */
    public int take(int province) {
        int i = pop(freed[province]);
        if (i >= 0) {
            return i;
        }
        if (nextSpare < size) {
            return nextSpare++;
        }
        for (IntList l : freed) {
            i = pop(l);
            if (i >= 0) {
                stray++;
                return i;
            }
        }
        return -1;
    }

    /**
     * Rows taken so far from the rows freed in another province than the one asked for: a caller
     * that makes a province's deaths and births together ({@code DemographyPhase}) learns from a
     * change of this count that a birth took a row that another province's deaths may be writing.
     */
    public int strayTaken() {
        return stray;
    }

    /** Spare rows never used yet. */
    public int spareLeft() {
        return size - nextSpare;
    }

    private static int pop(IntList l) {
        int n = l.size();
        if (n == 0) {
            return -1;
        }
        int i = l.get(n - 1);
        l.truncate(n - 1);
        return i;
    }
}

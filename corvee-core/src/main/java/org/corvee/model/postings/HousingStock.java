package org.corvee.model.postings;

import java.util.Arrays;
import org.corvee.engine.IntList;

/**
 * A site's flats (DP3): built over time, allocated to workers (who never own them), and
 * occupied when someone actually moves in.
 *
 * <p>Invariants (checked on every change; a violation is a programming error): a flat has at
 * most one holder and is occupied only by its holder, so no flat is ever occupied twice;
 * occupied ≤ allocated ≤ built; a freed flat goes back to the free list.
 */
public final class HousingStock {
    private int built;
    private int allocated;
    private int occupied;
    private int[] holder = new int[0];
    private boolean[] inUse = new boolean[0];
    /** Free flats as a stack; new flats are pushed so the lowest id is taken first. */
    private final IntList free = new IntList();

    /** Raises the number of built flats to {@code units}; returns how many were added. */
    public int buildTo(int units) {
        if (units <= built) {
            return 0;
        }
        int added = units - built;
        holder = Arrays.copyOf(holder, units);
        inUse = Arrays.copyOf(inUse, units);
        Arrays.fill(holder, built, units, -1);
        for (int u = units - 1; u >= built; u--) {
            free.add(u);
        }
        built = units;
        return added;
    }

    /** Allocates a free flat to {@code person}; returns its index or -1 if none is free. */
    public int allocate(int person) {
        if (free.size() == 0) {
            return -1;
        }
        int u = free.get(free.size() - 1);
        free.truncate(free.size() - 1);
        if (holder[u] != -1) {
            throw new IllegalStateException("flat " + u + " allocated twice");
        }
        holder[u] = person;
        allocated++;
        return u;
    }

    /** {@code person}, the holder of flat {@code u}, moves in. */
    public void occupy(int u, int person) {
        if (holder[u] != person || inUse[u]) {
            throw new IllegalStateException("flat " + u + " occupied twice or by someone not its holder");
        }
        inUse[u] = true;
        occupied++;
    }

    /** {@code person} gives flat {@code u} back (leaving the site). */
    public void release(int u, int person) {
        if (holder[u] != person) {
            throw new IllegalStateException("flat " + u + " released by someone not its holder");
        }
        if (inUse[u]) {
            inUse[u] = false;
            occupied--;
        }
        holder[u] = -1;
        allocated--;
        free.add(u);
    }

    public int built() {
        return built;
    }

    public int allocated() {
        return allocated;
    }

    public int occupied() {
        return occupied;
    }

    /** Holder of flat u or -1. */
    public int holder(int u) {
        return holder[u];
    }

    /** True if flat u is lived in. */
    public boolean occupiedFlat(int u) {
        return inUse[u];
    }
}

package org.corvee.model;

import java.util.function.IntPredicate;
import org.corvee.engine.IntList;
import org.corvee.model.people.Households;

/**
 * The households of a month's weddings ({@link Weddings}), planned on one thread in the
 * order of the serial loop before the weddings are made on the workers: which household each
 * couple lives in, and the household ids' bookkeeping that depends on the order across provinces.
 *
 * <p>Why: a couple that founds a household takes the id of the household left empty last
 * ({@link Households#found}), and a bride or groom who was alone in their household leaves an
 * id to reuse ({@link Households#emptied}); the ids thus pass from one province's weddings to
 * another's in the order the serial loop made them. Here that loop is replayed on the
 * households' sizes alone: each move out of and into a household counted as the serial loop's
 * {@link Households#move} would have counted it ({@link Households#emptied},
 * {@link Households#refilled}, {@link Households#found} with the emptiness the moves before it
 * leave), so the ids and the count of occupied households are the serial loop's. The member lists
 * are changed later by the workers, and agree with these sizes.
 *
 * <p>A household left empty by one province's wedding and founded again by a later wedding of
 * another province is marked {@link #late}: the other province's worker may reach it first, so
 * that wedding's joins are made after the workers, on the calling thread ({@link Weddings}).
 */
final class WeddingHomes {
    private static final int NONE = -1;
    /**
     * Open addressing over the households touched this month, a slot of four ints (one cache line
     * holds four slots): the id, its size now, the province that emptied it (or NONE), unused.
     */
    private static final int SLOT = 4;
    private int[] cells = new int[0];
    /** 32 less log2 of the number of slots: h's slot is the top bits of h times the golden ratio. */
    private int shift;
    private final IntList used = new IntList();
    private Households homes;
    private final IntPredicate empty = h -> size(h) == 0;

    /**
     * Plans weddings [0, n): {@code home[k]} gets the household the couple lives in ({@code
     * groomHome[k]}, or a founded one if {@code newHome[k]}), {@code late[k]} whether its joins
     * wait for the workers. {@code brideSize}/{@code groomSize}: the sizes of the bride's and the
     * groom's households before the month's weddings. Counts occupied households and keeps emptied
     * ids in {@code homes} as the serial loop did; changes no member list.
     */
    void plan(Households homes, int n, byte[] province, int[] brideHome, int[] groomHome, int[] brideSize,
              int[] groomSize, boolean[] newHome, int[] home, boolean[] late) {
        this.homes = homes;
        clear(3 * n); // a couple's two households and the one founded
        for (int k = 0; k < n; k++) {
            int pr = province[k];
            int gh = groomHome[k];
            seen(gh, groomSize[k]);
            seen(brideHome[k], brideSize[k]);
            int h = gh;
            late[k] = false;
            if (newHome[k]) {
                h = homes.found(empty);
                int x = slot(h);
                int by = cells[x] == h ? cells[x + 2] : NONE;
                late[k] = by != NONE && by != pr;
                leave(gh, pr);
                join(h);
            }
            leave(brideHome[k], pr);
            join(h);
            home[k] = h;
        }
        this.homes = null;
    }

    /** Household h loses a member, as {@link Households#leave}: emptied, its id is kept for reuse. */
    private void leave(int h, int pr) {
        int x = put(h, size(h) - 1);
        if (cells[x + 1] == 0) {
            homes.emptied(h);
            cells[x + 2] = pr;
        }
    }

    /** Household h gains a member, as {@link Households#join}. */
    private void join(int h) {
        int before = size(h);
        put(h, before + 1);
        if (before == 0) {
            homes.refilled();
        }
    }

    /** Household h's size after the moves planned so far. */
    private int size(int h) {
        int x = slot(h);
        return cells[x] == h ? cells[x + 1] : homes.size(h);
    }

    /** Records household h's size before the month's weddings (read on the workers), if not yet touched. */
    private void seen(int h, int before) {
        int x = slot(h);
        if (cells[x] != h) {
            claim(x, h, before);
        }
    }

    /** Sets household h's size now; returns its slot's first cell. */
    private int put(int h, int size) {
        int x = slot(h);
        if (cells[x] != h) {
            claim(x, h, size);
        }
        cells[x + 1] = size;
        return x;
    }

    private void claim(int x, int h, int size) {
        cells[x] = h;
        cells[x + 1] = size;
        cells[x + 2] = NONE;
        used.add(x);
    }

    /** The first cell of h's slot, or of the empty slot where it goes. */
    private int slot(int h) {
        int mask = cells.length / SLOT - 1;
        int s = (h * 0x9E3779B1) >>> shift;
        while (cells[SLOT * s] != NONE && cells[SLOT * s] != h) {
            s = (s + 1) & mask;
        }
        return SLOT * s;
    }

    /** Forgets last month's households, with room for {@code households} (the table at most half full). */
    private void clear(int households) {
        int slots = Math.max(64, 2 * households);
        if (cells.length < SLOT * slots) {
            int size = Integer.highestOneBit(slots - 1) << 1;
            shift = 32 - Integer.numberOfTrailingZeros(size);
            cells = new int[SLOT * size];
            for (int x = 0; x < cells.length; x += SLOT) {
                cells[x] = NONE;
            }
        } else {
            for (int k = 0; k < used.size(); k++) {
                cells[used.get(k)] = NONE;
            }
        }
        used.clear();
    }
}

package org.corvee.model.state;

import java.util.Arrays;
import org.corvee.engine.RandomStreams;

/**
 * Ties formed at worksites abroad and carried home by returnees (X2, OD8; switch
 * {@code mechanism.x2_worksite_ties}). Co-workers come from every province and class, so these
 * ties cross the local network's boundaries — the seed comment's hypothesis that mixing regions
 * and classes at worksites spreads news of disparity faster at home. When a worker comes home,
 * they keep {@code network.worksite_ties} co-workers drawn from their worksite's last roster
 * (both ends hold the tie); word of mouth then runs over these ties as over local ones.
 *
 * <p>Held apart from the local network (only returnees and their co-workers have entries), so
 * with the switch off the network is exactly the one built at the start.
 *
 * <p>Layout: word of mouth looks a speaker up every month, so the lookup is one probe of an
 * open-addressing table whose slot holds the row and where its ties lie (a boxed map cost four
 * dependent cache misses per speaker, issue 15); each holder's ties lie together in one pool, in
 * the order they were formed, and a list that outgrows its room moves to the pool's end with
 * twice the room. A handle ({@link #find}) stays valid until the next tie is formed.
 */
public final class WorksiteTies {
    /** Ints per table slot: the row (or {@link #EMPTY}), its list's start in the pool, size, room. */
    private static final int SLOT = 4;
    private static final int EMPTY = -1;
    private static final int FIRST_ROOM = 4;

    private int[] table = emptyTable(1024);
    private int mask = 1024 - 1;
    private int holders;
    private int[] pool = new int[4096];
    private int poolUsed;
    private long stream;

    /** Sets the random stream of the co-worker draws (once, when the simulation is built). */
    public void useStream(long stream) {
        this.stream = stream;
    }

    /** A handle on the co-worker ties of person {@code i} for {@link #size} and {@link #mate}; -1 if none. */
    public int find(int i) {
        int[] t = table;
        for (int at = slotOf(i); ; at = (at + 1) & mask) {
            int row = t[at * SLOT];
            if (row == i) {
                return at;
            }
            if (row == EMPTY) {
                return -1;
            }
        }
    }

    /** Number of ties of the holder found as {@code handle}. */
    public int size(int handle) {
        return table[handle * SLOT + 2];
    }

    /** The {@code k}-th tie (a row) of the holder found as {@code handle}, in the order formed. */
    public int mate(int handle, int k) {
        return pool[table[handle * SLOT + 1] + k];
    }

    /** Number of persons holding at least one worksite tie. */
    public int holders() {
        return holders;
    }

    /**
     * Person {@code i}, coming home from worksite (d, w), keeps up to {@code count} co-workers of
     * the last roster ({@link Worksites#group}), drawn with replacement (duplicates and self skipped).
     */
    public void formAt(Worksites sites, int i, int d, int w, int count, int month) {
        int from = sites.from(d, w);
        int n = sites.to(d, w) - from;
        if (n <= 1 || count <= 0) {
            return;
        }
        for (int x = 0; x < count; x++) {
            int j = sites.member(from + RandomStreams.below(stream, i, month, x, n));
            if (j != i && !holds(i, j)) {
                add(i, j);
                add(j, i);
            }
        }
    }

    /**
     * Reads the table slots that {@link #formAt} with the same arguments will probe first (the
     * holder's and each co-worker's drawn), to bring them into cache ahead of it: the rows are
     * scattered over a large table, so a block of homecomings loaded first has its misses in
     * flight together. Writes nothing; returns a meaningless mix.
     */
    public long load(Worksites sites, int i, int d, int w, int count, int month) {
        int from = sites.from(d, w);
        int n = sites.to(d, w) - from;
        if (n <= 1 || count <= 0) {
            return 0;
        }
        int[] t = table;
        long bits = t[slotOf(i) * SLOT];
        for (int x = 0; x < count; x++) {
            bits += t[slotOf(sites.member(from + RandomStreams.below(stream, i, month, x, n))) * SLOT];
        }
        return bits;
    }

    /** True if {@code i} already has a tie to {@code j}. */
    private boolean holds(int i, int j) {
        int h = find(i);
        if (h < 0) {
            return false;
        }
        int start = table[h * SLOT + 1];
        int end = start + table[h * SLOT + 2];
        for (int k = start; k < end; k++) {
            if (pool[k] == j) {
                return true;
            }
        }
        return false;
    }

    /** Appends {@code j} to {@code i}'s ties (making i a holder at its first). */
    private void add(int i, int j) {
        int h = find(i);
        if (h < 0) {
            h = insert(i);
        }
        int base = h * SLOT;
        int size = table[base + 2];
        if (size == table[base + 3]) {
            int room = size == 0 ? FIRST_ROOM : 2 * size;
            int start = reserve(room);
            System.arraycopy(pool, table[base + 1], pool, start, size);
            table[base + 1] = start;
            table[base + 3] = room;
        }
        pool[table[base + 1] + size] = j;
        table[base + 2] = size + 1;
    }

    /** Room for {@code n} ints at the pool's end; returns where it starts. */
    private int reserve(int n) {
        if (poolUsed + n > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolUsed + n));
        }
        int start = poolUsed;
        poolUsed += n;
        return start;
    }

    /** Adds row {@code i} (not yet present) with an empty list; returns its slot. */
    private int insert(int i) {
        if (2 * (holders + 1) > mask + 1) {
            grow();
        }
        int at = slotOf(i);
        while (table[at * SLOT] != EMPTY) {
            at = (at + 1) & mask;
        }
        table[at * SLOT] = i;
        holders++;
        return at;
    }

    /** Doubles the table (kept at most half full, so a probe rarely passes a second slot). */
    private void grow() {
        int[] old = table;
        table = emptyTable(2 * (mask + 1));
        mask = 2 * (mask + 1) - 1;
        for (int s = 0; s < old.length; s += SLOT) {
            if (old[s] != EMPTY) {
                int at = slotOf(old[s]);
                while (table[at * SLOT] != EMPTY) {
                    at = (at + 1) & mask;
                }
                System.arraycopy(old, s, table, at * SLOT, SLOT);
            }
        }
    }

    private int slotOf(int i) {
        return (i * 0x9E3779B9 >>> 7) & mask;
    }

    private static int[] emptyTable(int slots) {
        int[] t = new int[slots * SLOT];
        for (int s = 0; s < t.length; s += SLOT) {
            t[s] = EMPTY;
        }
        return t;
    }
}

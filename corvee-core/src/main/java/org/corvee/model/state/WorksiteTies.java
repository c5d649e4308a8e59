package org.corvee.model.state;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.corvee.engine.IntList;
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
 */
public final class WorksiteTies {
    private final Map<Integer, IntList> ties = new HashMap<>();
    /** Holders of a tie: most speakers hold none, and a bit answers that without a map lookup. */
    private final BitSet held = new BitSet();
    private long stream;

    /** Sets the random stream of the co-worker draws (once, when the simulation is built). */
    public void useStream(long stream) {
        this.stream = stream;
    }

    /** Co-worker ties of person {@code i} (null if none). */
    public IntList of(int i) {
        return held.get(i) ? ties.get(i) : null;
    }

    /** Number of persons holding at least one worksite tie. */
    public int holders() {
        return ties.size();
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
        // i's list is looked up once (made at its first tie); each new tie then costs one lookup, j's.
        IntList mine = of(i);
        for (int x = 0; x < count; x++) {
            int j = sites.member(from + RandomStreams.below(stream, i, month, x, n));
            if (j != i && !contains(mine, j)) {
                if (mine == null) {
                    mine = list(i);
                }
                mine.add(j);
                list(j).add(i);
            }
        }
    }

    private static boolean contains(IntList l, int j) {
        if (l == null) {
            return false;
        }
        for (int k = 0; k < l.size(); k++) {
            if (l.get(k) == j) {
                return true;
            }
        }
        return false;
    }

    private IntList list(int i) {
        held.set(i);
        return ties.computeIfAbsent(i, k -> new IntList(4));
    }
}

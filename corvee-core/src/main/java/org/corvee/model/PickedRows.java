package org.corvee.model;

import org.corvee.engine.GeometricSkips;
import org.corvee.engine.IntList;
import org.corvee.model.people.Population;

/**
 * Loads the columns the demography's checks read at rows picked by geometric gaps ({@link Births},
 * {@link Marriages}) before the checks run. The picks are scattered through the table, so each
 * column read is a cache miss; in this short loop without branches the misses of many picks are
 * in flight at once, where the checks (branches on the values) wait for them one pick at a time.
 * The same technique as the application round's candidates; nothing is written.
 */
final class PickedRows {
    private PickedRows() {
    }

    /**
     * Clears {@code picked} and fills it with the rows of {@code rows} that a Bernoulli draw at
     * {@code skips}' probability picks, by geometric gaps on stream {@code stream}, key {@code key}
     * (the birth-month list's month) and month {@code month}; returns the number picked.
     */
    static int pick(GeometricSkips skips, long stream, int key, int month, IntList rows, IntList picked) {
        picked.clear();
        return pick(skips, stream, key, month, rows, picked, null);
    }

    /**
     * As {@link #pick(GeometricSkips, long, int, int, IntList, IntList)}, but appends to
     * {@code picked} (not cleared) and, unless null, the picks' positions in {@code rows} to
     * {@code at} (ascending), for a caller that removes some of them after ({@link Marriages}).
     */
    static int pick(GeometricSkips skips, long stream, int key, int month, IntList rows, IntList picked, IntList at) {
        int n = rows.size();
        int d = 0;
        int before = picked.size();
        for (long t = skips.gap(stream, key, month, d++); t < n; t += 1L + skips.gap(stream, key, month, d++)) {
            picked.add(rows.get((int) t));
            if (at != null) {
                at.add((int) t);
            }
        }
        return picked.size() - before;
    }

    /** Reads birth, sex, status, posting, flags and province at each row of {@code rows}; returns a meaningless mix. */
    static long touch(Population pop, IntList rows) {
        return touch(pop, rows, 0);
    }

    /** As {@link #touch(Population, IntList)}, the rows from index {@code from} of {@code rows}. */
    static long touch(Population pop, IntList rows, int from) {
        long bits = 0;
        for (int k = from; k < rows.size(); k++) {
            int i = rows.get(k);
            bits += pop.birth[i] ^ pop.sex[i] ^ pop.status[i] ^ pop.posting[i] ^ pop.flags[i] ^ pop.province[i];
        }
        return bits;
    }

    /**
     * As {@link #touch(Population, IntList, int)}, and the household column too: a marriage's
     * bride or groom (most picks) reads it next ({@link MarriagePicks}).
     */
    static long touchWithHomes(Population pop, IntList rows, int from) {
        long bits = 0;
        for (int k = from; k < rows.size(); k++) {
            int i = rows.get(k);
            bits += pop.birth[i] ^ pop.sex[i] ^ pop.status[i] ^ pop.posting[i] ^ pop.flags[i] ^ pop.province[i]
                    ^ pop.household[i];
        }
        return bits;
    }
}

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
        int n = rows.size();
        int d = 0;
        picked.clear();
        for (long t = skips.gap(stream, key, month, d++); t < n; t += 1L + skips.gap(stream, key, month, d++)) {
            picked.add(rows.get((int) t));
        }
        return picked.size();
    }

    /** Reads birth, sex, status, posting, flags and province at each row of {@code rows}; returns a meaningless mix. */
    static long touch(Population pop, IntList rows) {
        long bits = 0;
        for (int k = 0; k < rows.size(); k++) {
            int i = rows.get(k);
            bits += pop.birth[i] ^ pop.sex[i] ^ pop.status[i] ^ pop.posting[i] ^ pop.flags[i] ^ pop.province[i];
        }
        return bits;
    }
}

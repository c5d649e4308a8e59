package org.corvee.model.beliefs;

import org.corvee.model.people.Households;

/**
 * Walks several households' chains of members side by side, a member of each per round, for
 * the loads alone: a speaker's turn walks its household one dependent load after another
 * ({@link Households#next}), each a cache miss when the members' rows lie apart, whereas the
 * loads of one round here are independent and overlap. Word of mouth and its replay over the
 * history walk a block of speakers' chains so before their turns. Reads only.
 */
final class HouseholdChains {
    private HouseholdChains() {
    }

    /**
     * Walks the chains starting at {@code chains[0..n)} (first members, or {@link Households#NONE})
     * to their ends, overwriting the array; returns the number of members passed.
     */
    static int walk(Households homes, int[] chains, int n) {
        int passed = 0;
        for (boolean more = n > 0; more; ) {
            more = false;
            for (int c = 0; c < n; c++) {
                if (chains[c] != Households.NONE) {
                    chains[c] = homes.next(chains[c]);
                    passed++;
                    more = true;
                }
            }
        }
        return passed;
    }
}

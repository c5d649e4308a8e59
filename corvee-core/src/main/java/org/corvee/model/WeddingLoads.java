package org.corvee.model;

import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.WatchLedger;

/**
 * Loads the cache lines that a batch of weddings will touch ({@link Weddings}), before the weddings
 * are made, as {@link HomeRowLoads} does for births and deaths. A wedding unlinks the bride (and a
 * groom who founds a household) from their households and links them into the couple's, settles
 * their family watch, and walks a household's members when its youngest changes (a bride younger
 * than everyone in the groom's household, or the youngest leaving hers). The rows and the members
 * lie apart in tables far larger than the cache, so each of these accesses is a miss; here they
 * are made in loops without branches on the values, so that the misses of a batch are in flight
 * together. Nothing is written, so the results are the same as without the loads.
 */
final class WeddingLoads {
    /** Weddings per batch. */
    static final int BATCH = 64;

    private WeddingLoads() {
    }

    /**
     * Loads the lines of the weddings of couples [from, to) ({@code brides[k]}, {@code grooms[k]},
     * their household {@code home[k]}); {@code families} and {@code watch} may be null; {@code chains}
     * is scratch of at least twice the batch. Returns a meaningless mix.
     */
    static long of(Population pop, FamilyTies families, WatchLedger watch, int[] brides, int[] grooms, int[] home,
                   int from, int to, int[] chains) {
        Households homes = pop.households;
        long mix = 0;
        for (int k = from; k < to; k++) {
            int b = brides[k];
            int g = grooms[k];
            mix += pop.household[b] + pop.birth[b] + pop.flags[b] + homes.next(b) + homes.previous(b);
            mix += pop.household[g] + pop.birth[g] + pop.flags[g] + homes.next(g) + homes.previous(g);
        }
        // the households' cells, the neighbours' links that the moves rewrite, the rows' copies
        for (int k = from; k < to; k++) {
            int b = brides[k];
            int g = grooms[k];
            int h = home[k];
            int bh = pop.household[b];
            int gh = pop.household[g];
            mix += homes.size(bh) + homes.first(bh) + homes.last(bh) + homes.size(h) + homes.last(h)
                    + homes.size(gh) + homes.first(gh) + homes.last(gh);
            mix += homes.next(Math.max(0, homes.previous(b))) + homes.previous(Math.max(0, homes.next(b)))
                    + homes.next(Math.max(0, homes.previous(g))) + homes.previous(Math.max(0, homes.next(g)))
                    + homes.next(Math.max(0, homes.last(h)));
            if (families != null) {
                mix += families.load(b, bh) + families.load(g, gh) + families.load(b, h);
            }
            if (watch != null) {
                mix += watch.load(b, bh) + watch.load(g, gh) + watch.load(b, h);
            }
        }
        if (families == null) {
            return mix;
        }
        // the members' copies that a change of youngest rewrites: the bride's household if she was
        // its youngest, the couple's if she becomes its youngest (the values loaded just above)
        int c = 0;
        for (int k = from; k < to; k++) {
            int b = brides[k];
            int h = home[k];
            int bh = pop.household[b];
            if (pop.birth[b] >= families.youngestBirth(bh)) {
                chains[c++] = homes.first(bh);
            }
            if (pop.birth[b] > families.youngestBirth(h)) {
                chains[c++] = homes.first(h);
            }
        }
        mix += families.loadMembers(pop, chains, c);
        return mix;
    }
}

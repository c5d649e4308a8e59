package org.corvee.model;

import org.corvee.model.people.FamilyTies;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.WatchLedger;

/**
 * Loads the cache lines that a batch of births or deaths at home will touch ({@link DemographyPhase}),
 * before the births or deaths are made. A birth writes some thirty columns at its row, links the
 * row into the mother's household and walks the household's members to rewrite their copies
 * ({@link FamilyTies#born}); a death reads and clears a row and unlinks it. The rows lie apart in
 * the table and each household's members lie apart too, so at full scale every one of these
 * accesses is a cache (and TLB) miss, and the serial code, which branches on what it reads,
 * waits for them one at a time. These loops have no branch on the values: the misses of a whole
 * batch are in flight together, and the births or deaths then run in the same order as before on
 * lines in cache. Nothing is written, so the results are the same as without the loads.
 */
final class HomeRowLoads {
    /** Births or deaths per batch: their lines (some forty per birth) stay in the core's cache between the loads and the work. */
    static final int BATCH = 128;

    private HomeRowLoads() {
    }

    /**
     * Loads the lines of births into {@code rows[0..n)}, the child of row {@code at[k]}'s household
     * born into row {@code rows[k]} ({@code at[k]}: the mother, or the deceased the child replaces;
     * {@code families} and {@code watch} may be null); {@code chains} is scratch of at least
     * {@code n}. Returns a meaningless mix.
     */
    static long births(Population pop, FamilyTies families, WatchLedger watch, int[] at, int[] rows, int n,
                       int[] chains) {
        Households homes = pop.households;
        long mix = 0;
        // the households' cells depend on the household column: loaded in this first round
        for (int k = 0; k < n; k++) {
            int a = at[k];
            mix += pop.household[a] + pop.province[a] + pop.urban[a] + pop.songbun[a] + pop.flags[a];
            int i = rows[k];
            mix += pop.province[i] + pop.urban[i] + pop.songbun[i] + pop.flags[i] + pop.household[i]
                    + homes.next(i) + homes.previous(i) + pop.sex[i] + pop.birth[i] + pop.death[i]
                    + pop.loyalty[i] + pop.status[i] + pop.destination[i] + pop.due[i] + pop.departed[i]
                    + pop.heard[i] + pop.returned[i] + pop.posting[i] + pop.cohort[i] + pop.worksite[i]
                    + pop.memory.load(i);
            mix += Float.floatToRawIntBits(pop.belief[i]) + Float.floatToRawIntBits(pop.confidence[i])
                    + Float.floatToRawIntBits(pop.savings[i]) + Float.floatToRawIntBits(pop.debt[i])
                    + Float.floatToRawIntBits(pop.kept[i]) + Float.floatToRawIntBits(pop.resentment[i])
                    + Float.floatToRawIntBits(pop.risk[i]);
        }
        for (int k = 0; k < n; k++) {
            int h = pop.household[at[k]];
            int i = rows[k];
            mix += homes.last(h) + homes.size(h);
            chains[k] = homes.first(h);
            if (families != null) {
                mix += families.load(i, h);
            }
            if (watch != null) {
                mix += watch.load(i, h);
            }
        }
        // the members' copies that the newborn's walk rewrites (and the last member's link)
        if (families != null) {
            mix += families.loadMembers(pop, chains, n);
        }
        return mix;
    }

    /** Loads the lines of the deaths of rows {@code dead[from..to)} ({@code families} may be null). Returns a meaningless mix. */
    static long deaths(Population pop, FamilyTies families, int[] dead, int from, int to) {
        Households homes = pop.households;
        long mix = 0;
        for (int k = from; k < to; k++) {
            int i = dead[k];
            mix += pop.province[i] + pop.status[i] + pop.heard[i] + pop.birth[i] + pop.loyalty[i]
                    + pop.household[i] + homes.next(i) + homes.previous(i) + pop.destination[i] + pop.death[i]
                    + pop.returned[i] + pop.posting[i] + pop.flags[i];
            mix += Float.floatToRawIntBits(pop.belief[i]) + Float.floatToRawIntBits(pop.risk[i]);
        }
        // the household's cells and the neighbours' links that the unlinking rewrites
        for (int k = from; k < to; k++) {
            int i = dead[k];
            int h = pop.household[i];
            mix += homes.first(h) + homes.last(h) + homes.size(h)
                    + homes.next(Math.max(0, homes.previous(i))) + homes.previous(Math.max(0, homes.next(i)));
            if (families != null) {
                mix += families.load(i, h);
            }
        }
        return mix;
    }
}

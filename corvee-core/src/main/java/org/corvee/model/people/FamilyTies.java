package org.corvee.model.people;

import java.util.Arrays;

/**
 * Who has family at home (OD3, OD6): the birth month of each household's youngest member, so
 * "a child left behind" is one array read per person. A child is any household member at
 * least {@code dispatch.child_min_gap} years younger than the applicant (a son or daughter by
 * assumption), whatever their age now. Membership is {@link Households}; the demography (X1)
 * tells this index when a household gains a member ({@link #born}), loses one ({@link #left})
 * or changes otherwise ({@link #changed}).
 *
 * <p>The youngest birth is also copied onto every member's row ({@code youngestOfRow}), so the
 * application round, which visits every twelfth row, reads one short per row rather than the
 * household id (an int) and then the household's cell: half the memory it streams for this
 * test. The number of other members is read from the household's count: only the round's few
 * candidates read it, and a copy on the rows had to be rewritten at every birth, death and move.
 *
 * <p>Why the copies are rewritten only when the youngest changes: the members of a household are
 * scattered through the table once people are born into vacant rows and marry, so each step of a
 * walk over them is a cache miss. A newborn is the youngest (one walk); a death or a move walks
 * the household only if the one who left was its youngest (an infant, a bride leaving her
 * parents), else nothing is rewritten.
 */
public final class FamilyTies {
    private short[] youngestBirth;
    private final short[] youngestOfRow;

    public FamilyTies(Population pop) {
        int n = pop.households.count();
        youngestBirth = new short[n];
        youngestOfRow = new short[pop.size];
        for (int h = 0; h < n; h++) {
            refresh(pop, h);
        }
    }

    /** Finds household {@code h}'s youngest again and rewrites its members' copies. */
    private void refresh(Population pop, int h) {
        ensure(h);
        write(pop, h, youngestOf(pop, h));
    }

    /** The latest birth among household {@code h}'s members ({@link Short#MIN_VALUE} if none). */
    private static short youngestOf(Population pop, int h) {
        Households homes = pop.households;
        short y = Short.MIN_VALUE;
        for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
            y = (short) Math.max(y, pop.birth[i]);
        }
        return y;
    }

    /**
     * Makes room for the households of ids below {@code households}, so that {@link #born} and
     * {@link #left} then write only their household's cells and its members' copies (callers on
     * several threads, each on its own households: the demography).
     */
    public void cover(int households) {
        if (households > 0) {
            ensure(households - 1);
        }
    }

    private void ensure(int h) {
        if (h >= youngestBirth.length) {
            int old = youngestBirth.length;
            youngestBirth = Arrays.copyOf(youngestBirth, Math.max(h + 1, old + (old >> 1) + 16));
            Arrays.fill(youngestBirth, old, youngestBirth.length, Short.MIN_VALUE);
        }
    }

    /** Sets household {@code h}'s youngest birth to {@code y} and rewrites its members' copies. */
    private void write(Population pop, int h, short y) {
        Households homes = pop.households;
        youngestBirth[h] = y;
        for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
            youngestOfRow[i] = y;
        }
    }

    /** True if person {@code i} leaves a household member at least {@code gapMonths} younger at home. */
    public boolean leavesChild(Population pop, int i, int gapMonths) {
        return youngestOfRow[i] >= pop.birth[i] + gapMonths;
    }

    /** Other members of person {@code i}'s household. */
    public int others(Population pop, int i) {
        return pop.households.size(pop.household[i]) - 1;
    }

    /**
     * True if person {@code i}'s household holds a child of theirs (at least {@code gapMonths}
     * younger) born after {@code bornAfter} (a birth-column value): a young child at home.
     */
    public boolean youngChild(Population pop, int i, int gapMonths, int bornAfter) {
        int y = youngestOfRow[i];
        return y >= pop.birth[i] + gapMonths && y > bornAfter;
    }

    /**
     * Person {@code i} was just born into (or joined) their household (X1), or row {@code i}'s
     * birth was just set to a later month in place (a birth replacing a death).
     */
    public void born(Population pop, int i) {
        // The household's youngest was kept through every change before this join, so the
        // newcomer can only replace it; the members' copies are rewritten only if it does.
        int h = pop.household[i];
        ensure(h);
        short kept = youngestBirth[h];
        short y = (short) Math.max(kept, pop.birth[i]);
        if (y != kept) {
            write(pop, h, y);
        } else {
            youngestOfRow[i] = y;
        }
    }

    /**
     * A member born in month {@code birth} (birth encoding) has just left household {@code h}
     * (a death, a move; {@link Households#leave} done): the household's youngest is found again
     * only if the leaver was it.
     */
    public void left(Population pop, int h, int birth) {
        ensure(h);
        if (pop.households.size(h) == 0) {
            youngestBirth[h] = Short.MIN_VALUE;
        } else if (birth >= youngestBirth[h]) {
            short y = youngestOf(pop, h);
            if (y != youngestBirth[h]) {
                write(pop, h, y);
            }
        }
    }

    /** Household {@code h} changed otherwise (X1): its youngest is found again and every copy rewritten. */
    public void changed(Population pop, int h) {
        refresh(pop, h);
    }

    /**
     * Reads the cells that {@link #born} or {@link #left} will touch for row {@code i} in
     * household {@code h} (its copy, the household's youngest), to bring them into cache ahead of
     * the update; returns a meaningless mix.
     */
    public long load(int i, int h) {
        return youngestOfRow[i] + (h < youngestBirth.length ? youngestBirth[h] : 0);
    }

    /**
     * Walks the members of several households side by side, one member of each per round, for
     * the loads alone: the walk that {@link #born} makes to rewrite the copies is a chain of
     * dependent loads (each member's next), one cache miss after another when the members lie
     * apart; here the loads of one round are independent and overlap. {@code chains[0..n)} hold
     * the households' first members (or {@link Households#NONE}) and are overwritten. Returns a
     * meaningless mix of the copies read.
     */
    public long loadMembers(Population pop, int[] chains, int n) {
        Households homes = pop.households;
        long mix = 0;
        for (boolean more = n > 0; more; ) {
            more = false;
            for (int c = 0; c < n; c++) {
                int j = chains[c];
                if (j != Households.NONE) {
                    mix += youngestOfRow[j];
                    chains[c] = homes.next(j);
                    more = true;
                }
            }
        }
        return mix;
    }

    /** Household {@code h}'s youngest birth ({@link Short#MIN_VALUE} if empty or not covered yet). */
    public short youngestBirth(int h) {
        return h < youngestBirth.length ? youngestBirth[h] : Short.MIN_VALUE;
    }

    /** Row {@code i}'s copy of its household's youngest birth (for checks: the copies are this index's state). */
    public short youngestCopy(int i) {
        return youngestOfRow[i];
    }

    /** True if person {@code i} has anyone else in the household. */
    public boolean hasFamily(Population pop, int i) {
        return pop.households.size(pop.household[i]) > 1;
    }
}

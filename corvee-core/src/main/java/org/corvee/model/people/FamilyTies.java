package org.corvee.model.people;

import java.util.Arrays;

/**
 * Who has family at home (OD3, OD6): the birth month of each household's youngest member, so
 * "a child left behind" is one array read per person. A child is any household member at
 * least {@code dispatch.child_min_gap} years younger than the applicant (a son or daughter by
 * assumption), whatever their age now. Membership is {@link Households}; the demography (X1)
 * tells this index when a household gains a member ({@link #born}) or loses or changes one
 * ({@link #changed}).
 *
 * <p>The youngest birth is also copied onto every member's row ({@code youngestOfRow}), so the
 * application round, which visits every twelfth row, reads one short per row rather than the
 * household id (an int) and then the household's cell: half the memory it streams for this
 * test. The number of other members is copied onto the rows too (a byte, capped at 127: a row
 * holding 127 reads the household's count), so an applicant's decision reads one column where
 * it read the household id and then the household's size, two cache misses. A change of a
 * household rewrites the copies of its few rows.
 */
public final class FamilyTies {
    private static final int CAP = Byte.MAX_VALUE;
    private short[] youngestBirth;
    private final short[] youngestOfRow;
    private final byte[] othersOfRow;

    public FamilyTies(Population pop) {
        int n = pop.households.count();
        youngestBirth = new short[n];
        youngestOfRow = new short[pop.size];
        othersOfRow = new byte[pop.size];
        for (int h = 0; h < n; h++) {
            refresh(pop, h);
        }
    }

    /** Finds household {@code h}'s youngest again and rewrites its members' copies. */
    private void refresh(Population pop, int h) {
        ensure(h);
        Households homes = pop.households;
        short y = Short.MIN_VALUE;
        for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
            y = (short) Math.max(y, pop.birth[i]);
        }
        write(pop, h, y);
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
        byte others = (byte) Math.min(CAP, homes.size(h) - 1);
        for (int i = homes.first(h); i != Households.NONE; i = homes.next(i)) {
            youngestOfRow[i] = y;
            othersOfRow[i] = others;
        }
    }

    /** True if person {@code i} leaves a household member at least {@code gapMonths} younger at home. */
    public boolean leavesChild(Population pop, int i, int gapMonths) {
        return youngestOfRow[i] >= pop.birth[i] + gapMonths;
    }

    /** Other members of person {@code i}'s household. */
    public int others(Population pop, int i) {
        int k = othersOfRow[i];
        return k < CAP ? k : pop.households.size(pop.household[i]) - 1;
    }

    /**
     * True if person {@code i}'s household holds a child of theirs (at least {@code gapMonths}
     * younger) born after {@code bornAfter} (a birth-column value): a young child at home.
     */
    public boolean youngChild(Population pop, int i, int gapMonths, int bornAfter) {
        int y = youngestOfRow[i];
        return y >= pop.birth[i] + gapMonths && y > bornAfter;
    }

    /** Person {@code i} was just born into (or joined) their household (X1). */
    public void born(Population pop, int i) {
        // The household's youngest was kept through every change before this join, so the
        // newcomer can only replace it: one walk over the members (the copies) instead of two
        // (members are scattered once people marry and move).
        int h = pop.household[i];
        ensure(h);
        write(pop, h, (short) Math.max(youngestBirth[h], pop.birth[i]));
    }

    /** Household {@code h} lost a member or changed otherwise (X1): its youngest is found again. */
    public void changed(Population pop, int h) {
        refresh(pop, h);
    }

    /** True if person {@code i} has anyone else in the household. */
    public boolean hasFamily(Population pop, int i) {
        return pop.households.size(pop.household[i]) > 1;
    }
}

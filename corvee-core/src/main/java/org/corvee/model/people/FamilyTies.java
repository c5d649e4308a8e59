package org.corvee.model.people;

import java.util.Arrays;

/**
 * Who has family at home (OD3, OD6): the birth month of each household's youngest member, so
 * "a child left behind" is one array read per person. A child is any household member at
 * least {@code dispatch.child_min_gap} years younger than the applicant (a son or daughter by
 * assumption), whatever their age now. Households keep their rows; a birth (X1) replaces a
 * deceased member in place and updates the household's youngest ({@link #born}).
 *
 * <p>The youngest birth is also copied onto every member's row ({@code youngestOfRow}), so the
 * application round, which visits every twelfth row, reads one short per row rather than the
 * household id (an int) and then the household's cell: half the memory it streams for this
 * test. A birth rewrites the copies of its household's few rows. The number of other members is
 * copied onto the rows too (a byte; households keep their size), so an applicant's decision reads
 * one column where it read the household id and then the household's size, two cache misses.
 */
public final class FamilyTies {
    private final short[] youngestBirth;
    private final short[] youngestOfRow;
    /** Household size − 1 on each row, when every household has under 128 members (else null). */
    private final byte[] othersOfRow;
    private final int[] size;

    public FamilyTies(Population pop) {
        int n = pop.households();
        youngestBirth = new short[n];
        youngestOfRow = new short[pop.size];
        size = new int[n];
        int largest = 0;
        for (int h = 0; h < n; h++) {
            short y = Short.MIN_VALUE;
            for (int i = pop.householdStart[h]; i < pop.householdStart[h + 1]; i++) {
                y = (short) Math.max(y, pop.birth[i]);
            }
            youngestBirth[h] = y;
            size[h] = pop.householdStart[h + 1] - pop.householdStart[h];
            Arrays.fill(youngestOfRow, pop.householdStart[h], pop.householdStart[h + 1], y);
            largest = Math.max(largest, size[h]);
        }
        if (largest <= Byte.MAX_VALUE + 1) {
            othersOfRow = new byte[pop.size];
            for (int h = 0; h < n; h++) {
                Arrays.fill(othersOfRow, pop.householdStart[h], pop.householdStart[h + 1], (byte) (size[h] - 1));
            }
        } else {
            othersOfRow = null;
        }
    }

    /** True if person {@code i} leaves a household member at least {@code gapMonths} younger at home. */
    public boolean leavesChild(Population pop, int i, int gapMonths) {
        return youngestOfRow[i] >= pop.birth[i] + gapMonths;
    }

    /** Other members of person {@code i}'s household. */
    public int others(Population pop, int i) {
        return othersOfRow != null ? othersOfRow[i] : size[pop.household[i]] - 1;
    }

    /**
     * True if person {@code i}'s household holds a child of theirs (at least {@code gapMonths}
     * younger) born after {@code bornAfter} (a birth-column value): a young child at home.
     */
    public boolean youngChild(Population pop, int i, int gapMonths, int bornAfter) {
        int y = youngestOfRow[i];
        return y >= pop.birth[i] + gapMonths && y > bornAfter;
    }

    /** Person {@code i} was just born (X1): the household's youngest member now. */
    public void born(Population pop, int i) {
        int h = pop.household[i];
        short y = (short) Math.max(youngestBirth[h], pop.birth[i]);
        if (y != youngestBirth[h]) {
            youngestBirth[h] = y;
            Arrays.fill(youngestOfRow, pop.householdStart[h], pop.householdStart[h + 1], y);
        }
    }

    /** True if person {@code i} has anyone else in the household. */
    public boolean hasFamily(Population pop, int i) {
        return size[pop.household[i]] > 1;
    }
}

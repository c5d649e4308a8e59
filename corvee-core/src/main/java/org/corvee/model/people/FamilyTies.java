package org.corvee.model.people;


/**
 * Who has family at home (OD3, OD6): the birth month of each household's youngest member, so
 * "a child left behind" is one array read per person. The population has no births, so a
 * child is any household member at least {@code dispatch.child_min_gap} years younger than the
 * applicant (a son or daughter by assumption), whatever their age now; households do not
 * change during a run, so this is built once.
 */
public final class FamilyTies {
    private final short[] youngestBirth;
    private final int[] size;

    public FamilyTies(Population pop) {
        int n = pop.households();
        youngestBirth = new short[n];
        size = new int[n];
        for (int h = 0; h < n; h++) {
            short y = Short.MIN_VALUE;
            for (int i = pop.householdStart[h]; i < pop.householdStart[h + 1]; i++) {
                y = (short) Math.max(y, pop.birth[i]);
            }
            youngestBirth[h] = y;
            size[h] = pop.householdStart[h + 1] - pop.householdStart[h];
        }
    }

    /** True if person {@code i} leaves a household member at least {@code gapMonths} younger at home. */
    public boolean leavesChild(Population pop, int i, int gapMonths) {
        return youngestBirth[pop.household[i]] >= pop.birth[i] + gapMonths;
    }

    /** Other members of person {@code i}'s household. */
    public int others(Population pop, int i) {
        return size[pop.household[i]] - 1;
    }

    /**
     * True if person {@code i}'s household holds a child of theirs (at least {@code gapMonths}
     * younger) born after {@code bornAfter} (a birth-column value): a young child at home.
     */
    public boolean youngChild(Population pop, int i, int gapMonths, int bornAfter) {
        int y = youngestBirth[pop.household[i]];
        return y >= pop.birth[i] + gapMonths && y > bornAfter;
    }

    /** True if person {@code i} has anyone else in the household. */
    public boolean hasFamily(Population pop, int i) {
        return size[pop.household[i]] > 1;
    }
}

package org.corvee.model.world;


/**
 * Where a person stands in the overseas-dispatch process; stored as a byte per person.
 *
 * <p>Every person has exactly one status, so status counts always add up to the population.
 */
public final class Status {
    /** At home, not in any process. */
    public static final byte HOME = 0;
    /** Applied this month, waiting for the selection decision. */
    public static final byte APPLICANT = 1;
    /** Selected, bribe paid, waiting for screening to finish and to depart. */
    public static final byte SCREENING = 2;
    /** Working abroad under contract. */
    public static final byte ABROAD = 3;

    /** Died abroad (OD5); permanent. */
    public static final byte DEAD = 4;
    /** Defected abroad (OD6); permanent, out of reach of the state. */
    public static final byte DEFECTED = 5;

    /**
     * In military service (X1): not at home, so neither applying, drawn for a posting, hearing
     * nor telling; back to {@link #HOME} at discharge. Coded after the permanent statuses so the
     * codes above keep their meaning in stored results.
     */
    public static final byte SERVICE = 6;

    /** Number of status codes. */
    public static final int COUNT = 7;

    /**
     * Not a person's status: a row of the person table that holds nobody (X1 fertility) — one
     * who died at home, or a spare row not yet used by a birth. Outside {@link #COUNT}, so no
     * count or output has a place for it; the census skips such rows, and every rule that
     * selects by status passes over them.
     */
    public static final byte VACANT = 7;

    private static final String[] NAMES = {"home", "applicant", "screening", "abroad", "dead", "defected", "service"};

    private Status() {
    }

    /** Names, indexed by code. */
    public static java.util.List<String> names() {
        return java.util.List.of(NAMES);
    }
}

package org.corvee.model.world;


/** Bits of {@link org.corvee.model.people.Population#flags}. */
public final class PersonFlags {
    /** A member of the household defected (OD7): punished, barred by the no-defector rule (OD3). */
    public static final int DEFECTOR_FAMILY = 1;
    /** Sent abroad as a soldier-labourer (OD4, T13) on the current or last contract. */
    public static final int SOLDIER = 2;
    /** Abroad past the contract end because the border is closed (OD11, T12); cleared at departure. */
    public static final int STRANDED = 4;
    /** Entered the host on a student or trainee visa (OD11 channel), not a work permit. */
    public static final int STUDENT_VISA = 8;
    /** Entered the host on another visa (OD11 channel), not a work permit. */
    public static final int OTHER_VISA = 16;
    /**
     * Perceived risk (OD7) may be above zero: set with every addition to the risk column, cleared
     * with it at a birth. The application round reads and decays the risk column only for rows
     * with this bit, so it does not stream a float column of which most rows hold zero.
     */
    public static final int AT_RISK = 32;
    /**
     * Married (X1): the head and the spouse of a household when the world is built, and both
     * partners of a marriage during the run. Ever married: a widow or widower keeps the mark.
     */
    public static final int MARRIED = 64;
    /**
     * Kept past the contract end by a host that keeps its non-complying workers (OD11): present
     * without a valid work permit (on another visa or unreported); cleared at departure.
     */
    public static final int KEPT = 128; // the byte's top bit: read with a mask, never compared as a number

    private PersonFlags() {
    }
}

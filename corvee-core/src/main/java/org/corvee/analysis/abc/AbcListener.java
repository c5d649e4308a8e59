package org.corvee.analysis.abc;


/** Hears how a calibration advances (for progress bars and logs); every method is optional. */
public interface AbcListener {
    /** Does nothing. */
    AbcListener NONE = new AbcListener() { };

    /** Generation {@code t} begins with tolerance {@code epsilon}. */
    default void started(int t, double epsilon) {
    }

    /** {@code accepted} of {@code wanted} particles found after {@code runs} runs of generation {@code t}. */
    default void progress(int t, int accepted, int wanted, int runs) {
    }

    /** {@code runs} model runs of generation {@code t} are finished (called after each run). */
    default void ran(int t, int runs) {
    }

    /** Generation {@code g} is complete and checkpointed. */
    default void finished(Generation g) {
    }
}

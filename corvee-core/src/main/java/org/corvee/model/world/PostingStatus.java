package org.corvee.model.world;


/**
 * Where a person stands in the hardship-postings channel; stored as a byte per person in
 * {@code Population.posting}, beside (and independent of) the dispatch {@code Status}.
 *
 * <p>A person is assigned at most once: any code other than {@link #NONE} excludes them from
 * later cohorts.
 */
public final class PostingStatus {
    /** Never assigned. */
    public static final byte NONE = 0;
    /** Working at a site. */
    public static final byte ON_SITE = 1;
    /** Assigned but never arrived (DP1 show-up). */
    public static final byte NO_SHOW = 2;
    /** Left before the term ended. */
    public static final byte LEFT_EARLY = 3;
    /** Left at term end. */
    public static final byte LEFT_AT_TERM = 4;

    private PostingStatus() {
    }

    /** The code of a person who left for {@code reason}. */
    public static byte leftFor(LeaveReason reason) {
        return switch (reason) {
            case ESCAPE -> LEFT_EARLY;
            case TERM_END -> LEFT_AT_TERM;
        };
    }
}

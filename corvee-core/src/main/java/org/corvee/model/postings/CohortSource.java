package org.corvee.model.postings;

/** Where a cohort's members come from (DP1, DP8). */
public enum CohortSource {
    /** A yearly wave of discharged soldiers, group-assigned. */
    DISCHARGE,
    /** A yearly youth "volunteer" quota of the provinces. */
    VOLUNTEER,
    /** Volunteers sent to fill a site's gap (DP8). */
    REPLACEMENT;

    /** Lower-case id used in outputs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

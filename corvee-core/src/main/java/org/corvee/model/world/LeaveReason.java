package org.corvee.model.world;


/** Why a worker left a site (DP6). */
public enum LeaveReason {
    /** Left before the term ended (the monthly exit hazard): "escape". */
    ESCAPE,
    /** Left when the term ended (DP4). */
    TERM_END,
    /** Selected for work abroad (the overseas channel took the worker). */
    OVERSEAS;

    /** Lower-case id used in outputs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

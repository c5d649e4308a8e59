package org.corvee.model.world;


/** Why a worker left a site (DP6). */
public enum LeaveReason {
    /** Left before the term ended (the monthly exit hazard): "escape". */
    ESCAPE("left before the term ends"),
    /** Left when the term ended (DP4). */
    TERM_END("left at term end"),
    /** Selected for work abroad (the overseas channel took the worker). */
    OVERSEAS("selected for work abroad");

    private final String label;

    LeaveReason(String label) {
        this.label = label;
    }

    /** Words for charts and tables. */
    public String label() {
        return label;
    }

    /** Lower-case id used in outputs. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.corvee.model.world;

/**
 * Why a worker left a site (DP4, DP6). There is no "left for abroad": workers on site are not
 * released for work abroad (the application rule, OD3, leaves them out).
 */
public enum LeaveReason {
    /** Left before the term ended (the monthly exit hazard): "escape". */
    ESCAPE("left before the term ends"),
    /** Left when the term ended (DP4). */
    TERM_END("left at term end");

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

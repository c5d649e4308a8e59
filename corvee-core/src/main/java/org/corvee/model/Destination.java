package org.corvee.model;

/**
 * A host country of overseas dispatch (OD1). The first slice has two; parameters for each are
 * keyed {@code destination.<id>.*} in the scenario.
 */
public enum Destination {
    RUSSIA("russia", "Russia"),
    CHINA("china", "China");

    private final String id;
    private final String label;

    Destination(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Scenario key. */
    public String id() {
        return id;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }
}

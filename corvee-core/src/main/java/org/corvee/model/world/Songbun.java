package org.corvee.model.world;


/**
 * The inherited political class. Shares are uncertain (commonly 25–30% core, 45–55% wavering,
 * 20–27% hostile; MODEL.md) and are scenario parameters.
 */
public enum Songbun {
    CORE("core"), WAVERING("wavering"), HOSTILE("hostile");

    private final String id;

    Songbun(String id) {
        this.id = id;
    }

    /** Scenario key. */
    public String id() {
        return id;
    }
}

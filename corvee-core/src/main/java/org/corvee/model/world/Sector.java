package org.corvee.model.world;


/**
 * The kind of work at a worksite abroad (OD1). Parameters are keyed {@code sector.<id>.*}:
 * a wage factor on the host's gross wage, working hours and a hazard factor on the host's
 * injury and death rates.
 */
public enum Sector {
    LOGGING("logging"),
    CONSTRUCTION("construction"),
    GARMENT("garment"),
    SEAFOOD("seafood"),
    RESTAURANT("restaurant"),
    SHIPYARD("shipyard");

    private final String id;

    Sector(String id) {
        this.id = id;
    }

    /** Scenario key. */
    public String id() {
        return id;
    }
}

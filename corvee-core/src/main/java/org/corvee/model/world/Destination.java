package org.corvee.model.world;

import java.util.List;

/**
 * A host country of overseas dispatch (OD1). Parameters for each are keyed
 * {@code destination.<id>.*} in the scenario; the lower-case id is also the output dimension
 * key ({@code destination=russia}). Each host has one or more sectors; a worker's sector is the
 * sector of the worksite they are assigned to ({@link org.corvee.model.state.Worksites}), so host × sector is the unit
 * of wage, hours and hazard.
 */
public enum Destination {
    RUSSIA("russia", "Russia", List.of(Sector.LOGGING, Sector.CONSTRUCTION)),
    CHINA("china", "China", List.of(Sector.GARMENT, Sector.SEAFOOD, Sector.RESTAURANT)),
    POLAND("poland", "Poland", List.of(Sector.SHIPYARD)),
    QATAR("qatar", "Qatar", List.of(Sector.CONSTRUCTION)),
    KUWAIT("kuwait", "Kuwait", List.of(Sector.CONSTRUCTION)),
    MONGOLIA("mongolia", "Mongolia", List.of(Sector.CONSTRUCTION));

    private final String id;
    private final String label;
    private final List<Sector> sectors;

    Destination(String id, String label, List<Sector> sectors) {
        this.id = id;
        this.label = label;
        this.sectors = sectors;
    }

    /** Scenario key. */
    public String id() {
        return id;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** The sectors of this host; worksite w has sector {@code sectors().get(w % size)}. */
    public List<Sector> sectors() {
        return sectors;
    }
}

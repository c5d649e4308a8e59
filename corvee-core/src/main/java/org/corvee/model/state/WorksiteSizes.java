package org.corvee.model.state;

import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.SectorKeys;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Sector;

/**
 * Places at a new worksite by host and sector (OD6): {@code sector.<s>.worksite_size} persons,
 * or the host's {@code destination.<id>.worksite_size} where the sector gives 0; in agents at
 * the run's scale, max(1, round(persons × scale)).
 */
public final class WorksiteSizes {
    private final Parameters p;
    private final double scale;

    public WorksiteSizes(Parameters p, double scale) {
        this.p = p;
        this.scale = scale;
    }

    /**
     * The sector of worksite {@code w} of {@code d}: the host's sectors in turn (the same rule as
     * {@code org.corvee.model.terms.SectorTerms#sectorOf}, which the pay and hazard phases use).
     */
    public static Sector sectorOf(Destination d, int w) {
        return d.sectors().get(Math.floorMod(w, d.sectors().size()));
    }

    /** Places in persons at a worksite of sector {@code s} at host {@code d}. */
    public int persons(Destination d, Sector s) {
        int own = p.getInt(SectorKeys.of(s.id()).worksiteSize);
        return Math.max(1, own > 0 ? own : p.getInt(DestinationKeys.of(d.id()).worksiteSize));
    }

    /** Places in agents at the run's scale (at least one). */
    public int agents(Destination d, Sector s) {
        return (int) Math.max(1, Math.round(persons(d, s) * scale));
    }
}

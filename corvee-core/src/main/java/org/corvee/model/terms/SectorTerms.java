package org.corvee.model.terms;

import org.corvee.model.params.Parameters;
import org.corvee.model.params.SectorKeys;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Sector;

/**
 * The terms of a sector (OD1, OD5), keyed {@code sector.<id>.*}.
 *
 * @param wageFactor   gross wage relative to the host's gross wage
 * @param hours        working hours per week
 * @param hazardFactor multiplier on the host's injury and death rates
 */
public record SectorTerms(double wageFactor, double hours, double hazardFactor) {
    /** Terms of sector {@code s} under {@code p}. */
    public static SectorTerms of(Sector s, Parameters p) {
        SectorKeys k = SectorKeys.of(s.id());
        return new SectorTerms(p.get(k.wageFactor), p.get(k.hours), p.get(k.hazardFactor));
    }

    /** The sector of worksite {@code w} of destination {@code d}. */
    public static Sector sectorOf(Destination d, int w) {
        return d.sectors().get(Math.floorMod(w, d.sectors().size()));
    }
}

package org.corvee.model.terms;

import org.corvee.engine.MonthClock;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PostingsKeys;
import org.corvee.model.params.SiteKeys;
import org.corvee.model.world.Site;

/**
 * One site's parameters as agents see them in a month (DP2, DP3): target headcount and planned
 * flats converted to agents at the run's scale, conditions, and the block-building schedule.
 *
 * <p>Blocks of {@code postings.block_units} flats (the last one smaller) are finished evenly
 * over {@code build_years} from January of {@code build_start_year}: block k (0-based) of B is
 * finished in month {@code start + floor(k × buildMonths / B)}.
 */
public record SiteTerms(Site site, int targetAgents, double work, double living, double plannedUnits,
                        int buildStart, int buildMonths, double blockUnits, double scale) {

    /** The terms of {@code site} under {@code p}. */
    public static SiteTerms of(Site site, Parameters p, MonthClock clock, double scale) {
        SiteKeys k = SiteKeys.of(site.id());
        return new SiteTerms(site, (int) Math.round(p.get(k.target) * scale), p.get(k.workHardship),
                p.get(k.livingHardship), p.get(k.housingUnits),
                clock.indexOf(p.getInt(k.buildStartYear), 1),
                Math.max(1, (int) Math.round(p.get(k.buildYears) * 12)), p.get(PostingsKeys.BLOCK_UNITS), scale);
    }

    /** Flats finished by the end of month {@code m}, in agents (real flats × scale, rounded). */
    public int unitsBuiltBy(int m) {
        if (plannedUnits <= 0 || m < buildStart) {
            return 0;
        }
        long blocks = (long) Math.ceil(plannedUnits / blockUnits);
        long done = Math.min(blocks, ceilDiv((long) (m - buildStart + 1) * blocks, buildMonths));
        double real = Math.min(plannedUnits, done * blockUnits);
        return (int) Math.round(real * scale);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}

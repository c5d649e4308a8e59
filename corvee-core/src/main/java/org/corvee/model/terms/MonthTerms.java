package org.corvee.model.terms;

import org.corvee.engine.MonthClock;
import org.corvee.model.params.Parameters;
import org.corvee.model.policy.HostPolicy;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Site;

/**
 * Everything a month derives from the parameters in force: each destination's terms (at the
 * run's scale and at full scale), each sector's and site's terms, the posting rules and the host
 * policy. Built once per month in one place ({@code World.terms(m)}) and read by every phase,
 * so no phase rebuilds them and all phases of a month see the same terms.
 */
public final class MonthTerms {
    private final int month;
    private final Parameters parameters;
    private final HostPolicy hostPolicy;
    private final DestinationTerms[] destinations;
    private final DestinationTerms[] fullScale;
    private final SectorTerms[] sectors;
    private final SiteTerms[] sites;
    private final PostingRules postingRules;

    private MonthTerms(int month, Parameters p, MonthClock clock, double scale) {
        this.month = month;
        this.parameters = p;
        this.hostPolicy = HostPolicy.of(p, month);
        Destination[] ds = Destination.values();
        this.destinations = new DestinationTerms[ds.length];
        this.fullScale = new DestinationTerms[ds.length];
        for (Destination d : ds) {
            destinations[d.ordinal()] = DestinationTerms.of(d, p, month, scale);
            fullScale[d.ordinal()] = DestinationTerms.of(d, p, month, 1.0);
        }
        this.sectors = new SectorTerms[Sector.values().length];
        for (Sector s : Sector.values()) {
            sectors[s.ordinal()] = SectorTerms.of(s, p);
        }
        this.sites = new SiteTerms[Site.values().length];
        for (Site s : Site.values()) {
            sites[s.ordinal()] = SiteTerms.of(s, p, clock, scale);
        }
        this.postingRules = new PostingRules(p);
    }

    /** The terms of month {@code m} under the parameters {@code p} in force, for a run at {@code scale}. */
    public static MonthTerms of(Parameters p, int m, MonthClock clock, double scale) {
        return new MonthTerms(m, p, clock, scale);
    }

    /** True if these are the terms of month {@code m} under exactly the parameters {@code p}. */
    public boolean isFor(int m, Parameters p) {
        return month == m && parameters == p;
    }

    /** The month index these terms belong to. */
    public int month() {
        return month;
    }

    /** The host policy of the month (OD11). */
    public HostPolicy hostPolicy() {
        return hostPolicy;
    }

    /** The terms of {@code d} at the run's scale. */
    public DestinationTerms destination(Destination d) {
        return destinations[d.ordinal()];
    }

    /** The terms of the destination with ordinal {@code d} at the run's scale. */
    public DestinationTerms destination(int d) {
        return destinations[d];
    }

    /** The terms of {@code d} at full scale (slots in persons), for weights that must not depend on the scale. */
    public DestinationTerms destinationAtFullScale(Destination d) {
        return fullScale[d.ordinal()];
    }

    /** The terms of sector {@code s}. */
    public SectorTerms sector(Sector s) {
        return sectors[s.ordinal()];
    }

    /** The terms of site {@code s}. */
    public SiteTerms site(Site s) {
        return sites[s.ordinal()];
    }

    /** The rules of life at the sites (DP3-DP7). */
    public PostingRules postingRules() {
        return postingRules;
    }
}

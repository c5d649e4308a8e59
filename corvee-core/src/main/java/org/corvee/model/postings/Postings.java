package org.corvee.model.postings;

import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.IntList;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.Population;
import org.corvee.model.world.Province;
import org.corvee.model.world.Site;

/**
 * The state of the hardship-postings channel that its phases share: every cohort ever formed
 * (in formation order), the indices of those with someone still on site, each site's flats,
 * its live headcount (agents) and the month of its latest cohort, and the distance table.
 *
 * <p>Invariant: {@code headcount[s]} = Σ onSite of the cohorts of site s. Phases walk only the
 * active cohorts' member lists, never the population.
 */
public final class Postings {
    private final List<Cohort> cohorts = new ArrayList<>();
    /** Indices into {@link #cohorts} with someone on site, in formation order. */
    final IntList active = new IntList();
    final HousingStock[] housing = new HousingStock[Site.values().length];
    final int[] headcount = new int[Site.values().length];
    final int[] lastCohortMonth = new int[Site.values().length];
    /** Sessions held this month at each site (set by {@link SiteLifePhase}). */
    final double[] sessions = new double[Site.values().length];
    final double[][] kilometres = new double[Site.values().length][Province.values().length];
    final AssigneePool pool;
    /** Soldiers and the latest spring discharge wave (X1, DP1). */
    final ServiceRoster service = new ServiceRoster();

    /** The channel's state at the start, its index of candidates made on {@code ranges}' workers ({@link AssigneePool}). */
    public Postings(Population pop, MonthClock clock, ParallelRanges ranges) {
        for (Site s : Site.values()) {
            housing[s.ordinal()] = new HousingStock();
            for (Province p : Province.values()) {
                kilometres[s.ordinal()][p.ordinal()] = s.kilometresFrom(p);
            }
        }
        pool = new AssigneePool(pop, clock, ranges);
    }

    /** Every cohort formed so far, in formation order (cohort id = index). */
    public List<Cohort> cohorts() {
        return java.util.Collections.unmodifiableList(cohorts);
    }

    /** The flats of {@code site}. */
    public HousingStock housing(Site site) {
        return housing[site.ordinal()];
    }

    /** Workers on site now (agents). */
    public int headcount(Site site) {
        return headcount[site.ordinal()];
    }

    void add(Cohort c) {
        cohorts.add(c);
        headcount[c.site.ordinal()] += c.arrived();
        lastCohortMonth[c.site.ordinal()] = c.start;
        if (c.arrived() > 0) {
            active.add(c.id);
        }
    }

    Cohort cohort(int id) {
        return cohorts.get(id);
    }

    /**
     * Members of the active cohorts (on site or not): the rows the per-member posting phases
     * visit each month, for the bench's touched share.
     */
    long activeMembers() {
        long n = 0;
        for (int k = 0; k < active.size(); k++) {
            n += cohorts.get(active.get(k)).members.length;
        }
        return n;
    }

    /** Drops cohorts with nobody left on site from the active list (keeps order). */
    void compact() {
        int kept = 0;
        for (int k = 0; k < active.size(); k++) {
            int id = active.get(k);
            if (cohorts.get(id).onSite > 0) {
                active.set(kept++, id);
            }
        }
        active.truncate(kept);
    }
}

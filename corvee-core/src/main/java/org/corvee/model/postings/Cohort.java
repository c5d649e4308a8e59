package org.corvee.model.postings;

import org.corvee.model.world.Site;

/**
 * One cohort (DP1): persons assigned together to one site, welcomed at one ceremony (its start
 * month, which is also the arrival month of those who show up). Holds the per-member state of
 * the members who arrived, in parallel arrays indexed by member number, and the cohort's
 * retention table.
 *
 * <p>Invariants: {@code onSite} = number of members with the {@link #ON_SITE} flag;
 * {@code onSiteAfter[t]} is the number on site after t completed months (t = 0 is arrival, so
 * {@code onSiteAfter[0] = arrived()}); a member holds at most one flat ({@code unit} ≥ 0) and only
 * while on site.
 */
public final class Cohort {
    /** Flag: still at the site. */
    public static final byte ON_SITE = 1;
    /** Flag: married at home (household head or spouse). */
    public static final byte MARRIED_HOME = 2;
    /** Flag: married at home and came alone; the family stayed in the city (DP5). */
    public static final byte SEPARATED = 4;
    /** Flag: married locally at the site (DP3). */
    public static final byte MARRIED_LOCAL = 8;
    /** Flag: lives in the allocated flat. */
    public static final byte IN_FLAT = 16;

    public final int id;
    public final Site site;
    public final CohortSource source;
    /** Month index of the welcome ceremony and of arrival. */
    public final int start;
    /** Persons assigned (agents), including those who never showed up. */
    public final int assigned;
    /** Person ids of the members who arrived. */
    public final int[] members;
    public final byte[] flags;
    /** Resentment, 0..1 (X4). */
    public final float[] resentment;
    /** Counterfactual resentment had no session ever been held (DP7 attribution). */
    public final float[] resentmentWithoutSessions;
    /** Fear that children inherit the assignment, 0..1 (DP4). */
    public final float[] fear;
    /** Distance from home province seat, km (DP2). */
    public final float[] kilometres;
    /** Allocated flat (index in the site's housing stock) or -1. */
    public final int[] unit;
    /** On site after t completed months, t = 0 .. months left in the run. */
    public final int[] onSiteAfter;
    int onSite;

    Cohort(int id, Site site, CohortSource source, int start, int assigned, int[] members, int monthsLeft) {
        this.id = id;
        this.site = site;
        this.source = source;
        this.start = start;
        this.assigned = assigned;
        this.members = members;
        int n = members.length;
        flags = new byte[n];
        resentment = new float[n];
        resentmentWithoutSessions = new float[n];
        fear = new float[n];
        kilometres = new float[n];
        unit = new int[n];
        java.util.Arrays.fill(unit, -1);
        onSiteAfter = new int[monthsLeft + 1];
        onSiteAfter[0] = n;
        onSite = n;
    }

    /** Members who arrived. */
    public int arrived() {
        return members.length;
    }

    /** Members still on site now. */
    public int onSite() {
        return onSite;
    }

    /** True if member k has flag f. */
    public boolean has(int k, byte f) {
        return (flags[k] & f) != 0;
    }

    void set(int k, byte f) {
        flags[k] |= f;
    }

    void clear(int k, byte f) {
        flags[k] &= (byte) ~f;
    }

    /** Share of arrivals on site after t completed months, or NaN if none arrived or t is beyond the run. */
    public double retention(int t) {
        if (members.length == 0 || t >= onSiteAfter.length) {
            return Double.NaN;
        }
        return (double) onSiteAfter[t] / members.length;
    }
}

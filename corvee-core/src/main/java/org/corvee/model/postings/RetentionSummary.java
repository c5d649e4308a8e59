package org.corvee.model.postings;

import java.util.List;

/**
 * Pooled retention over cohorts (DP8 output): of all members who arrived in cohorts that have
 * been observed for at least t completed months, the share still on site after t months.
 * Cohorts observed for less than t months are left out, so the figure is never diluted by
 * cohorts that have not had the time to leave.
 */
public final class RetentionSummary {
    private RetentionSummary() {
    }

    /** Pooled retention after t completed months, or NaN if no cohort with arrivals has reached t. */
    public static double pooled(List<Cohort> cohorts, int t) {
        long arrived = 0;
        long onSite = 0;
        for (Cohort c : cohorts) {
            if (c.arrived() > 0 && t < c.onSiteAfter.length) {
                arrived += c.arrived();
                onSite += c.onSiteAfter[t];
            }
        }
        return arrived == 0 ? Double.NaN : (double) onSite / arrived;
    }

    /** Show-up rate: arrivals / assigned over the cohorts of {@code source}, NaN if none assigned. */
    public static double showUp(List<Cohort> cohorts, CohortSource source) {
        long assigned = 0;
        long arrived = 0;
        for (Cohort c : cohorts) {
            if (c.source == source) {
                assigned += c.assigned;
                arrived += c.arrived();
            }
        }
        return assigned == 0 ? Double.NaN : (double) arrived / assigned;
    }
}

package org.corvee.run;

import java.util.List;
import org.corvee.engine.MonthClock;
import org.corvee.model.postings.Cohort;
import org.corvee.store.CohortSink;

/**
 * Feeds the postings' cohort retention tables to the results database: table
 * "posting_retention", row key "ceremony month site source #id", column key = months on site,
 * value = share of arrivals still on site (the same numbers as cohorts.csv).
 */
public final class CohortTables {
    private CohortTables() {
    }

    /** Sends every cohort's retention curve to {@code sink}. */
    public static void retention(List<Cohort> cohorts, MonthClock clock, CohortSink sink) throws Exception {
        for (Cohort c : cohorts) {
            if (c.arrived() == 0) {
                continue;
            }
            String row = clock.label(c.start) + " " + c.site.id() + " " + c.source.id() + " #" + c.id;
            for (int t = 0; t < c.onSiteAfter.length; t++) {
                sink.cell("posting_retention", row, Integer.toString(t), c.retention(t));
            }
        }
    }
}

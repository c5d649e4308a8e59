package org.corvee.model.postings;

import static org.corvee.engine.Accumulation.FLOW;
import static org.corvee.engine.Accumulation.SNAPSHOT;

import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.Dimension;
import org.corvee.engine.Metric;
import org.corvee.model.world.LeaveReason;
import org.corvee.model.world.Site;

/**
 * The monthly outputs of the hardship-postings channel (DP1-DP8, X6), registered once per run
 * in the same registry as the dispatch outputs, so they land in series.csv and in every
 * determinism comparison. Per-cohort retention tables are written separately (cohorts.csv).
 */
public final class PostingMetrics {
    /** Tenures (completed months since arrival) at which pooled retention is reported each month. */
    public static final int[] TENURES = {12, 24, 36};

    public static final Dimension SITE = of("site", Site.values().length, k -> Site.values()[k].id());
    public static final Dimension SOURCE = of("source", CohortSource.values().length,
            k -> CohortSource.values()[k].id());
    public static final Dimension REASON = of("reason", LeaveReason.values().length,
            k -> LeaveReason.values()[k].id());
    public static final Dimension INCENTIVE = new Dimension("incentive", List.of("housing", "aid", "matchmaking"));
    public static final Dimension TENURE = of("months_on_site", TENURES.length, k -> Integer.toString(TENURES[k]));

    /** Cell of {@link #cost} for housing, aid and matchmaking. */
    public static final int HOUSING = 0;
    public static final int AID = 1;
    public static final int MATCHMAKING = 2;

    public final Metric assigned;
    public final Metric arrivals;
    public final Metric noShows;
    public final Metric headcount;
    public final Metric target;
    public final Metric leavers;
    public final Metric built;
    public final Metric allocated;
    public final Metric occupied;
    public final Metric marriagesLocal;
    public final Metric marriagesArranged;
    public final Metric cost;
    public final Metric sessions;
    public final Metric resentmentSum;
    public final Metric resentmentWithoutSessionsSum;
    public final Metric sessionExtraLeavers;
    public final Metric retained;
    /** Persons welcomed (arrived) at the ceremonies of the last 36 months, by site (T2). */
    public final Metric welcomedRecently;
    /** Of those, persons still on site at month end, by site (T2). */
    public final Metric onSiteRecently;
    public final Metric reached;

    public PostingMetrics(CounterRegistry r) {
        assigned = r.persons("posting_assigned", "Persons assigned to a hardship site at a welcome ceremony (DP1)",
                FLOW, SITE, SOURCE);
        arrivals = r.persons("posting_arrivals", "Assigned persons who showed up (DP1)", FLOW, SITE, SOURCE);
        noShows = r.persons("posting_no_shows", "Assigned persons who never arrived (DP1)", FLOW, SITE, SOURCE);
        r.ratio("posting_show_up_rate", "share", "Arrivals / assigned, by site and source (DP1, T4)",
                arrivals, assigned);
        welcomedRecently = r.persons("posting_welcomed_3y", "Persons welcomed (arrived) at the ceremonies of the last"
                + " 36 months, this month's included (T2)", SNAPSHOT, SITE);
        onSiteRecently = r.persons("posting_on_site_3y", "Of the persons welcomed at the ceremonies of the last"
                + " 36 months, those still on site at month end (T2)", SNAPSHOT, SITE);
        headcount = r.persons("posting_headcount", "Workers on site at month end (DP8)", SNAPSHOT, SITE);
        target = r.persons("posting_target", "Target headcount (labour demand) of the site (DP2, DP8)",
                SNAPSHOT, SITE);
        r.ratio("posting_headcount_vs_target", "share", "Headcount / target (DP8)", headcount, target);
        leavers = r.persons("posting_leavers", "Workers leaving a site, by reason (DP4, DP6)", FLOW, SITE, REASON);
        built = r.register("housing_units_built", "flats", "Flats built so far (DP3)", SNAPSHOT, 1, true, SITE);
        allocated = r.register("housing_units_allocated", "flats", "Flats allocated to a worker on site (DP3)",
                SNAPSHOT, 1, true, SITE);
        occupied = r.register("housing_units_occupied", "flats", "Allocated flats actually lived in (DP3, DP6)",
                SNAPSHOT, 1, true, SITE);
        r.ratio("housing_occupancy", "share", "Occupied / built flats (DP6, T3)", occupied, built);
        marriagesLocal = r.persons("posting_marriages_local", "Workers marrying locally, arranged or not (DP3)",
                FLOW, SITE);
        marriagesArranged = r.persons("posting_marriages_arranged", "Local marriages arranged by the state (DP3)",
                FLOW, SITE);
        cost = r.dollars("posting_incentive_cost", "Cost of incentives to the state (DP3)", FLOW, SITE, INCENTIVE);
        sessions = r.register("posting_sessions", "sessions per month", "Ideological study sessions per month (DP7)",
                SNAPSHOT, 1000, false, SITE);
        resentmentSum = r.register("posting_resentment_sum", "resentment x agents",
                "Sum of workers' resentment at month end (X4)", SNAPSHOT, 1_000_000, false, SITE);
        r.ratio("posting_resentment_mean", "0-1", "Mean resentment of workers on site (X4, DP7)",
                resentmentSum, headcount);
        resentmentWithoutSessionsSum = r.register("posting_resentment_without_sessions_sum", "resentment x agents",
                "Sum of the resentment the same workers would have had with no session ever held (DP7)",
                SNAPSHOT, 1_000_000, false, SITE);
        r.ratio("posting_resentment_mean_without_sessions", "0-1",
                "Mean counterfactual resentment had no session been held (DP7 output)",
                resentmentWithoutSessionsSum, headcount);
        sessionExtraLeavers = r.register("posting_session_extra_leavers", "persons",
                "Expected leavers this month with the sessions minus without them (their resentment and compliance "
                        + "effects); negative if sessions keep workers (DP7 output)", FLOW, 1_000_000, true, SITE);
        retained = r.persons("posting_retained", "Members of the cohorts reaching this tenure this month still on site",
                SNAPSHOT, TENURE);
        reached = r.persons("posting_reached", "Arrivals of the cohorts reaching this tenure this month",
                SNAPSHOT, TENURE);
        r.ratio("posting_retention", "share", "Pooled retention of the cohorts reaching 12, 24, 36 months on site",
                retained, reached);
    }

    private static Dimension of(String name, int n, java.util.function.IntFunction<String> id) {
        List<String> values = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            values.add(id.apply(k));
        }
        return new Dimension(name, values);
    }
}

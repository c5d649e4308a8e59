package org.corvee.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.targets.Aggregation;
import org.corvee.analysis.targets.Selector;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.model.world.LeaveReason;
import org.corvee.model.world.Site;
import org.corvee.output.Html;

/**
 * Domestic hardship postings (DP1–DP8) when the runs have them; otherwise a plain note saying
 * they are not in this run.
 *
 * <p>What it shows: a summary table per run group (pooled retention after 12, 24 and 36 months,
 * show-up rates, housing occupancy — next to the reported T2–T4); retention by months on site
 * grouped by cohort source and by site (from the first run's cohort table, see
 * {@link CohortCurves}); housing occupancy; headcount against target; leavers by reason; the
 * cost of incentives; and the ideological sessions' effect (DP7): resentment with sessions
 * against the same workers' resentment had there been none. Charts by site, reason or incentive
 * draw the first group; the others compare groups.
 */
final class PostingsSection {
    /** Months on site drawn in the retention charts: the three-year term and two years more. */
    static final int RETENTION_MONTHS = 60;
    /** The sites' output keys, from the model's vocabulary (a new site is charted without a change here). */
    private static final List<String> SITES = Arrays.stream(Site.values()).map(Site::id).toList();

    private PostingsSection() {
    }

    /** The section body (table and charts, or the note). */
    static String html(List<ReportGroup> groups) {
        ReportGroup g0 = groups.get(0);
        if (!g0.has("posting_headcount")) {
            return "<p class=\"note\">Not in this run: the runs shown write no domestic-postings outputs (no "
                    + "<code>posting_*</code> series and no cohort tables), so retention curves by cohort and housing "
                    + "occupancy cannot be drawn (the postings mechanisms DP1–DP8 write them when they are switched "
                    + "on).</p>";
        }
        StringBuilder sb = new StringBuilder(summary(groups));
        Map<String, Map<String, Double>> table = g0.cohorts().get("posting_retention");
        if (table != null && !table.isEmpty()) {
            sb.append(figure(retention(table, CohortCurves.By.SOURCE, "by source")));
            sb.append(figure(retention(table, CohortCurves.By.SITE, "by site")));
        }
        SvgChart occ = new SvgChart("Housing occupancy", "occupied flats / flats built (DP3, DP6); T3: below 0.30",
                g0.months(), SvgChart.Kind.LINES);
        for (int g = 0; g < groups.size(); g++) {
            occ.add(groups.get(g).label() + " (all sites)", groups.get(g).ratioBand(sel("housing_units_occupied", null),
                    sel("housing_units_built", null)), Palette.colour(g), false);
        }
        for (int s = 0; s < SITES.size() && groups.size() == 1; s++) {
            occ.add(SITES.get(s), g0.ratioBand(sel("housing_units_occupied", SITES.get(s)),
                    sel("housing_units_built", SITES.get(s))), Palette.colour(s + 1), true);
        }
        sb.append(figure(occ.svg()));
        SvgChart flats = new SvgChart("Flats built, allocated and occupied", "flats, all sites (DP3); first group",
                g0.months(), SvgChart.Kind.LINES);
        flats.add("built", g0.band("housing_units_built", Map.of()), Palette.colour(0), false);
        flats.add("allocated", g0.band("housing_units_allocated", Map.of()), Palette.colour(1), false);
        flats.add("occupied", g0.band("housing_units_occupied", Map.of()), Palette.colour(2), false);
        sb.append(figure(flats.svg()));
        SvgChart head = new SvgChart("Headcount against target", "workers on site / target headcount, by site (DP8); "
                + "first group", g0.months(), SvgChart.Kind.LINES);
        for (int s = 0; s < SITES.size(); s++) {
            head.add(SITES.get(s), g0.ratioBand(sel("posting_headcount", SITES.get(s)), sel("posting_target",
                    SITES.get(s))), Palette.colour(s), false);
        }
        sb.append(figure(head.svg()));
        SvgChart leavers = new SvgChart("Leavers by reason", "persons per month, 12-month trailing mean (DP4, DP6); "
                + "first group", g0.months(), SvgChart.Kind.LINES);
        for (LeaveReason r : LeaveReason.values()) {
            leavers.add(r.label(), g0.band("posting_leavers", Map.of("reason", r.id()), 12),
                    Palette.colour(r.ordinal()), false);
        }
        sb.append(figure(leavers.svg()));
        SvgChart cost = new SvgChart("Cost of incentives to the state", "USD per month, 12-month trailing mean, "
                + "stacked (DP3); first group", g0.months(), SvgChart.Kind.STACKED);
        for (String[] r : new String[][] {{"housing", "housing"}, {"aid", "food and goods aid"},
                {"matchmaking", "matchmaking"}}) {
            cost.add(r[1], g0.band("posting_incentive_cost", Map.of("incentive", r[0]), 12));
        }
        sb.append(figure(cost.svg()));
        SvgChart dp7 = new SvgChart("Ideological sessions and resentment (DP7)", "mean resentment on site (0-1), 12-month "
                + "trailing mean; solid: with sessions, dashed: the same workers without them; first group",
                g0.months(), SvgChart.Kind.LINES);
        for (int s = 0; s < SITES.size(); s++) {
            dp7.add(SITES.get(s), g0.band("posting_resentment_mean", Map.of("site", SITES.get(s)), 12),
                    Palette.colour(s), false);
            dp7.add(SITES.get(s) + " without sessions", g0.band("posting_resentment_mean_without_sessions",
                    Map.of("site", SITES.get(s)), 12), Palette.colour(s), true);
        }
        sb.append(figure(dp7.svg()));
        return sb.toString();
    }

    private static String retention(Map<String, Map<String, Double>> table, CohortCurves.By by, String how) {
        SvgChart c = new SvgChart("Retention by months on site, " + how, "share of a cohort's arrivals still on site; "
                + "line: mean over cohorts, band: 5-95% of cohorts; T2: about 0.30 after 36 months; first run",
                CohortCurves.axis(RETENTION_MONTHS), SvgChart.Kind.LINES, false);
        for (Map.Entry<String, Band> e : CohortCurves.of(table, by, RETENTION_MONTHS).entrySet()) {
            c.add(e.getKey(), e.getValue());
        }
        return c.svg();
    }

    private static String summary(List<ReportGroup> groups) {
        StringBuilder sb = new StringBuilder("<table><tr><th>Group</th><th>Retention 12 months</th>"
                + "<th>24 months</th><th>36 months (T2: about 0.30)</th><th>Ex-soldiers' show-up (T4: about 0.33)</th>"
                + "<th>Volunteers' show-up</th><th>Housing occupancy (T3: below 0.30)</th></tr>\n");
        for (ReportGroup g : groups) {
            sb.append("<tr><td>").append(Html.escape(g.label())).append("</td>");
            for (String t : List.of("12", "24", "36")) {
                sb.append(cell(g, sel("posting_retained", "months_on_site", t), sel("posting_reached", "months_on_site",
                        t)));
            }
            sb.append(cell(g, sel("posting_arrivals", "source", "discharge"), sel("posting_assigned", "source",
                    "discharge")));
            sb.append(cell(g, sel("posting_arrivals", "source", "volunteer"), sel("posting_assigned", "source",
                    "volunteer")));
            sb.append(cell(g, sel("housing_units_occupied", null), sel("housing_units_built", null))).append("</tr>\n");
        }
        return sb.append("</table>\n<p class=\"note\">Pooled over the whole run and weighted by persons: retention is "
                + "the persons still on site when their cohort reaches 12, 24 or 36 months over those cohorts' arrivals; "
                + "show-up is arrivals over persons assigned; occupancy is the sum over months of occupied flats over the "
                + "sum of flats built. Mean over the group's replicates.</p>\n").toString();
    }

    /** Σ numerator / Σ denominator over all months (the targets' SHARE), averaged over the group's replicates. */
    private static String cell(ReportGroup g, Selector num, Selector den) {
        double sum = 0;
        int n = 0;
        for (SeriesTable t : g.series()) {
            TargetStatistic.Evaluation e = TargetStatistic.evaluate(num, den, Aggregation.SHARE, t.label(0),
                    t.label(t.monthCount() - 1), t);
            if (e.available() && Double.isFinite(e.value())) {
                sum += e.value();
                n++;
            }
        }
        return "<td class=\"num\">" + (n == 0 ? "–" : Fmt.num(sum / n)) + "</td>";
    }

    private static Selector sel(String metric, String site) {
        return site == null ? Selector.of(metric, Map.of()) : Selector.of(metric, Map.of("site", site));
    }

    private static Selector sel(String metric, String dimension, String value) {
        return Selector.of(metric, Map.of(dimension, value));
    }

    static String figure(String svg) {
        return "<figure>" + svg + "</figure>\n";
    }
}

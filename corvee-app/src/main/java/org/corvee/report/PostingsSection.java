package org.corvee.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.experiment.Selector;

/**
 * Domestic hardship postings (DP1–DP8): retention curves by cohort and housing occupancy, when
 * the runs have them; otherwise a plain note saying they are not in this run.
 *
 * <p>Detection: the postings series (housing_units_*, posting_*), and cohort tables (the database's
 * {@code cohorts}: table, row key = cohort, column key = months since assignment, value = share
 * still on the job). Occupancy is {@code housing_units_occupied / housing_units_built} when
 * both exist.
 */
final class PostingsSection {
    private PostingsSection() {
    }

    /** The section body (charts or the note). */
    static String html(List<ReportGroup> groups) {
        ReportGroup g0 = groups.get(0);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (Map.Entry<String, Map<String, Map<String, Double>>> t : g0.cohorts().entrySet()) {
            sb.append(figure(cohortChart(t.getKey(), t.getValue())));
            any = true;
        }
        if (g0.has("housing_units_occupied") && g0.has("housing_units_built")) {
            SvgChart c = new SvgChart("Housing occupancy", "occupied units / units built (DP3, DP6; T3: below 0.30)",
                    g0.months(), SvgChart.Kind.LINES);
            for (int g = 0; g < groups.size(); g++) {
                c.add(groups.get(g).label(), groups.get(g).ratioBand(Selector.of("housing_units_occupied", Map.of()),
                        Selector.of("housing_units_built", Map.of())), Palette.colour(g), false);
            }
            sb.append(figure(c.svg()));
            any = true;
        }
        List<String> others = new ArrayList<>();
        // Counts and money only: summing a ratio (retention, show-up) over its keys means nothing.
        for (String m : List.of("posting_headcount", "posting_target", "posting_arrivals", "posting_leavers",
                "posting_incentive_cost", "posting_sessions")) {
            if (g0.has(m)) {
                others.add(m);
            }
        }
        for (String m : others) {
            SvgChart c = new SvgChart(m, "as written by the run (sum over all keys)", g0.months(), SvgChart.Kind.LINES);
            for (int g = 0; g < groups.size(); g++) {
                c.add(groups.get(g).label(), groups.get(g).band(m, Map.of()), Palette.colour(g), false);
            }
            sb.append(figure(c.svg()));
            any = true;
        }
        if (!any) {
            return "<p class=\"note\">Not in this run: the runs shown write no domestic-postings outputs (no "
                    + "<code>posting_*</code> series and no cohort tables), so retention curves by cohort and housing "
                    + "occupancy cannot be drawn (the postings mechanisms DP1–DP8 write them when they are switched "
                    + "on).</p>";
        }
        return sb.toString();
    }

    private static String cohortChart(String table, Map<String, Map<String, Double>> rows) {
        List<String> columns = new ArrayList<>();
        for (Map<String, Double> r : rows.values()) {
            for (String c : r.keySet()) {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }
        }
        columns.sort((a, b) -> {
            try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        });
        SvgChart c = new SvgChart("Cohort table: " + table, "one line per cohort (row); x: column (e.g. months since "
                + "assignment), first run", columns, SvgChart.Kind.LINES, false);
        for (Map.Entry<String, Map<String, Double>> r : rows.entrySet()) {
            double[] v = new double[columns.size()];
            for (int i = 0; i < v.length; i++) {
                Double x = r.getValue().get(columns.get(i));
                v[i] = x == null ? Double.NaN : x;
            }
            c.add(r.getKey(), new Band(v, v, v, 1));
        }
        return c.svg();
    }

    static String figure(String svg) {
        return "<figure>" + svg + "</figure>\n";
    }
}

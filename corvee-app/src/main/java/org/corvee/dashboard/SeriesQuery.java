package org.corvee.dashboard;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corvee.analysis.targets.Selector;
import org.corvee.report.Band;
import org.corvee.report.ReportGroup;

/**
 * Which lines a chart wants from a batch: a metric summed over the cells matching {@code where},
 * optionally one line per value of a dimension ({@code by}), optionally divided month by month by
 * another selection ({@code over}, {@code overWhere}; the ratio is taken per replicate, as the
 * report does), optionally as a trailing mean over {@code window} months. Each line is the mean
 * over the batch's replicates with its 90% band (the report's {@link Band}).
 */
record SeriesQuery(String metric, Map<String, String> where, String by, int window, String over,
                   Map<String, String> overWhere) {

    /** One line of a chart. */
    record Line(String label, Band band) {
    }

    /** The query of a request's parameters. */
    static SeriesQuery of(Context ctx) {
        String by = ctx.queryParam("by");
        String over = ctx.queryParam("over");
        return new SeriesQuery(Query.required(ctx, "metric"), Query.where(ctx, "where"),
                by == null || by.isBlank() ? null : by.strip(), Query.integer(ctx, "window", 1, 1, 120),
                over == null || over.isBlank() ? null : over.strip(), Query.where(ctx, "overWhere"));
    }

    /** The lines of {@code g}; 400 if the batch does not write the metric. */
    List<Line> lines(ReportGroup g) {
        require(g, metric);
        if (over != null) {
            require(g, over);
        }
        List<Line> out = new ArrayList<>();
        if (by == null) {
            add(out, g, "total", where, overWhere);
            return out;
        }
        List<String> values = g.values(metric, by);
        if (values.isEmpty()) {
            throw ApiError.badRequest("metric " + metric + " has no dimension \"" + ProblemText.clip(by) + "\"");
        }
        for (String v : values) {
            Map<String, String> w = new TreeMap<>(where);
            w.put(by, v);
            Map<String, String> ow = new TreeMap<>(overWhere);
            ow.put(by, v);
            add(out, g, v, w, ow);
        }
        return out;
    }

    private void add(List<Line> out, ReportGroup g, String label, Map<String, String> w, Map<String, String> ow) {
        Band b = over == null ? g.band(metric, w, window)
                : g.ratioBand(Selector.of(metric, w), Selector.of(over, ow));
        if (b != null) {
            out.add(new Line(label, b));
        }
    }

    private static void require(ReportGroup g, String metric) {
        if (!g.has(metric)) {
            throw ApiError.badRequest("this run has no metric \"" + ProblemText.clip(metric)
                    + "\"; GET /api/runs/{id} lists its metrics");
        }
    }

    /** A line as JSON columns: label, mean, low, high (null where undefined). */
    static Map<String, Object> json(Line l) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("label", l.label());
        m.put("mean", Query.column(l.band().mean()));
        m.put("low", Query.column(l.band().low()));
        m.put("high", Query.column(l.band().high()));
        return m;
    }
}

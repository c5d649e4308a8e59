package org.corvee.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.TimelineEntry;
import org.corvee.report.Band;
import org.corvee.report.Comparison;
import org.corvee.report.ReportGroup;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;

/**
 * Two runs or batches side by side ({@code a} and {@code b} are run ids; each stands for its
 * batch): {@code GET /api/compare/series} overlays one chart's lines and gives B − A month by
 * month (on the months both have); {@code GET /api/compare} lists the parameters and timeline
 * entries that differ and the key outputs of {@code corvee compare} ({@link Comparison}).
 */
final class CompareApi {
    private final Batches batches;
    private final ParameterCatalog catalog;

    CompareApi(Batches batches, ParameterCatalog catalog) {
        this.batches = batches;
        this.catalog = catalog;
    }

    void routes(RoutesConfig r) {
        r.get("/api/compare", this::summary);
        r.get("/api/compare/series", this::series);
    }

    private void series(Context ctx) {
        long a = Query.requiredId(ctx, "a");
        long b = Query.requiredId(ctx, "b");
        SeriesQuery q = SeriesQuery.of(ctx);
        if (q.by() != null) {
            throw ApiError.badRequest("by: compare draws one line per run; leave it out");
        }
        ReportGroup ga = batches.group(a);
        ReportGroup gb = batches.group(b);
        Band ba = q.lines(ga).get(0).band();
        Band bb = q.lines(gb).get(0).band();
        List<String> months = new ArrayList<>(new TreeSet<>(ga.months()));
        months.retainAll(gb.months());
        double[][] av = align(ga.months(), ba, months);
        double[][] bv = align(gb.months(), bb, months);
        double[] diff = new double[months.size()];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = bv[0][i] - av[0][i];
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", q.metric());
        m.put("months", months);
        m.put("a", line(ga.label(), av));
        m.put("b", line(gb.label(), bv));
        m.put("difference", Query.column(diff));
        ctx.json(m);
    }

    /** Mean, low and high of {@code band} on {@code months} (a subset of {@code own}). */
    private static double[][] align(List<String> own, Band band, List<String> months) {
        double[][] out = new double[3][months.size()];
        for (int i = 0; i < months.size(); i++) {
            int k = own.indexOf(months.get(i));
            out[0][i] = band.mean()[k];
            out[1][i] = band.low()[k];
            out[2][i] = band.high()[k];
        }
        return out;
    }

    private static Map<String, Object> line(String label, double[][] v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("mean", Query.column(v[0]));
        m.put("low", Query.column(v[1]));
        m.put("high", Query.column(v[2]));
        return m;
    }

    private void summary(Context ctx) {
        long a = Query.requiredId(ctx, "a");
        long b = Query.requiredId(ctx, "b");
        ReportGroup ga = batches.group(a);
        ReportGroup gb = batches.group(b);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", ga.label());
        m.put("b", gb.label());
        Scenario sa = scenario(ga);
        Scenario sb = scenario(gb);
        List<Map<String, Object>> params = new ArrayList<>();
        if (sa != null && sb != null) {
            for (Map.Entry<String, Double> e : sa.parameters().asMap().entrySet()) {
                Double other = sb.parameters().asMap().get(e.getKey());
                if (other != null && !other.equals(e.getValue())) {
                    ParameterSpec spec = catalog.find(e.getKey());
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("key", e.getKey());
                    p.put("a", spec == null ? e.getValue().toString() : spec.format(e.getValue()));
                    p.put("b", spec == null ? other.toString() : spec.format(other));
                    p.put("unit", spec == null ? "" : spec.unit());
                    params.add(p);
                }
            }
            m.put("timelineA", timeline(sa));
            m.put("timelineB", timeline(sb));
        }
        m.put("parameters", params);
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (Comparison.Row row : Comparison.rows(ga, gb)) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", row.name());
            o.put("a", Query.value(row.meanA()));
            o.put("b", Query.value(row.meanB()));
            o.put("difference", Query.value(row.difference()));
            o.put("relative", Query.value(row.relative()));
            o.put("bandsOverlap", row.overlap());
            outputs.add(o);
        }
        m.put("outputs", outputs);
        ctx.json(m);
    }

    private Scenario scenario(ReportGroup g) {
        try {
            return new ScenarioLoader(catalog).parse("run", g.scenarioYaml().getBytes(StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            return null;
        }
    }

    private static List<String> timeline(Scenario s) {
        List<String> out = new ArrayList<>();
        for (TimelineEntry e : s.timeline().entries()) {
            out.add(e.date() + (e.event().isEmpty() ? "" : " " + e.event()) + ": " + e.set());
        }
        return out;
    }
}

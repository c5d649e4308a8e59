package org.corvee.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.analysis.validation.TargetCheck;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.report.ReportGroup;
import org.corvee.store.StoredRun;

/**
 * The stored runs: {@code GET /api/runs} (every run, newest first), {@code GET /api/runs/{id}}
 * (the run, its batch, resolved scenario, policy markers, metrics and validation table) and
 * {@code GET /api/runs/{id}/series} (a chart's columns over the batch).
 */
final class RunsApi {
    private final Batches batches;
    private final RunQueue queue;
    private final ParameterCatalog catalog;
    private final List<Target> targets;

    RunsApi(Batches batches, RunQueue queue, ParameterCatalog catalog, List<Target> targets) {
        this.batches = batches;
        this.queue = queue;
        this.catalog = catalog;
        this.targets = targets;
    }

    void routes(RoutesConfig r) {
        r.get("/api/runs", this::list);
        r.get("/api/runs/{id}", this::detail);
        r.get("/api/runs/{id}/series", this::series);
    }

    private void list(Context ctx) {
        Set<Long> live = queue.activeBatches();
        List<Map<String, Object>> out = new ArrayList<>();
        List<StoredRun> all = batches.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            out.add(row(all.get(i), live));
        }
        ctx.json(out);
    }

    static Map<String, Object> row(StoredRun r, Set<Long> liveBatches) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("batch", r.batch());
        m.put("replicate", r.replicate());
        m.put("scenario", r.scenario());
        m.put("hash", r.scenarioHash().substring(0, 12));
        m.put("seed", r.seed());
        m.put("scale", r.scale());
        m.put("started", r.started().toString());
        m.put("wallSeconds", r.wallSeconds());
        m.put("status", liveBatches.contains(r.batch()) ? r.status().text() : r.displayStatus(-1));
        m.put("message", r.message());
        m.put("program", r.programVersion());
        return m;
    }

    private void detail(Context ctx) {
        long id = Query.id(ctx, "id");
        StoredRun r = batches.run(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", row(r, queue.activeBatches()));
        String yaml = batches.scenarioYaml(id);
        m.put("scenarioYaml", yaml);
        m.put("markers", PolicyMarkers.of(yaml, catalog));
        ReportGroup g;
        try {
            g = batches.group(id);
        } catch (ApiError e) {
            m.put("results", false);
            m.put("note", e.getMessage());
            ctx.json(m);
            return;
        }
        m.put("results", true);
        m.put("label", g.label());
        List<Long> ids = new ArrayList<>();
        g.runs().forEach(x -> ids.add(x.id()));
        m.put("batchRuns", ids);
        m.put("months", g.months());
        m.put("metrics", metrics(g.series().get(0)));
        m.put("validation", validation(g));
        ctx.json(m);
    }

    /** Every metric with the dimensions its keys use. */
    private static Map<String, Set<String>> metrics(SeriesTable t) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String metric : t.metrics()) {
            Set<String> dims = new TreeSet<>();
            for (String key : t.keys(metric)) {
                for (String part : key.split(";")) {
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        dims.add(part.substring(0, eq));
                    }
                }
            }
            out.put(metric, dims);
        }
        return out;
    }

    /** The validation table (the report's targets and evaluator) as rows. */
    private Map<String, Object> validation(ReportGroup g) {
        List<TargetCheck> checks = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Target t : targets) {
            TargetCheck c = TargetCheck.of(t, g.series());
            checks.add(c);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", t.id());
            row.put("quantity", t.quantity());
            row.put("period", t.periodFrom().equals(t.periodTo()) ? t.periodFrom() : t.periodFrom() + "–" + t.periodTo());
            row.put("observed", t.observedText());
            row.put("available", c.available());
            row.put("missing", c.missing());
            row.put("simulated", c.hasValue() ? Query.value(c.simulated()) : null);
            row.put("low", c.hasValue() ? Query.value(c.bandLow()) : null);
            row.put("high", c.hasValue() ? Query.value(c.bandHigh()) : null);
            row.put("relativeError", c.hasValue() ? Query.value(c.relativeError()) : null);
            row.put("tolerance", t.tolerance());
            row.put("within", c.hasValue() && c.withinTolerance());
            row.put("source", t.source());
            rows.add(row);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ard", Query.value(TargetCheck.ard(checks)));
        m.put("rows", rows);
        return m;
    }

    private void series(Context ctx) {
        long id = Query.id(ctx, "id");
        SeriesQuery q = SeriesQuery.of(ctx);
        ReportGroup g = batches.group(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", id);
        m.put("metric", q.metric());
        m.put("replicates", g.runs().size());
        m.put("months", g.months());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SeriesQuery.Line l : q.lines(g)) {
            lines.add(SeriesQuery.json(l));
        }
        m.put("series", lines);
        ctx.json(m);
    }
}

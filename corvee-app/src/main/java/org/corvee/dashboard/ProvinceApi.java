package org.corvee.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corvee.model.world.Province;
import org.corvee.model.world.ProvinceSeat;
import org.corvee.report.ReportGroup;

/**
 * The provinces map: {@code GET /api/provinces} gives the ten provinces with the coordinates of
 * their seats as the model has them ({@link ProvinceSeat}); {@code GET /api/runs/{id}/provinces}
 * gives a {@link ProvinceMeasure} for every province and month of the run's batch.
 */
final class ProvinceApi {
    private final Batches batches;

    ProvinceApi(Batches batches) {
        this.batches = batches;
    }

    void routes(RoutesConfig r) {
        r.get("/api/provinces", this::seats);
        r.get("/api/runs/{id}/provinces", this::values);
    }

    private void seats(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Province p : Province.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("label", p.label());
            m.put("lat", ProvinceSeat.latitude(p));
            m.put("lon", ProvinceSeat.longitude(p));
            m.put("census2008", p.census2008());
            out.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("provinces", out);
        List<Map<String, String>> measures = new ArrayList<>();
        for (ProvinceMeasure pm : ProvinceMeasure.values()) {
            measures.add(Map.of("id", pm.id(), "label", pm.label(), "unit", pm.unit()));
        }
        m.put("measures", measures);
        ctx.json(m);
    }

    private void values(Context ctx) {
        long id = Query.id(ctx, "id");
        String which = ctx.queryParam("measure");
        ProvinceMeasure measure = ProvinceMeasure.byId(which == null ? "workers_abroad" : which.strip());
        ReportGroup g = batches.group(id);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Province p : Province.values()) {
            double[] v = measure.mean(g.series(), p.name().toLowerCase(Locale.ROOT));
            if (v == null) {
                throw ApiError.badRequest("run " + id + " does not write the series of " + measure.label());
            }
            values.put(p.id(), Query.column(v));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", id);
        m.put("measure", measure.id());
        m.put("label", measure.label());
        m.put("unit", measure.unit());
        m.put("replicates", g.runs().size());
        m.put("months", g.months());
        m.put("values", values);
        ctx.json(m);
    }
}

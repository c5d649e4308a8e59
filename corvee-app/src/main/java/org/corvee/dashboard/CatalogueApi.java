package org.corvee.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.ParameterType;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;
import org.corvee.scenario.BundledScenarios;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;

/**
 * What the new-run form is generated from: {@code GET /api/parameters} (the parameter catalogue:
 * section, unit, range, source, default, meaning; the {@code mechanism} section holds the
 * switches), {@code GET /api/scenarios} (the bundled scenarios) and
 * {@code GET /api/scenarios/{name}} (one resolved: every value and its timeline, the form's
 * starting point).
 */
final class CatalogueApi {
    private final ParameterCatalog catalog;
    private final ScenarioLoader loader;

    CatalogueApi(ParameterCatalog catalog) {
        this.catalog = catalog;
        this.loader = new ScenarioLoader(catalog);
    }

    void routes(RoutesConfig r) {
        r.get("/api/parameters", this::parameters);
        r.get("/api/scenarios", this::scenarios);
        r.get("/api/scenarios/{name}", this::scenario);
    }

    private void parameters(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParameterSpec s : catalog.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", s.key());
            m.put("section", section(s.key()));
            m.put("type", s.type().name().toLowerCase(java.util.Locale.ROOT));
            m.put("default", s.type() == ParameterType.BOOLEAN ? (Object) (s.defaultValue() != 0) : s.defaultValue());
            m.put("unit", s.unit());
            m.put("min", s.min() == -Double.MAX_VALUE ? null : s.min());
            m.put("max", s.max() == Double.MAX_VALUE ? null : s.max());
            m.put("range", s.rangeText());
            m.put("source", s.source());
            m.put("doc", s.doc());
            m.put("fixedAtStart", Timeline.fixedAtStart(s.key()));
            out.add(m);
        }
        ctx.json(out);
    }

    /** The form section of a key: its first part, or two for per-destination, sector and site keys. */
    static String section(String key) {
        String[] parts = key.split("\\.");
        if (parts.length > 2 && (parts[0].equals("destination") || parts[0].equals("sector")
                || parts[0].equals("site"))) {
            return parts[0] + "." + parts[1];
        }
        return parts[0];
    }

    private void scenarios(Context ctx) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String name : BundledScenarios.names()) {
            out.add(Map.of("name", name, "summary", BundledScenarios.summary(name)));
        }
        ctx.json(out);
    }

    private void scenario(Context ctx) {
        String name = ctx.pathParam("name");
        if (!BundledScenarios.names().contains(name)) {
            throw ApiError.notFound("no bundled scenario named \"" + ProblemText.clip(name) + "\"");
        }
        Scenario s;
        try {
            s = loader.bundled(name);
        } catch (ScenarioException e) {
            throw ApiError.notFound("bundled scenario " + name + " does not load with this build: "
                    + e.problems().get(0));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        s.parameters().asMap().forEach((k, v) -> {
            ParameterSpec spec = catalog.find(k);
            values.put(k, spec != null && spec.type() == ParameterType.BOOLEAN ? (Object) (v != 0) : v);
        });
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (TimelineEntry e : s.timeline().entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date());
            m.put("event", e.event());
            m.put("set", e.set());
            timeline.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("description", s.description());
        m.put("values", values);
        m.put("timeline", timeline);
        ctx.json(m);
    }
}

package org.corvee.scenario;

import java.util.List;
import java.util.Map;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;

/**
 * Writes a resolved scenario as a scenario file: every parameter, nested by its dotted key, then
 * the timeline with its dates normalised to YYYY-MM, so that loading the output gives back
 * exactly the same parameters and timeline (and thus the same run).
 */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    /** YAML text of {@code s}. */
    public static String toYaml(Scenario s, ParameterCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Resolved scenario (defaults + file + overrides); a valid scenario that reproduces the run.\n");
        sb.append("name: ").append(quote(s.name())).append('\n');
        sb.append("description: ").append(quote(s.description())).append('\n');
        String[] open = new String[0];
        for (Map.Entry<String, Double> e : s.parameters().asMap().entrySet()) {
            String[] parts = e.getKey().split("\\.");
            int common = 0;
            while (common < open.length && common < parts.length - 1 && open[common].equals(parts[common])) {
                common++;
            }
            for (int d = common; d < parts.length - 1; d++) {
                sb.append("  ".repeat(d)).append(parts[d]).append(":\n");
            }
            ParameterSpec spec = catalog.find(e.getKey());
            String value = spec != null ? spec.format(e.getValue()) : Double.toString(e.getValue());
            sb.append("  ".repeat(parts.length - 1)).append(parts[parts.length - 1]).append(": ").append(value)
                    .append('\n');
            open = List.of(parts).subList(0, parts.length - 1).toArray(new String[0]);
        }
        timeline(sb, s.timeline(), catalog);
        return sb.toString();
    }

    /** The timeline as a list of entries with dotted keys; empty timelines are left out. */
    private static void timeline(StringBuilder sb, Timeline t, ParameterCatalog catalog) {
        if (t.isEmpty()) {
            return;
        }
        sb.append("timeline:\n");
        for (TimelineEntry e : t.entries()) {
            sb.append("  - date: ").append(quote(e.date())).append('\n');
            if (!e.event().isEmpty()) {
                sb.append("    event: ").append(quote(e.event())).append('\n');
            }
            if (!e.description().isEmpty()) {
                sb.append("    description: ").append(quote(e.description())).append('\n');
            }
            if (!e.source().isEmpty()) {
                sb.append("    source: ").append(quote(e.source())).append('\n');
            }
            sb.append("    set:\n");
            for (Map.Entry<String, Double> v : e.set().entrySet()) {
                ParameterSpec spec = catalog.find(v.getKey());
                String value = spec != null ? spec.format(v.getValue()) : Double.toString(v.getValue());
                sb.append("      ").append(v.getKey()).append(": ").append(value).append('\n');
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }
}

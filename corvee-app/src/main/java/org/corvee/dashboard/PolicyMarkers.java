package org.corvee.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.TimelineEntry;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;

/**
 * The dated policy events of a run, drawn as markers on its charts: the host-policy dates of
 * its resolved scenario (UN resolution 2397's sanctions and repatriation deadline, the border
 * closure, the reopening, each host's resumption; a date of 0 means never and draws nothing) and
 * every entry of its timeline. Dates come from the run's own stored scenario, so a run with a
 * moved reopening shows it where it happened in that run.
 */
final class PolicyMarkers {
    /** A marker: month "YYYY-MM", a short label, and whether it is a timeline entry. */
    record Marker(String month, String label, boolean timeline) {
    }

    /** A date-valued policy parameter (yyyymm) and what its month means. */
    private record DatedKey(String key, String label) {
    }

    private static final List<DatedKey> DATES = List.of(
            new DatedKey("policy.sanctions_start", "UNSCR 2397: no new permits"),
            new DatedKey("policy.repatriation_deadline", "UNSCR 2397 repatriation deadline"),
            new DatedKey("policy.border_closure_start", "border closure"),
            new DatedKey("policy.border_reopen", "border reopening"));
    /** Each host's resumption month despite the sanctions: destination.ID.resumption. */
    private static final java.util.regex.Pattern RESUMPTION =
            java.util.regex.Pattern.compile("destination\\.([a-z_]+)\\.resumption");

    private PolicyMarkers() {
    }

    /** "YYYY-MM" of a yyyymm value (a month outside 1..12 is clamped, as the model reads it). */
    private static String month(int yyyymm) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", yyyymm / 100, Math.max(1, Math.min(12, yyyymm % 100)));
    }

    /** The markers of a stored resolved scenario; none if it no longer loads with this build. */
    static List<Marker> of(String scenarioYaml, ParameterCatalog catalog) {
        Scenario s;
        try {
            s = new ScenarioLoader(catalog).parse("run", scenarioYaml.getBytes(StandardCharsets.UTF_8));
        } catch (ScenarioException e) {
            return List.of();
        }
        List<Marker> out = new ArrayList<>();
        Parameters p = s.parameters();
        for (DatedKey d : DATES) {
            if (p.asMap().containsKey(d.key())) {
                int v = p.getInt(d.key());
                if (v > 0) {
                    out.add(new Marker(month(v), d.label(), false));
                }
            }
        }
        for (String key : p.asMap().keySet()) {
            java.util.regex.Matcher m = RESUMPTION.matcher(key);
            int v = m.matches() ? p.getInt(key) : 0;
            if (v > 0) {
                String host = m.group(1);
                out.add(new Marker(month(v), Character.toUpperCase(host.charAt(0)) + host.substring(1) + " resumes",
                        false));
            }
        }
        for (TimelineEntry e : s.timeline().entries()) {
            String what = e.event().isEmpty() ? String.join(", ", e.set().keySet()) : e.event();
            out.add(new Marker(e.date(), what, true));
        }
        return out;
    }
}

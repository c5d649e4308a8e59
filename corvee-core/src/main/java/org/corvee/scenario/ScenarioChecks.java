package org.corvee.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules that tie several parameters together (each key's own range is checked by its
 * {@link ParameterSpec}): shares that must sum to 1, ordered bounds, and pay splits that
 * cannot exceed the gross.
 */
public final class ScenarioChecks {
    private ScenarioChecks() {
    }

    /** Problems with {@code p}, located at {@code file} (no line: they span several keys). */
    public static List<ScenarioProblem> check(Parameters p, String file) {
        List<ScenarioProblem> out = new ArrayList<>();
        double shares = p.get("population.core_share") + p.get("population.wavering_share")
                + p.get("population.hostile_share");
        if (Math.abs(shares - 1.0) > 1e-6) {
            out.add(new ScenarioProblem(file, 0, 0, "population.core_share + wavering_share + hostile_share",
                    "expected shares summing to 1, found " + shares));
        }
        if (p.get("population.capital_core_share") + p.get("population.capital_hostile_share") > 1 + 1e-9) {
            out.add(new ScenarioProblem(file, 0, 0, "population.capital_core_share + capital_hostile_share",
                    "expected at most 1, found "
                            + (p.get("population.capital_core_share") + p.get("population.capital_hostile_share"))));
        }
        if (p.get("run.start_year") > p.get("run.end_year")) {
            out.add(new ScenarioProblem(file, 0, 0, "run.start_year",
                    "expected start_year <= end_year, found " + (long) p.get("run.start_year") + " > "
                            + (long) p.get("run.end_year")));
        }
        if (p.get("dispatch.min_age") > p.get("dispatch.max_age")) {
            out.add(new ScenarioProblem(file, 0, 0, "dispatch.min_age",
                    "expected min_age <= max_age, found " + (long) p.get("dispatch.min_age") + " > "
                            + (long) p.get("dispatch.max_age")));
        }
        for (String key : p.asMap().keySet()) {
            if (key.startsWith("destination.") && key.endsWith(".state_share")) {
                String base = key.substring(0, key.length() - "state_share".length());
                double sum = p.get(key) + p.get(base + "minder_share");
                if (sum > 1 + 1e-9) {
                    out.add(new ScenarioProblem(file, 0, 0, base + "state_share + minder_share",
                            "expected at most 1 (shares of gross pay), found " + sum));
                }
            }
        }
        if (p.get("dispatch.soldier_state_share") + p.get("dispatch.soldier_minder_share") > 1 + 1e-9) {
            out.add(new ScenarioProblem(file, 0, 0, "dispatch.soldier_state_share + soldier_minder_share",
                    "expected at most 1 (shares of gross pay), found "
                            + (p.get("dispatch.soldier_state_share") + p.get("dispatch.soldier_minder_share"))));
        }
        for (String key : new String[] {"policy.sanctions_start", "policy.repatriation_deadline",
                "policy.border_closure_start", "policy.border_reopen", "policy.russia_resumption"}) {
            long v = (long) p.get(key);
            if (v != 0 && (v % 100 < 1 || v % 100 > 12 || v < 100)) {
                out.add(new ScenarioProblem(file, 0, 0, key,
                        "expected a month as yyyymm (e.g. 201712) or 0, found " + v));
            }
        }
        return out;
    }
}

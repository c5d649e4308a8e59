package org.corvee.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.DispatchKeys;
import org.corvee.model.params.KeyPlace;
import org.corvee.model.params.ParameterKey;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PolicyKeys;
import org.corvee.model.params.PopulationKeys;
import org.corvee.model.params.PostingsKeys;
import org.corvee.model.params.RunKeys;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;

/**
 * Rules that tie several parameters together (each key's own range is checked by its
 * {@link ParameterSpec}): shares that must sum to 1, ordered bounds, and pay splits that
 * cannot exceed the gross.
 *
 * <p>A problem spans several keys; it is located at the first of them that the scenario file
 * wrote (from the key → {@link KeyPlace} map kept while parsing), or without a line if none was
 * written there (all defaults, or set by {@code --set}).
 */
public final class ScenarioChecks {
    private ScenarioChecks() {
    }

    /** Problems with {@code p}, located at {@code file} (no line). */
    public static List<ScenarioProblem> check(Parameters p, String file) {
        return check(p, file, Map.of());
    }

    /** Problems with {@code p}, each located at the line of one of its keys in {@code places} if any. */
    public static List<ScenarioProblem> check(Parameters p, String file, Map<String, KeyPlace> places) {
        List<ScenarioProblem> out = new ArrayList<>();
        double shares = p.get(PopulationKeys.CORE_SHARE) + p.get(PopulationKeys.WAVERING_SHARE)
                + p.get(PopulationKeys.HOSTILE_SHARE);
        if (Math.abs(shares - 1.0) > 1e-6) {
            out.add(problem(file, places, "population.core_share + wavering_share + hostile_share",
                    "expected shares summing to 1, found " + decimal(shares), "population.core_share",
                    "population.wavering_share", "population.hostile_share"));
        }
        double capital = p.get(PopulationKeys.CAPITAL_CORE_SHARE) + p.get(PopulationKeys.CAPITAL_HOSTILE_SHARE);
        if (capital > 1 + 1e-9) {
            out.add(problem(file, places, "population.capital_core_share + capital_hostile_share",
                    "expected at most 1, found " + decimal(capital), "population.capital_core_share",
                    "population.capital_hostile_share"));
        }
        if (p.get(RunKeys.START_YEAR) > p.get(RunKeys.END_YEAR)) {
            out.add(problem(file, places, "run.start_year",
                    "expected start_year <= end_year, found " + (long) p.get(RunKeys.START_YEAR) + " > "
                            + (long) p.get(RunKeys.END_YEAR), "run.start_year", "run.end_year"));
        }
        if (p.get(DispatchKeys.MIN_AGE) > p.get(DispatchKeys.MAX_AGE)) {
            out.add(problem(file, places, "dispatch.min_age",
                    "expected min_age <= max_age, found " + (long) p.get(DispatchKeys.MIN_AGE) + " > "
                            + (long) p.get(DispatchKeys.MAX_AGE), "dispatch.min_age", "dispatch.max_age"));
        }
        if (p.has(PostingsKeys.VOLUNTEER_MIN_AGE)
                && p.get(PostingsKeys.VOLUNTEER_MIN_AGE) > p.get(PostingsKeys.VOLUNTEER_MAX_AGE)) {
            out.add(new ScenarioProblem(file, 0, 0, "postings.volunteer_min_age",
                    "expected volunteer_min_age <= volunteer_max_age, found " + (long) p.get(PostingsKeys.VOLUNTEER_MIN_AGE)
                            + " > " + (long) p.get(PostingsKeys.VOLUNTEER_MAX_AGE)));
        }
        for (String key : p.asMap().keySet()) {
            if (key.startsWith("destination.") && key.endsWith(".state_share")) {
                String base = key.substring(0, key.length() - "state_share".length());
                double sum = p.get(key) + p.get(base + "minder_share");
                if (sum > 1 + 1e-9) {
                    out.add(problem(file, places, base + "state_share + minder_share",
                            "expected at most 1 (shares of gross pay), found " + decimal(sum), key, base + "minder_share"));
                }
            }
        }
        if (p.get(DispatchKeys.SOLDIER_STATE_SHARE) + p.get(DispatchKeys.SOLDIER_MINDER_SHARE) > 1 + 1e-9) {
            out.add(new ScenarioProblem(file, 0, 0, "dispatch.soldier_state_share + soldier_minder_share",
                    "expected at most 1 (shares of gross pay), found "
                            + (p.get(DispatchKeys.SOLDIER_STATE_SHARE) + p.get(DispatchKeys.SOLDIER_MINDER_SHARE))));
        }
        List<ParameterKey> dates = new ArrayList<>(List.of(PolicyKeys.SANCTIONS_START,
                PolicyKeys.REPATRIATION_DEADLINE, PolicyKeys.BORDER_CLOSURE_START, PolicyKeys.BORDER_REOPEN));
        for (String id : DestinationKeys.IDS) {
            dates.add(DestinationKeys.of(id).resumption);
            dates.add(DestinationKeys.of(id).repatriationDeadline);
        }
        for (ParameterKey date : dates) {
            String key = date.name();
            long v = (long) p.get(key);
            if (v != 0 && (v % 100 < 1 || v % 100 > 12 || v < 100)) {
                out.add(new ScenarioProblem(file, 0, 0, key,
                        "expected a month as yyyymm (e.g. 201712) or 0, found " + v));
            }
        }
        return out;
    }

    /**
     * Problems of {@code timeline} against the scenario's parameters {@code base}: the cross-key
     * rules re-run on the parameters in force after each entry (each broken rule reported once,
     * at the first entry that breaks it). Entries outside the run period are allowed: one dated
     * before the start is in force from the start, one after the end never applies — so the
     * same dated history (the bundled host-policy events) serves runs of any period.
     */
    public static List<ScenarioProblem> timeline(Timeline timeline, Parameters base, String origin) {
        List<ScenarioProblem> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ScenarioProblem p : check(base, origin)) {
            reported.add(p.key());
        }
        Parameters p = base;
        for (TimelineEntry e : timeline.entries()) {
            p = e.applyTo(p);
            Map<String, KeyPlace> places = new LinkedHashMap<>(e.places());
            for (ScenarioProblem q : check(p, origin, places)) {
                if (reported.add(q.key())) {
                    KeyPlace at = q.line() > 0 ? new KeyPlace(q.line(), q.column()) : e.place();
                    out.add(new ScenarioProblem(origin, at.line(), at.column(), q.key(),
                            "after " + e.label() + ": " + q.message()));
                }
            }
        }
        return out;
    }

    private static ScenarioProblem problem(String file, Map<String, KeyPlace> places, String label, String message,
                                           String... keys) {
        for (String k : keys) {
            KeyPlace at = places.get(k);
            if (at != null) {
                return new ScenarioProblem(file, at.line(), at.column(), label, message);
            }
        }
        return new ScenarioProblem(file, 0, 0, label, message);
    }

    /** A sum of shares without binary noise: 0.7 + 0.92 prints 1.62, not 1.6199999999999999. */
    static String decimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}

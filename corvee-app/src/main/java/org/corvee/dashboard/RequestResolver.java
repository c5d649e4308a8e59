package org.corvee.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Timeline;
import org.corvee.run.MemoryGuard;
import org.corvee.scenario.BundledScenarios;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;
import org.corvee.scenario.ScenarioProblem;
import org.corvee.scenario.ScenarioWriter;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * Turns a {@link RunRequest} into a resolved scenario through the same validator as the command
 * line: the bundled scenario is loaded by name, a replacement timeline is read by the scenario
 * loader exactly as from a file, and {@code set} goes through {@link ScenarioLoader#override},
 * the code behind {@code --set}, so every problem carries the message the CLI prints. The
 * memory guard then checks the scale against this JVM's heap.
 */
final class RequestResolver {
    /** Most replicates one request may ask for (they run one after another). */
    static final int MAX_REPLICATES = 20;
    private static final String NAME_CHARS = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}";

    private final ParameterCatalog catalog;
    private final ScenarioLoader loader;
    private final long maxHeap;

    RequestResolver(ParameterCatalog catalog, long maxHeap) {
        this.catalog = catalog;
        this.loader = new ScenarioLoader(catalog);
        this.maxHeap = maxHeap;
    }

    /** A request that passed every check. */
    record Resolved(Scenario scenario, int replicates) {
    }

    /** The resolved scenario, or an {@link ApiError} (422) listing every problem by field. */
    Resolved resolve(RunRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        String base = r.scenario() == null || r.scenario().isBlank() ? "baseline" : r.scenario();
        if (!BundledScenarios.names().contains(base)) {
            throw ApiError.invalid(List.of(new FieldProblem("scenario", "no bundled scenario named \""
                    + ProblemText.clip(base) + "\"; bundled: " + String.join(", ", BundledScenarios.names()))));
        }
        int replicates = r.replicates() == null ? 1 : r.replicates();
        if (replicates < 1 || replicates > MAX_REPLICATES) {
            problems.add(new FieldProblem("replicates", "replicates: expected 1 to " + MAX_REPLICATES + ", found "
                    + replicates));
        }
        if (r.name() != null && !r.name().isBlank() && !r.name().matches(NAME_CHARS)) {
            problems.add(new FieldProblem("name", "name: expected 1-80 letters, digits, spaces, '.', '_' or '-', "
                    + "starting with a letter or digit"));
        }
        Scenario s;
        try {
            s = loader.bundled(base);
            if (r.timeline() != null) {
                s = withTimeline(s, r.timeline());
            }
            s = loader.override(s, sets(r.set()));
        } catch (ScenarioException e) {
            for (ScenarioProblem p : e.problems()) {
                problems.add(fieldProblem(p));
            }
            throw ApiError.invalid(problems);
        }
        if (!problems.isEmpty()) {
            throw ApiError.invalid(problems);
        }
        if (r.name() != null && !r.name().isBlank()) {
            s = new Scenario(r.name().strip(), s.description(), "dashboard:" + base, s.parameters(), s.timeline());
        }
        String refusal = MemoryGuard.refusal(s.parameters(), maxHeap);
        if (refusal != null) {
            throw ApiError.invalid(List.of(new FieldProblem("run.scale", refusal)));
        }
        return new Resolved(s, replicates);
    }

    /** The scenario with its timeline replaced, read by the scenario loader as if from a file. */
    private Scenario withTimeline(Scenario s, List<RunRequest.Change> changes) throws ScenarioException {
        Scenario bare = new Scenario(s.name(), s.description(), s.origin(), s.parameters(), Timeline.EMPTY);
        StringBuilder yaml = new StringBuilder(ScenarioWriter.toYaml(bare, catalog));
        if (!changes.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RunRequest.Change c : changes) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("date", c == null || c.date() == null ? "" : c.date());
                if (c != null && c.event() != null && !c.event().isBlank()) {
                    row.put("event", c.event());
                }
                Map<String, Object> set = new LinkedHashMap<>();
                if (c != null && c.set() != null) {
                    c.set().forEach((k, v) -> set.put(k, v instanceof Number n ? plain(n) : v));
                }
                row.put("set", set);
                rows.add(row);
            }
            yaml.append(new Dump(DumpSettings.builder().build()).dumpToString(Map.of("timeline", rows)));
        }
        return loader.parse("timeline", yaml.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The request's {@code set} as {@code --set} arguments. */
    private static List<String> sets(Map<String, Object> set) {
        List<String> out = new ArrayList<>();
        if (set != null) {
            set.forEach((k, v) -> out.add(k + "=" + (v == null ? "" : v instanceof Number n ? plain(n) : v)));
        }
        return out;
    }

    /** A number as the command line would read it (48, not 48.0 for an integer key). */
    private static String plain(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    /**
     * The field a problem belongs to and its message: {@code --set} problems keep the command
     * line's exact line; a timeline problem's position (in text the form never showed) is dropped.
     */
    private static FieldProblem fieldProblem(ScenarioProblem p) {
        String field = p.key() == null ? "" : p.key();
        if (p.file().equals("timeline")) {
            String where = p.key() == null || p.key().isEmpty() ? "timeline" : p.key();
            return new FieldProblem(field.isEmpty() ? "timeline" : field, where + ": " + p.message());
        }
        return new FieldProblem(field, p.toString());
    }
}

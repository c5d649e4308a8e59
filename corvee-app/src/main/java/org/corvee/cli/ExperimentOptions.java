package org.corvee.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.targets.Target;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.ParameterType;
import org.corvee.run.OutputFolder;
import org.corvee.run.UserError;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.Suggestions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by the experiment commands (calibrate, sensitivity, ablate): run scale, base
 * seed, worker threads, executor, targets file; and turning them plus the scenario into a base
 * {@link RunSpec}.
 */
public final class ExperimentOptions {
    @Option(names = "--scale", paramLabel = "X", defaultValue = "0.01",
            description = "Agents per real person for every run (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Base seed of the experiment (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs in parallel, each single-threaded (default: available cores).")
    Integer threads;

    @Mixin
    ExecutorOptions executors;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Target file (default: the bundled facts T1-T15, see docs/ODD.md).")
    Path targets;

    /** Worker count, checked. */
    int threads() {
        return ThreadCount.of(threads);
    }

    /**
     * The base run: the resolved scenario's name or file, its --set overrides, the scale and seed
     * (checks the executor options first, so that a bad one stops the command before any run).
     */
    RunSpec base(ScenarioOptions scenario, ParameterCatalog catalog) {
        executors.settings(threads());
        ScaleOption.check("--scale", scale);
        if (seed < 0 || seed > (1L << 53) - 1) {
            throw UserError.badInput("--seed must be between 0 and 2^53-1, was " + seed);
        }
        Scenario sc = scenario.resolve(catalog, List.of("run.scale=" + scale));
        TreeMap<String, Double> o = new TreeMap<>();
        for (String set : scenario.sets) {
            String key = set.substring(0, set.indexOf('=')).trim();
            o.put(key, sc.parameters().get(key));
        }
        o.put("run.scale", scale);
        String name = scenario.scenario == null ? "baseline" : scenario.scenario;
        return new RunSpec(0, name, o, 0, seed);
    }

    /** The targets to use. */
    List<Target> targets() {
        return TargetsOption.load(targets);
    }

    /**
     * Priors from {@code --param KEY=DIST(A,B)} options and a priors file (lines "KEY: DIST(A,B)"
     * or "KEY=DIST(A,B)", # comments), checked against the parameter catalogue.
     */
    static List<ParameterPrior> priors(List<String> params, Path file, ParameterCatalog catalog) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        Map<String, String> where = new TreeMap<>();
        if (file != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw UserError.badInput("cannot read priors file " + file + " (" + OutputFolder.reason(e) + ")");
            }
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).replaceAll("#.*", "").trim();
                if (l.isEmpty()) {
                    continue;
                }
                String norm = l.replaceFirst("^([A-Za-z0-9_.]+)\\s*:\\s*", "$1=");
                if (!norm.contains("=")) {
                    throw UserError.badInput(file + ":" + (i + 1) + ": expected KEY: PRIOR, e.g. "
                            + "dispatch.capital_weight: uniform(1, 20), found \"" + l + "\" (no colon)");
                }
                String key = norm.substring(0, norm.indexOf('=')).trim();
                if (texts.containsKey(key)) {
                    throw UserError.badInput(file + ":" + (i + 1) + ": " + key + ": given twice (first at "
                            + where.get(key) .replaceAll(": $", "") + ")");
                }
                texts.put(key, norm);
                where.put(key, file + ":" + (i + 1) + ": ");
            }
        }
        for (String p : params) {
            String key = p.contains("=") ? p.substring(0, p.indexOf('=')).trim() : p;
            if (params.stream().filter(q -> q.contains("=") ? q.substring(0, q.indexOf('=')).trim().equals(key)
                    : q.equals(key)).count() > 1) {
                throw UserError.badInput("--param " + key + ": given twice; give each parameter once");
            }
            texts.put(key, p);
            where.put(key, "--param: ");
        }
        List<ParameterPrior> out = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String prefix = where.get(e.getKey());
            ParameterSpec spec = catalog.find(e.getKey());
            if (spec == null) {
                List<String> keys = new ArrayList<>();
                catalog.all().forEach(s -> keys.add(s.key()));
                String near = Suggestions.closest(e.getKey(), keys);
                throw UserError.badInput(prefix + e.getKey() + ": unknown parameter"
                        + (near != null ? " (did you mean " + near + "?)" : "") + "; `corvee params` lists every key");
            }
            if (spec.type() == ParameterType.BOOLEAN) {
                throw UserError.badInput(prefix + e.getKey() + ": a switch cannot be calibrated; use `corvee ablate`");
            }
            try {
                out.add(ParameterPrior.parse(e.getValue(), spec.min(), spec.max()));
            } catch (IllegalArgumentException ex) {
                throw UserError.badInput(prefix + ex.getMessage());
            }
        }
        if (out.isEmpty()) {
            throw UserError.badInput("no parameters given; use --param KEY=uniform(LOW,HIGH) (repeatable) or --priors FILE");
        }
        return out;
    }
}

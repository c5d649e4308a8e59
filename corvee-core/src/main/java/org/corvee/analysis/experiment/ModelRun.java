package org.corvee.analysis.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.targets.MonthlySeriesSource;
import org.corvee.analysis.targets.SeriesSource;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.ParameterType;
import org.corvee.model.params.RunKeys;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioLoader;

/**
 * The Corvée model as a {@link RunModel}: resolves the spec's scenario with its overrides and
 * seed, runs it (with the scenario's timeline) on one thread, and summarises it as the statistics of the given targets
 * (named by target id) and, if {@code series} is set, every metric's monthly total (named
 * "metric@YYYY-MM", in reported units) for posterior bands.
 *
 * <p>Integer parameters are rounded to the nearest whole number before the run (a prior is
 * continuous). A target the model cannot express is left out of the summary with a note.
 */
public record ModelRun(List<Target> targets, boolean series) implements RunModel {
    public ModelRun {
        targets = List.copyOf(targets);
    }

    @Override
    public RunSummary run(RunSpec spec) {
        Scenario sc = resolve(spec);
        Simulation sim = Simulation.build(sc.parameters(), sc.timeline());
        MonthlySeries out = sim.run(1, m -> { });
        return summarise(spec, sim, out, sc.parameters().get(RunKeys.SCALE));
    }

    /**
     * The summary of a finished run of {@code spec}: the targets' statistics and, if
     * {@link #series()} is set, every metric's monthly total. For callers that run the
     * simulation themselves (e.g. to store its series as well).
     */
    public RunSummary summarise(RunSpec spec, Simulation sim, MonthlySeries out, double scale) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SeriesSource source = new MonthlySeriesSource(out, sim.clock(), scale);
        for (Target t : targets) {
            TargetStatistic.Evaluation e = TargetStatistic.evaluate(t, source);
            if (e.available()) {
                names.add(t.id());
                values.add(e.value());
            } else {
                notes.add(t.id() + ": not available (" + e.missing() + ")");
            }
        }
        if (series) {
            for (Metric m : out.registry().all()) {
                for (int month = 0; month < out.months(); month++) {
                    names.add(m.name() + "@" + sim.clock().label(month));
                    values.add(m.report(out.rawTotal(month, m), scale));
                }
            }
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        return new RunSummary(spec, names, v, notes);
    }

    /** The spec's scenario with its overrides and seed applied. */
    public static Scenario resolve(RunSpec spec) {
        ParameterCatalog catalog = ParameterCatalog.load();
        ScenarioLoader loader = new ScenarioLoader(catalog);
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, Double> e : spec.overrides().entrySet()) {
            ParameterSpec ps = catalog.find(e.getKey());
            if (ps == null) {
                throw new ExperimentException("unknown parameter " + e.getKey() + "; `corvee params` lists every key");
            }
            double v = ps.type() == ParameterType.INTEGER ? Math.rint(e.getValue()) : e.getValue();
            sets.add(e.getKey() + "=" + ps.format(v));
        }
        sets.add("run.seed=" + spec.seed());
        try {
            Scenario base = isFile(spec.scenario()) ? loader.load(Path.of(spec.scenario())) : loader.bundled(spec.scenario());
            return loader.override(base, sets);
        } catch (ScenarioException e) {
            throw new ExperimentException(e.problems().get(0).toString());
        }
    }

    private static boolean isFile(String scenario) {
        return scenario.contains("/") || scenario.contains(".") || Path.of(scenario).toFile().exists();
    }
}

package org.corvee.analysis.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corvee.analysis.experiment.ExperimentException;
import org.corvee.analysis.experiment.ParameterPrior;
import org.corvee.analysis.experiment.Prior;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;

/**
 * Global sensitivity of chosen outputs to chosen parameters, by Morris screening or Sobol
 * indices, over the ranges given as uniform or log-uniform priors.
 *
 * <p>All design points use the same model seed (common random numbers), so that differences
 * between points come from the parameters, not from the random streams; the remaining
 * stochastic noise shows up as spurious σ (Morris) or small non-zero indices (Sobol).
 */
public final class SensitivityAnalysis {
    /** One measured (output, parameter) pair; for Morris a = μ*, b = σ, c = μ; for Sobol a = S1, b = ST. */
    public record Row(String output, String parameter, double a, double b, double c) {
    }

    private final List<ParameterPrior> ranges;
    private final RunSpec base;

    /** An analysis of {@code ranges} around the base run (whose seed all points share). */
    public SensitivityAnalysis(List<ParameterPrior> ranges, RunSpec base) {
        for (ParameterPrior p : ranges) {
            if (p.prior() instanceof Prior.Normal) {
                throw new IllegalArgumentException(p.key() + ": sensitivity needs a range, uniform(...) or loguniform(...)");
            }
        }
        this.ranges = List.copyOf(ranges);
        this.base = base;
    }

    /** The specs of the design points (unit-cube rows mapped to parameter values). */
    public List<RunSpec> specs(double[][] unitPoints) {
        List<RunSpec> out = new ArrayList<>();
        for (double[] u : unitPoints) {
            Map<String, Double> o = new TreeMap<>();
            for (int k = 0; k < ranges.size(); k++) {
                Prior p = ranges.get(k).prior();
                o.put(ranges.get(k).key(), p.value(p.sample(u[k], 0.0)));
            }
            out.add(base.with(out.size(), o, 0, base.seed()));
        }
        return out;
    }

    /** Morris measures per output and parameter, sorted by output, then μ* descending. */
    public List<Row> morris(MorrisDesign design, List<String> outputs, List<RunSummary> runs) {
        List<Row> rows = new ArrayList<>();
        for (String out : outputs) {
            double[][] e = design.effects(column(out, runs));
            for (int k = 0; k < ranges.size(); k++) {
                rows.add(new Row(out, ranges.get(k).key(), e[0][k], e[1][k], e[2][k]));
            }
        }
        rows.sort(java.util.Comparator.comparingInt((Row x) -> outputs.indexOf(x.output()))
                .thenComparing(Row::a, java.util.Comparator.reverseOrder()));
        return rows;
    }

    /** Sobol indices per output and parameter, sorted by output, then ST descending. */
    public List<Row> sobol(SaltelliDesign design, List<String> outputs, List<RunSummary> runs) {
        List<Row> rows = new ArrayList<>();
        for (String out : outputs) {
            double[][] idx = design.indices(column(out, runs));
            for (int k = 0; k < ranges.size(); k++) {
                rows.add(new Row(out, ranges.get(k).key(), idx[0][k], idx[1][k], Double.NaN));
            }
        }
        rows.sort(java.util.Comparator.comparingInt((Row x) -> outputs.indexOf(x.output()))
                .thenComparing(Row::b, java.util.Comparator.reverseOrder()));
        return rows;
    }

    private static double[] column(String out, List<RunSummary> runs) {
        double[] y = new double[runs.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = runs.get(i).value(out);
            if (Double.isNaN(y[i])) {
                throw new ExperimentException("output " + out + " is undefined in run " + i + " ("
                        + runs.get(i).spec().overrides() + "); choose another output or narrow the ranges");
            }
        }
        return y;
    }
}

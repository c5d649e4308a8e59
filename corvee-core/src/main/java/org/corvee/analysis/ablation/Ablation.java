package org.corvee.analysis.ablation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Aggregation;
import org.corvee.analysis.targets.Target;

/**
 * Switches each mechanism off in turn and finds which target patterns disappear: the table
 * "pattern × mechanisms it needs".
 *
 * <p>Runs the base scenario and, for each switch key, the base with that key set to 0, each
 * with the same replicate seeds (common random numbers, so differences are due to the switch).
 * For every target the model can compute, the statistic is averaged over replicates (NaN
 * replicates left out) with its standard error. Verdicts, for mechanism M and target T:
 * <ul>
 * <li>{@link Verdict#NEEDED}: T is met with every mechanism on and not met with M off — the
 *     pattern disappears;
 * <li>{@link Verdict#HINDERS}: T is not met with every mechanism on but is met with M off;
 * <li>{@link Verdict#MOVES}: neither, but the mean moves by more than T's tolerance relative to
 *     the baseline and by more than twice the combined standard error, or a trend changes sign;
 * <li>{@link Verdict#NONE}: no such change; {@link Verdict#UNDEFINED}: the statistic is
 *     undefined in every replicate of either configuration.
 * </ul>
 */
public final class Ablation {
    /** The verdict of one (target, mechanism) cell. */
    public enum Verdict {
        NEEDED("needs"), HINDERS("hinders"), MOVES("moves"), NONE("-"), UNDEFINED("n/a");

        private final String symbol;

        Verdict(String symbol) {
            this.symbol = symbol;
        }

        /** Short text for tables. */
        public String symbol() {
            return symbol;
        }
    }

    /** One configuration's mean, standard error and relative error for a target. */
    public record Cell(double mean, double se, double error, boolean met) {
    }

    /** The result for one target: the baseline and each mechanism switched off. */
    public record Row(Target target, Cell baseline, Map<String, Cell> off, Map<String, Verdict> verdicts) {
    }

    private Ablation() {
    }

    /**
     * The run specs: replicates of the base, then of each switch off; replicate r has seed
     * {@link ReplicateSeeds#of}(base seed, r) in every configuration (common random numbers).
     */
    public static List<RunSpec> specs(RunSpec base, List<String> switches, int replicates) {
        List<RunSpec> out = new ArrayList<>();
        for (int c = 0; c <= switches.size(); c++) {
            Map<String, Double> o = new TreeMap<>();
            if (c > 0) {
                o.put(switches.get(c - 1), 0.0);
            }
            for (int r = 0; r < replicates; r++) {
                out.add(base.with(out.size(), o, r, ReplicateSeeds.of(base.seed(), r)));
            }
        }
        return out;
    }

    /** Judges the summaries of {@link #specs} (same order) against the targets. */
    public static List<Row> judge(List<Target> targets, List<String> switches, int replicates, List<RunSummary> runs) {
        List<Row> rows = new ArrayList<>();
        for (Target t : targets) {
            if (!runs.get(0).has(t.id())) {
                continue;
            }
            Cell base = cell(t, runs.subList(0, replicates));
            Map<String, Cell> off = new TreeMap<>();
            Map<String, Verdict> verdicts = new TreeMap<>();
            for (int c = 0; c < switches.size(); c++) {
                int from = (c + 1) * replicates;
                Cell x = cell(t, runs.subList(from, from + replicates));
                off.put(switches.get(c), x);
                verdicts.put(switches.get(c), verdict(t, base, x));
            }
            rows.add(new Row(t, base, off, verdicts));
        }
        return rows;
    }

    static Verdict verdict(Target t, Cell base, Cell off) {
        if (Double.isNaN(base.mean()) || Double.isNaN(off.mean())) {
            return Verdict.UNDEFINED;
        }
        if (base.met() && !off.met()) {
            return Verdict.NEEDED;
        }
        if (!base.met() && off.met()) {
            return Verdict.HINDERS;
        }
        double shift = Math.abs(off.mean() - base.mean());
        double scale = Math.abs(base.mean());
        boolean beyondTolerance = scale == 0 ? shift > 0 : shift / scale > t.tolerance();
        boolean beyondNoise = shift > 2 * Math.sqrt(base.se() * base.se() + off.se() * off.se());
        boolean signFlip = t.aggregation() == Aggregation.TREND && Math.signum(off.mean()) != Math.signum(base.mean());
        return (beyondTolerance || signFlip) && beyondNoise ? Verdict.MOVES : Verdict.NONE;
    }

    private static Cell cell(Target t, List<RunSummary> reps) {
        double s = 0;
        double ss = 0;
        int n = 0;
        for (RunSummary r : reps) {
            double v = r.value(t.id());
            if (!Double.isNaN(v)) {
                s += v;
                ss += v * v;
                n++;
            }
        }
        if (n == 0) {
            return new Cell(Double.NaN, Double.NaN, Double.NaN, false);
        }
        double mean = s / n;
        double var = n > 1 ? Math.max(0, (ss - n * mean * mean) / (n - 1)) : 0;
        double error = t.relativeError(mean);
        return new Cell(mean, Math.sqrt(var / n), error, error <= t.tolerance());
    }
}

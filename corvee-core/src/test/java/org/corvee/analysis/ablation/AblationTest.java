package org.corvee.analysis.ablation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.corvee.analysis.experiment.ReplicateSeeds;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.experiment.RunSummary;
import org.corvee.analysis.targets.Aggregation;
import org.corvee.analysis.targets.Reliability;
import org.corvee.analysis.targets.Selector;
import org.corvee.analysis.targets.Target;
import org.junit.jupiter.api.Test;

/** The verdicts of the ablation table on hand-made replicate summaries. */
class AblationTest {
    static Target point(String id, double observed, double tol, Aggregation agg) {
        return new Target(id, id, observed, Double.NaN, Double.NaN, "2015-01", "2015-12",
                new Selector("x", new TreeMap<>()), null, agg, "test", Reliability.A, tol, "");
    }

    static Target interval(String id, double lo, double hi, double tol, Aggregation agg) {
        return new Target(id, id, Double.NaN, lo, hi, "2015-01", "2015-12",
                new Selector("x", new TreeMap<>()), null, agg, "test", Reliability.A, tol, "");
    }

    @Test
    void verdictsFollowTheDocumentedRules() {
        Target level = point("L", 100, 0.2, Aggregation.MEAN);
        Target trend = interval("T", -1, 0, 0.02, Aggregation.TREND);
        Target far = point("F", 100, 0.1, Aggregation.MEAN);
        Target still = point("S", 100, 0.2, Aggregation.MEAN);
        List<String> switches = List.of("mechanism.a", "mechanism.b");
        RunSpec base = new RunSpec(0, "x", new TreeMap<>(), 0, 1);
        List<RunSpec> specs = Ablation.specs(base, switches, 2);
        assertThat(specs).hasSize(6);
        assertThat(specs.get(2).overrides()).containsEntry("mechanism.a", 0.0);
        // Each configuration's replicate r has the replicate seed r of the base (common random numbers).
        assertThat(specs.get(2).seed()).isEqualTo(1).isEqualTo(specs.get(0).seed());
        assertThat(specs.get(3).seed()).isEqualTo(ReplicateSeeds.of(1, 1)).isEqualTo(specs.get(1).seed())
                .isNotEqualTo(2);
        // replicate values per configuration: all on, a off, b off
        double[][] l = {{100, 102}, {60, 62}, {101, 99}};
        double[][] t = {{-0.1, -0.12}, {0.05, 0.07}, {-0.1, -0.11}};
        double[][] f = {{200, 202}, {101, 99}, {300, 302}};
        double[][] s = {{100, 100.5}, {101, 100}, {100, 101}};
        List<RunSummary> runs = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 2; r++) {
                runs.add(new RunSummary(specs.get(c * 2 + r), List.of("L", "T", "F", "S"),
                        new double[] {l[c][r], t[c][r], f[c][r], s[c][r]}, List.of()));
            }
        }
        List<Ablation.Row> rows = Ablation.judge(List.of(level, trend, far, still,
                point("N", 1, 0.1, Aggregation.MEAN)), switches, 2, runs);
        assertThat(rows).hasSize(4);  // N is not in the summaries: not available, no row
        assertThat(rows.get(0).verdicts()).containsEntry("mechanism.a", Ablation.Verdict.NEEDED)
                .containsEntry("mechanism.b", Ablation.Verdict.NONE);
        assertThat(rows.get(1).verdicts()).containsEntry("mechanism.a", Ablation.Verdict.NEEDED)
                .containsEntry("mechanism.b", Ablation.Verdict.NONE);
        assertThat(rows.get(2).verdicts()).containsEntry("mechanism.a", Ablation.Verdict.HINDERS)
                .containsEntry("mechanism.b", Ablation.Verdict.MOVES);
        assertThat(rows.get(3).verdicts()).containsEntry("mechanism.a", Ablation.Verdict.NONE)
                .containsEntry("mechanism.b", Ablation.Verdict.NONE);
    }
}

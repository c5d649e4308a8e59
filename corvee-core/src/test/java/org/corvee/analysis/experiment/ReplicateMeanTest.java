package org.corvee.analysis.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replicate specs and the mean of their statistics. */
class ReplicateMeanTest {
    private static final RunSpec SPEC = new RunSpec(7, "baseline", Map.of("a.b", 2.0), 0, 12345);

    private static RunSummary summary(RunSpec spec, double x, double y) {
        return new RunSummary(spec, List.of("x", "y"), new double[] {x, y}, List.of("z: not available"));
    }

    @Test
    void oneReplicateIsThePlainRunAndItsSummaryUnchanged() {
        assertThat(ReplicateMean.specs(SPEC, 1)).containsExactly(SPEC);
        RunSummary s = summary(SPEC, 0.1 + 0.2, Double.NaN);
        assertThat(ReplicateMean.of(List.of(s))).isSameAs(s);
    }

    @Test
    void replicatesKeepTheSpecAndTakeTheSharedSeedDerivation() {
        List<RunSpec> specs = ReplicateMean.specs(SPEC, 3);
        assertThat(specs).hasSize(3);
        for (int r = 0; r < 3; r++) {
            assertThat(specs.get(r).index()).isEqualTo(7);
            assertThat(specs.get(r).replicate()).isEqualTo(r);
            assertThat(specs.get(r).overrides()).isEqualTo(SPEC.overrides());
            assertThat(specs.get(r).seed()).isEqualTo(ReplicateSeeds.of(12345, r));
        }
        assertThat(specs.stream().mapToLong(RunSpec::seed).distinct().count()).isEqualTo(3);
        assertThatThrownBy(() -> ReplicateMean.specs(SPEC, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMeanIsOverTheReplicatesThatDefineTheStatistic() {
        List<RunSpec> specs = ReplicateMean.specs(SPEC, 3);
        RunSummary m = ReplicateMean.of(List.of(summary(specs.get(0), 1, Double.NaN),
                summary(specs.get(1), 2, 4), summary(specs.get(2), 6, Double.NaN)));
        assertThat(m.spec()).isEqualTo(specs.get(0));
        assertThat(m.names()).containsExactly("x", "y");
        assertThat(m.value("x")).isEqualTo(3.0);
        assertThat(m.value("y")).isEqualTo(4.0);
        assertThat(m.notes()).containsExactly("z: not available");
        RunSummary none = ReplicateMean.of(List.of(summary(specs.get(0), 1, Double.NaN),
                summary(specs.get(1), 2, Double.NaN)));
        assertThat(none.value("y")).isNaN();
    }

    @Test
    void perSpecGroupsConsecutiveReplicates() {
        List<RunSummary> runs = List.of(summary(SPEC, 1, 1), summary(SPEC, 3, 3), summary(SPEC, 10, 10),
                summary(SPEC, 20, 30));
        List<RunSummary> two = ReplicateMean.perSpec(runs, 2);
        assertThat(two).hasSize(2);
        assertThat(two.get(0).value("x")).isEqualTo(2.0);
        assertThat(two.get(1).value("y")).isEqualTo(20.0);
        assertThatThrownBy(() -> ReplicateMean.perSpec(runs, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}

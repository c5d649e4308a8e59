package org.corvee.analysis.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Executors are found by name; a missing or unknown one is a one-line error saying what to do. */
class ExecutorChoiceTest {
    private static final RunModel ECHO = spec -> new RunSummary(spec, List.of("seed"), new double[] {spec.seed()},
            List.of());

    @Test
    void theLocalExecutorIsAlwaysThere() {
        try (Executor ex = ExecutorChoice.open(ECHO, ExecutorSettings.local(2))) {
            assertThat(ex).isInstanceOf(LocalExecutor.class);
            assertThat(ex.parallelism()).isEqualTo(2);
            assertThat(ex.run(List.of(new RunSpec(0, "x", Map.of(), 0, 42)), RunProgress.NONE).get(0).value("seed"))
                    .isEqualTo(42);
        }
    }

    @Test
    void sparkWithoutItsModuleSaysHowToGetIt() {
        // corvee-core's tests do not have corvee-spark on the class path
        assertThatThrownBy(() -> ExecutorChoice.open(ECHO, new ExecutorSettings("spark", 1, "local[2]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--executor spark: the Spark module is not on the class path")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownExecutorListsTheKnownOnes() {
        assertThatThrownBy(() -> ExecutorChoice.open(ECHO, new ExecutorSettings("ray", 1, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--executor ray: unknown executor; known: local");
    }
}

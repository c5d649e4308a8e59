package org.corvee.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15's targets are printed at scales 1.0 and 0.1 with what was measured, met or not. */
class TargetTest {
    private static ScaleResult result(double scale, double build, double simulate, long peak) {
        return new ScaleResult(scale, 1000, 252, 2, 1, build, simulate, 0, new Footprint(1, 1, 1), peak, peak,
                Map.of(), Map.of(), Map.of(), Map.of());
    }

    @Test
    void fullScaleHasThreeTargets() {
        List<Target> t = Target.at(result(1.0, 7.9, 73.8, 3L << 30));
        assertThat(t).extracting(Target::what).containsExactly("wall (build + simulate)", "simulate", "peak heap");
        assertThat(t).extracting(Target::met).containsExactly(false, false, true);
        assertThat(t.get(0).line()).contains("81.70 s", "target < 15.0 s", "NOT met");
        assertThat(Target.at(result(1.0, 4, 9.5, 5L << 30))).extracting(Target::met)
                .containsExactly(true, true, false);
    }

    @Test
    void tenthScaleHasTheSimulateTargetAndOtherScalesNone() {
        assertThat(Target.at(result(0.1, 0.6, 0.65, 1))).singleElement()
                .satisfies(x -> assertThat(x.line()).contains("simulate", "0.65 s", "target < 0.7 s", "met"));
        assertThat(Target.at(result(0.1, 0.6, 5.96, 1)).get(0).met()).isFalse();
        assertThat(Target.at(result(0.01, 0.6, 5.96, 1))).isEmpty();
    }

    @Test
    void atFloorsTakesEachPhasesFloorOrItsOwnTimeWhicheverIsLess() {
        ScaleResult r = new ScaleResult(1.0, 1000, 252, 2, 1, 1, 9, 0, new Footprint(1, 1, 1), 1, 1,
                Map.of("application", 5_000_000_000L, "word-of-mouth", 4_000_000_000L, "host-policy", 500_000_000L),
                Map.of("application", 3_000_000_000L, "word-of-mouth", 12_000_000_000L), Map.of(), Map.of());
        assertThat(r.atFloorsSeconds()).isEqualTo(3 + 4 + 0.5);
        assertThat(Target.simulateLimit(1.0)).isEqualTo(10.0);
        assertThat(Target.simulateLimit(0.1)).isEqualTo(0.7);
        assertThat(Target.simulateLimit(0.01)).isNull();
        java.io.StringWriter text = new java.io.StringWriter();
        BenchReport.print(r, new java.io.PrintWriter(text));
        assertThat(text.toString()).contains("at floors     7.50 s", "the 10.0 s target is above it");
    }

    @Test
    void touchedSharesKeepDigitsForSmallListPhases() {
        assertThat(BenchReport.touched(1.0)).isEqualTo("100%");
        assertThat(BenchReport.touched(1 / 12.0)).isEqualTo("8.3%");
        assertThat(BenchReport.touched(0.00042)).isEqualTo("0.042%");
        assertThat(BenchReport.touched(0)).isEqualTo("0%");
    }
}

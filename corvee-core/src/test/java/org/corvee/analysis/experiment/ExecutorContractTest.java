package org.corvee.analysis.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corvee.analysis.abc.TargetDistance;
import org.corvee.analysis.targets.TargetFile;
import org.junit.jupiter.api.Test;

/** The executor contract: spec order whatever the finishing order; specs and models serialise. */
class ExecutorContractTest {
    /** Later specs finish first: run i sleeps (5 - i) ms. */
    record Sleepy() implements RunModel {
        @Override
        public RunSummary run(RunSpec spec) {
            try {
                Thread.sleep(5L * (5 - spec.index()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RunSummary(spec, List.of("i"), new double[] {spec.index()}, List.of());
        }
    }

    @Test
    void resultsComeBackInSpecOrder() {
        List<RunSpec> specs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            specs.add(new RunSpec(i, "x", Map.of("a", (double) i), 0, i));
        }
        List<Integer> finished = new ArrayList<>();
        try (LocalExecutor ex = new LocalExecutor(new Sleepy(), 5)) {
            List<RunSummary> out = ex.run(specs, (d, total) -> finished.add(d));
            for (int i = 0; i < 5; i++) {
                assertThat(out.get(i).value("i")).isEqualTo(i);
            }
        }
        assertThat(finished).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void specsSummariesAndTheModelRunSerialise() throws Exception {
        RunSpec spec = new RunSpec(3, "baseline", new TreeMap<>(Map.of("dispatch.capital_weight", 4.5)), 2, 99);
        RunSummary summary = new RunSummary(spec, List.of("T6"), new double[] {1.5}, List.of("T8: not available"));
        ModelRun model = new ModelRun(TargetFile.defaults(), true);
        assertThat(roundTrip(spec)).isEqualTo(spec);
        RunSummary back = (RunSummary) roundTrip(summary);
        assertThat(back.value("T6")).isEqualTo(1.5);
        assertThat(back.notes()).containsExactly("T8: not available");
        assertThat(roundTrip(model)).isEqualTo(model);
        assertThat(roundTrip(new TargetDistance(TargetFile.defaults()))).isEqualTo(new TargetDistance(TargetFile.defaults()));
    }

    @Test
    void aModelRunAppliesTheScenariosTimeline() {
        // information-campaign switches the outside source on by a timeline entry in 2015
        TreeMap<String, Double> o = new TreeMap<>(Map.of("run.scale", 0.001, "run.end_year", 2016.0));
        RunSummary s = new ModelRun(List.of(), true).run(new RunSpec(0, "information-campaign", o, 0, 1));
        assertThat(s.value("heard_outside_source@2014-12")).isZero();
        assertThat(s.value("heard_outside_source@2015-06") + s.value("heard_outside_source@2016-06")).isPositive();
    }

    private static Object roundTrip(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}

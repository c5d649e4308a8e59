package org.corvee.analysis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corvee.analysis.experiment.ModelRun;
import org.corvee.analysis.experiment.RunSpec;
import org.corvee.analysis.targets.MonthlySeriesSource;
import org.corvee.analysis.targets.Target;
import org.corvee.analysis.targets.TargetFile;
import org.corvee.analysis.targets.TargetStatistic;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.output.SeriesRows;
import org.corvee.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled target file against a short baseline run (scale 0.01, 2010-2024, seed 1): every
 * target is computable except the documented ones, and the in-memory series (calibration) and
 * the stored run's table (report) give the same statistics.
 */
class BundledTargetsTest {
    /** The targets the model has no output for (see their notes in targets.yaml). */
    static final Set<String> NOT_AVAILABLE = Set.of();

    static MonthlySeriesSource memory;
    static SeriesTable stored;

    @BeforeAll
    static void run() throws Exception {
        Scenario sc = ModelRun.resolve(new RunSpec(0, "baseline",
                new TreeMap<>(Map.of("run.scale", 0.01, "run.end_year", 2024.0)), 0, 1));
        Simulation sim = Simulation.build(sc.parameters());
        MonthlySeries out = sim.run(1, m -> { });
        memory = new MonthlySeriesSource(out, sim.clock(), 0.01);
        // the rows the store writes (zeros included) and reads back as a table
        SeriesTable.Builder b = SeriesTable.builder();
        SeriesRows.forEach(out, sim.clock(), 0.01, (m, label, metric, key, value) -> b.add(label, metric, key, value));
        stored = b.build();
    }

    @Test
    void theFileParsesCoversEveryFactAndDocumentsItsMappings() {
        List<Target> targets = TargetFile.defaults();
        for (int i = 1; i <= 15; i++) {
            String fact = "T" + i;
            assertThat(targets).as(fact).anyMatch(t -> t.id().equals(fact) || t.id().startsWith(fact + "_"));
        }
        for (String id : NOT_AVAILABLE) {
            assertThat(targets).filteredOn(t -> t.id().equals(id)).singleElement()
                    .satisfies(t -> assertThat(t.note()).startsWith("Not available:"));
        }
    }

    @Test
    void everyTargetIsComputableExceptTheDocumentedOnes() {
        Set<String> missing = new TreeSet<>();
        for (Target t : TargetFile.defaults()) {
            TargetStatistic.Evaluation e = TargetStatistic.evaluate(t, memory);
            if (!e.available()) {
                missing.add(t.id());
                assertThat(e.missing()).as(t.id()).startsWith("the model has no metric");
            }
        }
        assertThat(missing).isEqualTo(NOT_AVAILABLE);
    }

    @Test
    void theStoredTableGivesTheCalibrationsStatistics() {
        int compared = 0;
        for (Target t : TargetFile.defaults()) {
            TargetStatistic.Evaluation a = TargetStatistic.evaluate(t, memory);
            TargetStatistic.Evaluation b = TargetStatistic.evaluate(t, stored);
            assertThat(b.missing()).as(t.id()).isEqualTo(a.missing());
            if (!a.available() || Double.isNaN(a.value())) {
                assertThat(b.value()).as(t.id()).isNaN();
                continue;
            }
            double scale = Math.max(Math.abs(a.value()), 1e-300);
            assertThat(Math.abs(b.value() - a.value()) / scale).as(t.id() + ": " + a.value() + " vs " + b.value())
                    .isLessThanOrEqualTo(1e-9);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(15);
    }
}

package org.corvee.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/**
 * Every bundled scenario runs over its whole period at scale 0.001 (about 23,000
 * agents), keeps workers abroad, and — except the baseline — gives results different from the
 * baseline's (a scenario that changed nothing would be a defect).
 */
class BundledScenariosRunTest {
    private final ScenarioLoader loader = new ScenarioLoader(ParameterCatalog.load());

    private static String csv(Scenario s, int threads) throws IOException {
        Simulation sim = Simulation.build(s.parameters(), s.timeline());
        MonthlySeries series = sim.run(threads, m -> { });
        StringWriter w = new StringWriter();
        SeriesCsvWriter.write(series, sim.clock(), s.parameters().get("run.scale"), w);
        assertThat(series.months()).isEqualTo(252);
        assertThat(series.rawTotal(series.months() - 1, sim.metrics().abroad)).as(s.name()).isPositive();
        return w.toString();
    }

    @Test
    void everyScenarioRunsAndDiffersFromTheBaseline() throws Exception {
        Map<String, String> out = new HashMap<>();
        for (String name : BundledScenarios.names()) {
            Scenario s = loader.override(loader.bundled(name), List.of("run.scale=0.001"));
            out.put(name, csv(s, 1));
        }
        for (String name : out.keySet()) {
            if (!name.equals("baseline")) {
                assertThat(out.get(name)).as(name + " against baseline").isNotEqualTo(out.get("baseline"));
            }
        }
    }

    @Test
    void aTimelineScenarioIsIdenticalOnOneAndTwoThreads() throws Exception {
        // 0.004 ≈ 93k agents: three chunks, so the parallel outside-source phase really splits.
        Scenario s = loader.override(loader.bundled("information-campaign"),
                List.of("run.scale=0.004", "run.end_year=2016"));
        Simulation a = Simulation.build(s.parameters(), s.timeline());
        Simulation b = Simulation.build(s.parameters(), s.timeline());
        StringWriter one = new StringWriter();
        StringWriter two = new StringWriter();
        SeriesCsvWriter.write(a.run(1, m -> { }), a.clock(), 0.004, one);
        SeriesCsvWriter.write(b.run(2, m -> { }), b.clock(), 0.004, two);
        assertThat(two.toString()).isEqualTo(one.toString()).contains("heard_outside_source");
    }
}

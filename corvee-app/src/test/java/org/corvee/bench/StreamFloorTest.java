package org.corvee.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/** Measuring floors does not change a run, and every phase with a floor gets one. */
class StreamFloorTest {
    private static String csv(Parameters p, boolean observe, StreamFloor[] floor) throws IOException {
        Simulation sim = Simulation.build(p, 2);
        if (observe) {
            floor[0] = new StreamFloor(sim.world(), sim.postings(), sim.demographyMetrics());
            sim.engine().observe(floor[0]);
        }
        MonthlySeries s = sim.run(2, m -> { });
        StringWriter w = new StringWriter();
        SeriesCsvWriter.write(s, sim.clock(), p.get("run.scale"), w);
        return w.toString();
    }

    @Test
    void observingFloorsLeavesTheSeriesUnchanged() throws IOException {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.003).with("run.end_year", 2013);
        StreamFloor[] floor = new StreamFloor[1];
        assertThat(csv(p, true, floor)).isEqualTo(csv(p, false, floor));
        assertThat(floor[0].totals()).containsOnlyKeys("application", "selection", "departure", "abroad",
                "word-of-mouth", "census", "work-conditions", "defection", "family-watch", "abroad-census",
                "posting-site-life", "posting-census", "demography", "belief-memory", "military-service");
        assertThat(floor[0].totals().values()).allSatisfy(ns -> assertThat(ns).isPositive());
        // the scheduled phases' polls: what reading every row would cost, beside their floors
        assertThat(floor[0].pollTotals()).containsOnlyKeys("census", "demography", "belief-memory", "family-watch",
                "word-of-mouth");
        assertThat(floor[0].pollTotals().values()).allSatisfy(ns -> assertThat(ns).isPositive());
        long floors = floor[0].totals().values().stream().mapToLong(Long::longValue).sum()
                + floor[0].pollTotals().values().stream().mapToLong(Long::longValue).sum();
        assertThat(floor[0].overheadNanos()).isGreaterThanOrEqualTo(floors);
    }
}

package org.corvee.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Every phase that reads person rows reports them, full scans report the population, the
 * application phase its twelfth, list phases less; the counts do not depend on the threads.
 */
class TouchedShareTest {
    private static Simulation run(int threads) {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.003).with("run.end_year", 2013);
        Simulation sim = Simulation.build(p, threads);
        sim.run(threads, m -> { });
        return sim;
    }

    @Test
    void phasesReportTheRowsTheyRead() {
        Simulation sim = run(2);
        Map<String, Long> rows = sim.engine().touchedRows();
        long persons = sim.world().population().size;
        int months = sim.clock().months();
        // The census reads its running tally; it counts every person once, in the first month.
        assertThat(rows.get("census")).isEqualTo(persons);
        // One row in twelve, give or take one per chunk and month.
        assertThat((double) rows.get("application")).isCloseTo(persons * months / 12.0,
                org.assertj.core.data.Offset.offset(persons * months * 0.01));
        for (String list : new String[] {"selection", "departure", "abroad", "work-conditions", "defection",
            "family-watch", "abroad-census", "host-report", "word-of-mouth"}) {
            assertThat(rows.get(list)).as(list).isPositive().isLessThan(persons * months);
        }
        // Scheduled (issue 15): one scan to file the rows, then only the rows whose month has come.
        for (String list : new String[] {"demography", "belief-memory"}) {
            assertThat(rows.get(list)).as(list).isPositive().isLessThan(persons * months);
        }
        assertThat(rows.get("timeline")).isZero();
        assertThat(rows.keySet()).containsExactlyElementsOf(
                sim.engine().phases().stream().map(org.corvee.engine.Phase::name).toList());
    }

    @Test
    void touchedCountsAreTheSameOnOneAndTwoThreads() {
        assertThat(run(1).engine().touchedRows()).isEqualTo(run(2).engine().touchedRows());
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/**
 * The list phases (work conditions, defection, selection's vacancies, abroad census, host report)
 * split the workers abroad into fixed chunks of 1,024 rows for the run's threads. At a scale where
 * the list spans several chunks, 1 and 2 threads give byte-identical series.
 */
class ListPhasesDeterminismTest {
    private static final int LIST_CHUNK = 1024;

    @Test
    void listPhasesOverSeveralChunksGiveTheSameSeriesOnOneAndTwoThreads() throws IOException {
        // 0.05 ≈ 1.2M agents, ~4,000 abroad: four chunks of the abroad list.
        Parameters p = TestParameters.small(0.05, 2010, 2011);
        int[] largest = new int[1];
        String one = csv(p, 1, largest);
        String two = csv(p, 2, largest);
        assertThat(largest[0]).isGreaterThan(2 * LIST_CHUNK);
        assertThat(two).isEqualTo(one);
    }

    private static String csv(Parameters p, int threads, int[] largest) throws IOException {
        Simulation sim = Simulation.build(p);
        MonthlySeries s = sim.run(threads,
                m -> largest[0] = Math.max(largest[0], sim.world().dispatch().abroad.size()));
        StringWriter w = new StringWriter();
        SeriesCsvWriter.write(s, sim.clock(), p.get("run.scale"), w);
        return w.toString();
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/**
 * The list phases (work conditions, abroad, defection, abroad census, host report) split the
 * workers abroad into fixed chunks of 1,024 rows, handed to the run's threads once the list holds
 * 12 chunks; departure splits its screening queue (from 2 chunks) the same way, and each keeps
 * what rows share on one thread in list order. At a
 * scale where the lists are that long, 1 and 2 threads give byte-identical series.
 */
class ListPhasesDeterminismTest {
    private static final int PARALLEL_FROM = 12 * 1024;
    private static final int QUEUE_PARALLEL_FROM = 2 * 1024;

    @Test
    void listPhasesOverSeveralChunksGiveTheSameSeriesOnOneAndTwoThreads() throws IOException {
        // 0.3 ≈ 7M agents, ~13,700 abroad in 2010: the list phases run on both threads.
        Parameters p = TestParameters.small(0.3, 2010, 2010);
        int[] largest = new int[2];
        String one = csv(p, 1, largest);
        String two = csv(p, 2, largest);
        assertThat(largest[0]).isGreaterThan(PARALLEL_FROM);
        assertThat(largest[1]).isGreaterThan(QUEUE_PARALLEL_FROM);
        assertThat(two).isEqualTo(one);
    }

    private static String csv(Parameters p, int threads, int[] largest) throws IOException {
        Simulation sim = Simulation.build(p);
        MonthlySeries s = sim.run(threads,
                m -> {
                    largest[0] = Math.max(largest[0], sim.world().dispatch().abroad.size());
                    largest[1] = Math.max(largest[1], sim.world().dispatch().screening.size());
                });
        StringWriter w = new StringWriter();
        SeriesCsvWriter.write(s, sim.clock(), p.get("run.scale"), w);
        return w.toString();
    }
}

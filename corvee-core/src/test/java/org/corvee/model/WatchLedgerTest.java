package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.WatchLedger;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;
import org.corvee.output.SeriesCsvWriter;
import org.junit.jupiter.api.Test;

/**
 * The family watch (OD7) is counted where it changes ({@link WatchLedger}) and added to a row's
 * risk only when the risk is read or changed. Adding it earlier must change nothing: a run that
 * settles every row after every month gives the same series, byte for byte, as one that
 * settles lazily. And the exactness rests on one fact, checked here: a household lives in one
 * province, so all the watch additions a row receives in a month share one value.
 */
class WatchLedgerTest {
    private static final Parameters P = TestParameters.small(0.004, 2010, 2016);

    @Test
    void settlingEveryRowEveryMonthGivesTheSameSeriesAsSettlingLazily() throws IOException {
        int[] pending = new int[1];
        String lazy = csv(false, pending);
        String eager = csv(true, pending);
        // Not vacuous: rows had watch additions pending when the eager run settled them.
        assertThat(pending[0]).isPositive();
        assertThat(eager).isEqualTo(lazy);
    }

    @Test
    void everyHouseholdLivesInOneProvince() {
        Simulation sim = Simulation.build(P);
        Population pop = sim.world().population();
        int[] checked = new int[1];
        sim.run(1, m -> {
            if (m % 12 != 11) {
                return;
            }
            Households homes = pop.households;
            for (int h = 0; h < homes.count(); h++) {
                int first = homes.first(h);
                for (int j = first; j != Households.NONE; j = homes.next(j)) {
                    assertThat(pop.province[j]).as("household %d, month %d", h, m).isEqualTo(pop.province[first]);
                    checked[0]++;
                }
            }
        });
        assertThat(checked[0]).isPositive();
    }

    private static String csv(boolean eager, int[] pending) throws IOException {
        Simulation sim = Simulation.build(P);
        Population pop = sim.world().population();
        MonthlySeries s = sim.run(1, m -> {
            WatchLedger watch = sim.world().dispatch().watch;
            if (!eager || watch == null) {
                return;
            }
            for (int i = 0; i < pop.size; i++) {
                if (pop.status[i] != Status.VACANT && (pop.flags[i] & PersonFlags.AT_RISK) != 0) {
                    float before = pop.risk[i];
                    watch.settle(i);
                    pending[0] += pop.risk[i] != before ? 1 : 0;
                }
            }
        });
        StringWriter w = new StringWriter();
        SeriesCsvWriter.write(s, sim.clock(), P.get("run.scale"), w);
        return w.toString();
    }
}

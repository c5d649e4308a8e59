package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Workers on a hardship posting are not released for work abroad (OD3, DP6): at the end of
 * every month of a run with both channels busy, everyone on site is at home (not an applicant,
 * in screening, abroad, dead or defected). Site life has no "left for abroad" exit, so a posted
 * worker let through to selection would show here as on site and in screening.
 */
class PostedWorkersStayTest {
    @Test
    void nobodyOnSiteIsEverAwayFromHome() {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.002).with("run.start_year", 2010)
                .with("run.end_year", 2016).with("run.seed", 5);
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        long[] checked = new long[1];
        long[] abroad = new long[1];
        sim.run(1, m -> {
            for (int i = 0; i < pop.size; i++) {
                if (pop.posting[i] == PostingStatus.ON_SITE) {
                    assertThat(pop.status[i]).as("person %d in month %d", i, m).isEqualTo(Status.HOME);
                    checked[0]++;
                } else if (pop.status[i] == Status.ABROAD) {
                    abroad[0]++;
                }
            }
        });
        assertThat(checked[0]).as("worker-months on site").isPositive();
        assertThat(abroad[0]).as("worker-months abroad").isPositive();
    }
}

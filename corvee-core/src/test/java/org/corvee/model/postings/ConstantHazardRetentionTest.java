package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.world.LeaveReason;
import org.corvee.model.world.Site;
import org.junit.jupiter.api.Test;

/**
 * Known answer (DP6): with every effect on the exit hazard at zero and no term, a cohort's
 * retention after t months is {@code (1 − h)^t} with {@code h = 1 − exp(−exit_rate)}.
 */
class ConstantHazardRetentionTest {
    @Test
    void retentionFollowsTheClosedForm() {
        double rate = 0.03;
        int n = 20_000;
        Parameters p = PostingWorlds.constantHazard(PostingWorlds.oneSite(2010, 2013), rate)
                .with("postings.discharges_per_year", n).with("mechanism.dp4_term", 0);
        // 40,000 men aged 27.5 in January 2010: the April 2010 wave takes 20,000 of them.
        Population pop = PostingWorlds.menAlone(2 * n, 27, 2010);
        Simulation sim = Simulation.of(p, pop, PostingWorlds.noTies(pop.size));
        MonthlySeries s = sim.run(1, m -> { });
        Cohort c = sim.postings().cohorts().get(0);
        assertThat(c.arrived()).isEqualTo(n);
        assertThat(c.start).isEqualTo(3);
        double h = 1 - Math.exp(-rate);
        for (int t = 1; t <= 44; t++) {
            double expected = Math.pow(1 - h, t);
            double sd = Math.sqrt(n * expected * (1 - expected));
            assertThat((double) c.onSiteAfter[t]).as("on site after %d months", t)
                    .isBetween(n * expected - 4 * sd, n * expected + 4 * sd);
        }
        // The pooled series point at 12 months is the same cohort's retention, read from the counters.
        PostingMetrics pm = sim.postingMetrics();
        int month12 = c.start + 11;
        assertThat(s.raw(month12, pm.reached, 0)).isEqualTo(n);
        assertThat(s.raw(month12, pm.retained, 0)).isEqualTo(c.onSiteAfter[12]);
        // Everyone who left did so through the hazard ("escape"); nobody else is counted.
        long escaped = 0;
        for (int m = 0; m < s.months(); m++) {
            escaped += s.raw(m, pm.leavers, Site.KAECHON.ordinal() * LeaveReason.values().length
                    + LeaveReason.ESCAPE.ordinal());
        }
        assertThat(escaped).isEqualTo(s.rawTotalAllMonths(pm.leavers));
    }
}

package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Direction of each incentive (DP3) and of the ideological sessions (DP7) on retention.
 *
 * <p>A synthetic population at scale 0.02 with large discharge waves (so that several thousand
 * workers arrive) and no replacement cohorts, so that every variant sends the same persons
 * (the same seed draws the same assignees and the same uniforms): the comparison then isolates
 * the switched mechanism. Retention is measured as the mean number of months on site per
 * arrival within the run (the area under the pooled retention curves): flats go to the longest
 * serving workers first, so housing acts on cohorts' later months, and a window of the first
 * months only would miss it.
 */
class IncentiveRetentionTest {
    static Parameters world() {
        return ParameterCatalog.load().defaults().with("run.scale", 0.02).with("run.start_year", 2010)
                .with("run.end_year", 2016).with("postings.discharges_per_year", 150_000)
                .with("mechanism.dp8_replacement", 0)
                // Waves far larger than the census's soldiers could supply: young men of
                // discharge age stand in for ex-soldiers (X1 military service off).
                .with("mechanism.x1_military_service", 0);
    }

    record Outcome(double retention, long arrivals, Simulation sim, MonthlySeries series) {
    }

    static Outcome run(Parameters p) {
        Simulation sim = Simulation.build(p);
        MonthlySeries s = sim.run(2, m -> { });
        List<Cohort> cohorts = sim.postings().cohorts();
        long arrived = 0;
        long onSiteMonths = 0;
        for (Cohort c : cohorts) {
            arrived += c.arrived();
            for (int t = 1; t < c.onSiteAfter.length; t++) {
                onSiteMonths += c.onSiteAfter[t];
            }
        }
        return new Outcome((double) onSiteMonths / arrived, arrived, sim, s);
    }

    @Test
    void switchingOffAnIncentiveLowersRetention() {
        Outcome all = run(world());
        assertThat(all.arrivals()).isGreaterThan(3000);
        for (String incentive : new String[] {"dp3_housing", "dp3_matchmaking", "dp3_aid"}) {
            Outcome off = run(world().with("mechanism." + incentive, 0));
            // Nearly the same persons arrive. Not exactly: one show-up in 5,022 moves with
            // mechanism.x3_belief_memory on (the counts are equal with it off). The fading at
            // home no longer depends on when rows are read (HomeMemory's reads write nothing,
            // tested there), so that is not the cause; it is not identified (a candidate: leavers
            // of a site may apply to go abroad, ApplicationPhase skips only those on site).
            assertThat((double) off.arrivals()).as("nearly the same persons arrive")
                    .isCloseTo(all.arrivals(), org.assertj.core.data.Offset.offset(all.arrivals() * 0.001));
            assertThat(off.retention()).as("retention with %s off (all on: %s)", incentive, all.retention())
                    .isLessThan(all.retention());
        }
    }

    @Test
    void sessionsRaiseResentmentAndLeavingAtTheDefaults() {
        Outcome on = run(world());
        Outcome off = run(world().with("mechanism.dp7_sessions", 0));
        PostingMetrics pm = on.sim().postingMetrics();
        // As docs/ODD.md (DP7) states for the defaults: sessions raise resentment, and their
        // resentment effect on leaving outweighs their small compliance effect.
        long extra = on.series().rawTotalAllMonths(pm.sessionExtraLeavers);
        assertThat(extra).as("expected extra leavers from sessions (micro-persons)").isPositive();
        int last = on.series().months() - 1;
        assertThat(on.series().rawTotal(last, pm.resentmentSum))
                .isGreaterThan(on.series().rawTotal(last, pm.resentmentWithoutSessionsSum));
        // Nearly the same persons arrive, as in the test above: 5,035 with sessions, 5,033 without
        // (equal with X1 marriage off). Sessions change who leaves a site and when, so who is at
        // home to marry; since the married leave the marriage lists, one marriage more or less
        // shifts the draws of the later rows of its birth month's list (Marriages).
        assertThat((double) on.arrivals()).as("nearly the same persons arrive")
                .isCloseTo(off.arrivals(), org.assertj.core.data.Offset.offset(on.arrivals() * 0.001));
        assertThat(on.retention()).as("retention with sessions vs without (%s)", off.retention())
                .isLessThan(off.retention());
        double meanOn = (double) on.series().rawTotal(last, pm.resentmentSum) / on.series().rawTotal(last, pm.headcount);
        double meanOff = (double) off.series().rawTotal(last, pm.resentmentSum)
                / off.series().rawTotal(last, pm.headcount);
        assertThat(meanOn).isGreaterThan(meanOff);
        // The within-run counterfactual is zero when no session is held.
        assertThat(off.series().rawTotalAllMonths(pm.sessionExtraLeavers)).isZero();
    }
}

package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.world.LeaveReason;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Site;
import org.junit.jupiter.api.Test;

/**
 * One cohort of three ex-soldiers at Kaechon, computed by hand.
 *
 * <p>Rows: 0 is a man of 27 married to row 1 (a woman, not eligible); rows 2 and 3 are men of 27
 * living alone. The April 2010 wave assigns the three men (wave size 3, everyone shows up).
 * Row 0 comes alone (come_alone_share 1). Three flats are finished in January 2010. Nobody
 * leaves early (exit_rate 0); the term is 2 months and everyone leaves when it ends.
 */
class OneCohortWorldTest {
    private static Parameters params() {
        return PostingWorlds.oneSite(2010, 2010)
                .with("postings.discharges_per_year", 3).with("postings.exit_rate", 0)
                .with("site.kaechon.target", 3).with("site.kaechon.housing_units", 3)
                .with("site.kaechon.build_start_year", 2010).with("site.kaechon.build_years", 0.1)
                .with("postings.block_units", 2).with("postings.housing_unit_cost_usd", 5000)
                .with("postings.come_alone_share", 1.0).with("postings.inheritance_fear", 0.0)
                .with("postings.move_in_rate", 1.0).with("postings.marriage_rate", 0.0)
                .with("postings.matchmaking_rate", 1.0).with("postings.matchmaking_cost_usd", 300)
                .with("postings.aid_usd", 10).with("postings.term_months", 2).with("postings.term_end_leave", 1.0);
    }

    private static Population people() {
        Population pop = PostingWorlds.menAlone(4, 27, 2010);
        // Rows 0 and 1 form household 0; rows 2 and 3 households 1 and 2.
        int[] hh = {0, 0, 1, 2};
        for (int i = 0; i < 4; i++) {
            pop.household[i] = hh[i];
        }
        pop.households.layOut(new int[] {0, 2, 3, 4});
        pop.sex[1] = 0;
        return pop;
    }

    @Test
    void threeMenArriveHousingMarriageAidResentmentAndTermEndByHand() {
        Population pop = people();
        Simulation sim = Simulation.of(params(), pop, PostingWorlds.noTies(4));
        PostingMetrics pm = sim.postingMetrics();
        int[] flatsInUse = new int[12];
        MonthlySeries s = sim.run(1, m -> flatsInUse[m] = sim.postings().housing(Site.KAECHON).occupied());
        int k = Site.KAECHON.ordinal();
        int incentives = PostingMetrics.INCENTIVE.size();

        // Month 0 (Jan): two blocks of 2 flats → 3 flats (the plan), cost 3 × $5,000.
        assertThat(s.raw(0, pm.built, k)).isEqualTo(3);
        assertThat(s.raw(0, pm.cost, k * incentives + PostingMetrics.HOUSING)).isEqualTo(1_500_000);
        // Month 3 (April): the wave; all three men assigned and arrived, the woman not.
        Cohort c = sim.postings().cohorts().get(0);
        assertThat(sim.postings().cohorts()).hasSize(1);
        assertThat(c.start).isEqualTo(3);
        assertThat(c.members).containsExactlyInAnyOrder(0, 2, 3);
        assertThat(pop.posting[1]).isEqualTo(PostingStatus.NONE);
        int discharge = k * CohortSource.values().length + CohortSource.DISCHARGE.ordinal();
        assertThat(s.raw(3, pm.assigned, discharge)).isEqualTo(3);
        assertThat(s.raw(3, pm.arrivals, discharge)).isEqualTo(3);
        // Every man gets a flat; the two single men move in at once (move_in_rate 1, no fear),
        // row 0's flat stays empty because his wife stayed home.
        assertThat(s.raw(3, pm.allocated, k)).isEqualTo(3);
        assertThat(s.raw(3, pm.occupied, k)).isEqualTo(2);
        // Matchmaking (rate 1) marries both single men in April: 2 arranged marriages, $600.
        assertThat(s.raw(3, pm.marriagesArranged, k)).isEqualTo(2);
        assertThat(s.raw(3, pm.cost, k * incentives + PostingMetrics.MATCHMAKING)).isEqualTo(60_000);
        // Aid: 3 workers × $10 in April and May; none in June (they leave before it is paid).
        assertThat(s.raw(3, pm.cost, k * incentives + PostingMetrics.AID)).isEqualTo(3_000);
        assertThat(s.raw(4, pm.cost, k * incentives + PostingMetrics.AID)).isEqualTo(3_000);
        assertThat(s.raw(5, pm.cost, k * incentives + PostingMetrics.AID)).isZero();
        // Sessions at target headcount: sessions_base = 2 a month.
        assertThat(s.raw(3, pm.sessions, k)).isEqualTo(2_000);
        // Resentment by hand. Kaechon: work 0.8, living 0.7 × (1 − aid relief 0.3) = 0.49.
        // Hardship growth 0.02 × (0.8 + 0.49) / 2 = 0.0129; sessions 0.01 × 2 = 0.02;
        // separation 0.01; decay 0.05; start 0.1.
        double single = 0.1;
        double alone = 0.1;
        double singleNoSessions = 0.1;
        for (int month = 3; month <= 4; month++) {
            single = single + (1 - single) * (0.0129 + 0.02) - 0.05 * single;
            alone = alone + (1 - alone) * (0.0129 + 0.02 + 0.01) - 0.05 * alone;
            singleNoSessions = singleNoSessions + (1 - singleNoSessions) * 0.0129 - 0.05 * singleNoSessions;
            long expectedSum = Math.round((float) single * 1e6) * 2 + Math.round((float) alone * 1e6);
            assertThat((double) s.raw(month, pm.resentmentSum, k)).as("resentment sum in month %d", month)
                    .isCloseTo(expectedSum, within(3.0));
        }
        int row0 = indexOf(c, 0);
        int row2 = indexOf(c, 2);
        assertThat((double) c.resentment[row0]).isCloseTo(alone, within(1e-6));
        assertThat((double) c.resentment[row2]).isCloseTo(single, within(1e-6));
        assertThat((double) c.resentmentWithoutSessions[row2]).isCloseTo(singleNoSessions, within(1e-6));
        // June (month 5): the 2-month term is served; everyone leaves (term_end_leave 1).
        int termEnd = k * LeaveReason.values().length + LeaveReason.TERM_END.ordinal();
        assertThat(s.raw(5, pm.leavers, termEnd)).isEqualTo(3);
        assertThat(s.rawTotalAllMonths(pm.leavers)).isEqualTo(3);
        assertThat(c.onSiteAfter[0]).isEqualTo(3);
        assertThat(c.onSiteAfter[1]).isEqualTo(3);
        assertThat(c.onSiteAfter[2]).isEqualTo(3);
        assertThat(c.onSiteAfter[3]).isZero();
        assertThat(c.retention(2)).isEqualTo(1.0);
        assertThat(c.retention(3)).isEqualTo(0.0);
        // Flats come back: built 3, none allocated or occupied after June.
        assertThat(s.raw(5, pm.allocated, k)).isZero();
        assertThat(flatsInUse[5]).isZero();
        assertThat(s.raw(11, pm.built, k)).isEqualTo(3);
        for (int i : new int[] {0, 2, 3}) {
            assertThat(pop.posting[i]).isEqualTo(PostingStatus.LEFT_AT_TERM);
            assertThat(pop.province[i]).isEqualTo((byte) Province.SOUTH_PYONGAN.ordinal());
        }
        // No exit hazard, so the sessions' expected effect on leaving is exactly zero.
        assertThat(s.rawTotalAllMonths(pm.sessionExtraLeavers)).isZero();
    }

    private static int indexOf(Cohort c, int person) {
        for (int k = 0; k < c.members.length; k++) {
            if (c.members[k] == person) {
                return k;
            }
        }
        throw new AssertionError("person " + person + " not in cohort");
    }
}

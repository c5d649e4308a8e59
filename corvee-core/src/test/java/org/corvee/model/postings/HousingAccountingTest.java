package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Site;
import org.junit.jupiter.api.Test;

/**
 * Occupancy accounting (DP3, DP6): a flat is never held or occupied twice, occupied ≤ allocated ≤
 * built, and the reported counts equal an independent recount from the cohorts' members, every
 * month of a run.
 */
class HousingAccountingTest {
    @Test
    void aFlatIsNeverOccupiedTwice() {
        HousingStock h = new HousingStock();
        assertThat(h.buildTo(2)).isEqualTo(2);
        int a = h.allocate(10);
        int b = h.allocate(11);
        assertThat(a).isNotEqualTo(b);
        assertThat(h.allocate(12)).isEqualTo(-1);
        h.occupy(a, 10);
        assertThatThrownBy(() -> h.occupy(a, 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> h.occupy(b, 10)).isInstanceOf(IllegalStateException.class);
        assertThat(h.occupied()).isEqualTo(1);
        h.release(a, 10);
        assertThat(h.occupied()).isZero();
        assertThat(h.allocated()).isEqualTo(1);
        assertThat(h.allocate(12)).isEqualTo(a);
        assertThatThrownBy(() -> h.release(a, 10)).isInstanceOf(IllegalStateException.class);
        assertThat(h.buildTo(1)).isZero();
        assertThat(h.built()).isEqualTo(2);
    }

    @Test
    void occupancyCountsMatchARecountEveryMonth() {
        // Early, fast building and plenty of arrivals so that flats run out and are reused.
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.01).with("run.start_year", 2010)
                .with("run.end_year", 2015).with("postings.discharges_per_year", 60_000)
                .with("postings.move_in_rate", 0.2);
        for (Site s : Site.values()) {
            p = p.with("site." + s.id() + ".build_start_year", 2010).with("site." + s.id() + ".build_years", 2);
        }
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        Postings postings = sim.postings();
        MonthlySeries s = sim.run(2, m -> {
            for (Site site : Site.values()) {
                HousingStock stock = postings.housing(site);
                Set<Integer> held = new HashSet<>();
                int inFlat = 0;
                for (Cohort c : postings.cohorts()) {
                    if (c.site != site) {
                        continue;
                    }
                    for (int k = 0; k < c.members.length; k++) {
                        int u = c.unit[k];
                        boolean onSite = c.has(k, Cohort.ON_SITE);
                        assertThat(onSite).isEqualTo(pop.posting[c.members[k]] == PostingStatus.ON_SITE);
                        if (u < 0) {
                            assertThat(c.has(k, Cohort.IN_FLAT)).isFalse();
                            continue;
                        }
                        assertThat(onSite).as("only workers on site hold flats").isTrue();
                        assertThat(held.add(u)).as("flat %d of %s held twice", u, site).isTrue();
                        assertThat(stock.holder(u)).isEqualTo(c.members[k]);
                        assertThat(stock.occupiedFlat(u)).isEqualTo(c.has(k, Cohort.IN_FLAT));
                        inFlat += c.has(k, Cohort.IN_FLAT) ? 1 : 0;
                    }
                }
                assertThat(held).hasSize(stock.allocated());
                assertThat(inFlat).isEqualTo(stock.occupied());
                assertThat(stock.occupied()).isLessThanOrEqualTo(stock.allocated());
                assertThat(stock.allocated()).isLessThanOrEqualTo(stock.built());
            }
        });
        PostingMetrics pm = sim.postingMetrics();
        long occupiedEver = 0;
        for (int m = 0; m < s.months(); m++) {
            for (Site site : Site.values()) {
                int k = site.ordinal();
                assertThat(s.raw(m, pm.occupied, k)).isLessThanOrEqualTo(s.raw(m, pm.allocated, k));
                assertThat(s.raw(m, pm.allocated, k)).isLessThanOrEqualTo(s.raw(m, pm.built, k));
                occupiedEver += s.raw(m, pm.occupied, k);
            }
        }
        // The test must have exercised flats being taken, lived in and given back.
        assertThat(occupiedEver).isPositive();
        assertThat(s.rawTotalAllMonths(pm.leavers)).isPositive();
    }
}

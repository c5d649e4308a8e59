package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.WorksiteTies;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Sector;
import org.junit.jupiter.api.Test;


/**
 * Ties formed at worksites and carried home (X2, {@link WorksiteTies}): switched off, the
 * network is exactly the one built at the start and the run equals one where returnees keep no
 * co-workers; switched on, returnees hold ties that cross provinces far more often than the
 * local network's, and accounts reach more people.
 */
class WorksiteTiesTest {
    private static Parameters world(boolean ties) {
        Parameters p = TestParameters.small(0.003, 2010, 2014).with("mechanism.x2_worksite_ties", ties ? 1 : 0);
        // Worksites are fixed-size containers: at this scale one of 60 persons holds a single
        // agent, with no co-workers to keep; sites of 2,000 persons hold several agents.
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".worksite_size", 2000);
        }
        for (Sector s : Sector.values()) {
            p = p.with("sector." + s.id() + ".worksite_size", 0);
        }
        return p;
    }

    private static long[] edges(SocialNetwork net) {
        long[] e = new long[net.size() + 1];
        long h = 0;
        for (int i = 0; i < net.size(); i++) {
            for (int x = net.start(i); x < net.end(i); x++) {
                h = h * 31 + net.target(x);
            }
            e[i] = net.end(i) - net.start(i);
        }
        e[net.size()] = h;
        return e;
    }

    @Test
    void switchedOffTheNetworkIsTheOldOneExactly() {
        Simulation off = Simulation.build(world(false));
        long[] before = edges(off.world().network());
        MonthlySeries a = off.run(2, m -> { });
        assertThat(edges(off.world().network())).isEqualTo(before);
        assertThat(off.world().dispatch().worksiteTies.holders()).isZero();
        Simulation none = Simulation.build(world(true).with("network.worksite_ties", 0));
        MonthlySeries b = none.run(2, m -> { });
        assertThat(none.world().dispatch().worksiteTies.holders()).isZero();
        DispatchMetrics da = off.metrics();
        DispatchMetrics db = none.metrics();
        for (int m = 0; m < a.months(); m++) {
            assertThat(b.rawTotal(m, db.newlyInformed)).isEqualTo(a.rawTotal(m, da.newlyInformed));
            assertThat(b.rawTotal(m, db.applicants)).isEqualTo(a.rawTotal(m, da.applicants));
        }
    }

    @Test
    void switchedOnReturneesCarryTiesAcrossProvincesAndTellMorePeople() {
        Simulation on = Simulation.build(world(true));
        MonthlySeries s = on.run(2, m -> { });
        Simulation off = Simulation.build(world(false));
        MonthlySeries t = off.run(2, m -> { });
        Population pop = on.world().population();
        WorksiteTies ties = on.world().dispatch().worksiteTies;
        assertThat(ties.holders()).isGreaterThan(100);
        long cross = 0;
        long all = 0;
        for (int i = 0; i < pop.size; i++) {
            int h = ties.find(i);
            if (h < 0) {
                continue;
            }
            for (int k = 0; k < ties.size(h); k++) {
                all++;
                cross += pop.province[ties.mate(h, k)] != pop.province[i] ? 1 : 0;
            }
        }
        // The local network keeps ~0.5% of ties between provinces; co-workers come from all ten.
        assertThat((double) cross / all).isGreaterThan(0.3);
        assertThat(s.rawTotalAllMonths(on.metrics().heardFirstHand))
                .isGreaterThan(t.rawTotalAllMonths(off.metrics().heardFirstHand));
    }
}

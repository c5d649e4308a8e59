package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.corvee.engine.IntList;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.WorksiteSizes;
import org.corvee.model.state.Worksites;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Status;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;


/** Worksites are fixed-size containers (OD6): filled first-fit, emptied as workers leave, never over size. */
class WorksitesTest {

    @Test
    void placesFillTheFirstWorksiteWithRoomAndOpenNewOnesBySectorSize() {
        Parameters p = ParameterCatalog.load().defaults();
        WorksiteSizes sizes = new WorksiteSizes(p, 1.0);
        Worksites sites = new Worksites();
        // China's sectors rotate garment, seafood, restaurant: 500, 200 and 13 places at scale 1.
        for (int k = 0; k < 500 + 200 + 13 + 1; k++) {
            sites.place(Destination.CHINA, sizes);
        }
        int china = Destination.CHINA.ordinal();
        assertThat(sites.opened(china)).isEqualTo(4);
        assertThat(sites.capacity(china, 0)).isEqualTo(500);
        assertThat(sites.capacity(china, 1)).isEqualTo(200);
        assertThat(sites.capacity(china, 2)).isEqualTo(13);
        assertThat(sites.agents(china, 2)).isEqualTo(13);
        assertThat(sites.agents(china, 3)).isEqualTo(1);
        // Russia has no sector sizes: the host's worksite_size (60).
        sites.place(Destination.RUSSIA, sizes);
        assertThat(sites.capacity(Destination.RUSSIA.ordinal(), 0)).isEqualTo(60);
    }

    @Test
    void aWorksiteHasItsHostsSectorWhetherOpenedOrNot() {
        Parameters p = ParameterCatalog.load().defaults();
        WorksiteSizes sizes = new WorksiteSizes(p, 1.0);
        Worksites sites = new Worksites();
        for (int k = 0; k < 800; k++) {
            sites.place(Destination.CHINA, sizes); // opens the first few of China's worksites only
        }
        assertThat(sites.opened(Destination.CHINA.ordinal())).isPositive();
        for (Destination d : Destination.values()) {
            for (int w = 0; w < 50; w++) {
                assertThat(sites.sector(d.ordinal(), w)).as("%s worksite %d", d, w)
                        .isEqualTo(WorksiteSizes.sectorOf(d, w).ordinal());
            }
        }
    }

    @Test
    void aPlaceFreedByALeaverIsTakenByTheNextArrival() {
        Parameters p = ParameterCatalog.load().defaults();
        WorksiteSizes sizes = new WorksiteSizes(p, 1.0);
        Worksites sites = new Worksites();
        Population pop = new Population(14, 1);
        IntList abroad = new IntList();
        for (int i = 0; i < 13; i++) {
            pop.status[i] = Status.ABROAD;
            pop.destination[i] = (byte) Destination.CHINA.ordinal();
            abroad.add(i);
        }
        // Open garment (0), seafood (1) and the restaurant (2, 13 places).
        for (int k = 0; k < 713; k++) {
            sites.place(Destination.CHINA, sizes);
        }
        sites.recount(pop, abroad);
        int china = Destination.CHINA.ordinal();
        for (int i = 0; i < 13; i++) {
            pop.worksite[i] = (short) 2;
        }
        sites.recount(pop, abroad);
        assertThat(sites.agents(china, 2)).isEqualTo(13);
        assertThat(sites.agents(china, 0)).isZero();
        pop.status[5] = Status.HOME;
        sites.recount(pop, abroad);
        assertThat(sites.agents(china, 2)).isEqualTo(12);
        assertThat(sites.place(Destination.CHINA, sizes)).isEqualTo(0);
    }

    @Test
    void occupancyIsKeptExactlyAndNeverAboveSizeInTheBaseline() throws Exception {
        Scenario base = new ScenarioLoader(ParameterCatalog.load()).bundled("baseline");
        Parameters p = base.parameters().with("run.scale", 0.02).with("mechanism.dp1_assignment", 0.0);
        Simulation sim = Simulation.build(p, base.timeline(), 1);
        Population pop = sim.world().population();
        Worksites sites = sim.world().dispatch().worksites;
        List<String> over = new ArrayList<>();
        // The occupancy kept at arrivals and exits equals a recount of the workers abroad.
        List<String> kept = new ArrayList<>();
        long[] checked = new long[1];
        sim.run(1, m -> {
            int nd = Destination.values().length;
            IntList abroad = sim.world().dispatch().abroad;
            int[][] count = new int[nd][];
            for (int d = 0; d < nd; d++) {
                count[d] = new int[sites.opened(d) + 1];
            }
            for (int k = 0; k < abroad.size(); k++) {
                int i = abroad.get(k);
                if (pop.status[i] == Status.ABROAD) {
                    int[] c = count[pop.destination[i]];
                    c[Math.min(pop.worksite[i], c.length - 1)]++;
                }
            }
            for (int d = 0; d < nd; d++) {
                for (int w = 0; w < sites.opened(d); w++) {
                    checked[0]++;
                    if (count[d][w] != sites.agents(d, w)) {
                        kept.add(sim.clock().label(m) + " " + Destination.values()[d].id() + " site " + w + ": "
                                + count[d][w] + " abroad, " + sites.agents(d, w) + " kept");
                    }
                    if (count[d][w] > sites.capacityAgents(d, w) || sites.persons(d, w) > sites.capacity(d, w)) {
                        over.add(sim.clock().label(m) + " " + Destination.values()[d].id() + " site " + w + ": "
                                + count[d][w] + " agents for " + sites.capacityAgents(d, w));
                    }
                }
                if (count[d][sites.opened(d)] > 0) {
                    over.add(sim.clock().label(m) + " " + Destination.values()[d].id() + ": worker at an unopened site");
                }
            }
        });
        assertThat(checked[0]).isPositive();
        assertThat(over).isEmpty();
        assertThat(kept).isEmpty();
    }

    @Test
    void aLeaverFreesThePlaceWithoutARecount() {
        Parameters p = ParameterCatalog.load().defaults();
        WorksiteSizes sizes = new WorksiteSizes(p, 1.0);
        Worksites sites = new Worksites();
        int china = Destination.CHINA.ordinal();
        // Garment (0, 500 places), seafood (1, 200), restaurant (2, 13), all full.
        for (int k = 0; k < 713; k++) {
            sites.place(Destination.CHINA, sizes);
        }
        sites.left(china, 1);
        assertThat(sites.agents(china, 1)).isEqualTo(199);
        assertThat(sites.place(Destination.CHINA, sizes)).isEqualTo(1);
        assertThat(sites.place(Destination.CHINA, sizes)).isEqualTo(3);
    }
}

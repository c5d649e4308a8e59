package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.corvee.engine.Metric;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Households;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.DispatchState;
import org.corvee.model.terms.DestinationTerms;
import org.corvee.model.terms.SectorTerms;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Province;
import org.corvee.model.world.Sector;
import org.corvee.model.world.Songbun;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/** Conservation and accounting invariants, checked every month of a small run. */
class InvariantsTest {
    private final Parameters p = TestParameters.small(0.003, 2010, 2017);

    private static long sumOver(MonthlySeries s, int m, Metric metric, int d, int width) {
        long sum = 0;
        for (int k = 0; k < width; k++) {
            sum += s.raw(m, metric, d * width + k);
        }
        return sum;
    }

    @Test
    void personsAreConservedStocksStayNonNegativeAndCountsAddUp() {
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        DispatchMetrics dm = sim.metrics();
        int[] abroadSeen = new int[Destination.values().length];
        java.util.List<Integer> occupied = new java.util.ArrayList<>();
        MonthlySeries s = sim.run(2, m -> {
            // Independent recount by scanning the table after each month.
            java.util.Arrays.fill(abroadSeen, 0);
            int persons = 0;
            for (int i = 0; i < pop.size; i++) {
                if (pop.status[i] == Status.VACANT) {
                    continue; // a row that holds nobody (X1 fertility)
                }
                persons++;
                assertThat(pop.savings[i]).isGreaterThanOrEqualTo(0f);
                assertThat(pop.debt[i]).isGreaterThanOrEqualTo(0f);
                assertThat(pop.confidenceNow(i)).isBetween(0f, 1f);
                if (pop.status[i] == Status.ABROAD) {
                    abroadSeen[pop.destination[i]]++;
                }
            }
            occupied.add(persons);
            // The abroad list's sites (read by the list phases instead of the rows) are the rows' own.
            DispatchState state = sim.world().dispatch();
            assertThat(state.abroadSites.size()).isEqualTo(state.abroad.size());
            assertThat(state.abroadTraits.size()).isEqualTo(state.abroad.size());
            assertThat(state.abroadDue.size()).isEqualTo(state.abroad.size());
            for (int k = 0; k < state.abroad.size(); k++) {
                int i = state.abroad.get(k);
                // The list passes skip the status column while no one on the list has left.
                assertThat(state.onlyAbroad() && pop.status[i] != Status.ABROAD)
                        .as("worker %d at list position %d has left, but the list says only abroad", i, k).isFalse();
                if (pop.status[i] == Status.ABROAD) {
                    assertThat(DispatchState.site(pop.destination[i], pop.worksite[i]))
                            .as("site of worker %d at list position %d", i, k).isEqualTo(state.abroadSites.get(k));
                    boolean soldier = (pop.flags[i] & PersonFlags.SOLDIER) != 0;
                    assertThat(DispatchState.traits(pop.province[i], pop.urban[i], soldier))
                            .as("traits of worker %d at list position %d", i, k).isEqualTo(state.abroadTraits.get(k));
                    assertThat(state.abroadDue.get(k)).as("due month of worker %d at list position %d", i, k)
                            .isEqualTo(pop.due[i]);
                }
            }
            for (Destination d : Destination.values()) {
                assertThat(sim.world().dispatch().abroadByDestination[d.ordinal()]).isEqualTo(abroadSeen[d.ordinal()]);
            }
        });
        // Every person is listed once, in their own household; vacant rows in none. A household's
        // members share one province (the demography's workers make births and deaths by province);
        // the occupied count is the households with members.
        long listed = 0;
        int occupiedHouseholds = 0;
        for (int h = 0; h < pop.households.count(); h++) {
            int members = 0;
            int before = Households.NONE;
            for (int j = pop.households.first(h); j != Households.NONE; j = pop.households.next(j)) {
                assertThat(pop.household[j]).isEqualTo(h);
                assertThat(pop.province[j]).as("province of member %d of household %d", j, h)
                        .isEqualTo(pop.province[pop.households.first(h)]);
                assertThat(pop.status[j]).isNotEqualTo(Status.VACANT);
                // the backward links (a leave unlinks by them) mirror the forward ones
                assertThat(pop.households.previous(j)).as("member before %d in household %d", j, h).isEqualTo(before);
                before = j;
                members++;
            }
            assertThat(pop.households.last(h)).as("last member of household %d", h).isEqualTo(before);
            assertThat(members).isEqualTo(pop.households.size(h));
            listed += members;
            occupiedHouseholds += members > 0 ? 1 : 0;
        }
        assertThat(pop.households.occupied()).isEqualTo(occupiedHouseholds);
        long atHomeOrAway = 0;
        for (int i = 0; i < pop.size; i++) {
            atHomeOrAway += pop.status[i] == Status.VACANT ? 0 : 1;
        }
        assertThat(listed).isEqualTo(atHomeOrAway);
        Metric abroad = dm.abroad;
        int perDestination = abroad.size() / Destination.values().length;
        for (int m = 0; m < s.months(); m++) {
            assertThat(s.rawTotal(m, dm.persons)).as("persons in month %d", m).isEqualTo((long) occupied.get(m));
            for (int cell = 0; cell < abroad.size(); cell++) {
                assertThat(s.raw(m, abroad, cell)).isGreaterThanOrEqualTo(0);
            }
            // Persons with status abroad (census) = the stock of workers abroad (flows).
            long abroadCensus = 0;
            for (int pr = 0; pr < Province.values().length; pr++) {
                abroadCensus += s.raw(m, dm.persons, pr * Status.COUNT + Status.ABROAD);
            }
            assertThat(s.rawTotal(m, abroad)).isEqualTo(abroadCensus);
            // Money flow closes exactly: gross = state + minders + living costs + worker.
            for (Destination d : Destination.values()) {
                int c = d.ordinal();
                assertThat(s.raw(m, dm.payGross, c)).isEqualTo(s.raw(m, dm.payState, c) + s.raw(m, dm.payMinders, c)
                        + s.raw(m, dm.payLiving, c) + s.raw(m, dm.payWorker, c));
                // Everyone paid in month m (after deaths, before defections) is still abroad at its
                // end, returned (incl. recalled) or defected; gross per worker lies within the
                // destination's sector wages.
                long paid = stockOf(s, m, abroad, c, perDestination) + returnsOf(s, m, dm, c)
                        + sumOver(s, m, dm.defections, c, Province.values().length) + s.raw(m, dm.groupDefectors, c);
                DestinationTerms t = DestinationTerms.of(d, p, m, p.get("run.scale"));
                double lo = Double.MAX_VALUE;
                double hi = 0;
                for (Sector sec : d.sectors()) {
                    double f = SectorTerms.of(sec, p).wageFactor();
                    lo = Math.min(lo, f);
                    hi = Math.max(hi, f);
                }
                assertThat(s.raw(m, dm.payGross, c)).isBetween(Math.round(paid * t.grossCents() * lo) - paid,
                        Math.round(paid * t.grossCents() * hi) + paid);
            }
            // Revenue is the state's part; what is taken is gross minus what workers keep.
            assertThat(s.rawTotal(m, dm.revenue)).isEqualTo(s.rawTotal(m, dm.payState));
            assertThat(s.rawTotal(m, dm.payGrossByKind)).isEqualTo(s.rawTotal(m, dm.payGross));
            assertThat(s.rawTotal(m, dm.payTakenByKind))
                    .isEqualTo(s.rawTotal(m, dm.payGross) - s.rawTotal(m, dm.payWorker));
            // Selections never exceed applicants.
            assertThat(s.rawTotal(m, dm.selected)).isLessThanOrEqualTo(s.rawTotal(m, dm.applicants));
        }
        assertThat(s.rawTotalAllMonths(dm.returns)).isPositive();
        assertThat(s.rawTotalAllMonths(dm.selected)).isPositive();
    }

    private static long returnsOf(MonthlySeries s, int m, DispatchMetrics dm, int d) {
        int perDest = dm.returns.size() / Destination.values().length;
        long r = 0;
        for (int k = 0; k < perDest; k++) {
            r += s.raw(m, dm.returns, d * perDest + k);
        }
        return r;
    }

    private static long stockOf(MonthlySeries s, int m, Metric abroad, int d, int perDestination) {
        long stock = 0;
        for (int k = 0; k < perDestination; k++) {
            stock += s.raw(m, abroad, d * perDestination + k);
        }
        return stock;
    }

    @Test
    void populationMatchesTheCensus() {
        Simulation sim = Simulation.build(TestParameters.small(0.01, 2010, 2010));
        Population pop = sim.world().population();
        long[] byProvince = new long[Province.values().length];
        int urban = 0;
        int[] classes = new int[3];
        int now = sim.clock().absolute(0);
        int children = 0;
        int elderly = 0;
        int males = 0;
        for (int i = pop.built; i < pop.size; i++) {
            assertThat(pop.status[i]).as("spare row %d", i).isEqualTo(Status.VACANT);
        }
        for (int i = 0; i < pop.built; i++) {
            byProvince[pop.province[i]]++;
            urban += pop.urban[i];
            classes[pop.songbun[i]]++;
            int age = pop.age(i, now);
            children += age < 15 ? 1 : 0;
            elderly += age >= 65 ? 1 : 0;
            males += pop.sex[i];
            int h = pop.household[i];
            int members = 0;
            boolean listed = false;
            for (int j = pop.households.first(h); j != Households.NONE; j = pop.households.next(j)) {
                members++;
                listed |= j == i;
            }
            assertThat(listed).as("person %d listed in household %d", i, h).isTrue();
            assertThat(members).isEqualTo(pop.households.size(h));
        }
        for (Province pr : Province.values()) {
            assertThat(byProvince[pr.ordinal()]).isEqualTo(Math.round(pr.census2008() * 0.01));
        }
        double n = pop.built;
        assertThat(urban / n).isBetween(0.59, 0.62);
        assertThat(classes[Songbun.CORE.ordinal()] / n).isBetween(0.26, 0.30);
        assertThat(classes[Songbun.HOSTILE.ordinal()] / n).isBetween(0.20, 0.24);
        assertThat(n / pop.households.occupied()).isBetween(3.9, 4.2);
        // Age bands of the 2008 census: 0-14 23.2%, 65+ 8.7%; within 2 points.
        assertThat(children / n).isBetween(0.212, 0.252);
        assertThat(elderly / n).isBetween(0.067, 0.107);
        assertThat(males / (n - males)).isBetween(0.9, 1.1);
    }

    @Test
    void theCapitalsNetworkIsDenserThanTheProvinces() {
        Simulation sim = Simulation.build(TestParameters.small(0.01, 2010, 2010));
        Population pop = sim.world().population();
        var net = sim.world().network();
        long capTies = 0;
        long capPersons = 0;
        long otherTies = 0;
        long otherPersons = 0;
        for (int i = pop.built; i < pop.size; i++) {
            assertThat(net.degree(i)).as("spare row %d", i).isZero();
        }
        for (int i = 0; i < pop.built; i++) {
            if (pop.province[i] == Province.PYONGYANG.ordinal()) {
                capTies += net.degree(i);
                capPersons++;
            } else {
                otherTies += net.degree(i);
                otherPersons++;
            }
            for (int e = net.start(i); e < net.end(i); e++) {
                assertThat(net.target(e)).isNotEqualTo(i);
            }
        }
        assertThat((double) capTies / capPersons).isGreaterThan(1.2 * otherTies / otherPersons);
        assertThat((double) (capTies + otherTies) / pop.built).isBetween(8.0, 12.0);
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.engine.MonthlySeries;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;
import org.corvee.model.people.Population;
import org.corvee.model.postings.Cohort;
import org.corvee.model.postings.CohortSource;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;
import org.corvee.scenario.Scenario;
import org.corvee.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Military service (X1, {@code mechanism.x1_military_service}): the soldiers are the census's
 * share, young men who served less than the term in force; waves come only in spring and autumn;
 * the 2021 term change empties three years of enlistments at once; the postings' discharge
 * cohorts are men who were soldiers the month before.
 */
class MilitaryServiceTest {
    private static final double SCALE = 0.005;

    private static Scenario baseline() throws Exception {
        return new ScenarioLoader(ParameterCatalog.load()).bundled("baseline");
    }

    @Test
    void soldiersAtTheStartAreTheCensusShareOfYoungMen() {
        Parameters p = TestParameters.small(SCALE, 2010, 2010);
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        int now = sim.clock().absolute(0);
        int soldiers = 0;
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] == Status.SERVICE) {
                soldiers++;
                assertThat(pop.sex[i]).isEqualTo((byte) 1);
                // Up to the term plus the months since the last wave (October 2009).
                assertThat(pop.age(i, now)).isBetween(17, 27);
            }
        }
        double census = 0;
        for (Province pr : Province.values()) {
            census += pr.census2008();
        }
        double share = 702_372 / (census + 702_372);
        assertThat((double) soldiers / pop.built).isCloseTo(share, within(4 * Math.sqrt(share / pop.built)));
    }

    @Test
    void wavesComeInSpringAndAutumnAndTheShorterTermEmptiesThreeYearsAtOnce() throws Exception {
        Scenario base = baseline();
        Parameters p = base.parameters().with("run.scale", SCALE).with("run.start_year", 2015)
                .with("run.end_year", 2022).with("mechanism.dp1_assignment", 0.0);
        Simulation sim = Simulation.build(p, base.timeline());
        Population pop = sim.world().population();
        List<String> problems = new ArrayList<>();
        MonthlySeries s = sim.run(1, m -> {
            int now = sim.clock().absolute(m);
            int term = sim.clock().year(m) > 2021 || (sim.clock().year(m) == 2021 && sim.clock().calendarMonth(m) >= 4)
                    ? 8 : 10;
            for (int i = 0; i < pop.size; i++) {
                // Served = age - 17 years; a soldier leaves at the first wave after the term, so
                // at most six months past it.
                if (pop.status[i] == Status.SERVICE && (now - Population.BIRTH_BASE - pop.birth[i]) - 17 * 12 >= term * 12 + 6) {
                    problems.add(m + ": row " + i + " served beyond " + term + " years");
                }
            }
        });
        assertThat(problems).isEmpty();
        var discharged = sim.registry().get("service_discharged");
        long springBefore = 0;
        int springs = 0;
        long spring2021 = 0;
        for (int m = 0; m < s.months(); m++) {
            long d = s.rawTotal(m, discharged);
            int cal = sim.clock().calendarMonth(m);
            if (cal != 4 && cal != 10) {
                assertThat(d).as("discharges in month %d", m).isZero();
            }
            if (cal == 4 && sim.clock().year(m) < 2021) {
                springBefore += d;
                springs++;
            }
            if (cal == 4 && sim.clock().year(m) == 2021) {
                spring2021 = d;
            }
        }
        assertThat(springBefore).isPositive();
        // Enlistments of about two and a half years (those who had served 8 to 10 years) go home
        // together, against half a year's in an ordinary spring.
        assertThat((double) spring2021 / ((double) springBefore / springs)).isBetween(3.5, 6.5);
    }

    @Test
    void dischargeCohortsAreMenDischargedInThatSpringWave() throws Exception {
        Scenario base = baseline();
        Parameters p = base.parameters().with("run.scale", SCALE).with("run.start_year", 2010)
                .with("run.end_year", 2013);
        Simulation sim = Simulation.build(p, base.timeline());
        Population pop = sim.world().population();
        boolean[] soldierBefore = new boolean[pop.size];
        boolean[] soldierNow = new boolean[pop.size];
        for (int i = 0; i < pop.size; i++) {
            soldierNow[i] = pop.status[i] == Status.SERVICE;
        }
        List<String> problems = new ArrayList<>();
        int[] checked = new int[1];
        sim.run(1, m -> {
            System.arraycopy(soldierNow, 0, soldierBefore, 0, pop.size);
            for (int i = 0; i < pop.size; i++) {
                soldierNow[i] = pop.status[i] == Status.SERVICE;
            }
            for (Cohort c : sim.postings().cohorts()) {
                if (c.start == m && c.source == CohortSource.DISCHARGE) {
                    for (int i : c.members) {
                        checked[0]++;
                        if (!soldierBefore[i] || soldierNow[i]) {
                            problems.add("cohort " + c.id + ": row " + i + " was not discharged in month " + m);
                        }
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(checked[0]).isPositive();
    }

    @Test
    void switchedOffByATimelineEntryEverySoldierGoesHome() {
        Parameters p = TestParameters.small(SCALE, 2010, 2011);
        Timeline off = new Timeline(List.of(new TimelineEntry(0, 2010, 7, "no-service", "test", "test",
                Map.of("mechanism.x1_military_service", 0.0), null, Map.of())));
        Simulation sim = Simulation.build(p, off);
        Population pop = sim.world().population();
        int[] soldiers = new int[24];
        sim.run(1, m -> {
            for (int i = 0; i < pop.size; i++) {
                soldiers[m] += pop.status[i] == Status.SERVICE ? 1 : 0;
            }
        });
        assertThat(soldiers[5]).isPositive();
        assertThat(soldiers[6]).isZero();
        assertThat(soldiers[23]).isZero();
    }

    @Test
    void switchedOffNobodyServesAndDischargeCohortsStillForm() {
        Parameters p = TestParameters.small(SCALE, 2010, 2011).with("mechanism.x1_military_service", 0.0);
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        MonthlySeries s = sim.run(1, m -> { });
        for (int i = 0; i < pop.size; i++) {
            assertThat(pop.status[i]).isNotEqualTo(Status.SERVICE);
        }
        assertThat(s.rawTotalAllMonths(sim.registry().get("service_enlisted"))).isZero();
        assertThat(sim.postings().cohorts()).anyMatch(c -> c.source == CohortSource.DISCHARGE && c.arrived() > 0);
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.FertilitySchedule;
import org.corvee.model.people.LifeTable;
import org.corvee.model.people.Population;
import org.corvee.model.world.Destination;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;


/**
 * Demography (X1) against life-table arithmetic: the table hits the sourced life expectancy, a
 * simulated cohort survives as the table says, the age pyramid of a long run approaches the
 * table's stationary pyramid, and the eligible pool of the default world stays within 5% over
 * 30 years when nobody leaves.
 */
class DemographyTest {

    @Test
    void lifeTableReproducesTheCensusLifeExpectancy() {
        LifeTable t = LifeTable.of(TestParameters.small(0.001, 2010, 2011));
        assertThat(t.lifeExpectancy(0)).isCloseTo(72.7, within(0.01));
        assertThat(t.lifeExpectancy(1)).isCloseTo(65.6, within(0.01));
        assertThat(1 - t.survival(1, 12)).isCloseTo(0.0193, within(1e-9));
    }

    @Test
    void aCohortSurvivesAsTheLifeTableSays() {
        LifeTable t = LifeTable.of(TestParameters.small(0.001, 2010, 2011));
        long stream = new RandomStreams(7).stream("test");
        int n = 200_000;
        int[] ages = {1, 15, 40, 65, 80};
        int[] alive = new int[ages.length];
        for (int i = 0; i < n; i++) {
            int death = t.deathAge(1, 0, 1 - RandomStreams.uniform(stream, i, 0, 0));
            for (int a = 0; a < ages.length; a++) {
                if (death >= ages[a] * 12) {
                    alive[a]++;
                }
            }
        }
        for (int a = 0; a < ages.length; a++) {
            double l = t.survival(1, ages[a] * 12);
            double sd = Math.sqrt(l * (1 - l) / n);
            assertThat((double) alive[a] / n).as("l(%d)", ages[a]).isCloseTo(l, within(4 * sd + 1e-9));
        }
        // Conditional draws: of persons alive at 60, the share reaching 70 is S(70)/S(60).
        int reach = 0;
        for (int i = 0; i < n; i++) {
            if (t.deathAge(0, 60 * 12, 1 - RandomStreams.uniform(stream, i, 1, 0)) >= 70 * 12) {
                reach++;
            }
        }
        double expected = t.survival(0, 70 * 12) / t.survival(0, 60 * 12);
        assertThat((double) reach / n).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / n)));
    }

    @Test
    void theAgePyramidApproachesTheStationaryOneOfTheLifeTable() {
        // 20,000 persons with ages uniform over 0-69, one per household, run for 300 years: every
        // death brings a birth, so the pyramid converges to the stationary one (person-years
        // lived by age).
        Parameters p = TestParameters.small(0.001, 1850, 2149);
        int n = 20_000;
        Population pop = new Population(n, n);
        int start = Simulation.clockOf(p).absolute(0) - Population.BIRTH_BASE;
        for (int i = 0; i < n; i++) {
            pop.household[i] = i;
            pop.sex[i] = (byte) (i % 2);
            pop.birth[i] = (short) (start - (i % 840));
            pop.status[i] = Status.HOME;
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, n).toArray());
        LifeTable table = LifeTable.of(p);
        DemographyPhase.drawDeaths(pop, table, new RandomStreams(3), start + Population.BIRTH_BASE);
        // Replacement births (x1_fertility off): every death brings a birth.
        Parameters quiet = noDispatch(p).with("mechanism.x1_fertility", 0.0);
        Simulation sim = Simulation.of(quiet, pop, new SocialNetwork(new int[n + 1], new int[0]));
        MonthlySeries s = sim.run(1, m -> { });
        int end = start + s.months();
        double[] bands = new double[3];
        for (int i = 0; i < n; i++) {
            int age = (end - pop.birth[i]) / 12;
            bands[age < 15 ? 0 : age < 65 ? 1 : 2]++;
        }
        assertThat(bands[0] / n).isCloseTo(table.stationaryShare(0, 14), within(0.015));
        assertThat(bands[1] / n).isCloseTo(table.stationaryShare(15, 64), within(0.015));
        assertThat(bands[2] / n).isCloseTo(table.stationaryShare(65, 200), within(0.015));
        assertThat(s.rawTotal(s.months() - 1, sim.demographyMetrics().births)).isPositive();
    }

    @Test
    void birthsFollowTheFertilityScheduleAndGiveTheTotalFertilityPerWoman() {
        // Three cohorts of women at home, aged exactly 15, 30 and 45 at the start, who never die,
        // run for 15 years: in year y a cohort aged c has c + y, so the year's births are
        // cohort size x sum of rate(c + y); no daughter reaches 15 within the run, so over the
        // run one woman of each cohort has, together, the total fertility rate.
        Parameters p = noDispatch(TestParameters.small(0.001, 2010, 2024)).with("mechanism.x1_fertility", 1.0)
                .with("mechanism.x1_military_service", 0.0);
        FertilitySchedule f = FertilitySchedule.of(p);
        int[] ages = {15, 30, 45};
        int cohort = 8_000;
        int n = ages.length * cohort;
        int spare = 3 * n;
        Population pop = new Population(n, spare, n);
        int start = Simulation.clockOf(p).absolute(0) - Population.BIRTH_BASE;
        for (int i = 0; i < n; i++) {
            pop.sex[i] = 0;
            pop.birth[i] = (short) (start - 12 * ages[i / cohort]);
            pop.status[i] = Status.HOME;
            pop.destination[i] = -1;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, n).toArray());
        Simulation sim = Simulation.of(p, pop, new SocialNetwork(new int[pop.size + 1], new int[0]));
        MonthlySeries s = sim.run(1, m -> { });
        double total = 0;
        double expectedTotal = 0;
        for (int y = 0; y < 15; y++) {
            double expected = 0;
            for (int c : ages) {
                expected += cohort * f.rate(c + y);
            }
            double births = 0;
            for (int m = 12 * y; m < 12 * y + 12; m++) {
                births += s.rawTotal(m, sim.demographyMetrics().births);
            }
            assertThat(births).as("births in year %d", y).isCloseTo(expected, within(4 * Math.sqrt(expected) + 1));
            total += births;
            expectedTotal += expected;
        }
        // One woman of each cohort together live ages 15-59 once: the total fertility rate.
        assertThat(expectedTotal / cohort).isCloseTo(f.total(), within(1e-9));
        assertThat(total / cohort).isCloseTo(f.total(), within(4 * Math.sqrt(f.total() * cohort) / cohort));
        // The newborns are in their mothers' households and counted by the census as living.
        int members = 0;
        for (int h = 0; h < n; h++) {
            members += pop.households.size(h);
        }
        int living = 0;
        for (int i = 0; i < pop.size; i++) {
            living += pop.status[i] == Status.VACANT ? 0 : 1;
        }
        assertThat(members).isEqualTo(living);
        assertThat(living).isGreaterThan(n);
    }

    @Test
    void theEligiblePoolIsStationaryWithinFivePercentOverThirtyYearsWhenNobodyLeaves() {
        Parameters p = TestParameters.small(0.005, 2010, 2039).with("dispatch.initial_fill", 0.0)
                .with("mechanism.dp1_assignment", 0.0);
        for (Destination d : Destination.values()) {
            p = p.with("destination." + d.id() + ".slots", 0.0);
        }
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        int minAge = p.getInt("dispatch.min_age");
        int maxAge = p.getInt("dispatch.max_age");
        int[] pool = new int[31];
        pool[0] = pool(pop, sim.clock().absolute(0), minAge, maxAge);
        sim.run(1, m -> {
            if ((m + 1) % 12 == 0) {
                pool[(m + 1) / 12] = pool(pop, sim.clock().absolute(m + 1), minAge, maxAge);
            }
        });
        for (int y = 1; y <= 30; y++) {
            assertThat((double) pool[y] / pool[0]).as("pool in year %d", y).isBetween(0.95, 1.05);
        }
    }

    private static Parameters noDispatch(Parameters p) {
        Parameters quiet = p.with("dispatch.initial_fill", 0.0).with("mechanism.dp1_assignment", 0.0);
        for (Destination d : Destination.values()) {
            quiet = quiet.with("destination." + d.id() + ".slots", 0.0);
        }
        return quiet;
    }

    private static int pool(Population pop, int absMonth, int minAge, int maxAge) {
        int n = 0;
        for (int i = 0; i < pop.size; i++) {
            int age = pop.age(i, absMonth);
            if (pop.status[i] == Status.HOME && age >= minAge && age <= maxAge) {
                n++;
            }
        }
        return n;
    }
}

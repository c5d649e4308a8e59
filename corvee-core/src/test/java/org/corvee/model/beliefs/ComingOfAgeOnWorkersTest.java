package org.corvee.model.beliefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.Simulation;
import org.corvee.model.params.BeliefsKeys;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.people.RowsByMonth;
import org.corvee.model.state.CensusTally;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Coming of age on the workers ({@link BeliefMemoryPhase}) over a birth month of enough chunks
 * for the workers to take them,
 * whose list is not ascending and names rows twice (rows appended at birth): one and two threads
 * give the same columns bit for bit, every person of the month at home starts afresh, nobody
 * else changes, and the census's sums (the workers' additions merged on read) equal a recount.
 */
class ComingOfAgeOnWorkersTest {
    @Test
    void aShuffledBirthMonthWithRepeatsGivesTheSameColumnsOnOneAndTwoThreads() {
        Result one = run(1);
        Result two = run(2);
        assertThat(one.started).isGreaterThan(BeliefMemoryPhase.PARALLEL_FROM * BeliefMemoryPhase.CHUNK);
        assertThat(two.started).isEqualTo(one.started);
        assertThat(two.belief).isEqualTo(one.belief);
        assertThat(two.confidence).isEqualTo(one.confidence);
        assertThat(two.resentment).isEqualTo(one.resentment);
        assertThat(two.heard).isEqualTo(one.heard);
    }

    private record Result(int started, float[] belief, float[] confidence, float[] resentment, short[] heard) {
    }

    private static Result run(int threads) {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.005).with("run.start_year", 2010)
                .with("run.end_year", 2010);
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        CensusTally census = sim.world().census();
        int m = pop.memory.recorded();
        int born = sim.clock().absolute(m) - p.getInt(BeliefsKeys.ADULT_AGE) * 12 - Population.BIRTH_BASE;
        RowsByMonth births = RowsByMonth.of(pop.birth, pop.size, born - 1, 3);
        pop.memory.useBirths(births);
        // Rows appended to the month shuffled, some twice, as births append them (abroad ones too).
        SplittableRandom random = new SplittableRandom(8);
        IntList appended = new IntList();
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] != Status.VACANT && pop.birth[i] != born && random.nextInt(5) == 0) {
                pop.birth[i] = (short) born;
                appended.add(i);
            }
        }
        int[] rows = appended.toArray();
        for (int k = rows.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = rows[k];
            rows[k] = rows[j];
            rows[j] = t;
        }
        for (int k = 0; k < rows.length; k++) {
            births.add(born, rows[k]);
            if (k % 13 == 0) {
                births.add(born, rows[(k * 7) % rows.length]);
            }
        }
        assertThat(births.at(born).ascending()).isFalse();
        Population before = copyOf(pop);
        float initial = (float) p.get(BeliefsKeys.INITIAL_CONFIDENCE);
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            census.countOnce(ranges);
            new BeliefMemoryPhase(sim.world()).step(new StepContext(m, sim.clock(), new long[0], ranges,
                    new RandomStreams(4)));
        }
        int started = 0;
        for (int i = 0; i < pop.size; i++) {
            boolean comes = before.birth[i] == born && before.status[i] < Status.ABROAD;
            if (comes) {
                started++;
                assertThat(pop.heard[i]).isEqualTo((short) -1);
                assertThat(pop.confidence[i]).isEqualTo(initial);
            } else {
                assertThat(pop.belief[i]).as("row %d", i).isEqualTo(before.belief[i]);
                assertThat(pop.heard[i]).as("row %d", i).isEqualTo(before.heard[i]);
            }
        }
        assertCensusRecounts(pop, census);
        return new Result(started, pop.belief.clone(), pop.confidence.clone(), pop.resentment.clone(),
                pop.heard.clone());
    }

    /** The columns the test compares, copied. */
    private static Population copyOf(Population pop) {
        Population c = new Population(pop.size, 1);
        System.arraycopy(pop.birth, 0, c.birth, 0, pop.size);
        System.arraycopy(pop.status, 0, c.status, 0, pop.size);
        System.arraycopy(pop.belief, 0, c.belief, 0, pop.size);
        System.arraycopy(pop.heard, 0, c.heard, 0, pop.size);
        return c;
    }

    /** The census's informed and living persons' sums by province equal a count over the table. */
    private static void assertCensusRecounts(Population pop, CensusTally census) {
        int provinces = Province.values().length;
        long[] informed = new long[provinces];
        long[][] sums = new long[provinces][4];
        for (int i = 0; i < pop.size; i++) {
            int pr = pop.province[i];
            if (pop.status[i] != Status.VACANT && pop.heard[i] >= 0) {
                informed[pr]++;
            }
            if (pop.status[i] < Status.DEAD) {
                sums[pr][0]++;
                sums[pr][1] += CensusTally.beliefUnits(pop.belief[i]);
                sums[pr][2] += CensusTally.squareUnits(pop.belief[i]);
                sums[pr][3] += pop.loyalty[i];
            }
        }
        long[] out = new long[4];
        for (int pr = 0; pr < provinces; pr++) {
            assertThat(census.informed(pr)).as("informed %d", pr).isEqualTo(informed[pr]);
            census.bornBy(pr, Short.MAX_VALUE, out);
            assertThat(out).as("sums %d", pr).containsExactly(sums[pr]);
        }
    }
}

package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.Simulation;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.CensusTally;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Military service's row work on the workers ({@link ServiceRows}) over a bucket of enough
 * chunks for the workers to take them that is not ascending and names rows twice (rows appended at birth): on one and on two
 * threads it enlists exactly the men the serial loop would (ascending, each once, the same
 * draws), writes their status and counts, and the census (workers' additions merged on read)
 * equals a recount; a discharge of them undoes it.
 */
class ServiceRowsTest {
    private static final int MONTH = 3;
    private static final double SHARE = 0.6;

    @Test
    void aShuffledBucketWithRepeatsEnlistsAsTheSerialLoopOnOneAndTwoThreads() {
        Result one = run(1);
        Result two = run(2);
        // Enough enlist for the workers to take the chunks (and more men, and a longer bucket).
        assertThat(one.expected.size()).isGreaterThan(ServiceRows.PARALLEL_FROM * ServiceRows.CHUNK);
        assertThat(one.enlisted).containsExactly(one.expected.toArray());
        assertThat(two.enlisted).containsExactly(one.enlisted);
        assertThat(two.counters).containsExactly(one.counters);
        assertThat(two.status).isEqualTo(one.status);
    }

    private record Result(IntList expected, int[] enlisted, long[] counters, byte[] status) {
    }

    private static Result run(int threads) {
        Parameters p = ParameterCatalog.load().defaults().with("run.scale", 0.005).with("run.start_year", 2010)
                .with("run.end_year", 2010);
        Simulation sim = Simulation.build(p);
        Population pop = sim.world().population();
        CensusTally census = sim.world().census();
        int born = sim.clock().absolute(MONTH) - 17 * 12 - Population.BIRTH_BASE;
        // Men at home made to turn 17 this month, many enough for several chunks; the bucket
        // names them shuffled, some twice, among women and men of other months.
        IntList bucket = new IntList();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] == Status.HOME && pop.posting[i] == PostingStatus.NONE && random.nextInt(3) == 0) {
                pop.birth[i] = (short) born;
                pop.sex[i] = (byte) (random.nextInt(8) == 0 ? 0 : 1);
                bucket.add(i);
            } else if (random.nextInt(200) == 0) {
                bucket.add(i); // born in another month
            }
        }
        int[] rows = bucket.toArray();
        for (int k = rows.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int t = rows[k];
            rows[k] = rows[j];
            rows[j] = t;
        }
        IntList shuffled = new IntList();
        for (int k = 0; k < rows.length; k++) {
            shuffled.add(rows[k]);
            if (k % 17 == 0) {
                shuffled.add(rows[(k * 31) % rows.length]); // a repeat
            }
        }
        boolean[] inBucket = new boolean[pop.size];
        for (int r : rows) {
            inBucket[r] = true;
        }
        long stream = new RandomStreams(3).stream("service");
        IntList expected = new IntList();
        for (int i = 0; i < pop.size; i++) { // the serial loop: ascending rows, each once
            if (inBucket[i] && pop.birth[i] == born && pop.sex[i] == 1 && pop.status[i] == Status.HOME
                    && pop.posting[i] == PostingStatus.NONE && RandomStreams.uniform(stream, i, MONTH, 0) < SHARE) {
                expected.add(i);
            }
        }
        CounterRegistry registry = new CounterRegistry();
        ServiceMetrics metrics = new ServiceMetrics(registry);
        long[] c = new long[registry.size()];
        IntList enlisted;
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            census.countOnce(ranges);
            ServiceRows work = new ServiceRows(pop, census, metrics);
            enlisted = work.enlistFromBucket(ranges, c, shuffled, born, MONTH, stream, SHARE);
            int[] byProvince = new int[Province.values().length];
            for (int k = 0; k < enlisted.size(); k++) {
                int i = enlisted.get(k);
                assertThat(pop.status[i]).isEqualTo(Status.SERVICE);
                byProvince[pop.province[i]]++;
            }
            for (int pr = 0; pr < byProvince.length; pr++) {
                assertThat(c[metrics.enlisted.at(pr)]).isEqualTo(byProvince[pr]);
            }
            assertCensusRecounts(pop, census);
            byte[] status = pop.status.clone();
            int[] got = enlisted.toArray();
            work.discharge(ranges, c, enlisted);
            for (int i : got) {
                assertThat(pop.status[i]).isEqualTo(Status.HOME);
            }
            for (int pr = 0; pr < byProvince.length; pr++) {
                assertThat(c[metrics.discharged.at(pr)]).isEqualTo(byProvince[pr]);
            }
            assertCensusRecounts(pop, census);
            return new Result(expected, got, c, status);
        }
    }

    /** The census's persons by province and status equal a count over the table. */
    private static void assertCensusRecounts(Population pop, CensusTally census) {
        long[][] n = new long[Province.values().length][Status.COUNT];
        for (int i = 0; i < pop.size; i++) {
            if (pop.status[i] != Status.VACANT) {
                n[pop.province[i]][pop.status[i]]++;
            }
        }
        for (int pr = 0; pr < n.length; pr++) {
            for (int st = 0; st < Status.COUNT; st++) {
                assertThat(census.persons(pr, st)).as("province %d status %d", pr, st).isEqualTo(n[pr][st]);
            }
        }
    }
}

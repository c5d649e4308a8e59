package org.corvee.model.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.people.Population;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Province;
import org.junit.jupiter.api.Test;

/** Drawing assignees: only fitting persons, nobody twice, same result through the index or the fallback. */
class AssigneePoolTest {
    private static final MonthClock CLOCK = MonthClock.years(2010, 2012);

    /** 1,000 men of 27.5 and 1,000 of 55.5 (outside the index's ages) in South Pyongan. */
    private static Population people() {
        Population pop = PostingWorlds.menAlone(2000, 27, 2010);
        for (int i = 1000; i < 2000; i++) {
            pop.birth[i] = (short) (2010 * 12 - 55 * 12 - 6 - Population.BIRTH_BASE);
        }
        return pop;
    }

    private static double[] onlySouthPyongan() {
        double[] w = new double[Province.values().length];
        w[Province.SOUTH_PYONGAN.ordinal()] = 1;
        return w;
    }

    private static AssigneePool.Criteria aged(int min, int max) {
        int now = 2010 * 12;
        return new AssigneePool.Criteria(1, now - (max + 1) * 12 + 1 - Population.BIRTH_BASE,
                now - min * 12 - Population.BIRTH_BASE);
    }

    @Test
    void indexedDrawsFitAndAreDistinct() {
        Population pop = people();
        AssigneePool pool = new AssigneePool(pop, CLOCK, new ParallelRanges(1));
        long stream = new RandomStreams(1).stream("t");
        int[] a = pool.draw(stream, 0, 0, 600, onlySouthPyongan(), aged(27, 28));
        int[] b = pool.draw(stream, 0, 1, 600, onlySouthPyongan(), aged(27, 28));
        assertThat(a).hasSize(600);
        assertThat(b).hasSize(400); // only 1,000 fit; the tries run out after the last one
        Set<Integer> seen = new HashSet<>();
        for (int[] d : new int[][] {a, b}) {
            for (int i : d) {
                assertThat(i).isLessThan(1000);
                assertThat(seen.add(i)).isTrue();
                assertThat(pop.posting[i]).isEqualTo(PostingStatus.NO_SHOW);
            }
        }
    }

    @Test
    void agesOutsideTheIndexUseTheFallback() {
        Population pop = people();
        AssigneePool pool = new AssigneePool(pop, CLOCK, new ParallelRanges(1));
        int[] d = pool.draw(new RandomStreams(1).stream("t"), 0, 0, 50, onlySouthPyongan(), aged(55, 56));
        assertThat(d).hasSize(50);
        for (int i : d) {
            assertThat(i).isGreaterThanOrEqualTo(1000);
        }
        // A province without persons gives nothing, and ends.
        double[] w = new double[Province.values().length];
        w[Province.CHAGANG.ordinal()] = 1;
        assertThat(pool.draw(new RandomStreams(1).stream("t"), 0, 1, 5, w, aged(27, 28))).isEmpty();
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.corvee.engine.IntList;
import org.corvee.engine.ParallelRanges;
import org.corvee.model.people.Population;
import org.corvee.model.world.PostingStatus;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Deaths scheduled by month equal the monthly scan of the death column they replace: for the
 * same drawn months of death, in a world where people leave and come home (abroad, applying, in
 * screening, on a hardship posting), die or defect abroad, and where every death at home is
 * followed by a birth into the row with its own month of death (sometimes this very month), the
 * rows dying each month are the same rows in the same order.
 */
class DeathScheduleTest {
    private static final int FIRST = 2000 * 12 - Population.BIRTH_BASE;
    private static final int MONTHS = 160;

    @Test
    void scheduledDeathsEqualThePolledOnesMonthByMonth() {
        try (ParallelRanges one = new ParallelRanges(1)) {
            scheduledEqualPolled(3000, one);
        }
    }

    /** As above, with months of thousands of due rows checked in several chunks on two threads. */
    @Test
    void scheduledDeathsOnTwoThreadsEqualThePolledOnes() {
        try (ParallelRanges two = new ParallelRanges(2)) {
            scheduledEqualPolled(500_000, two);
        }
    }

    private static void scheduledEqualPolled(int n, ParallelRanges ranges) {
        SplittableRandom rnd = new SplittableRandom(15);
        Population pop = new Population(n, 1);
        for (int i = 0; i < n; i++) {
            // Some months already past at the start, most within the run, some after it.
            pop.death[i] = (short) (FIRST - 3 + rnd.nextInt(MONTHS + 40));
        }
        pop.death[7] = Short.MAX_VALUE; // never
        DeathSchedule schedule = DeathSchedule.of(pop, FIRST, MONTHS);
        long deaths = 0;
        long deferredSeen = 0;
        for (int m = 0; m < MONTHS; m++) {
            int now = FIRST + m;
            for (int e = 0; e < n / 20; e++) {
                move(pop, rnd.nextInt(n), rnd);
            }
            IntList polled = new IntList();
            for (int i = 0; i < n; i++) {
                if (pop.death[i] <= now && pop.status[i] == Status.HOME && pop.posting[i] != PostingStatus.ON_SITE) {
                    polled.add(i);
                }
            }
            int[] scheduled = schedule.dueAt(ranges, pop, now);
            assertThat(scheduled).as("deaths in month %d", m).isEqualTo(polled.toArray());
            deaths += scheduled.length;
            deferredSeen += schedule.deferred();
            for (int i : scheduled) { // a birth into the row, dying from this month on
                pop.death[i] = (short) (now + (rnd.nextDouble() < 0.05 ? 0 : rnd.nextInt(1, 200)));
                schedule.file(pop, i);
            }
        }
        assertThat(deaths).isGreaterThan(n / 2);
        assertThat(deferredSeen).isPositive();
    }

    /** Moves person {@code i} between home, the dispatch process, abroad and a posting; death and defection abroad are final. */
    private static void move(Population pop, int i, SplittableRandom rnd) {
        if (pop.status[i] >= Status.DEAD) {
            return;
        }
        double u = rnd.nextDouble();
        if (u < 0.1) {
            pop.posting[i] = pop.posting[i] == PostingStatus.ON_SITE ? PostingStatus.LEFT_AT_TERM : PostingStatus.ON_SITE;
        } else if (u < 0.15 && pop.status[i] == Status.ABROAD) {
            pop.status[i] = rnd.nextBoolean() ? Status.DEAD : Status.DEFECTED;
        } else {
            pop.status[i] = (byte) rnd.nextInt(Status.ABROAD + 1);
        }
    }
}

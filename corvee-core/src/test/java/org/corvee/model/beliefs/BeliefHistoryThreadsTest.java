package org.corvee.model.beliefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.corvee.engine.IntList;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * The history's replay applies its accounts sorted by listener (Hearings, HistoryAccounts), on
 * one thread or two, with exactly the results of applying them one by one in the plan's order
 * (the reference, as the replay always did): every row's belief, confidence and heard month bit
 * for bit, and the speakers still talking at the start in the same order. The world has what
 * crosses rows or depends on the month: relays told by their household's returnee before their
 * own turn, returnees listed before their return, children born during the history or coming of
 * age in it (memory on), people away.
 */
class BeliefHistoryThreadsTest {
    private static final int HOUSEHOLDS = 30_000;
    private static final int SIZE = 4;
    private static final int DEGREE = 6;
    private static final int YEARS = 2;

    private static Result replay(int threads, boolean reference) {
        int n = HOUSEHOLDS * SIZE;
        Parameters params = ParameterCatalog.load().defaults().with("run.start_year", 2010).with("run.end_year", 2010)
                .with("run.scale", 1.0).with("run.history_years", YEARS).with("beliefs.relay_months", 3)
                .with("beliefs.relay_probability", 0.3).with("beliefs.talk_probability", 0.5);
        MonthClock clock = MonthClock.years(2010, 2010);
        int now = clock.absolute(0);
        SplittableRandom random = new SplittableRandom(11);
        Population pop = TalkWorlds.population(HOUSEHOLDS, SIZE, random);
        for (int i = 0; i < n; i++) {
            // ages 0-40 years: some born during the history, some coming of age in it
            pop.birth[i] = (short) (now - random.nextInt(40 * 12) - Population.BIRTH_BASE);
        }
        World world = new World(pop, TalkWorlds.network(n, DEGREE, random), clock, params);
        // One household in six has a returnee, home in a month of the history.
        IntList returnees = new IntList();
        IntList months = new IntList();
        for (int h = 0; h < HOUSEHOLDS; h += 6) {
            int s = h * SIZE + random.nextInt(SIZE);
            pop.status[s] = Status.HOME;
            pop.returned[s] = 0;
            pop.heard[s] = 0;
            pop.kept[s] = 100f + random.nextInt(900);
            pop.belief[s] = pop.kept[s];
            pop.confidence[s] = 0.8f;
            returnees.add(s);
            months.add(-1 - random.nextInt(12 * YEARS));
        }
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            BeliefHistory.replay(world, new RandomStreams(9), returnees, months, ranges, reference);
        }
        return new Result(pop.belief.clone(), pop.confidence.clone(), pop.heard.clone(),
                world.dispatch().speakers.toArray(), world.dispatch().speakUntil.toArray());
    }

    private record Result(float[] belief, float[] confidence, short[] heard, int[] speakers, int[] until) {
    }

    /** The first index at which the two columns differ bit for bit, -1 if none. */
    private static int firstDifference(float[] a, float[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (Float.floatToRawIntBits(a[i]) != Float.floatToRawIntBits(b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : Math.min(a.length, b.length);
    }

    @Test
    void sortedAccountsOnOneOrTwoThreadsAreTheAccountsInOrder() {
        Result reference = replay(1, true);
        for (int threads = 1; threads <= 2; threads++) {
            Result sorted = replay(threads, false);
            assertThat(firstDifference(sorted.belief(), reference.belief())).as("first row whose belief differs")
                    .isEqualTo(-1);
            assertThat(firstDifference(sorted.confidence(), reference.confidence()))
                    .as("first row whose confidence differs").isEqualTo(-1);
            assertThat(Arrays.equals(sorted.heard(), reference.heard())).as("heard equal").isTrue();
            assertThat(sorted.speakers()).isEqualTo(reference.speakers());
            assertThat(sorted.until()).isEqualTo(reference.until());
        }
        // The world does exercise the relays: many heard for the first time, many still talk.
        int heard = 0;
        for (short h : reference.heard()) {
            heard += h >= 0 ? 1 : 0;
        }
        assertThat(heard).isGreaterThan(HOUSEHOLDS * SIZE / 4);
        assertThat(reference.speakers().length).isGreaterThan(1_000);
    }
}

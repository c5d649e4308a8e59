package org.corvee.model.beliefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.corvee.engine.CounterRegistry;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.StepContext;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.World;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * Word of mouth applies its accounts sorted by listener (Hearings), on one thread or two, with
 * exactly the results of applying them one by one in the plan's order (the reference): every
 * listener's belief, confidence and heard month bit for bit, the new listeners (next month's
 * relays) in the same order, the same counts and census. The world is made for the cases that cross rows: relays whose households'
 * returnees tell them before their own turn (their report is their belief as it stands then),
 * relays that tell relays, listeners told by several speakers, people away who hear nothing.
 */
class WordOfMouthThreadsTest {
    private static final int HOUSEHOLDS = 40_000;
    private static final int SIZE = 4;
    private static final int DEGREE = 6;
    private static final int MONTHS = 4;

    /** The world after MONTHS of word of mouth on the given threads, as one comparable fingerprint per column. */
    private static Result run(int threads, boolean reference) {
        int n = HOUSEHOLDS * SIZE;
        Parameters params = ParameterCatalog.load().defaults().with("run.start_year", 2010).with("run.end_year", 2010)
                .with("run.scale", 1.0).with("beliefs.relay_months", 2).with("beliefs.relay_probability", 0.3)
                .with("beliefs.talk_probability", 0.5);
        SplittableRandom random = new SplittableRandom(5);
        Population pop = TalkWorlds.population(HOUSEHOLDS, SIZE, random);
        World world = new World(pop, TalkWorlds.network(n, DEGREE, random), MonthClock.years(2010, 2010), params);
        // One household in five has a returnee at home; one of its other members (and some
        // people elsewhere) already heard and relays; the list is shuffled, so that a relay comes
        // before or after the returnee who tells it.
        org.corvee.engine.IntList listed = new org.corvee.engine.IntList();
        for (int h = 0; h < HOUSEHOLDS; h += 5) {
            int s = h * SIZE;
            pop.status[s] = Status.HOME;
            pop.returned[s] = 0;
            pop.kept[s] = 100f + random.nextInt(900);
            pop.heard[s] = 0;
            int relay = s + 1 + random.nextInt(SIZE - 1);
            int elsewhere = random.nextInt(HOUSEHOLDS) * SIZE + 1 + random.nextInt(SIZE - 1);
            pop.heard[relay] = 0;
            pop.heard[elsewhere] = 0;
            listed.add(s);
            listed.add(relay);
            listed.add(elsewhere);
        }
        int[] speakers = listed.toArray();
        for (int k = speakers.length - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int t = speakers[k];
            speakers[k] = speakers[other];
            speakers[other] = t;
        }
        for (int s : speakers) {
            world.dispatch().speakers.add(s);
            world.dispatch().speakUntil.add(pop.returned[s] >= 0 ? MONTHS : 1);
        }
        CounterRegistry reg = new CounterRegistry();
        DispatchMetrics metrics = new DispatchMetrics(reg);
        WordOfMouthPhase phase = reference ? WordOfMouthPhase.inPlanOrder(world, metrics)
                : new WordOfMouthPhase(world, metrics);
        long[] counters = new long[reg.size()];
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            world.census().countOnce(ranges);
            for (int m = 1; m <= MONTHS; m++) {
                phase.step(new StepContext(m, world.clock(), counters, ranges, new RandomStreams(9)));
            }
        }
        long[] informed = new long[9];
        for (int pr = 0; pr < 9; pr++) {
            informed[pr] = world.census().informed(pr);
        }
        return new Result(pop.belief.clone(), pop.confidence.clone(), pop.heard.clone(),
                world.dispatch().speakers.toArray(), counters, informed);
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

    private record Result(float[] belief, float[] confidence, short[] heard, int[] speakers, long[] counters,
            long[] informed) {
    }

    @Test
    void sortedAccountsOnOneOrTwoThreadsAreTheAccountsInOrder() {
        Result one = run(1, true);
        assertSame(run(1, false), one);
        assertSame(run(2, false), one);
        // The world does exercise what crosses rows: many new relays, heard in every month.
        assertThat(one.speakers().length).isGreaterThan(10_000);
        for (int m = 1; m <= MONTHS; m++) {
            short month = (short) m;
            int heardThen = 0;
            for (short h : one.heard()) {
                heardThen += h == month ? 1 : 0;
            }
            assertThat(heardThen).as("listeners last told in month %d", m).isGreaterThan(m < MONTHS ? 100 : 10_000);
        }
    }

    private static void assertSame(Result two, Result one) {
        assertThat(firstDifference(two.belief(), one.belief())).as("first row whose belief differs").isEqualTo(-1);
        assertThat(firstDifference(two.confidence(), one.confidence())).as("first row whose confidence differs")
                .isEqualTo(-1);
        assertThat(Arrays.equals(two.heard(), one.heard())).as("heard months equal").isTrue();
        assertThat(Arrays.equals(two.speakers(), one.speakers())).as("next month's relays in the same order").isTrue();
        assertThat(two.counters()).isEqualTo(one.counters());
        assertThat(two.informed()).isEqualTo(one.informed());
    }
}

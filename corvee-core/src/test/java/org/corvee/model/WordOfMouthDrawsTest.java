package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corvee.engine.CounterRegistry;
import org.corvee.engine.MonthClock;
import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;
import org.corvee.engine.StepContext;
import org.corvee.model.beliefs.WordOfMouthPhase;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchMetrics;
import org.corvee.model.state.World;
import org.junit.jupiter.api.Test;

/**
 * Who hears a speaker in one month, drawn by geometric gaps (OD8): each household member of a
 * relay and each social tie is told with the stated probability, whatever its place in the list,
 * and the speaker never tells themself. Households of five, the third member speaking; every
 * place is checked against p within 4 standard errors over 20,000 speakers.
 */
class WordOfMouthDrawsTest {
    private static final int HOUSEHOLDS = 20_000;
    private static final int SIZE = 5;
    private static final int SPEAKER_PLACE = 2;

    /** Share told at each place of the household; the speakers are relays or returnees. */
    private static double[] told(boolean returnees, double p) {
        int n = HOUSEHOLDS * SIZE;
        Parameters params = ParameterCatalog.load().defaults().with("run.start_year", 2010).with("run.end_year", 2010)
                .with("run.scale", 1.0).with("beliefs.relay_months", 1).with("beliefs.relay_probability", p)
                .with("beliefs.talk_probability", p);
        Population pop = new Population(n, HOUSEHOLDS);
        for (int i = 0; i < n; i++) {
            pop.household[i] = i / SIZE;
            pop.belief[i] = 500f;
            pop.confidence[i] = 0.2f;
            pop.heard[i] = -1;
            pop.returned[i] = -1;
            pop.destination[i] = -1;
        }
        pop.households.layOut(java.util.stream.IntStream.rangeClosed(0, HOUSEHOLDS).map(h -> h * SIZE).toArray());
        // No social ties: only the household is told.
        int[] offsets = new int[n + 1];
        int[] targets = new int[0];
        World world = new World(pop, new SocialNetwork(offsets, targets), MonthClock.years(2010, 2010), params);
        CounterRegistry reg = new CounterRegistry();
        WordOfMouthPhase phase = new WordOfMouthPhase(world, new DispatchMetrics(reg));
        for (int h = 0; h < HOUSEHOLDS; h++) {
            int s = h * SIZE + SPEAKER_PLACE;
            pop.heard[s] = 0;
            pop.returned[s] = returnees ? (short) 0 : -1;
            pop.kept[s] = 300f;
            world.dispatch().speakers.add(s);
            world.dispatch().speakUntil.add(5);
        }
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            phase.step(new StepContext(1, world.clock(), new long[reg.size()], ranges, new RandomStreams(9)));
        }
        double[] share = new double[SIZE];
        for (int i = 0; i < n; i++) {
            if (pop.heard[i] == 1) {
                share[i % SIZE] += 1.0 / HOUSEHOLDS;
            }
        }
        for (int h = 0; h < HOUSEHOLDS; h++) {
            assertThat(pop.confidence[h * SIZE + SPEAKER_PLACE]).as("the speaker does not tell themself").isEqualTo(0.2f);
        }
        return share;
    }

    private static double se(double p) {
        return Math.sqrt(p * (1 - p) / HOUSEHOLDS);
    }

    @Test
    void aRelayTellsEachOtherHouseholdMemberWithTheRelayProbability() {
        double p = 0.3;
        double[] share = told(false, p);
        for (int place = 0; place < SIZE; place++) {
            if (place != SPEAKER_PLACE) {
                assertThat(Math.abs(share[place] - p)).as("place %d: %s", place, share[place]).isLessThan(4 * se(p));
            }
        }
    }

    @Test
    void aReturneeTellsTheWholeHouseholdAndEachTieWithTheTalkProbability() {
        double p = 0.2;
        double[] share = told(true, p);
        for (int place = 0; place < SIZE; place++) {
            if (place != SPEAKER_PLACE) {
                assertThat(share[place]).as("place %d", place).isCloseTo(1.0, within(1e-9));
            }
        }
        double[] tiesOnly = tiesOnly(p);
        for (int t = 0; t < tiesOnly.length; t++) {
            assertThat(Math.abs(tiesOnly[t] - p)).as("tie %d: %s", t, tiesOnly[t]).isLessThan(4 * se(p));
        }
    }

    /** Share told at each place of the tie list, for returnees without household members. */
    private static double[] tiesOnly(double p) {
        int degree = 4;
        int speakers = HOUSEHOLDS;
        int n = speakers * (1 + degree);
        Parameters params = ParameterCatalog.load().defaults().with("run.start_year", 2010).with("run.end_year", 2010)
                .with("run.scale", 1.0).with("beliefs.talk_probability", p);
        Population pop = SingleHouseholds.of(n);
        int[] offsets = new int[n + 1];
        int[] targets = new int[speakers * degree];
        for (int i = 0; i < n; i++) {
            boolean speaker = i < speakers;
            offsets[i + 1] = offsets[i] + (speaker ? degree : 0);
            if (speaker) {
                for (int t = 0; t < degree; t++) {
                    targets[offsets[i] + t] = speakers + i * degree + t;
                }
            }
        }
        World world = new World(pop, new SocialNetwork(offsets, targets), MonthClock.years(2010, 2010), params);
        CounterRegistry reg = new CounterRegistry();
        WordOfMouthPhase phase = new WordOfMouthPhase(world, new DispatchMetrics(reg));
        for (int s = 0; s < speakers; s++) {
            pop.heard[s] = 0;
            pop.returned[s] = 0;
            pop.kept[s] = 300f;
            world.dispatch().speakers.add(s);
            world.dispatch().speakUntil.add(5);
        }
        try (ParallelRanges ranges = new ParallelRanges(1)) {
            phase.step(new StepContext(1, world.clock(), new long[reg.size()], ranges, new RandomStreams(9)));
        }
        double[] share = new double[degree];
        for (int s = 0; s < speakers; s++) {
            for (int t = 0; t < degree; t++) {
                share[t] += pop.heard[speakers + s * degree + t] == 1 ? 1.0 / speakers : 0;
            }
        }
        return share;
    }
}

package org.corvee.model.beliefs;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.corvee.engine.SocialNetwork;
import org.corvee.model.people.Population;
import org.corvee.model.world.Status;

/** Worlds made for the word-of-mouth tests: households of equal size in row order, random ties. */
final class TalkWorlds {
    private TalkWorlds() {
    }

    /**
     * {@code households} households of {@code size} rows, everyone uninformed with a random belief,
     * confidence and province, one in twenty abroad.
     */
    static Population population(int households, int size, SplittableRandom random) {
        int n = households * size;
        Population pop = new Population(n, households);
        for (int i = 0; i < n; i++) {
            pop.household[i] = i / size;
            pop.belief[i] = 200f + random.nextInt(600);
            pop.confidence[i] = (float) random.nextDouble(0.5);
            pop.heard[i] = -1;
            pop.returned[i] = -1;
            pop.destination[i] = -1;
            pop.province[i] = (byte) random.nextInt(9);
            pop.status[i] = random.nextInt(20) == 0 ? Status.ABROAD : Status.HOME;
        }
        pop.households.layOut(IntStream.rangeClosed(0, households).map(h -> h * size).toArray());
        return pop;
    }

    /** {@code degree} ties from each of {@code n} rows to random rows. */
    static SocialNetwork network(int n, int degree, SplittableRandom random) {
        int[] offsets = new int[n + 1];
        int[] targets = new int[n * degree];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + degree;
            for (int e = 0; e < degree; e++) {
                targets[i * degree + e] = random.nextInt(n);
            }
        }
        return new SocialNetwork(offsets, targets);
    }
}

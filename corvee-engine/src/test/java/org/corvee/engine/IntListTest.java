package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntListTest {
    @Test
    void removeAtDropsThePositionsAndKeepsTheOrder() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(40);
            IntList list = new IntList(2);
            List<Integer> expected = new ArrayList<>();
            IntList positions = new IntList();
            for (int k = 0; k < n; k++) {
                int v = random.nextInt(1000);
                list.add(v);
                if (random.nextInt(3) == 0) {
                    positions.add(k); // first, last and runs of neighbours all occur
                } else {
                    expected.add(v);
                }
            }
            list.removeAt(positions);
            assertThat(list.size()).isEqualTo(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                assertThat(list.get(k)).as("trial %d, element %d", trial, k).isEqualTo(expected.get(k));
            }
        }
    }
}

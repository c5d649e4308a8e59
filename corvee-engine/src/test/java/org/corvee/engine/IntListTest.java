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

    @Test
    void sortDistinctAndAscendingAgreeWithASortedSet() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(40);
            IntList list = new IntList(2);
            java.util.TreeSet<Integer> set = new java.util.TreeSet<>();
            boolean ascending = true;
            for (int k = 0; k < n; k++) {
                int v = random.nextInt(trial % 2 == 0 ? 30 : 1000); // repeats in half the trials
                ascending &= k == 0 || v > list.get(k - 1);
                list.add(v);
                set.add(v);
            }
            assertThat(list.ascending()).as("trial %d", trial).isEqualTo(ascending);
            IntList copy = new IntList(1);
            copy.addAll(list);
            copy.addAll(list); // every value twice
            assertThat(copy.size()).isEqualTo(2 * n);
            copy.sortDistinct();
            assertThat(copy.toArray()).as("trial %d", trial)
                    .containsExactly(set.stream().mapToInt(Integer::intValue).toArray());
            assertThat(copy.ascending()).isTrue();
        }
    }

    @Test
    void setSizeMakesRoomForElementsSetInAnyOrder() {
        IntList list = new IntList(4);
        list.add(9);
        list.setSize(6);
        for (int k = 5; k >= 1; k--) {
            list.set(k, 10 * k);
        }
        assertThat(list.toArray()).containsExactly(9, 10, 20, 30, 40, 50);
        list.setSize(2);
        list.add(7);
        assertThat(list.toArray()).containsExactly(9, 10, 7);
    }
}

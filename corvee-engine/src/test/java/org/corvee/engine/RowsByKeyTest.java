package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsByKeyTest {
    /** Keys spread over many chunks, with rows left out (negative or too large keys). */
    private static int key(int i) {
        int h = i * 0x9E3779B9;
        return (h >>> 20) % 11 - 1; // -1..9, with 10 keys: -1 left out
    }

    @Test
    void groupsTheRowsByKeyInRowOrderOnAnyThreadCount() {
        int n = ParallelRanges.CHUNK * 4 + 77;
        int keys = 10;
        List<List<Integer>> expected = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            expected.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int k = key(i);
            if (k >= 0) {
                expected.get(k).add(i);
            }
        }
        for (int threads = 1; threads <= 3; threads++) {
            try (ParallelRanges ranges = new ParallelRanges(threads)) {
                RowsByKey byKey = RowsByKey.count(ranges, n, keys, RowsByKeyTest::key);
                int[][] got = new int[keys][];
                for (int k = 0; k < keys; k++) {
                    assertThat(byKey.count(k)).isEqualTo(expected.get(k).size());
                    got[k] = new int[byKey.count(k)];
                }
                byKey.place(ranges, (k, position, row) -> got[k][position] = row);
                for (int k = 0; k < keys; k++) {
                    assertThat(got[k]).containsExactly(expected.get(k).stream().mapToInt(Integer::intValue).toArray());
                    assertThat(byKey.list(ranges, k, 3).toArray()).isEqualTo(got[k]);
                }
            }
        }
    }

    @Test
    void keysOutsideTheRangeAreLeftOut() {
        try (ParallelRanges ranges = new ParallelRanges(2)) {
            RowsByKey byKey = RowsByKey.count(ranges, 10, 2, i -> i % 4);
            assertThat(byKey.count(0)).isEqualTo(3);
            assertThat(byKey.count(1)).isEqualTo(3);
            assertThat(byKey.list(ranges, 1, 0).toArray()).containsExactly(1, 5, 9);
        }
    }
}

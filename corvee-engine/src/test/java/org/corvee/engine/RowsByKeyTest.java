package org.corvee.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowsByKeyTest {
    private static final int KEYS = 10;

    /** Keys spread over many chunks, with rows left out (key -1). */
    private static int key(int i) {
        int h = i * 0x9E3779B9;
        return (h >>> 20) % (KEYS + 1) - 1;
    }

    /** The rows of each key, placed by two passes on {@code threads} threads. */
    private static int[][] sorted(int n, int threads) {
        try (ParallelRanges ranges = new ParallelRanges(threads)) {
            RowsByKey byKey = new RowsByKey(n, KEYS);
            long[] none = new long[0];
            ranges.run(n, none, (chunk, from, to, c) -> {
                for (int i = from; i < to; i++) {
                    if (key(i) >= 0) {
                        byKey.count(chunk, key(i));
                    }
                }
            });
            byKey.sum();
            int[][] rows = new int[KEYS][];
            for (int k = 0; k < KEYS; k++) {
                rows[k] = new int[byKey.count(k)];
            }
            ranges.run(n, none, (chunk, from, to, c) -> {
                for (int i = from; i < to; i++) {
                    int k = key(i);
                    if (k >= 0) {
                        rows[k][byKey.next(chunk, k)] = i;
                    }
                }
            });
            return rows;
        }
    }

    @Test
    void groupsTheRowsByKeyInRowOrderOnAnyThreadCount() {
        int n = ParallelRanges.CHUNK * 4 + 77;
        List<List<Integer>> expected = new ArrayList<>();
        for (int k = 0; k < KEYS; k++) {
            expected.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (key(i) >= 0) {
                expected.get(key(i)).add(i);
            }
        }
        for (int threads = 1; threads <= 3; threads++) {
            int[][] got = sorted(n, threads);
            for (int k = 0; k < KEYS; k++) {
                assertThat(got[k]).as("key %d on %d threads", k, threads)
                        .containsExactly(expected.get(k).stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }
}

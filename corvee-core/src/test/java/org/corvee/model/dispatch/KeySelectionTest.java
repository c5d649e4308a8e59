package org.corvee.model.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The winners' prefix equals that of a full sort, for every k, on random and adversarial input. */
class KeySelectionTest {
    private static void check(long[] a, int k) {
        long[] sorted = a.clone();
        Arrays.sort(sorted);
        long[] b = a.clone();
        KeySelection.smallestFirst(b, k);
        int m = Math.min(k, a.length);
        assertThat(Arrays.copyOf(b, m)).as("k=%d n=%d", k, a.length).isEqualTo(Arrays.copyOf(sorted, m));
        long[] all = b.clone();
        Arrays.sort(all);
        assertThat(all).isEqualTo(sorted); // a permutation: nothing lost or duplicated
    }

    @Test
    void prefixMatchesAFullSort() {
        SplittableRandom r = new SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 10, 63, 64, 65, 200, 5000}) {
            long[] a = new long[n];
            for (int i = 0; i < n; i++) {
                a[i] = (r.nextLong() & 0x7FFFFFFF00000000L) | i; // distinct, as selection keys are
            }
            for (int k : new int[] {0, 1, 2, n / 3, n / 2, n - 1, n, n + 5}) {
                check(a, k);
            }
        }
    }

    @Test
    void sortedAndReversedInputsToo() {
        long[] up = new long[3000];
        for (int i = 0; i < up.length; i++) {
            up[i] = i;
        }
        long[] down = new long[3000];
        for (int i = 0; i < down.length; i++) {
            down[i] = down.length - i;
        }
        for (int k : new int[] {1, 17, 1500, 2999}) {
            check(up, k);
            check(down, k);
        }
    }
}

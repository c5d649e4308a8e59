package org.corvee.model.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.corvee.engine.ParallelRanges;
import org.junit.jupiter.api.Test;

/** Filing on the workers gives every month the rows one scan in row order gives. */
class RowsByMonthTest {
    @Test
    void filesTheSameRowsInTheSameOrderOnAnyThreadCount() {
        int size = ParallelRanges.CHUNK * 3 + 501; // several chunks
        short[] month = new short[size];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < size; i++) {
            month[i] = (short) (90 + rnd.nextInt(40)); // some before the window, some after
        }
        int first = 100;
        int months = 24;
        RowsByMonth one = RowsByMonth.of(month, size, first, months, i -> i % 3 != 0);
        for (int threads = 2; threads <= 3; threads++) {
            try (ParallelRanges ranges = new ParallelRanges(threads)) {
                RowsByMonth many = RowsByMonth.of(ranges, month, size, first, months, i -> i % 3 != 0);
                assertThat(many.filed()).isEqualTo(one.filed());
                for (int m = first - 2; m < first + months + 2; m++) {
                    assertThat(many.at(m).toArray()).isEqualTo(one.at(m).toArray());
                }
            }
        }
        // and the rows are those of a plain scan, ascending
        for (int m = first; m < first + months; m++) {
            int at = 0;
            for (int i = 0; i < size; i++) {
                if (month[i] == m && i % 3 != 0) {
                    assertThat(one.at(m).get(at++)).isEqualTo(i);
                }
            }
            assertThat(one.at(m).size()).isEqualTo(at);
        }
    }
}

package org.corvee.model.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * The lazy fading at home equals the monthly pass it replaces, bit for bit: a world of random
 * events (departures, homecomings, deaths abroad, accounts heard, persons coming of age, births)
 * and decay rates that change from month to month (a timeline; factor 1 when the mechanism is
 * off) is run twice — once multiplying every person at home every month, once through
 * {@link HomeMemory} — and every row's confidence and resentment are compared each month.
 */
class HomeMemoryTest {
    private static final int N = 400;
    private static final int MONTHS = 150;

    @Test
    void lazyFadingEqualsTheMonthlyPassBitForBit() {
        SplittableRandom rnd = new SplittableRandom(15);
        Population lazy = new Population(N, 1);
        float[] confidence = new float[N];
        float[] resentment = new float[N];
        byte[] status = new byte[N];
        for (int i = 0; i < N; i++) {
            confidence[i] = (float) rnd.nextDouble();
            resentment[i] = rnd.nextDouble() < 0.3 ? 0f : (float) rnd.nextDouble();
            lazy.confidence[i] = confidence[i];
            lazy.resentment[i] = resentment[i];
        }
        long settledReads = 0;
        for (int m = 0; m < MONTHS; m++) {
            // Events before the memory step, applied to both worlds.
            for (int e = 0; e < N / 10; e++) {
                int i = rnd.nextInt(N);
                double u = rnd.nextDouble();
                if (status[i] >= Status.DEAD) {
                    continue;
                }
                if (status[i] == Status.ABROAD) {
                    float grown = (float) Math.min(1, resentment[i] + 0.1); // abroad: conditions
                    resentment[i] = grown;
                    lazy.resentment[i] = grown;
                    if (u < 0.3) { // homecoming: confidence set afresh
                        lazy.settle(i);
                        status[i] = Status.HOME;
                        lazy.status[i] = Status.HOME;
                        confidence[i] = 0.9f;
                        lazy.confidence[i] = 0.9f;
                    } else if (u < 0.35) { // died abroad
                        status[i] = Status.DEAD;
                        lazy.status[i] = Status.DEAD;
                    }
                } else if (u < 0.2) { // departure
                    lazy.settle(i);
                    status[i] = Status.ABROAD;
                    lazy.status[i] = Status.ABROAD;
                } else if (u < 0.3) { // applying or in screening: still at home, still fading
                    status[i] = (byte) (1 + rnd.nextInt(2));
                    lazy.status[i] = status[i];
                } else { // an account heard: read, then written
                    float c = confidence[i];
                    confidence[i] = c + (1 - c) * 0.3f;
                    float cl = lazy.confidenceNow(i);
                    assertThat(cl).isEqualTo(c);
                    lazy.confidence[i] = cl + (1 - cl) * 0.3f;
                    settledReads++;
                }
            }
            // The memory step: this month's rates (changing as a timeline would), coming of age.
            boolean off = m % 37 == 5;
            float keepC = off ? 1f : (float) (1 - 0.01 - 0.02 * rnd.nextDouble());
            float keepR = off ? 1f : (float) (1 - 0.05 - 0.1 * rnd.nextDouble());
            boolean[] ofAge = new boolean[N];
            for (int e = 0; e < (off ? 0 : 3); e++) {
                int i = rnd.nextInt(N);
                if (status[i] < Status.ABROAD) {
                    ofAge[i] = true;
                    lazy.settle(i);
                    lazy.confidence[i] = 0.05f;
                    lazy.memory.freshNextMonth(i);
                }
            }
            for (int i = 0; i < N; i++) {
                if (status[i] >= Status.ABROAD) {
                    continue;
                }
                if (ofAge[i]) {
                    confidence[i] = 0.05f;
                    continue;
                }
                confidence[i] *= keepC;
                if (resentment[i] > 0) {
                    resentment[i] *= keepR;
                }
            }
            lazy.memory.record(m, keepC, keepR);
            // Births after the memory step: fresh values in a row whose person died at home.
            for (int e = 0; e < 2; e++) {
                int i = rnd.nextInt(N);
                if (status[i] == Status.HOME) {
                    confidence[i] = 0.05f;
                    resentment[i] = 0f;
                    lazy.confidence[i] = 0.05f;
                    lazy.resentment[i] = 0f;
                    lazy.memory.born(i, m);
                }
            }
            if (m % 10 == 9) {
                for (int i = 0; i < N; i++) {
                    assertThat(lazy.confidenceNow(i)).as("confidence of %d in month %d", i, m).isEqualTo(confidence[i]);
                    assertThat(lazy.resentmentNow(i)).as("resentment of %d in month %d", i, m).isEqualTo(resentment[i]);
                }
            }
        }
        lazy.memory.settleAll(lazy);
        for (int i = 0; i < N; i++) {
            assertThat(lazy.confidence[i]).isEqualTo(confidence[i]);
            assertThat(lazy.resentment[i]).isEqualTo(resentment[i]);
        }
        assertThat(settledReads).isGreaterThan(1000);
    }

    @Test
    void monthsAreRecordedInOrderOnce() {
        HomeMemory memory = new Population(1, 1).memory;
        memory.record(0, 0.9f, 0.9f);
        assertThatThrownBy(() -> memory.record(0, 0.9f, 0.9f)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> memory.record(2, 0.9f, 0.9f)).isInstanceOf(IllegalStateException.class);
    }
}

package org.corvee.model.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.corvee.model.world.Status;
import org.junit.jupiter.api.Test;

/**
 * The lazy fading at home equals the monthly pass it replaces up to float rounding: a world of random
 * events (departures, homecomings, deaths abroad, accounts heard, persons coming of age, births)
 * and decay rates that change from month to month (a timeline; factor 1 when the mechanism is
 * off) is run twice — once multiplying every person at home every month, once through
 * {@link HomeMemory} — and every row's confidence and resentment are compared every ten months:
 * equal within a relative {@value #RELATIVE} (the monthly pass rounds to float each month, at
 * most 2⁻²⁴ each time over {@value #MONTHS} months), and exactly when the mechanism was off
 * throughout.
 */
class HomeMemoryTest {
    private static final int N = 400;
    private static final int MONTHS = 150;
    private static final double RELATIVE = 1e-5;

    @Test
    void lazyFadingEqualsTheMonthlyPassUpToFloatRounding() {
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
                    assertClose(cl, c, i, m);
                    lazy.memory.settleConfidence(lazy, i); // a write starts from the value now
                    assertThat(lazy.confidence[i]).isEqualTo(cl);
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
                    assertClose(lazy.confidenceNow(i), confidence[i], i, m);
                    assertClose(lazy.resentmentNow(i), resentment[i], i, m);
                }
            }
        }
        lazy.memory.settleAll(lazy);
        for (int i = 0; i < N; i++) {
            assertClose(lazy.confidence[i], confidence[i], i, MONTHS);
            assertClose(lazy.resentment[i], resentment[i], i, MONTHS);
        }
        assertThat(settledReads).isGreaterThan(1000);
    }

    private static void assertClose(float lazy, float eager, int i, int m) {
        assertThat((double) lazy).as("row %d in month %d", i, m)
                .isCloseTo(eager, org.assertj.core.api.Assertions.within(RELATIVE * Math.abs(eager)));
    }

    @Test
    void withTheMechanismOffValuesAreUnchangedExactly() {
        Population pop = new Population(2, 1);
        pop.confidence[0] = 0.123456f;
        pop.resentment[1] = 0.654321f;
        for (int m = 0; m < 252; m++) {
            pop.memory.record(m, 1f, 1f);
        }
        assertThat(pop.confidenceNow(0)).isEqualTo(0.123456f);
        assertThat(pop.resentmentNow(1)).isEqualTo(0.654321f);
    }

    @Test
    void aZeroFactorClearsTheValueAndMonthsAfterItDoNotRestoreIt() {
        Population pop = new Population(1, 1);
        pop.confidence[0] = 0.5f;
        pop.resentment[0] = 0.5f;
        pop.memory.record(0, 0.9f, 0.8f);
        pop.memory.record(1, 0f, 0.8f);
        pop.memory.record(2, 0.9f, 0.8f);
        assertThat(pop.confidenceNow(0)).isZero();
        assertThat((double) pop.resentmentNow(0)).isCloseTo(0.5 * 0.8 * 0.8 * 0.8, org.assertj.core.api.Assertions.within(1e-7));
    }

    @Test
    void monthsAreRecordedInOrderOnce() {
        HomeMemory memory = new Population(1, 1).memory;
        memory.record(0, 0.9f, 0.9f);
        assertThatThrownBy(() -> memory.record(0, 0.9f, 0.9f)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> memory.record(2, 0.9f, 0.9f)).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Reads write nothing: a world whose rows are read every month and one whose rows are never
     * read between writes hold bit-identical values (the former lazy form rounded at every read,
     * so results depended on when rows were read).
     */
    @Test
    void valuesDoNotDependOnWhenRowsAreRead() {
        SplittableRandom rnd = new SplittableRandom(3);
        Population read = new Population(N, 1);
        Population unread = new Population(N, 1);
        for (int i = 0; i < N; i++) {
            float c = (float) rnd.nextDouble();
            float r = (float) rnd.nextDouble();
            read.confidence[i] = c;
            unread.confidence[i] = c;
            read.resentment[i] = r;
            unread.resentment[i] = r;
        }
        for (int m = 0; m < MONTHS; m++) {
            for (int e = 0; e < N / 20; e++) { // accounts heard: the same writes in both worlds
                int i = rnd.nextInt(N);
                for (Population pop : new Population[] {read, unread}) {
                    pop.memory.settleConfidence(pop, i);
                    pop.confidence[i] += (1 - pop.confidence[i]) * 0.3f;
                }
            }
            for (int i = 0; i < N; i++) {
                read.confidenceNow(i);
                read.resentmentNow(i);
                if (rnd.nextInt(4) == 0) {
                    read.confidenceNow(i);
                }
            }
            float keep = (float) (1 - 0.01 - 0.02 * rnd.nextDouble());
            read.memory.record(m, keep, keep * 0.9f);
            unread.memory.record(m, keep, keep * 0.9f);
        }
        for (int i = 0; i < N; i++) {
            assertThat(read.confidenceNow(i)).as("confidence of row %d", i).isEqualTo(unread.confidenceNow(i));
            assertThat(read.resentmentNow(i)).as("resentment of row %d", i).isEqualTo(unread.resentmentNow(i));
        }
    }
}

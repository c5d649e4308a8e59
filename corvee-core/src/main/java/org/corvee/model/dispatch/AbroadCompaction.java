package org.corvee.model.dispatch;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchState;
import org.corvee.model.world.Status;

/**
 * Drops from the abroad list everyone no longer abroad (dead, defected, recalled) after a phase
 * in which workers left it, keeping order ({@link DispatchState#keepAbroad},
 * {@link DispatchState#truncateAbroad}).
 *
 * <p>If everyone on the list was abroad when the phase began ({@link DispatchState#onlyAbroad}),
 * those no longer abroad are exactly the workers the phase reported leaving ({@link #left}), a
 * few a month: the list is compacted against a small set of them, reading no row (each worker's
 * row is far from the next, a cache miss at full scale). Otherwise the status of every worker on
 * the list is read, in fixed chunks ({@link ListChunks}, on the run's threads for a long list).
 * Either way the list is then compacted on the calling thread in list order, the same on any
 * thread count.
 */
final class AbroadCompaction {
    private static final int EMPTY = -1;
    private boolean wasOnlyAbroad;
    private final IntList left = new IntList();
    /** Open-addressing set of the rows that left (a power of two in size, at most a quarter full). */
    private int[] set = new int[64];
    /** Scratch by list position: 1 if the worker is still abroad. */
    private byte[] here = new byte[0];

    /** The phase begins: notes whether everyone on the list is abroad now, and forgets earlier leavers. */
    void begin(DispatchState state) {
        wasOnlyAbroad = state.onlyAbroad();
        left.clear();
    }

    /** Row {@code i} on the abroad list has just stopped being abroad in this phase. */
    void left(int i) {
        left.add(i);
    }

    /** Compacts {@code state}'s abroad list at the end of the phase begun with {@link #begin}. */
    void compact(StepContext ctx, DispatchState state, Population pop) {
        if (state.onlyAbroad()) {
            return; // nobody to drop
        }
        IntList abroad = state.abroad;
        int n = abroad.size();
        int kept = 0;
        if (wasOnlyAbroad) {
            fill();
            for (int k = 0; k < n; k++) {
                if (!contains(abroad.get(k))) {
                    state.keepAbroad(k, kept++);
                }
            }
            state.truncateAbroad(kept);
            return;
        }
        if (here.length < n) {
            here = new byte[Math.max(n, 2 * here.length)];
        }
        byte[] still = here;
        ListChunks.run(ctx, n, (chunk, from, to, unused) -> {
            // No branch on the values read: the misses of many rows are in flight together.
            for (int k = from; k < to; k++) {
                still[k] = (byte) (pop.status[abroad.get(k)] == Status.ABROAD ? 1 : 0);
            }
        });
        for (int k = 0; k < n; k++) {
            if (still[k] != 0) {
                state.keepAbroad(k, kept++);
            }
        }
        state.truncateAbroad(kept);
    }

    private void fill() {
        int size = Integer.highestOneBit(Math.max(16, 4 * left.size()) - 1) << 1;
        if (set.length != size) {
            set = new int[size];
        }
        Arrays.fill(set, EMPTY);
        for (int x = 0; x < left.size(); x++) {
            int i = left.get(x);
            int at = slot(i);
            while (set[at] != EMPTY && set[at] != i) {
                at = (at + 1) & (set.length - 1);
            }
            set[at] = i;
        }
    }

    private boolean contains(int i) {
        for (int at = slot(i); ; at = (at + 1) & (set.length - 1)) {
            int v = set[at];
            if (v == i) {
                return true;
            }
            if (v == EMPTY) {
                return false;
            }
        }
    }

    private int slot(int i) {
        return (i * 0x9E3779B9 >>> 8) & (set.length - 1);
    }
}

package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.state.DispatchState;
import org.corvee.model.world.Status;

/**
 * Drops from the abroad list everyone no longer abroad (dead, defected, recalled), keeping order
 * ({@link DispatchState#keepAbroad}, {@link DispatchState#truncateAbroad}): the status of every worker on the list is read in fixed
 * chunks ({@link ListChunks}, on the run's threads for a long list), each worker's row far from
 * the next (a cache miss each at full scale); the list is then compacted on this thread from
 * what was read, in list order. The same on any thread count.
 */
final class AbroadCompaction {
    /** Scratch by list position: 1 if the worker is still abroad. */
    private byte[] here = new byte[0];

    /** Compacts {@code state}'s abroad list after a phase in which workers may have left it. */
    void compact(StepContext ctx, DispatchState state, Population pop) {
        if (state.onlyAbroad()) {
            return; // nobody to drop
        }
        IntList abroad = state.abroad;
        int n = abroad.size();
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
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (still[k] != 0) {
                state.keepAbroad(k, kept++);
            }
        }
        state.truncateAbroad(kept);
    }
}

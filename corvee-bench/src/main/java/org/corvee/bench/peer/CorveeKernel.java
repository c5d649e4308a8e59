package org.corvee.bench.peer;

import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;

/**
 * The word-of-mouth kernel written for our engine: one int column (the step of adoption), the
 * CSR graph, chunk-parallel steps on {@link ParallelRanges}, counter-based draws.
 *
 * <p>Each agent writes only its own row; a neighbour adopting in the same step has
 * {@code adoptedAt == step}, which the test {@code < step} ignores, so the result does not
 * depend on the thread count or the visiting order.
 */
public final class CorveeKernel {
    private final SocialNetwork net;
    private final int[] adoptedAt;
    private final long stream;
    private final long[] counter = new long[1];

    public CorveeKernel(SocialNetwork net, long seed) {
        this.net = net;
        this.adoptedAt = new int[net.size()];
        this.stream = new RandomStreams(seed).stream("peer-adoption");
        reset();
    }

    /** Nobody has adopted. */
    public void reset() {
        java.util.Arrays.fill(adoptedAt, BassRule.NEVER);
        counter[0] = 0;
    }

    /** Runs step {@code t} on {@code ranges}; returns the number of adopters so far. */
    public long step(int t, ParallelRanges ranges) {
        ranges.run(adoptedAt.length, counter, (chunk, from, to, c) -> {
            int[] at = adoptedAt;
            int adopters = 0;
            for (int i = from; i < to; i++) {
                if (at[i] != BassRule.NEVER) {
                    continue;
                }
                int e0 = net.start(i);
                int e1 = net.end(i);
                int adopted = 0;
                for (int e = e0; e < e1; e++) {
                    adopted += at[net.target(e)] < t ? 1 : 0;
                }
                if (RandomStreams.uniform(stream, i, t) < BassRule.chance(adopted, e1 - e0)) {
                    at[i] = t;
                    adopters++;
                }
            }
            c[0] += adopters;
        });
        return counter[0];
    }

    /** Number of agents. */
    public int size() {
        return adoptedAt.length;
    }
}

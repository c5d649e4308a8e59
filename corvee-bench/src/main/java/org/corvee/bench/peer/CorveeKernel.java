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
 *
 * <p>Data layout: at the start of a step the column is condensed into a bit column "adopted
 * before this step" (one bit per agent: 125 KB for a million agents, which stays in cache), so
 * the ten random neighbour reads per agent hit cache instead of a 4 MB int array. Same rule,
 * same draws, same result as reading {@code adoptedAt} directly; the condensing pass is timed
 * as part of the step.
 */
public final class CorveeKernel {
    private final SocialNetwork net;
    private final int[] adoptedAt;
    private final long stream;
    private final long[] counter = new long[1];
    private final long[] before;

    public CorveeKernel(SocialNetwork net, long seed) {
        this.net = net;
        this.adoptedAt = new int[net.size()];
        this.before = new long[(net.size() + 63) >>> 6];
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
        // Chunks start at multiples of ParallelRanges.CHUNK (a multiple of 64), so each chunk
        // writes whole words of the bit column and chunks never share a word.
        ranges.run(adoptedAt.length, counter, (chunk, from, to, c) -> {
            int[] at = adoptedAt;
            for (int w = from >>> 6; w < (to + 63) >>> 6; w++) {
                long bits = 0;
                int end = Math.min(to, (w + 1) << 6);
                for (int i = w << 6; i < end; i++) {
                    bits |= (long) ((at[i] - t) >>> 31) << (i & 63); // 1 if at[i] < t
                }
                before[w] = bits;
            }
        });
        ranges.run(adoptedAt.length, counter, (chunk, from, to, c) -> {
            int[] at = adoptedAt;
            long[] old = before;
            int adopters = 0;
            for (int i = from; i < to; i++) {
                if (at[i] != BassRule.NEVER) {
                    continue;
                }
                int e0 = net.start(i);
                int e1 = net.end(i);
                int adopted = 0;
                for (int e = e0; e < e1; e++) {
                    int j = net.target(e);
                    adopted += (int) (old[j >>> 6] >>> (j & 63)) & 1;
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

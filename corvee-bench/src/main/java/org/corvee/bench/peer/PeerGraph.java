package org.corvee.bench.peer;

import org.corvee.engine.RandomStreams;
import org.corvee.engine.SocialNetwork;

/**
 * The one social graph both peers run on: {@code n} agents, each starting {@code ties / 2}
 * undirected ties (so about {@code ties} neighbours each), nine in ten to someone in the same
 * block of {@link #BLOCK} agents and one in ten to anyone. Built from counter-based draws, so
 * every build is the same graph.
 */
public final class PeerGraph {
    /** Agents per neighbourhood block. */
    public static final int BLOCK = 300;

    private PeerGraph() {
    }

    /** The graph in CSR form (our engine's {@link SocialNetwork}). */
    public static SocialNetwork build(int n, int ties, long seed) {
        long stream = new RandomStreams(seed).stream("peer-graph");
        int starts = ties / 2;
        int[] from = new int[n * starts];
        int[] to = new int[n * starts];
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            int blockStart = i / BLOCK * BLOCK;
            int blockSize = Math.min(BLOCK, n - blockStart);
            for (int t = 0; t < starts; t++) {
                boolean local = RandomStreams.uniform(stream, i, 0, 2 * t) < 0.9 && blockSize > 1;
                int lo = local ? blockStart : 0;
                int size = local ? blockSize : n;
                int j = lo + RandomStreams.below(stream, i, 0, 2 * t + 1, size - 1);
                if (j >= i) {
                    j++;
                }
                if (j >= lo + size) {
                    j = lo; // cannot happen for i inside [lo, lo+size); kept for safety
                }
                from[i * starts + t] = i;
                to[i * starts + t] = j;
                degree[i]++;
                degree[j]++;
            }
        }
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        int[] targets = new int[offsets[n]];
        int[] fill = new int[n];
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            targets[offsets[a] + fill[a]++] = b;
            targets[offsets[b] + fill[b]++] = a;
        }
        return new SocialNetwork(offsets, targets);
    }
}

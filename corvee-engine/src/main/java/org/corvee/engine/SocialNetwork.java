package org.corvee.engine;

/**
 * An undirected graph in compressed sparse row form: the neighbours of agent {@code i} are
 * {@code targets[offsets[i] .. offsets[i+1])}.
 *
 * <p>Invariants: {@code offsets} has n+1 non-decreasing entries starting at 0; every edge is
 * stored in both directions; no self-loops. Agents are numbered so that households and
 * regions are contiguous, which keeps most neighbours close in memory.
 */
public final class SocialNetwork {
    private final int[] offsets;
    private final int[] targets;

    public SocialNetwork(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
    }

    /** Number of agents. */
    public int size() {
        return offsets.length - 1;
    }

    /** Number of stored (directed) entries, i.e. twice the number of ties. */
    public long entries() {
        return offsets[offsets.length - 1];
    }

    /** First entry of agent {@code i}. */
    public int start(int i) {
        return offsets[i];
    }

    /** One past the last entry of agent {@code i}. */
    public int end(int i) {
        return offsets[i + 1];
    }

    /** Degree of agent {@code i}. */
    public int degree(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** The neighbour stored at entry {@code e}. */
    public int target(int e) {
        return targets[e];
    }

    /** Bytes held by the arrays. */
    public long bytes() {
        return 4L * offsets.length + 4L * targets.length;
    }
}

package org.corvee.engine;

/** Work on one contiguous range of agents; adds its counts into {@code counters}. */
@FunctionalInterface
public interface ChunkBody {
    /** Runs agents [from, to) of chunk number {@code chunk}, counting into this worker's delta. */
    void run(int chunk, int from, int to, long[] counters);
}

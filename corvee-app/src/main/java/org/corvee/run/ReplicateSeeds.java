package org.corvee.run;

import org.corvee.engine.RandomStreams;

/**
 * Seeds of replicate runs derived from a base seed: replicate 0 uses the base seed itself (so
 * {@code --replicates 1} is the plain run), replicate k ≥ 1 uses
 * {@code mix(base + k · 0x9E3779B97F4A7C15) mod 2^53} (SplitMix64 finaliser of the base shifted
 * by k times the golden-ratio odd constant). The result is a pure function of (base, k) and is
 * always a valid seed (0 ≤ seed < 2^53).
 */
public final class ReplicateSeeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long MASK = (1L << 53) - 1;

    private ReplicateSeeds() {
    }

    /** The seed of replicate {@code k}. */
    public static long of(long base, int k) {
        return k == 0 ? base : RandomStreams.mix(base + k * GOLDEN) & MASK;
    }
}

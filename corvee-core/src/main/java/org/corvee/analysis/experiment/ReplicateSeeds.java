package org.corvee.analysis.experiment;

import org.corvee.engine.RandomStreams;

/**
 * The one seed-derivation policy for runs that repeat a base run with other seeds: replicates
 * ({@code corvee run --replicates}), the replicates of every ablation configuration, and the
 * members of a posterior ensemble. Replicate 0 uses the base seed itself (so one replicate is
 * the plain run), replicate k ≥ 1 uses {@code mix(base + k · 0x9E3779B97F4A7C15) mod 2^53}
 * (SplitMix64 finaliser of the base shifted by k times the golden-ratio odd constant).
 *
 * <p>Why not base + k: neighbouring base seeds would share all but one replicate (a study from
 * seed 5 and one from seed 6 would overlap), and the mixed seeds are as far apart as any. The
 * result is a pure function of (base, k) and always a valid seed (0 ≤ seed < 2^53).
 */
public final class ReplicateSeeds {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long MASK = (1L << 53) - 1;

    private ReplicateSeeds() {
    }

    /** The seed of replicate {@code k} of a run with seed {@code base}. */
    public static long of(long base, int k) {
        return k == 0 ? base : RandomStreams.mix(base + k * GOLDEN) & MASK;
    }
}

package org.corvee.model.people;

import org.corvee.engine.ParallelRanges;
import org.corvee.engine.RandomStreams;
import org.corvee.model.params.LoyaltyKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.world.Province;

/**
 * Initial loyalty (X4, OD10): the class mean ({@code loyalty.core}, {@code wavering},
 * {@code hostile}) plus {@code loyalty.capital_bonus} in the capital (only with
 * {@code mechanism.od10_regional_gap} on), plus a uniform spread of ±{@code loyalty.spread},
 * clamped to 0..100. Deterministic per person (keyed by row).
 */
public final class LoyaltyAssignment {
    private LoyaltyAssignment() {
    }

    /** Draws every person's loyalty using {@code ranges}' workers (keyed by row: the same on any thread count). */
    public static void assign(Population pop, Parameters p, RandomStreams random, ParallelRanges ranges) {
        double[] mean = {p.get(LoyaltyKeys.CORE), p.get(LoyaltyKeys.WAVERING), p.get(LoyaltyKeys.HOSTILE)};
        double bonus = p.on(MechanismKeys.OD10_REGIONAL_GAP) ? p.get(LoyaltyKeys.CAPITAL_BONUS) : 0;
        double spread = p.get(LoyaltyKeys.SPREAD);
        long stream = random.stream("loyalty");
        int capital = Province.PYONGYANG.ordinal();
        ranges.run(pop.size, new long[0], (chunk, from, to, c) -> {
            for (int i = from; i < to; i++) {
                double v = mean[pop.songbun[i]] + (pop.province[i] == capital ? bonus : 0)
                        + spread * (2 * RandomStreams.uniform(stream, i, 0, 0) - 1);
                pop.loyalty[i] = (byte) Math.max(0, Math.min(100, Math.round(v)));
            }
        });
    }
}

package org.corvee.model.beliefs;

import org.corvee.model.people.Population;
import org.corvee.model.world.Status;

/**
 * The one rule by which a person at home revises their belief about net pay abroad on hearing
 * an account (OD8, X3), used by word of mouth and by the outside source alike.
 *
 * <p>A listener with belief b and confidence c hearing report R from a source of trust τ:
 * {@code w = τ·(1 − c)}, {@code b ← b + w·(R − b)}, {@code c ← c + (1 − c)·τ/2}. Confident
 * people move little; trusted sources move people more; confidence grows towards 1 with every
 * account and never passes it for τ ≤ 1. (A returnee does not listen: {@link org.corvee.model.dispatch.Homecoming} sets
 * their belief to what they kept.)
 *
 * <p>Only people in the country can hear: see {@link #canHear}.
 */
public final class BeliefUpdate {
    private BeliefUpdate() {
    }

    /** True if a person with this status can hear an account: not abroad, dead or defected. */
    public static boolean canHear(byte status) {
        return status < Status.ABROAD;
    }

    /** Person {@code j} hears {@code report} from a source of trust {@code trust}. */
    public static void hear(Population pop, int j, float report, double trust) {
        // The fading at home since the last write comes first; resentment is not written here.
        pop.memory.settleConfidence(pop, j);
        float[] belief = pop.belief;
        float[] confidence = pop.confidence;
        double conf = confidence[j];
        double w = trust * (1 - conf);
        belief[j] += (float) (w * (report - belief[j]));
        confidence[j] = (float) (conf + (1 - conf) * trust / 2);
    }
}

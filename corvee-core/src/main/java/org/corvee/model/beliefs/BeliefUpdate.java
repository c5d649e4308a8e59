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
        float confidence = pop.confidence[j];
        pop.belief[j] = believed(pop.belief[j], confidence, report, trust);
        pop.confidence[j] = confident(confidence, trust);
    }

    /** The belief after hearing {@code report} with {@code trust}, of someone holding {@code belief} with {@code confidence}. */
    static float believed(float belief, float confidence, float report, double trust) {
        double w = trust * (1 - (double) confidence);
        return belief + (float) (w * (report - belief));
    }

    /** The confidence after hearing an account with {@code trust}. */
    static float confident(float confidence, double trust) {
        double conf = confidence;
        return (float) (conf + (1 - conf) * trust / 2);
    }
}

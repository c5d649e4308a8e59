package org.corvee.model.dispatch;

import java.util.Arrays;
import org.corvee.engine.RandomStreams;

/**
 * A threshold cascade among the persons of one worksite (OD6; Granovetter 1978): each person
 * joins once the share of the group already acting reaches their own threshold. Thresholds are
 * logistic, {@code mean + spread · ln(u / (1 − u))}, one uniform draw per person, so the result
 * is a pure function of the key. Counted in persons, not agents: the same group of persons gives
 * the same distribution of sizes whatever the scale.
 */
final class ThresholdCascade {
    private ThresholdCascade() {
    }

    /**
     * Persons acting at the end of the cascade.
     *
     * @param persons persons in the group (at least 1)
     * @param seeds   persons acting from the start (1 ≤ seeds ≤ persons)
     * @param mean    mean threshold (share of the group)
     * @param spread  logistic scale of the thresholds
     * @param stream  random stream
     * @param key     draw key of this event (e.g. the triggering agent)
     * @param month   month index
     * @param event   event number within the key and month
     */
    static int size(int persons, int seeds, double mean, double spread, long stream, long key, int month,
                    int event) {
        int others = persons - seeds;
        if (others <= 0) {
            return Math.max(persons, 0);
        }
        double[] threshold = new double[others];
        int base = event * persons;
        for (int j = 0; j < others; j++) {
            double u = RandomStreams.uniform(stream, key, month, base + j);
            u = Math.min(Math.max(u, 1e-12), 1 - 1e-12);
            threshold[j] = mean + spread * Math.log(u / (1 - u));
        }
        Arrays.sort(threshold);
        // Monotone: each new joiner raises the acting share; stop at the first threshold above it.
        int joined = 0;
        while (joined < others && threshold[joined] <= (double) (seeds + joined) / persons) {
            joined++;
        }
        return seeds + joined;
    }
}

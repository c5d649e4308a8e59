package org.corvee.bench;

import org.corvee.engine.SocialNetwork;
import org.corvee.model.Population;

/**
 * Bytes actually held by a built world, from the lengths of its arrays: the person columns,
 * the household index and the social network (CSR offsets and targets).
 */
public record Footprint(long columns, long households, long network) {

    /** Measures {@code pop} and {@code net}. */
    public static Footprint of(Population pop, SocialNetwork net) {
        long cols = (long) pop.province.length + pop.sex.length + pop.songbun.length + pop.urban.length
                + 2L * pop.birth.length + 4L * pop.household.length + pop.status.length + pop.destination.length
                + 2L * pop.due.length + 4L * pop.belief.length + 4L * pop.confidence.length + 2L * pop.heard.length
                + 2L * pop.departed.length + 2L * pop.returned.length + 4L * pop.kept.length
                + 4L * pop.savings.length + 4L * pop.debt.length;
        return new Footprint(cols, 4L * pop.householdStart.length, net.bytes());
    }

    /** All bytes. */
    public long total() {
        return columns + households + network;
    }

    /** All bytes per agent. */
    public double perAgent(int agents) {
        return agents == 0 ? 0 : (double) total() / agents;
    }
}

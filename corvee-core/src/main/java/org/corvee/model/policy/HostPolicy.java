package org.corvee.model.policy;

import org.corvee.model.world.Destination;

/**
 * The host-policy situation in one month (OD11), derived from the parameters in force by
 * {@link org.corvee.model.dispatch.HostPolicyPhase} at the start of the month and read by the later phases.
 *
 * @param permits      per destination ordinal: may new workers be selected for it
 * @param borderClosed no departures and no returns this month
 * @param troubled     border closed or sanctions in force: wages are withheld more often
 */
public record HostPolicy(boolean[] permits, boolean borderClosed, boolean troubled) {
    /** Everything open: every destination takes workers, the border is open. */
    public static HostPolicy open() {
        boolean[] all = new boolean[Destination.values().length];
        java.util.Arrays.fill(all, true);
        return new HostPolicy(all, false, false);
    }

    /** True if destination {@code d} issues new permits. */
    public boolean permits(int d) {
        return permits[d];
    }
}

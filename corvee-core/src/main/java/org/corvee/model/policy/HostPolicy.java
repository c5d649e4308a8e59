package org.corvee.model.policy;

import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PolicyKeys;
import org.corvee.model.world.Destination;

/**
 * The host-policy situation in one month (OD11), derived from the parameters in force as part
 * of the month's terms ({@code MonthTerms}) and read by the phases.
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

    /**
     * The policy of month {@code m} under {@code p}: with {@code mechanism.od11_host_policy} off only
     * {@code policy.new_permits} applies; with it on, no new permits from {@code policy.sanctions_start}
     * except from a host's own {@code destination.<id>.resumption}, the border closed from
     * {@code policy.border_closure_start} until {@code policy.border_reopen}, and wages withheld more
     * often while the border is closed or from the sanctions to {@code policy.repatriation_deadline}.
     */
    public static HostPolicy of(Parameters p, int m) {
        boolean[] permits = new boolean[Destination.values().length];
        boolean newPermits = p.on(PolicyKeys.NEW_PERMITS);
        if (!p.on(MechanismKeys.OD11_HOST_POLICY)) {
            java.util.Arrays.fill(permits, newPermits);
            return new HostPolicy(permits, false, false);
        }
        boolean sanctioned = m >= PolicyDates.index(p, PolicyKeys.SANCTIONS_START);
        for (Destination d : Destination.values()) {
            permits[d.ordinal()] = newPermits
                    && (!sanctioned || m >= PolicyDates.index(p, DestinationKeys.of(d.id()).resumption));
        }
        boolean closed = m >= PolicyDates.index(p, PolicyKeys.BORDER_CLOSURE_START)
                && m < PolicyDates.index(p, PolicyKeys.BORDER_REOPEN);
        boolean troubled = closed || (sanctioned && m <= PolicyDates.index(p, PolicyKeys.REPATRIATION_DEADLINE));
        return new HostPolicy(permits, closed, troubled);
    }

    /** True if destination {@code d} issues new permits. */
    public boolean permits(int d) {
        return permits[d];
    }
}

package org.corvee.model.policy;

import java.util.Arrays;
import org.corvee.model.params.DestinationKeys;
import org.corvee.model.params.MechanismKeys;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.PolicyKeys;
import org.corvee.model.world.Destination;

/**
 * The host-policy situation in one month (OD11), derived from the parameters in force as part
 * of the month's terms ({@code MonthTerms}) and read by the phases.
 *
 * @param permits      per destination ordinal: may new workers be selected for it (by any channel)
 * @param borderClosed no departures and no returns this month
 * @param troubled     border closed or a repatriation under way: wages are withheld more often
 * @param channels     per destination: the channel new workers enter on ({@link #WORK},
 *                     {@link #STUDENT}, {@link #OTHER}); meaningful where {@code permits} holds
 * @param deadlines    per destination: month index of its repatriation deadline in force
 *                     ({@link PolicyDates#NEVER} if none)
 */
public record HostPolicy(boolean[] permits, boolean borderClosed, boolean troubled, byte[] channels,
                         int[] deadlines) {
    /** Entry on a work permit. */
    public static final byte WORK = 0;
    /** Entry on a student or trainee visa. */
    public static final byte STUDENT = 1;
    /** Entry on another visa (visitor, unreported). */
    public static final byte OTHER = 2;

    /** Every open host takes work permits; no deadlines. */
    public HostPolicy(boolean[] permits, boolean borderClosed, boolean troubled) {
        this(permits, borderClosed, troubled, new byte[permits.length], never(permits.length));
    }

    private static int[] never(int n) {
        int[] d = new int[n];
        Arrays.fill(d, PolicyDates.NEVER);
        return d;
    }

    /** Everything open: every destination takes workers, the border is open. */
    public static HostPolicy open() {
        boolean[] all = new boolean[Destination.values().length];
        Arrays.fill(all, true);
        return new HostPolicy(all, false, false);
    }

    /**
     * The policy of month {@code m} under {@code p}: with {@code mechanism.od11_host_policy} off
     * only {@code policy.new_permits} applies. With it on, per host: work permits while its
     * {@code work_permits} holds and no UN-wide ban is in force ({@code policy.sanctions_start},
     * lifted for a host from its own {@code resumption}); otherwise entry on a student visa if
     * its {@code student_channel} is on, else on another visa if {@code other_channel} is on,
     * else none. Its repatriation deadline is its own {@code repatriation_deadline} or, from the
     * UN-wide ban, {@code policy.repatriation_deadline}, whichever is earlier. The border is
     * closed from {@code policy.border_closure_start} until {@code policy.border_reopen}; wages
     * are withheld more often while it is closed or while any host repatriates.
     */
    public static HostPolicy of(Parameters p, int m) {
        int n = Destination.values().length;
        boolean[] permits = new boolean[n];
        boolean newPermits = p.on(PolicyKeys.NEW_PERMITS);
        if (!p.on(MechanismKeys.OD11_HOST_POLICY)) {
            Arrays.fill(permits, newPermits);
            return new HostPolicy(permits, false, false);
        }
        boolean sanctioned = m >= PolicyDates.index(p, PolicyKeys.SANCTIONS_START);
        int unDeadline = sanctioned ? PolicyDates.index(p, PolicyKeys.REPATRIATION_DEADLINE) : PolicyDates.NEVER;
        byte[] channels = new byte[n];
        int[] deadlines = new int[n];
        boolean repatriating = false;
        for (Destination d : Destination.values()) {
            int x = d.ordinal();
            DestinationKeys k = DestinationKeys.of(d.id());
            boolean work = p.on(k.workPermits) && (!sanctioned || m >= PolicyDates.index(p, k.resumption));
            boolean student = p.on(k.studentChannel);
            boolean other = p.on(k.otherChannel);
            channels[x] = work ? WORK : student ? STUDENT : OTHER;
            permits[x] = newPermits && (work || student || other);
            deadlines[x] = Math.min(PolicyDates.index(p, k.repatriationDeadline), unDeadline);
            repatriating |= deadlines[x] != PolicyDates.NEVER && m <= deadlines[x];
        }
        boolean closed = m >= PolicyDates.index(p, PolicyKeys.BORDER_CLOSURE_START)
                && m < PolicyDates.index(p, PolicyKeys.BORDER_REOPEN);
        return new HostPolicy(permits, closed, closed || repatriating, channels, deadlines);
    }

    /** True if destination {@code d} takes new workers (by any channel). */
    public boolean permits(int d) {
        return permits[d];
    }

    /** True if destination {@code d} issues new work permits (renewals need one). */
    public boolean workPermits(int d) {
        return permits[d] && channels[d] == WORK;
    }

    /** The channel new workers of {@code d} enter on. */
    public byte channel(int d) {
        return channels[d];
    }

    /** Month index of {@code d}'s repatriation deadline in force, or {@link PolicyDates#NEVER}. */
    public int deadline(int d) {
        return deadlines[d];
    }
}

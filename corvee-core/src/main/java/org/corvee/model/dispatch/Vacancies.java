package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
import org.corvee.engine.StepContext;
import org.corvee.model.people.Population;
import org.corvee.model.policy.HostPolicy;
import org.corvee.model.world.Destination;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;

/**
 * Expected vacancies and entry channels (OD3, OD11): recruiters fill the places of workers whose
 * contracts end soon, not only places already empty, and each worker carries the channel they
 * entered the host on (a bit of {@link PersonFlags}).
 */
final class Vacancies {
    private Vacancies() {
    }

    /**
     * Per destination: workers abroad whose contract ends by month {@code until} (due ≤ until + 1),
     * counted over the list in parallel chunks.
     */
    static int[] endingWithin(StepContext ctx, Population pop, IntList abroad, int until) {
        int nd = Destination.values().length;
        int[][] tally = new int[ListChunks.count(abroad.size())][];
        ListChunks.run(ctx, abroad.size(), (chunk, from, to, unused) -> {
            int[] t = new int[nd];
            tally[chunk] = t;
            for (int k = from; k < to; k++) {
                int i = abroad.get(k);
                if (pop.status[i] == Status.ABROAD && pop.due[i] <= until + 1) {
                    t[pop.destination[i]]++;
                }
            }
        });
        int[] n = new int[nd];
        for (int[] t : tally) {
            for (int d = 0; d < nd; d++) {
                n[d] += t[d];
            }
        }
        return n;
    }

    /** {@code flags} with the channel bits set for {@code channel} ({@link HostPolicy#WORK} clears them). */
    static byte withChannel(byte flags, byte channel) {
        int f = flags & ~(PersonFlags.STUDENT_VISA | PersonFlags.OTHER_VISA);
        if (channel == HostPolicy.STUDENT) {
            f |= PersonFlags.STUDENT_VISA;
        } else if (channel == HostPolicy.OTHER) {
            f |= PersonFlags.OTHER_VISA;
        }
        return (byte) f;
    }

    /** The channel a worker entered on, from their flags. */
    static int channelOf(byte flags) {
        return (flags & PersonFlags.STUDENT_VISA) != 0 ? HostPolicy.STUDENT
                : (flags & PersonFlags.OTHER_VISA) != 0 ? HostPolicy.OTHER : HostPolicy.WORK;
    }
}

package org.corvee.model.dispatch;

import org.corvee.engine.IntList;
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

    /** Per destination: workers abroad whose contract ends by month {@code until} (due ≤ until + 1). */
    static int[] endingWithin(Population pop, IntList abroad, int until) {
        int[] n = new int[Destination.values().length];
        for (int k = 0; k < abroad.size(); k++) {
            int i = abroad.get(k);
            if (pop.status[i] == Status.ABROAD && pop.due[i] <= until + 1) {
                n[pop.destination[i]]++;
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

package org.corvee.model.dispatch;

import org.corvee.model.policy.HostPolicy;
import org.corvee.model.world.PersonFlags;

/**
 * Entry channels (OD11): each worker carries the channel they entered the host on (a bit of
 * {@link PersonFlags}). The expected vacancies (recruiters fill the places of workers whose
 * contracts end soon, not only places already empty) are kept by
 * {@link org.corvee.model.state.ContractEnds}.
 */
final class Vacancies {
    private Vacancies() {
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

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
        return withBits(flags, bitsOf(channel));
    }

    /** The flag bits that mark {@code channel} (none for {@link HostPolicy#WORK}). */
    static int bitsOf(byte channel) {
        return channel == HostPolicy.STUDENT ? PersonFlags.STUDENT_VISA
                : channel == HostPolicy.OTHER ? PersonFlags.OTHER_VISA : 0;
    }

    /** {@code flags} with the channel bits replaced by {@code bits} (from {@link #bitsOf}). */
    static byte withBits(byte flags, int bits) {
        return (byte) (flags & ~(PersonFlags.STUDENT_VISA | PersonFlags.OTHER_VISA) | bits);
    }

    /** The channel a worker entered on, from their flags. */
    static int channelOf(byte flags) {
        return (flags & PersonFlags.STUDENT_VISA) != 0 ? HostPolicy.STUDENT
                : (flags & PersonFlags.OTHER_VISA) != 0 ? HostPolicy.OTHER : HostPolicy.WORK;
    }
}

package org.corvee.cli;

import org.corvee.run.UserError;

/**
 * The {@code --threads} rule shared by every command: at least 1 and at most
 * {@link #PER_CORE} per available core. More threads than that only add scheduling and
 * per-thread buffers (a run's results do not depend on the count); {@code --threads 100000}
 * used to be accepted and die 98 s later of an OutOfMemoryError.
 */
final class ThreadCount {
    /** Threads allowed per available core. */
    static final int PER_CORE = 4;

    private ThreadCount() {
    }

    /** The largest --threads accepted on this machine. */
    static int max() {
        return PER_CORE * Runtime.getRuntime().availableProcessors();
    }

    /** {@code requested} checked (default: the available cores), or a one-line bad-input error. */
    static int of(Integer requested) {
        int cores = Runtime.getRuntime().availableProcessors();
        int n = requested == null ? cores : requested;
        if (n < 1) {
            throw UserError.badInput("--threads must be at least 1, was " + n);
        }
        if (n > max()) {
            throw UserError.badInput("--threads must be at most " + max() + " (" + PER_CORE + " per core; this "
                    + "machine has " + cores + "), was " + n + "; more threads do not make a run faster");
        }
        return n;
    }
}

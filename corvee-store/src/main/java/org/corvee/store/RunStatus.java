package org.corvee.store;

import java.util.Locale;

/** Life of a run row: written 'running' before the simulation, then 'completed' or 'failed'. */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED;

    /** The text stored in the database. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the stored text. */
    public static RunStatus of(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}

package org.corvee.store;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What to do when another process holds the database file: DuckDB lets one process write a
 * file, or several read it, never both at once. Opening waits up to {@code patience}, telling
 * {@code notice} once, in plain words, who it is waiting for; then it gives up with a
 * {@link StoreException} that says the same. Runs hold the file only for the moment they record
 * their start and their results, so a wait is short.
 */
public record LockWait(Duration patience, Consumer<String> notice) {
    /** Do not wait: fail at once (still in plain words). */
    public static final LockWait NONE = new LockWait(Duration.ZERO, s -> { });

    /** Waits up to {@code seconds}, printing the notice through {@code notice}. */
    public static LockWait upTo(long seconds, Consumer<String> notice) {
        return new LockWait(Duration.ofSeconds(seconds), notice);
    }
}

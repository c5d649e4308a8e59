package org.corvee.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.corvee.store.LockWait;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;

/**
 * Writes to the results database in short sessions: each {@link #write} opens the file, does
 * one piece of work (record a run's start, store its results, mark it failed) and closes it
 * again. Between sessions — while a run builds and simulates, which is nearly all of its time —
 * other processes can read the file ({@code corvee runs}, {@code report}) or write their own
 * runs. If another process holds the file, the session waits up to {@link #PATIENCE_SECONDS}
 * and says so in one line on the error stream.
 *
 * <p>Thread safety: sessions of one writer run one at a time (replicates share one writer).
 */
public final class DatabaseWriter {
    /** How long a writer waits for another process to release the file. */
    public static final long PATIENCE_SECONDS = 120;

    /**
     * How long a command that keeps the file open throughout (a calibration) waits: the holder is
     * likely another such command that will not let go for hours.
     */
    public static final long HELD_PATIENCE_SECONDS = 10;

    private final Path file;
    private final LockWait wait;

    public DatabaseWriter(Path file, PrintWriter err) {
        this(file, err, PATIENCE_SECONDS);
    }

    private DatabaseWriter(Path file, PrintWriter err, long patience) {
        this.file = file;
        this.wait = LockWait.upTo(patience, line -> {
            err.println("corvee: " + line);
            err.flush();
        });
    }

    /**
     * Opens the file for writing and keeps it open (a calibration stores every generation as it
     * goes); waits for another process as a session does. Readers wait until it is closed.
     */
    public static ResultStore openHeld(Path file, PrintWriter err) {
        try {
            return ResultStore.open(file, new DatabaseWriter(file, err, HELD_PATIENCE_SECONDS).wait);
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /**
     * Opens the file for writing, applies {@code work} and closes it. A file that cannot be
     * opened (bad path, held too long by another process) is a one-line bad-input error.
     */
    public synchronized <T> T write(Function<ResultStore, T> work) {
        ResultStore store;
        try {
            store = ResultStore.open(file, wait);
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
        try (store) {
            return work.apply(store);
        }
    }
}

package org.corvee.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corvee.run.RunLedger;
import org.corvee.run.UserError;
import org.corvee.store.LockWait;
import org.corvee.store.ResultStore;
import org.corvee.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db PATH} for commands that read the results database. */
public final class DatabaseOption {
    /** Where `corvee run` puts the database when neither --out nor --db is given. */
    static final Path DEFAULT = Path.of("runs", "baseline", RunLedger.DEFAULT_FILE);

    @Option(names = "--db", paramLabel = "PATH",
            description = "Results database (default: runs/baseline/corvee.duckdb, where `corvee run` writes).")
    Path db;

    /** The chosen path. */
    Path path() {
        return db != null ? db : DEFAULT;
    }

    /**
     * Opens the existing database for reading and writing (commands that write into it, such as
     * the evidence commands), failing at once in plain words if another process holds it.
     */
    ResultStore open() {
        try {
            return ResultStore.openExisting(path());
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
    }

    /** How long a reader waits for a writer to release the file (a run holds it only while it stores results). */
    static final long PATIENCE_SECONDS = 60;

    /**
     * Opens the existing database read-only (readers never block each other, nor a run that is
     * simulating), waiting for a writer in plain words on {@code err}; or a one-line user error.
     */
    ResultStore open(PrintWriter err) {
        if (!Files.isRegularFile(path())) {
            throw UserError.badInput("no results database at " + path() + " (run `corvee run` first, or pass --db PATH)");
        }
        try {
            return ResultStore.openReadOnly(path(), LockWait.upTo(PATIENCE_SECONDS, line -> {
                err.println("corvee: " + line);
                err.flush();
            }));
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
    }
}

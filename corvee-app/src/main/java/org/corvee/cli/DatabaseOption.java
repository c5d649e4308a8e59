package org.corvee.cli;

import java.nio.file.Path;
import org.corvee.run.RunLedger;
import org.corvee.run.UserError;
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

    /** Opens the existing database, or a one-line user error. */
    ResultStore open() {
        try {
            return ResultStore.openExisting(path());
        } catch (StoreException e) {
            throw UserError.badInput(e.getMessage());
        }
    }
}

package org.corvee.cli;

import java.util.function.Function;
import org.corvee.evidence.EvidenceStore;
import org.corvee.store.ResultStore;
import org.corvee.run.UserError;
import org.corvee.store.StoreException;

/** Opens the evidence tables of an existing database for the evidence commands; one-line errors. */
final class EvidenceDatabase {
    private EvidenceDatabase() {
    }

    static <T> T with(DatabaseOption db, Function<EvidenceStore, T> body) {
        try (ResultStore rs = db.open()) {
            return body.apply(new EvidenceStore(rs));
        } catch (StoreException e) {
            throw new UserError(Main.FAILED, java.util.List.of(e.getMessage()));
        }
    }
}

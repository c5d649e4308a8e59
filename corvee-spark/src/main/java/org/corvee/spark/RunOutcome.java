package org.corvee.spark;

import java.io.Serializable;
import org.corvee.analysis.experiment.RunSummary;

/**
 * What a task sends back for one run: its summary, or the reason the model failed.
 *
 * <p>Invariant: exactly one of {@code summary} and {@code failure} is null.
 */
record RunOutcome(int position, RunSummary summary, String failure) implements Serializable {
    static RunOutcome done(int position, RunSummary summary) {
        return new RunOutcome(position, summary, null);
    }

    static RunOutcome failed(int position, String failure) {
        return new RunOutcome(position, null, failure);
    }

    boolean ok() {
        return failure == null;
    }
}

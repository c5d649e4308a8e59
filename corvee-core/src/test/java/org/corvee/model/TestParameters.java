package org.corvee.model;

import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.Parameters;

/** Parameter sets for test worlds. */
final class TestParameters {
    private TestParameters() {
    }

    /** Defaults at a small scale over a short period. */
    static Parameters small(double scale, int fromYear, int toYear) {
        return ParameterCatalog.load().defaults().with("run.scale", scale).with("run.start_year", fromYear)
                .with("run.end_year", toYear);
    }
}

package org.corvee.analysis.abc;

import java.io.Serializable;
import org.corvee.analysis.experiment.RunSummary;

/** How far a run's summary is from the observations; 0 is a perfect fit. */
@FunctionalInterface
public interface Distance extends Serializable {
    /** The distance of {@code summary}; never NaN for a summary of this experiment. */
    double of(RunSummary summary);
}

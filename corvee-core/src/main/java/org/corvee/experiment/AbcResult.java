package org.corvee.experiment;

import java.util.List;

/**
 * The outcome of a calibration: every completed generation (the last is the posterior
 * ensemble) and why it stopped.
 */
public record AbcResult(List<Generation> generations, String stopReason) {
    public AbcResult {
        generations = List.copyOf(generations);
    }

    /** The accepted ensemble of the last complete generation. */
    public Generation last() {
        return generations.get(generations.size() - 1);
    }

    /** Total model runs. */
    public int runs() {
        return last().runsTotal();
    }
}

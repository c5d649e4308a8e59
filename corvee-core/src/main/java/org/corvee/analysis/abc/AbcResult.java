package org.corvee.analysis.abc;

import java.util.List;

/**
 * The outcome of a calibration: every completed generation (the last is the posterior
 * ensemble), why it stopped, and the model runs spent in all (including those of a generation
 * cut short by the budget and discarded).
 */
public record AbcResult(List<Generation> generations, String stopReason, int spent) {
    public AbcResult {
        generations = List.copyOf(generations);
    }

    /** The accepted ensemble of the last complete generation. */
    public Generation last() {
        return generations.get(generations.size() - 1);
    }

    /** Model runs of the complete generations. */
    public int runs() {
        return last().runsTotal();
    }
}

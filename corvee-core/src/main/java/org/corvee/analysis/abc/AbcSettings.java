package org.corvee.analysis.abc;

import java.io.Serializable;

/**
 * Settings of an ABC-SMC calibration.
 *
 * @param particles   accepted particles per generation (N)
 * @param generations most generations to run, counting the prior generation 0
 * @param quantile    next tolerance = this weighted quantile of the current distances (α)
 * @param budget      most proposals in total (model runs when replicates = 1); a generation that would exceed it is not begun
 *                    or is cut short (the last complete generation is the result)
 * @param seed        seed of every proposal and model run (the model seed of each proposal is
 *                    derived from it, the generation and the proposal number)
 * @param minEpsilon  stop once the tolerance reaches this value
 * @param replicates seeds per proposal (K): a proposal's statistics are their mean over K runs
 *                   ({@link org.corvee.analysis.experiment.ReplicateMean}); the budget and the
 *                   acceptance count proposals, each costing K model runs
 */
public record AbcSettings(int particles, int generations, double quantile, int budget, long seed, double minEpsilon,
                          int replicates) implements Serializable {
    /** Settings with one seed per proposal. */
    public AbcSettings(int particles, int generations, double quantile, int budget, long seed, double minEpsilon) {
        this(particles, generations, quantile, budget, seed, minEpsilon, 1);
    }

    public AbcSettings {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + replicates);
        }
        if (particles < 2) {
            throw new IllegalArgumentException("particles must be at least 2, was " + particles);
        }
        if (generations < 1) {
            throw new IllegalArgumentException("generations must be at least 1, was " + generations);
        }
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1), was " + quantile);
        }
        if (!(minEpsilon >= 0) || Double.isInfinite(minEpsilon)) {
            throw new IllegalArgumentException("--min-epsilon must be 0 or more (a distance is never negative), was "
                    + minEpsilon);
        }
        if (budget < particles) {
            throw new IllegalArgumentException("budget (" + budget + ") must be at least particles (" + particles + ")");
        }
    }

    /**
     * Text that identifies the settings in a checkpoint (resuming needs the same). One replicate
     * is left unsaid, so checkpoints written before replicates existed still resume.
     */
    public String fingerprint() {
        return "particles=" + particles + " quantile=" + quantile + " seed=" + seed
                + (replicates == 1 ? "" : " replicates=" + replicates);
    }
}

package org.corvee.cli;

import org.corvee.run.UserError;

/**
 * The rule for {@code --scale}/{@code --scales}: agents per real person, from {@link #MIN} (one
 * agent per million persons, the catalogue's minimum for run.scale) to 1. Checked here so the
 * message names the option the user typed (a scale of 1e-7 used to be reported as a bad
 * {@code --set}).
 */
final class ScaleOption {
    /** The smallest scale (run.scale's minimum in the parameter catalogue). */
    static final double MIN = 0.000001;
    /** The range as help texts print it. */
    static final String RANGE = "from 0.000001 (one agent per million persons) to 1";

    private ScaleOption() {
    }

    /** {@code scale} if within range, else a one-line bad-input error naming {@code option}. */
    static double check(String option, double scale) {
        if (!(scale >= MIN && scale <= 1)) {
            throw UserError.badInput(option + " must be " + RANGE + ", was "
                    + (Double.isNaN(scale) ? "NaN" : java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString()));
        }
        return scale;
    }
}

package org.corvee.cli;

import picocli.CommandLine;

/**
 * The default {@code --scale} and {@code --replicates} of {@code corvee calibrate} (the other
 * experiment commands keep {@link ExperimentOptions}' 0.01 and one run): a scale and a number of
 * seeds per proposal at which every pattern target's statistic is defined in every seed, its
 * seed-to-seed SD is below a quarter of its tolerance and its mean does not move against a larger
 * scale, as measured by {@code corvee noise} (docs/calibration-scale.md: 8 seeds at 0.02, 0.05 and
 * 0.1 on the model after issue 13's flows; one run is too noisy at every scale, T1_trend at 0.02
 * and 0.05, T14 at 0.1; 0.05 with 3 replicates costs about what 0.02 with the 4 it needs costs and
 * holds five times the agents per worksite). Rerun that measurement when the model changes.
 */
public final class CalibrationScale implements CommandLine.IDefaultValueProvider {
    /** The calibration scale. */
    static final String SCALE = "0.05";
    /** Seeds averaged into each proposal's statistics at that scale. */
    static final String REPLICATES = "3";

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
        // null: the option's own default
        if (!(arg instanceof CommandLine.Model.OptionSpec o)) {
            return null;
        }
        return switch (o.longestName()) {
            case "--scale" -> SCALE;
            case "--replicates" -> REPLICATES;
            default -> null;
        };
    }
}

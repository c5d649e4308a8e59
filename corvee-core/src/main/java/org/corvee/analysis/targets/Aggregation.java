package org.corvee.analysis.targets;

import java.util.Locale;

/**
 * How a target's monthly series is reduced over its month range to one number.
 *
 * <p>Without a denominator: MEAN, SUM, LAST, MAX, MIN of the monthly value; TREND is the
 * least-squares slope per year. With a denominator (a ratio or share): MEAN, SUM and SHARE give
 * Σ numerator / Σ denominator over the months (a ratio of sums, so empty months do not
 * distort it); LAST the ratio in the last month; MAX, MIN and TREND apply to the monthly ratio.
 */
public enum Aggregation {
    MEAN, SUM, LAST, MAX, MIN, TREND, SHARE;

    /** The aggregation named {@code text} (case-insensitive), or null. */
    public static Aggregation parse(String text) {
        for (Aggregation a : values()) {
            if (a.name().equalsIgnoreCase(text)) {
                return a;
            }
        }
        return null;
    }

    /** Lower-case name as in target files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

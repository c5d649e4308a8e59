package org.corvee.validation;

/** How a target's statistic reduces a monthly series over its month range to one number. */
public enum Aggregation {
    /** Mean of the monthly values (stocks: the average level; flows: the average per month). */
    MEAN,
    /** Sum over the months (flows: the total over the period). */
    SUM,
    /** The value in the last month of the range (a stock at a date). */
    LAST,
    /** The largest monthly value (peaks: group sizes, riots). */
    MAX;

    /** Reduces {@code v[from..to]} (inclusive), skipping NaN; NaN if nothing is left. */
    public double apply(double[] v, int from, int to) {
        double acc = this == MAX ? Double.NEGATIVE_INFINITY : 0;
        int n = 0;
        double last = Double.NaN;
        for (int i = from; i <= to; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            n++;
            last = v[i];
            acc = this == MAX ? Math.max(acc, v[i]) : acc + v[i];
        }
        if (n == 0) {
            return Double.NaN;
        }
        return switch (this) {
            case MEAN -> acc / n;
            case SUM, MAX -> acc;
            case LAST -> last;
        };
    }
}

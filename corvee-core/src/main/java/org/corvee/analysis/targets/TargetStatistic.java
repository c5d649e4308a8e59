package org.corvee.analysis.targets;


/**
 * Computes a target's simulated statistic from a run's monthly series, read through a
 * {@link SeriesSource} (the in-memory series of a calibration run, or a stored run's table):
 * one evaluator for calibration, sensitivity, ablation and the report's validation table.
 *
 * <p>Contract: if the run cannot express the target (no such metric, no such dimension or
 * dimension value, or the period lies outside the simulated months) the result is
 * <em>not available</em> with a reason, never a number. If it can, the result is the value
 * (which is NaN when undefined in this run, e.g. a share with an empty denominator).
 */
public final class TargetStatistic {
    private TargetStatistic() {
    }

    /** A computed statistic, or the reason it is not available. */
    public record Evaluation(double value, String missing) {
        /** True if the model can compute this target. */
        public boolean available() {
            return missing == null;
        }
    }

    /** Evaluates {@code t} on {@code series}. */
    public static Evaluation evaluate(Target t, SeriesSource series) {
        return evaluate(t.numerator(), t.denominator(), t.aggregation(), t.periodFrom(), t.periodTo(), series);
    }

    /**
     * Evaluates a statistic that is not a target (e.g. a key output over a whole run):
     * {@code numerator} (optionally over {@code denominator}, which may be null) over the months
     * {@code from..to} ("YYYY-MM", inclusive), reduced by {@code agg}.
     */
    public static Evaluation evaluate(Selector numerator, Selector denominator, Aggregation agg, String from,
                                      String to, SeriesSource series) {
        int a = series.monthIndex(from);
        int b = series.monthIndex(to);
        if (series.monthCount() == 0) {
            return new Evaluation(Double.NaN, "the run has no months");
        }
        if (a < 0 || b >= series.monthCount() || a > b) {
            return new Evaluation(Double.NaN, "period " + from + ".." + to + " is outside the simulated months "
                    + series.label(0) + ".." + series.label(series.monthCount() - 1));
        }
        String why = problem(numerator, series);
        if (why == null && denominator != null) {
            why = problem(denominator, series);
        }
        if (why != null) {
            return new Evaluation(Double.NaN, why);
        }
        double[] num = monthly(numerator, series, a, b);
        double[] den = denominator == null ? null : monthly(denominator, series, a, b);
        return new Evaluation(reduce(agg, num, den), null);
    }

    /** The statistic of {@code t} in words, e.g. "Σ pay_state / Σ pay_gross over 2017-01–2017-12". */
    public static String describe(Target t) {
        String num = t.numerator().toString();
        String den = t.denominator() == null ? null : t.denominator().toString();
        String months = " over " + t.periodFrom() + "–" + t.periodTo();
        if (den != null && (t.aggregation() == Aggregation.MEAN || t.aggregation() == Aggregation.SUM
                || t.aggregation() == Aggregation.SHARE)) {
            return "Σ " + num + " / Σ " + den + months;
        }
        String monthly = den == null ? "monthly " + num : "monthly " + num + " / " + den;
        return switch (t.aggregation()) {
            case MEAN -> "mean of " + monthly + months;
            case SUM -> "sum of " + monthly + months;
            case LAST -> (den == null ? num : num + " / " + den) + " in " + t.periodTo();
            case MAX -> "largest " + monthly + months;
            case MIN -> "smallest " + monthly + months;
            case TREND -> "least-squares slope per year of " + monthly + months;
            case SHARE -> throw new IllegalStateException("share without a denominator");
        };
    }

    /** Reduces the monthly values (and optional denominators) as the aggregation says. */
    static double reduce(Aggregation agg, double[] num, double[] den) {
        int n = num.length;
        if (den != null && (agg == Aggregation.MEAN || agg == Aggregation.SUM || agg == Aggregation.SHARE)) {
            return sum(den) == 0 ? Double.NaN : sum(num) / sum(den);
        }
        double[] v = num;
        if (den != null) {
            v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = den[i] == 0 ? Double.NaN : num[i] / den[i];
            }
        }
        switch (agg) {
            case MEAN:
            case SHARE:
                return sum(v) / n;
            case SUM:
                return sum(v);
            case LAST:
                return v[n - 1];
            case MAX: {
                double m = Double.NEGATIVE_INFINITY;
                for (double x : v) {
                    m = Double.isNaN(x) ? m : Math.max(m, x);
                }
                return m == Double.NEGATIVE_INFINITY ? Double.NaN : m;
            }
            case MIN: {
                double m = Double.POSITIVE_INFINITY;
                for (double x : v) {
                    m = Double.isNaN(x) ? m : Math.min(m, x);
                }
                return m == Double.POSITIVE_INFINITY ? Double.NaN : m;
            }
            case TREND:
                return slopePerYear(v);
            default:
                throw new IllegalStateException("unhandled aggregation " + agg);
        }
    }

    private static double slopePerYear(double[] v) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int k = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                continue;
            }
            double x = i / 12.0;
            sx += x;
            sy += v[i];
            sxx += x * x;
            sxy += x * v[i];
            k++;
        }
        double d = k * sxx - sx * sx;
        return k < 2 || d == 0 ? Double.NaN : (k * sxy - sx * sy) / d;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** Why the selector cannot be evaluated on this run, or null; a metric "a+b" needs both. */
    static String problem(Selector s, SeriesSource series) {
        for (String name : s.metric().split("\\+")) {
            String why = series.problem(name.trim(), s.keyFilter());
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Monthly reported totals of the selector; a metric "a+b" is the sum of a and b. */
    private static double[] monthly(Selector s, SeriesSource series, int from, int to) {
        double[] out = new double[to - from + 1];
        for (String name : s.metric().split("\\+")) {
            double[] part = series.totals(name.trim(), s.keyFilter(), from, to);
            for (int i = 0; i < out.length; i++) {
                out[i] += part[i];
            }
        }
        return out;
    }
}

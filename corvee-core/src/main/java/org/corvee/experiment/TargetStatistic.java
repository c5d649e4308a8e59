package org.corvee.experiment;

import java.util.Map;
import org.corvee.engine.Dimension;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;

/**
 * Computes a target's simulated statistic from a run's monthly series.
 *
 * <p>Contract: if the model cannot express the target (no such metric, no such dimension or
 * dimension value, or the period lies outside the simulated years) the result is
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

    /** Evaluates {@code t} on {@code series} (reported values at run scale {@code scale}). */
    public static Evaluation evaluate(Target t, MonthlySeries series, MonthClock clock, double scale) {
        int from = index(clock, t.periodFrom());
        int to = index(clock, t.periodTo());
        if (from < 0 || to >= series.months() || from > to) {
            return new Evaluation(Double.NaN, "period " + t.periodFrom() + ".." + t.periodTo()
                    + " is outside the simulated months " + clock.label(0) + ".." + clock.label(series.months() - 1));
        }
        String why = problem(t.numerator(), series);
        if (why == null && t.denominator() != null) {
            why = problem(t.denominator(), series);
        }
        if (why != null) {
            return new Evaluation(Double.NaN, why);
        }
        double[] num = monthly(t.numerator(), series, scale, from, to);
        double[] den = t.denominator() == null ? null : monthly(t.denominator(), series, scale, from, to);
        return new Evaluation(reduce(t.aggregation(), num, den), null);
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

    private static int index(MonthClock clock, String yyyymm) {
        int y = Integer.parseInt(yyyymm.substring(0, 4));
        int m = Integer.parseInt(yyyymm.substring(5, 7));
        return clock.indexOf(y, m);
    }

    /** Why the selector cannot be evaluated on this model, or null. */
    static String problem(Selector s, MonthlySeries series) {
        for (String name : s.metric().split("\\+")) {
            String why = problem(name.trim(), s, series);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private static String problem(String name, Selector s, MonthlySeries series) {
        Metric metric = find(name, series);
        if (metric == null) {
            return "the model has no metric " + name;
        }
        for (Map.Entry<String, String> e : s.keyFilter().entrySet()) {
            Dimension d = dimension(metric, e.getKey());
            if (d == null) {
                return "metric " + name + " has no dimension " + e.getKey();
            }
            if (!d.values().contains(e.getValue())) {
                return "dimension " + e.getKey() + " of " + name + " has no value " + e.getValue();
            }
        }
        return null;
    }

    /** Monthly reported totals of the selector; a metric "a+b" is the sum of a and b. */
    private static double[] monthly(Selector s, MonthlySeries series, double scale, int from, int to) {
        double[] out = new double[to - from + 1];
        for (String name : s.metric().split("\\+")) {
            double[] part = monthly(find(name.trim(), series), s, series, scale, from, to);
            for (int i = 0; i < out.length; i++) {
                out[i] += part[i];
            }
        }
        return out;
    }

    private static double[] monthly(Metric metric, Selector s, MonthlySeries series, double scale, int from, int to) {
        boolean[] cells = mask(metric, s.keyFilter());
        double[] out = new double[to - from + 1];
        for (int m = from; m <= to; m++) {
            long raw = 0;
            for (int c = 0; c < cells.length; c++) {
                if (cells[c]) {
                    raw += series.raw(m, metric, c);
                }
            }
            out[m - from] = metric.report(raw, scale);
        }
        return out;
    }

    /** Which cells of the metric match every filter entry. */
    private static boolean[] mask(Metric metric, Map<String, String> filter) {
        boolean[] ok = new boolean[metric.size()];
        for (int c = 0; c < ok.length; c++) {
            ok[c] = true;
            int rest = c;
            for (int d = metric.dimensions().size() - 1; d >= 0; d--) {
                Dimension dim = metric.dimensions().get(d);
                String value = dim.values().get(rest % dim.size());
                rest /= dim.size();
                String want = filter.get(dim.name());
                if (want != null && !want.equals(value)) {
                    ok[c] = false;
                }
            }
        }
        return ok;
    }

    private static Metric find(String name, MonthlySeries series) {
        for (Metric m : series.registry().all()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    private static Dimension dimension(Metric m, String name) {
        for (Dimension d : m.dimensions()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}

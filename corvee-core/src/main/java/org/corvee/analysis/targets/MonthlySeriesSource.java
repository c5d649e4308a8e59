package org.corvee.analysis.targets;

import java.util.Map;
import org.corvee.engine.Dimension;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;

/**
 * A finished run's in-memory {@link MonthlySeries} as a {@link SeriesSource}: the raw counters
 * of the matching cells are summed as longs, then converted once to the reported unit at the
 * run's scale ({@link Metric#report}), so a statistic does not depend on the order of cells.
 * Only registered metrics are readable (derived ratios are not: a ratio cannot be summed over
 * cells; a target divides its numerator by its denominator instead).
 */
public record MonthlySeriesSource(MonthlySeries series, MonthClock clock, double scale) implements SeriesSource {

    @Override
    public int monthIndex(String yyyymm) {
        int y = Integer.parseInt(yyyymm.substring(0, 4));
        int m = Integer.parseInt(yyyymm.substring(5, 7));
        return clock.indexOf(y, m);
    }

    @Override
    public int monthCount() {
        return series.months();
    }

    @Override
    public String label(int month) {
        return clock.label(month);
    }

    @Override
    public String problem(String name, Map<String, String> filter) {
        Metric metric = find(name);
        if (metric == null) {
            return "the model has no metric " + name;
        }
        for (Map.Entry<String, String> e : filter.entrySet()) {
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

    @Override
    public double[] totals(String name, Map<String, String> filter, int from, int to) {
        Metric metric = find(name);
        boolean[] cells = mask(metric, filter);
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

    private Metric find(String name) {
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

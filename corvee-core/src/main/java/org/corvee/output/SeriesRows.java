package org.corvee.output;

import java.util.List;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthClock;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.Ratio;

/**
 * The reported values of a run's monthly series as long-form rows (month, metric, key, value):
 * the single definition of what every sink (CSV file, database) writes.
 *
 * <p>Contract: per month, every cell of every metric in registration order (values in persons
 * or USD of the real population when the metric is scaled), then every derived ratio cell
 * whose denominator is not zero (a ratio with a zero denominator has no value that month and
 * is omitted rather than written as NaN).
 */
public final class SeriesRows {
    private SeriesRows() {
    }

    private static String[] keys(Metric metric) {
        String[] keys = new String[metric.size()];
        for (int cell = 0; cell < keys.length; cell++) {
            keys[cell] = metric.key(cell);
        }
        return keys;
    }

    /** Feeds every row of {@code series} to {@code sink}, in a fixed order. */
    public static void forEach(MonthlySeries series, MonthClock clock, double scale, SeriesRowSink sink)
            throws Exception {
        // the keys are the same every month: made once here, not once per row (~300k rows a run)
        List<Metric> metrics = series.registry().all();
        List<Ratio> ratios = series.registry().ratios();
        String[][] metricKeys = new String[metrics.size()][];
        for (int i = 0; i < metrics.size(); i++) {
            metricKeys[i] = keys(metrics.get(i));
        }
        String[][] ratioKeys = new String[ratios.size()][];
        for (int i = 0; i < ratios.size(); i++) {
            ratioKeys[i] = keys(ratios.get(i).numerator());
        }
        for (int m = 0; m < series.months(); m++) {
            String month = clock.label(m);
            for (int i = 0; i < metrics.size(); i++) {
                Metric metric = metrics.get(i);
                String[] keys = metricKeys[i];
                for (int cell = 0; cell < metric.size(); cell++) {
                    sink.row(m, month, metric.name(), keys[cell], metric.report(series.raw(m, metric, cell), scale));
                }
            }
            for (int i = 0; i < ratios.size(); i++) {
                Ratio r = ratios.get(i);
                String[] keys = ratioKeys[i];
                for (int cell = 0; cell < r.numerator().size(); cell++) {
                    long den = series.raw(m, r.denominator(), cell);
                    if (den == 0) {
                        continue;
                    }
                    double v = series.raw(m, r.numerator(), cell) * r.factor() / den;
                    sink.row(m, month, r.name(), keys[cell], v);
                }
            }
        }
    }
}

package org.corvee.output;

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

    /** Feeds every row of {@code series} to {@code sink}, in a fixed order. */
    public static void forEach(MonthlySeries series, MonthClock clock, double scale, SeriesRowSink sink)
            throws Exception {
        for (int m = 0; m < series.months(); m++) {
            String month = clock.label(m);
            for (Metric metric : series.registry().all()) {
                for (int cell = 0; cell < metric.size(); cell++) {
                    sink.row(m, month, metric.name(), metric.key(cell), metric.report(series.raw(m, metric, cell), scale));
                }
            }
            for (Ratio r : series.registry().ratios()) {
                for (int cell = 0; cell < r.numerator().size(); cell++) {
                    long den = series.raw(m, r.denominator(), cell);
                    if (den == 0) {
                        continue;
                    }
                    double v = series.raw(m, r.numerator(), cell) * r.factor() / den;
                    sink.row(m, month, r.name(), r.numerator().key(cell), v);
                }
            }
        }
    }
}

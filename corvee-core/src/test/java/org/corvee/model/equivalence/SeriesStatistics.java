package org.corvee.model.equivalence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.engine.Metric;
import org.corvee.engine.MonthlySeries;
import org.corvee.engine.MonthClock;
import org.corvee.engine.Ratio;

/**
 * Summarises one run's monthly series into the statistics the distribution-equivalence test
 * compares: for every metric and every key (cell), plus the metric's total over its keys, the
 * mean over all months of the run ({@code period = run}) and the mean over the months of a few
 * reference years that straddle the scenario's policy events; for every ratio the same periods,
 * pooled (sum of numerators over sum of denominators), so an empty denominator gives NaN
 * ("undefined in this seed") rather than a made-up zero.
 *
 * <p>Values are in reported units (raw × factor) and not divided by the run scale: reference and
 * rerun use the same scale, so the scale adds nothing but noise in the last digits.
 */
final class SeriesStatistics {
    /** Key of a metric's total over all its cells (only for metrics with more than one cell). */
    static final String TOTAL = "all";
    /** Period label of the whole-run mean. */
    static final String RUN = "run";
    /**
     * Reference years: before sanctions, after the 2017 sanctions, border closure, and after
     * Russia's resumption (the baseline's policy epochs).
     */
    static final List<Integer> YEARS = List.of(2012, 2017, 2021, 2026);

    private SeriesStatistics() {
    }

    /** Statistic id → value for one run; ids are {@link StatisticId#text()}. */
    static Map<StatisticId, Double> of(MonthlySeries s, MonthClock clock) {
        Map<StatisticId, Double> out = new LinkedHashMap<>();
        int months = s.months();
        for (Metric metric : s.registry().all()) {
            for (int c = 0; c < metric.size(); c++) {
                int cell = c;
                put(out, metric.name(), metric.key(c), s, clock, months, m -> s.raw(m, metric, cell) * metric.factor());
            }
            if (metric.size() > 1) {
                put(out, metric.name(), TOTAL, s, clock, months, m -> s.rawTotal(m, metric) * metric.factor());
            }
        }
        for (Ratio ratio : s.registry().ratios()) {
            Metric num = ratio.numerator();
            Metric den = ratio.denominator();
            for (int c = 0; c < num.size(); c++) {
                int cell = c;
                putRatio(out, ratio, num.key(c), clock, months,
                        m -> s.raw(m, num, cell), m -> s.raw(m, den, cell));
            }
            if (num.size() > 1) {
                putRatio(out, ratio, TOTAL, clock, months, m -> s.rawTotal(m, num), m -> s.rawTotal(m, den));
            }
        }
        return out;
    }

    private interface MonthValue {
        double at(int month);
    }

    private static void put(Map<StatisticId, Double> out, String name, String key, MonthlySeries s, MonthClock clock,
                            int months, MonthValue v) {
        double all = 0;
        for (int m = 0; m < months; m++) {
            all += v.at(m);
        }
        out.put(new StatisticId(name, key, RUN), all / months);
        for (int year : YEARS) {
            double sum = 0;
            int n = 0;
            for (int m = 0; m < months; m++) {
                if (clock.year(m) == year) {
                    sum += v.at(m);
                    n++;
                }
            }
            if (n > 0) {
                out.put(new StatisticId(name, key, Integer.toString(year)), sum / n);
            }
        }
    }

    private static void putRatio(Map<StatisticId, Double> out, Ratio ratio, String key, MonthClock clock, int months,
                                 MonthValue num, MonthValue den) {
        out.put(new StatisticId(ratio.name(), key, RUN), pooled(ratio, clock, months, num, den, -1));
        for (int year : YEARS) {
            if (clock.year(0) <= year && clock.year(months - 1) >= year) {
                out.put(new StatisticId(ratio.name(), key, Integer.toString(year)),
                        pooled(ratio, clock, months, num, den, year));
            }
        }
    }

    private static double pooled(Ratio ratio, MonthClock clock, int months, MonthValue num, MonthValue den, int year) {
        double n = 0;
        double d = 0;
        for (int m = 0; m < months; m++) {
            if (year < 0 || clock.year(m) == year) {
                n += num.at(m);
                d += den.at(m);
            }
        }
        return d == 0 ? Double.NaN : n / d * ratio.factor();
    }
}

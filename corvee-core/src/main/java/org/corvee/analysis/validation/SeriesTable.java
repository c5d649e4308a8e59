package org.corvee.analysis.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corvee.analysis.targets.SeriesSource;

/**
 * One run's monthly series in memory as the store holds them, indexed by metric, key
 * ("dim=value;dim=value", empty for a total) and month, for statistics that select cells by
 * dimension values ("destination=russia") and sum the rest. As a {@link SeriesSource} it feeds
 * the same target evaluator as calibration; values are already reported (persons, USD).
 *
 * <p>Invariant: every metric/key holds one value per month of {@link #months()}; a month the run
 * did not write (a ratio with a zero denominator) is NaN. Months are consecutive (a run writes
 * every cell of every counted metric every month, zeros included). Immutable once built.
 */
public final class SeriesTable implements SeriesSource {
    private final List<String> months;
    private final Map<String, Map<String, double[]>> values;

    private SeriesTable(List<String> months, Map<String, Map<String, double[]>> values) {
        this.months = months;
        this.values = values;
    }

    /**
     * Collects values in any order — one at a time ({@link #add}) or a whole series of one
     * metric and key at once ({@link #addSeries}, the fast path for stored runs) — then
     * {@link #build()}.
     */
    public static final class Builder {
        private final TreeSet<String> months = new TreeSet<>();
        private final Map<String, Map<String, Map<String, Double>>> rows = new LinkedHashMap<>();
        private final List<Series> series = new ArrayList<>();
        private String[] lastMonths;

        private record Series(String metric, String key, String[] months, double[] values) {
        }

        /** Adds one value; {@code month} is "YYYY-MM". */
        public Builder add(String month, String metric, String key, double value) {
            months.add(month);
            rows.computeIfAbsent(metric, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new HashMap<>())
                    .put(month, value);
            return this;
        }

        /**
         * Adds a metric and key's values for the given months ("YYYY-MM", same length as
         * {@code values}); later values for the same month and cell replace earlier ones.
         */
        public Builder addSeries(String metric, String key, String[] monthLabels, double[] values) {
            if (monthLabels.length != values.length) {
                throw new IllegalArgumentException("months and values differ in length for " + metric + " " + key);
            }
            // Stored runs give every cell the same months: register them once per distinct list.
            if (!Arrays.equals(monthLabels, lastMonths)) {
                months.addAll(Arrays.asList(monthLabels));
                lastMonths = monthLabels;
            }
            series.add(new Series(metric, key, monthLabels, values));
            return this;
        }

        /** The table. */
        public SeriesTable build() {
            List<String> ms = new ArrayList<>(months);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < ms.size(); i++) {
                index.put(ms.get(i), i);
            }
            Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
            rows.forEach((metric, keys) -> {
                Map<String, double[]> byKey = out.computeIfAbsent(metric, k -> new LinkedHashMap<>());
                keys.forEach((key, byMonth) -> {
                    double[] v = byKey.computeIfAbsent(key, k -> nans(ms.size()));
                    byMonth.forEach((m, x) -> v[index.get(m)] = x);
                });
            });
            String[] mappedFor = null;
            int[] at = null;
            for (Series se : series) {
                if (se.months() != mappedFor) {
                    mappedFor = se.months();
                    at = new int[mappedFor.length];
                    for (int i = 0; i < at.length; i++) {
                        at[i] = index.get(mappedFor[i]);
                    }
                }
                double[] v = out.computeIfAbsent(se.metric(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(se.key(), k -> nans(ms.size()));
                for (int i = 0; i < at.length; i++) {
                    v[at[i]] = se.values()[i];
                }
            }
            return new SeriesTable(List.copyOf(ms), out);
        }

        private static double[] nans(int n) {
            double[] v = new double[n];
            Arrays.fill(v, Double.NaN);
            return v;
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The months in order, "YYYY-MM". */
    public List<String> months() {
        return months;
    }

    /** Whether the run wrote this metric at all. */
    public boolean has(String metric) {
        return values.containsKey(metric);
    }

    /** Names of all metrics in the table. */
    public Set<String> metrics() {
        return values.keySet();
    }

    /** The keys ("dim=value;…") of a metric; empty if absent. */
    public Set<String> keys(String metric) {
        return values.getOrDefault(metric, Map.of()).keySet();
    }

    /**
     * Per month, the sum of the metric's cells whose key contains every {@code where} pair; null
     * when the metric is absent or no cell matches (e.g. a destination the model does not have).
     * NaN cells are skipped; a month with no non-NaN matching cell is NaN.
     */
    public double[] total(String metric, Map<String, String> where) {
        Map<String, double[]> keys = values.get(metric);
        if (keys == null) {
            return null;
        }
        double[] sum = new double[months.size()];
        boolean[] any = new boolean[months.size()];
        boolean matched = false;
        for (Map.Entry<String, double[]> e : keys.entrySet()) {
            if (!matches(e.getKey(), where)) {
                continue;
            }
            matched = true;
            double[] v = e.getValue();
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    sum[i] += v[i];
                    any[i] = true;
                }
            }
        }
        if (!matched) {
            return null;
        }
        for (int i = 0; i < sum.length; i++) {
            if (!any[i]) {
                sum[i] = Double.NaN;
            }
        }
        return sum;
    }

    @Override
    public int monthIndex(String yyyymm) {
        if (months.isEmpty()) {
            return -1;
        }
        return absolute(yyyymm) - absolute(months.get(0));
    }

    @Override
    public String label(int month) {
        return months.get(month);
    }

    @Override
    public int monthCount() {
        return months.size();
    }

    @Override
    public String problem(String metric, Map<String, String> filter) {
        Map<String, double[]> keys = values.get(metric);
        if (keys == null) {
            return "the model has no metric " + metric;
        }
        Map<String, Set<String>> dims = new TreeMap<>();
        for (String key : keys.keySet()) {
            parse(key).forEach((d, v) -> dims.computeIfAbsent(d, k -> new TreeSet<>()).add(v));
        }
        for (Map.Entry<String, String> e : filter.entrySet()) {
            Set<String> seen = dims.get(e.getKey());
            if (seen == null) {
                return "metric " + metric + " has no dimension " + e.getKey();
            }
            if (!seen.contains(e.getValue())) {
                return "dimension " + e.getKey() + " of " + metric + " has no value " + e.getValue();
            }
        }
        return null;
    }

    @Override
    public double[] totals(String metric, Map<String, String> filter, int from, int to) {
        double[] all = total(metric, filter);
        if (all == null) {
            throw new IllegalArgumentException("no cells of " + metric + " match " + filter);
        }
        return Arrays.copyOfRange(all, from, to + 1);
    }

    private static int absolute(String yyyymm) {
        return Integer.parseInt(yyyymm.substring(0, 4)) * 12 + Integer.parseInt(yyyymm.substring(5, 7)) - 1;
    }

    private static Map<String, String> parse(String key) {
        Map<String, String> parts = new HashMap<>();
        if (!key.isEmpty()) {
            for (String p : key.split(";")) {
                int eq = p.indexOf('=');
                parts.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        return parts;
    }

    /** Whether a key "a=x;b=y" has every pair of {@code where}. */
    static boolean matches(String key, Map<String, String> where) {
        if (where.isEmpty()) {
            return true;
        }
        Map<String, String> parts = parse(key);
        for (Map.Entry<String, String> w : where.entrySet()) {
            if (!w.getValue().equals(parts.get(w.getKey()))) {
                return false;
            }
        }
        return true;
    }
}

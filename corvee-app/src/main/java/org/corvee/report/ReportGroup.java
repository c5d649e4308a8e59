package org.corvee.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.targets.Selector;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.store.StoredRun;

/**
 * One set of replicate runs to draw: a label, the completed runs, their series (same order),
 * the cohort tables of the first run, and its resolved scenario YAML.
 */
public record ReportGroup(String label, List<StoredRun> runs, List<SeriesTable> series,
                          Map<String, Map<String, Map<String, Double>>> cohorts, String scenarioYaml) {
    /** Scenario-name suffix of the members of a posterior ensemble ({@code corvee run --posterior}). */
    public static final String POSTERIOR_SUFFIX = "-posterior";

    /** Whether the group is a posterior ensemble rather than seed replicates of one scenario. */
    public boolean posterior() {
        return runs.get(0).scenario().endsWith(POSTERIOR_SUFFIX);
    }

    /**
     * The run ids as text: "7" for one run, "3–6" for a batch (replicates started together get
     * ids in start order, which need not be replicate order).
     */
    public String idRange() {
        long lo = runs.stream().mapToLong(StoredRun::id).min().orElse(0);
        long hi = runs.stream().mapToLong(StoredRun::id).max().orElse(0);
        return lo == hi ? Long.toString(lo) : lo + "–" + hi;
    }

    /** The months of the first run. */
    public List<String> months() {
        return series.get(0).months();
    }

    /** Whether the first run wrote this metric. */
    public boolean has(String metric) {
        return series.get(0).has(metric);
    }

    /** The band of a metric summed over the cells matching {@code where}; null if absent. */
    public Band band(String metric, Map<String, String> where) {
        return band(metric, where, 1);
    }

    /**
     * As {@link #band(String, Map)} with each replicate first averaged over a trailing window of
     * months (the band is then that of the smoothed series).
     */
    public Band band(String metric, Map<String, String> where, int window) {
        List<double[]> reps = new ArrayList<>();
        for (SeriesTable t : series) {
            reps.add(Band.trailingMean(t.total(metric, where), window));
        }
        return Band.of(reps);
    }

    /** The band of a ratio of two summed selectors computed per replicate; null if either is absent. */
    public Band ratioBand(Selector numerator, Selector denominator) {
        List<double[]> reps = new ArrayList<>();
        for (SeriesTable t : series) {
            reps.add(Band.ratio(t.total(numerator.metric(), numerator.keyFilter()),
                    t.total(denominator.metric(), denominator.keyFilter())));
        }
        return Band.of(reps);
    }

    /**
     * Distinct values of a dimension in a metric's keys, sorted: colours and legend order follow
     * this list and must not depend on the order the database happens to return rows in.
     */
    public List<String> values(String metric, String dimension) {
        List<String> out = new ArrayList<>();
        for (String key : series.get(0).keys(metric)) {
            for (String part : key.split(";")) {
                if (part.startsWith(dimension + "=")) {
                    String v = part.substring(dimension.length() + 1);
                    if (!out.contains(v)) {
                        out.add(v);
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }
}

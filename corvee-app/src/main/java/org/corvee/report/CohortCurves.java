package org.corvee.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retention curves of hardship-posting cohorts grouped by source or by site, for drawing: one
 * band per group, the mean over the group's cohorts with the 5–95% spread across cohorts.
 *
 * <p>Input is a stored cohort table {@code posting_retention} (row key "YYYY-MM site source
 * #id", as the run writes it; column key = months on site; value = share of arrivals still on
 * site). Each cohort counts once, whatever its size. A cohort contributes to month t only if
 * it was observed that long, so late cohorts do not pull the long tail down with zeros.
 */
final class CohortCurves {
    /** Which word of the row key groups the cohorts. */
    enum By {
        SITE(1), SOURCE(2);

        private final int word;

        By(int word) {
            this.word = word;
        }
    }

    private CohortCurves() {
    }

    /** Per group (in first-seen order), the band over months 0..{@code months} on site; empty if none. */
    static Map<String, Band> of(Map<String, Map<String, Double>> table, By by, int months) {
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> row : table.entrySet()) {
            String[] words = row.getKey().split(" ");
            if (words.length <= by.word) {
                continue;
            }
            double[] v = new double[months + 1];
            for (int t = 0; t <= months; t++) {
                Double x = row.getValue().get(Integer.toString(t));
                v[t] = x == null ? Double.NaN : x;
            }
            curves.computeIfAbsent(words[by.word], k -> new ArrayList<>()).add(v);
        }
        Map<String, Band> out = new LinkedHashMap<>();
        curves.forEach((group, list) -> out.put(group + " (" + list.size() + " cohorts)", Band.of(list)));
        return out;
    }

    /** The x labels 0..months. */
    static List<String> axis(int months) {
        List<String> x = new ArrayList<>();
        for (int t = 0; t <= months; t++) {
            x.add(Integer.toString(t));
        }
        return x;
    }
}

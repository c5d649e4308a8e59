package org.corvee.analysis.targets;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metric and a filter on its dimensions, e.g. workers_abroad with destination=russia; an
 * empty filter sums all cells. Dimensions not named in the filter are summed over. A metric
 * written "a+b" is the sum of metrics a and b (the filter applies to each).
 */
public record Selector(String metric, SortedMap<String, String> keyFilter) implements Serializable {
    public Selector {
        keyFilter = Collections.unmodifiableSortedMap(new TreeMap<>(keyFilter));
    }

    /** A selector from any map (copied and sorted). */
    public static Selector of(String metric, Map<String, String> keyFilter) {
        return new Selector(metric, new TreeMap<>(keyFilter));
    }

    /** "metric{dim=value,...}" for messages. */
    @Override
    public String toString() {
        return keyFilter.isEmpty() ? metric : metric + keyFilter;
    }
}

package org.corvee.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock nanoseconds spent in each phase over a run, in schedule order. */
public final class PhaseTimings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Adds {@code ns} to the phase's total. */
    public void add(String phase, long ns) {
        nanos.merge(phase, ns, Long::sum);
    }

    /** A copy of the totals. */
    public Map<String, Long> totals() {
        return new LinkedHashMap<>(nanos);
    }
}

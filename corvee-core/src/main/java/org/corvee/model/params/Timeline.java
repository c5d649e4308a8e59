package org.corvee.model.params;

import java.util.List;

/**
 * A scenario's dated parameter changes (X5), in date order. Entries with the same month apply
 * in file order. The parameters in force at a month are the scenario's parameters (defaults +
 * file + overrides) with every entry up to and including that month applied in order.
 *
 * <p>Invariant: entries are sorted by date (the loader rejects files that are not) and none
 * sets a key that is only read when the world is built (see {@link #fixedAtStart(String)}).
 */
public final class Timeline {
    /** The timeline with no entries. */
    public static final Timeline EMPTY = new Timeline(List.of());

    private final List<TimelineEntry> entries;

    public Timeline(List<TimelineEntry> entries) {
        for (int k = 1; k < entries.size(); k++) {
            if (entries.get(k).absoluteMonth() < entries.get(k - 1).absoluteMonth()) {
                throw new IllegalArgumentException("timeline entries out of date order at " + entries.get(k).label());
            }
        }
        this.entries = List.copyOf(entries);
    }

    /** The entries in date order. */
    public List<TimelineEntry> entries() {
        return entries;
    }

    /** True if there are no entries. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Parameters in force in {@code year}-{@code month}: {@code base} with every entry due by then applied. */
    public Parameters inForce(Parameters base, int year, int month) {
        Parameters p = base;
        int at = year * 12 + month - 1;
        for (TimelineEntry e : entries) {
            if (e.absoluteMonth() <= at) {
                p = e.applyTo(p);
            }
        }
        return p;
    }

    /**
     * Keys that are read only when the world is built (run period, seed, scale, the population,
     * the network, initial beliefs and savings, initial deployment): a timeline may not change
     * them, because the change would silently have no effect.
     */
    public static boolean fixedAtStart(String key) {
        return key.startsWith("run.") || key.startsWith("population.") || key.startsWith("network.")
                || key.equals("economy.savings_months") || key.equals("economy.savings_spread")
                || key.equals("beliefs.initial_spread") || key.equals("beliefs.initial_confidence")
                || key.equals("dispatch.initial_fill");
    }
}

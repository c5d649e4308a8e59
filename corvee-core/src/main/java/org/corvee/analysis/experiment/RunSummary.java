package org.corvee.analysis.experiment;

import java.io.Serializable;
import java.util.List;

/**
 * What one run returns: a named vector of summary statistics, plus notes about statistics that
 * could not be computed (e.g. a target whose metric the model does not have yet).
 *
 * <p>Invariant: {@code names.size() == values.length}; a name absent from {@code names} was not
 * computed at all; a NaN value was computed but is undefined in this run (e.g. 0 / 0).
 */
public record RunSummary(RunSpec spec, List<String> names, double[] values, List<String> notes)
        implements Serializable {

    public RunSummary {
        names = List.copyOf(names);
        values = values.clone();
        notes = List.copyOf(notes);
        if (names.size() != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
    }

    /** True if the statistic {@code name} was computed (its value may still be NaN). */
    public boolean has(String name) {
        return names.indexOf(name) >= 0;
    }

    /** The value of {@code name}, or NaN if it was not computed. */
    public double value(String name) {
        int i = names.indexOf(name);
        return i < 0 ? Double.NaN : values[i];
    }

    /** A copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }
}

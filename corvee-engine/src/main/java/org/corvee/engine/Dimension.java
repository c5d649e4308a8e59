package org.corvee.engine;

import java.util.List;

/** A named breakdown of a metric, e.g. province with its ten values. */
public record Dimension(String name, List<String> values) {
    public Dimension {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("dimension " + name + " has no values");
        }
    }

    /** Number of values. */
    public int size() {
        return values.size();
    }
}

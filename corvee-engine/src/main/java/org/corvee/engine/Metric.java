package org.corvee.engine;

import java.util.List;

/**
 * One registered output series: a block of {@code long} cells, one per combination of its
 * dimensions' values, starting at {@code base} in the counter array.
 *
 * <p>{@code factor} converts the raw long to the reported unit (0.01 for money held in cents);
 * {@code scaled} says whether the value is divided by the run's scale so that outputs are in
 * persons (or dollars) of the real population.
 */
public record Metric(String name, String unit, String description, Accumulation accumulation,
                     List<Dimension> dimensions, int base, int size, double factor, boolean scaled) {

    public Metric {
        dimensions = List.copyOf(dimensions);
    }

    /** Flat cell index (relative to base) of the given dimension value indices. */
    public int cell(int... idx) {
        int c = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            c = c * dimensions.get(d).size() + idx[d];
        }
        return c;
    }

    /** "dim=value;dim=value" key for a flat cell index; empty for a dimensionless metric. */
    public String key(int cell) {
        if (dimensions.isEmpty()) {
            return "";
        }
        String[] parts = new String[dimensions.size()];
        int rest = cell;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            Dimension dim = dimensions.get(d);
            parts[d] = dim.name() + "=" + dim.values().get(rest % dim.size());
            rest /= dim.size();
        }
        return String.join(";", parts);
    }

    /** The reported value of a raw cell at the given run scale. */
    public double report(long raw, double scale) {
        double v = raw * factor;
        return scaled ? v / scale : v;
    }
}

package org.corvee.engine;

import java.util.List;

/**
 * One registered output series: a block of {@code long} cells, one per combination of its
 * dimensions' values, starting at {@code base} in the counter array.
 *
 * <p>Cells hold fixed-point numbers: {@code resolution} raw units make one reported unit (1 for
 * counts, 100 for money held in cents, 10^6 for a sum of shares kept to a millionth). It is
 * stated once, where the metric is registered; phases convert with {@link #fixed} and outputs
 * with {@link #factor}. {@code scaled} says whether the value is divided by the run's scale so
 * that outputs are in persons (or dollars) of the real population.
 */
public record Metric(String name, String unit, String description, Accumulation accumulation,
                     List<Dimension> dimensions, int base, int size, long resolution, boolean scaled) {

    public Metric {
        dimensions = List.copyOf(dimensions);
        if (resolution < 1) {
            throw new IllegalArgumentException("metric " + name + ": resolution must be at least 1");
        }
    }

    /** The raw value to add for {@code value} reported units (rounded to the resolution). */
    public long fixed(double value) {
        return Math.round(value * resolution);
    }

    /** Reported units per raw unit: 1 / resolution. */
    public double factor() {
        return 1.0 / resolution;
    }

    /** Counter index (base included) of cell {@code i} of a one-dimensional metric. */
    public int at(int i) {
        return base + i;
    }

    /** Counter index (base included) of cell (i, j) of a two-dimensional metric: the one layout rule. */
    public int at(int i, int j) {
        return base + i * dimensions.get(1).size() + j;
    }

    /** Counter index (base included) of cell (i, j, k) of a three-dimensional metric. */
    public int at(int i, int j, int k) {
        return base + (i * dimensions.get(1).size() + j) * dimensions.get(2).size() + k;
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
        double v = raw * factor();
        return scaled ? v / scale : v;
    }
}

package org.corvee.engine;

/**
 * A series derived at output time as numerator / denominator, cell by cell (e.g. the mean
 * belief per province = belief sum / persons counted). Both metrics must have the same
 * dimensions. {@code factor} turns raw numerator / raw denominator into reported units; it follows
 * from the two metrics' resolutions ({@link CounterRegistry#ratio}), so it is never typed. An empty
 * denominator gives no row.
 */
public record Ratio(String name, String unit, String description, Metric numerator, Metric denominator,
                    double factor) {
    public Ratio {
        if (!numerator.dimensions().equals(denominator.dimensions())) {
            throw new IllegalArgumentException("ratio " + name + ": dimensions differ");
        }
    }
}

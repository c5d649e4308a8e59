package org.corvee.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of output series, built once before the run; hot loops then address cells by
 * plain {@code int} index into a {@code long[]}.
 *
 * <p>Invariant: metric names are unique; blocks are contiguous and do not overlap.
 */
public final class CounterRegistry {
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, Ratio> ratios = new LinkedHashMap<>();
    private int size;

    /** Registers a metric in persons (scaled) and returns it. */
    public Metric persons(String name, String description, Accumulation acc, Dimension... dims) {
        return register(name, "persons", description, acc, 1, true, dims);
    }

    /** Registers a money metric held in cents, reported in US dollars (scaled). */
    public Metric dollars(String name, String description, Accumulation acc, Dimension... dims) {
        return register(name, "USD", description, acc, 100, true, dims);
    }

    /** Registers a metric with an explicit unit, fixed-point resolution (see {@link Metric}) and scaling. */
    public Metric register(String name, String unit, String description, Accumulation acc,
                           long resolution, boolean scaled, Dimension... dims) {
        if (metrics.containsKey(name) || ratios.containsKey(name)) {
            throw new IllegalArgumentException("metric registered twice: " + name);
        }
        int cells = 1;
        for (Dimension d : dims) {
            cells *= d.size();
        }
        Metric m = new Metric(name, unit, description, acc, Arrays.asList(dims), size, cells, resolution, scaled);
        metrics.put(name, m);
        size += cells;
        return m;
    }

    /**
     * Registers a series derived as numerator / denominator at output time, in the reported units
     * of the numerator per reported unit of the denominator (the factor follows from their
     * resolutions).
     */
    public Ratio ratio(String name, String unit, String description, Metric numerator, Metric denominator) {
        if (metrics.containsKey(name) || ratios.containsKey(name)) {
            throw new IllegalArgumentException("metric registered twice: " + name);
        }
        // (raw n / resolution n) / (raw d / resolution d) = raw n / raw d * resolution d / resolution n
        Ratio r = new Ratio(name, unit, description, numerator, denominator,
                (double) denominator.resolution() / numerator.resolution());
        ratios.put(name, r);
        return r;
    }

    /** All derived ratios in registration order. */
    public List<Ratio> ratios() {
        return new ArrayList<>(ratios.values());
    }

    /** The metric of this name, or an exception naming it. */
    public Metric get(String name) {
        Metric m = metrics.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no metric named " + name);
        }
        return m;
    }

    /** All metrics in registration order. */
    public List<Metric> all() {
        return new ArrayList<>(metrics.values());
    }

    /** Total number of long cells. */
    public int size() {
        return size;
    }

    /** Indices of cells that are reset at the start of every month (flows and snapshots). */
    public int[] resetCells() {
        int n = 0;
        for (Metric m : metrics.values()) {
            if (m.accumulation() != Accumulation.STOCK) {
                n += m.size();
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (Metric m : metrics.values()) {
            if (m.accumulation() != Accumulation.STOCK) {
                for (int i = 0; i < m.size(); i++) {
                    out[k++] = m.base() + i;
                }
            }
        }
        return out;
    }
}

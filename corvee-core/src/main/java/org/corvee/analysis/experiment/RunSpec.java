package org.corvee.analysis.experiment;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One model run to perform: plain data only, so that it can be sent to another process or
 * machine (a Spark executor) and give the same result there.
 *
 * <p>{@code scenario} is a bundled scenario name or a scenario file path; {@code overrides}
 * are dotted parameter keys with values (applied after the scenario, like {@code --set});
 * {@code seed} becomes {@code run.seed}. {@code index} is the run's position in its
 * experiment, used only to put results back in order.
 *
 * <p>Invariant: the overrides map is sorted and unmodifiable, so equal specs print equally.
 */
public record RunSpec(int index, String scenario, Map<String, Double> overrides, int replicate, long seed)
        implements Serializable {

    public RunSpec {
        overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
    }

    /** A spec with the given overrides added to (or replacing) this one's. */
    public RunSpec with(int newIndex, Map<String, Double> more, int newReplicate, long newSeed) {
        TreeMap<String, Double> all = new TreeMap<>(overrides);
        all.putAll(more);
        return new RunSpec(newIndex, scenario, all, newReplicate, newSeed);
    }

    /** The override of {@code key}, or NaN. */
    public double override(String key) {
        Double v = overrides.get(key);
        return v == null ? Double.NaN : v;
    }
}

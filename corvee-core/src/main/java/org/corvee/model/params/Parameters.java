package org.corvee.model.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set of parameter values keyed by dotted path (e.g. "dispatch.contract_months").
 *
 * <p>Processes look values up once per month, never per agent; a missing key is a programming
 * error and says which key. Model code names keys through the generated typed keys
 * ({@link ParameterKey}: {@code RunKeys.SCALE}, {@code DestinationKeys.of(id).slots}, ...), so a
 * misspelt key does not compile; the string forms serve keys that come from input (scenario
 * files, {@code --set}, priors of an experiment).
 */
public final class Parameters {
    private final Map<String, Double> values;

    public Parameters(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code key}. */
    public double get(ParameterKey key) {
        return get(key.name());
    }

    /** The value of {@code key}, rounded to an int. */
    public int getInt(ParameterKey key) {
        return getInt(key.name());
    }

    /** The value of a switch. */
    public boolean on(SwitchKey key) {
        return on(key.name());
    }

    /** True if {@code key} is defined. */
    public boolean has(ParameterKey key) {
        return has(key.name());
    }

    /** A copy with {@code key} set to {@code value}. */
    public Parameters with(ParameterKey key, double value) {
        return with(key.name(), value);
    }

    /** The value of {@code key} (a key read from input). */
    public double get(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("unknown parameter " + key);
        }
        return v;
    }

    /** The value of {@code key} as an int. */
    public int getInt(String key) {
        return (int) Math.round(get(key));
    }

    /** The value of {@code key} as a switch. */
    public boolean on(String key) {
        return get(key) != 0.0;
    }

    /** True if {@code key} is defined. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A copy with {@code key} set to {@code value}. */
    public Parameters with(String key, double value) {
        Map<String, Double> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new Parameters(copy);
    }

    /** All values, in catalogue order. */
    public Map<String, Double> asMap() {
        return values;
    }
}

package org.corvee.model.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every scenario parameter with its documentation, read from the reference resource
 * {@code org/corvee/scenario/parameters.yaml}. The defaults in that file are the defaults of
 * the model; {@code corvee params} prints this catalogue and {@code docs/ODD.md} refers to
 * the same keys.
 *
 * <p>Invariant: keys are unique and every default lies in its own range.
 */
public final class ParameterCatalog {
    /** Resource path of the reference file. */
    public static final String RESOURCE = "/org/corvee/scenario/parameters.yaml";

    private final Map<String, ParameterSpec> specs;

    private ParameterCatalog(Map<String, ParameterSpec> specs) {
        this.specs = Collections.unmodifiableMap(specs);
    }

    /** Loads the bundled reference catalogue. */
    public static ParameterCatalog load() {
        try (InputStream in = ParameterCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Object root = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            Map<String, ParameterSpec> out = new LinkedHashMap<>();
            walk("", root, out);
            return new ParameterCatalog(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A catalogue read from reference text in the format of {@code parameters.yaml} (tests use
     * it to check rules that depend on the shape of the catalogue, e.g. named provinces).
     */
    public static ParameterCatalog parse(String yaml) {
        Object root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        Map<String, ParameterSpec> out = new LinkedHashMap<>();
        walk("", root, out);
        return new ParameterCatalog(out);
    }

    @SuppressWarnings("unchecked")
    private static void walk(String prefix, Object node, Map<String, ParameterSpec> out) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalStateException("parameters.yaml: expected a mapping at " + prefix);
        }
        if (map.containsKey("default")) {
            out.put(prefix, spec(prefix, (Map<String, Object>) map));
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix.isEmpty() ? String.valueOf(e.getKey()) : prefix + "." + e.getKey();
            walk(key, e.getValue(), out);
        }
    }

    private static ParameterSpec spec(String key, Map<String, Object> m) {
        Object def = m.get("default");
        ParameterType type;
        double value;
        if (def instanceof Boolean b) {
            type = ParameterType.BOOLEAN;
            value = b ? 1 : 0;
        } else if (def instanceof Integer || def instanceof Long) {
            type = ParameterType.INTEGER;
            value = ((Number) def).doubleValue();
        } else if (def instanceof Number n) {
            type = ParameterType.NUMBER;
            value = n.doubleValue();
        } else {
            throw new IllegalStateException("parameters.yaml: " + key + " default must be a number or boolean");
        }
        double min = type == ParameterType.BOOLEAN ? 0 : -Double.MAX_VALUE;
        double max = type == ParameterType.BOOLEAN ? 1 : Double.MAX_VALUE;
        if (m.get("range") instanceof List<?> r && r.size() == 2) {
            min = bound(r.get(0), min);
            max = bound(r.get(1), max);
        }
        ParameterSpec s = new ParameterSpec(key, type, value, String.valueOf(m.getOrDefault("unit", "")),
                min, max, String.valueOf(m.getOrDefault("source", "assumed")),
                String.valueOf(m.getOrDefault("doc", "")).trim());
        if (!s.allows(value)) {
            throw new IllegalStateException("parameters.yaml: default of " + key + " outside its range");
        }
        return s;
    }

    private static double bound(Object o, double fallback) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        if (o instanceof String s && (s.equals("inf") || s.equals(".inf"))) {
            return Double.MAX_VALUE;
        }
        return fallback;
    }

    /** The spec of {@code key}, or null. */
    public ParameterSpec find(String key) {
        return specs.get(key);
    }

    /** All specs in file order. */
    public List<ParameterSpec> all() {
        return new ArrayList<>(specs.values());
    }

    /** A parameter set holding every default. */
    public Parameters defaults() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs.values()) {
            values.put(s.key(), s.defaultValue());
        }
        return new Parameters(values);
    }
}

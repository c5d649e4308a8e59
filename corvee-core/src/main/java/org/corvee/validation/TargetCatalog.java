package org.corvee.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The targets of MODEL.md (T1–T15) read from {@code org/corvee/targets/targets.yaml}: one file
 * shared by the report's validation table and by calibration. The file documents its format.
 *
 * <p>A malformed file is a programming error of the release; the exception names the target
 * and the key.
 */
public final class TargetCatalog {
    /** Resource path of the bundled targets. */
    public static final String RESOURCE = "/org/corvee/targets/targets.yaml";

    private TargetCatalog() {
    }

    /** The bundled targets in file order. */
    public static List<Target> load() {
        try (InputStream in = TargetCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a targets file. */
    @SuppressWarnings("unchecked")
    public static List<Target> parse(InputStream in) {
        Object doc = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        if (!(doc instanceof Map<?, ?> root) || !(root.get("targets") instanceof List<?> list)) {
            throw new IllegalArgumentException("targets file: expected a top-level 'targets' list");
        }
        List<Target> out = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> t = (Map<String, Object>) o;
            String id = text(t, "id", "?");
            double low;
            double high;
            Object obs = require(t, "observed", id);
            if (obs instanceof List<?> pair) {
                if (pair.size() != 2) {
                    throw new IllegalArgumentException("target " + id + ": observed interval needs [low, high]");
                }
                low = number(pair.get(0), id, "observed");
                high = number(pair.get(1), id, "observed");
            } else {
                low = number(obs, id, "observed");
                high = low;
            }
            TargetStatistic stat = t.get("statistic") == null ? null
                    : statistic((Map<String, Object>) t.get("statistic"), id);
            out.add(new Target(id, text(t, "quantity", id), low, high, text(t, "period", id), text(t, "source", id),
                    text(t, "reliability", id), number(require(t, "tolerance", id), id, "tolerance"), stat,
                    t.get("note") == null ? "" : t.get("note").toString()));
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static TargetStatistic statistic(Map<String, Object> s, String id) {
        List<Term> num = terms((List<Object>) require(s, "numerator", id), id);
        List<Term> den = s.get("denominator") == null ? List.of() : terms((List<Object>) s.get("denominator"), id);
        Aggregation agg;
        try {
            agg = Aggregation.valueOf(text(s, "aggregation", id).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target " + id + ": aggregation must be mean, sum, last or max");
        }
        return new TargetStatistic(num, den, text(s, "from", id), text(s, "to", id), agg);
    }

    @SuppressWarnings("unchecked")
    private static List<Term> terms(List<Object> list, String id) {
        List<Term> out = new ArrayList<>();
        for (Object o : list) {
            Map<String, Object> m = (Map<String, Object>) o;
            Map<String, String> where = new LinkedHashMap<>();
            Object w = m.get("where");
            if (w instanceof Map<?, ?> wm) {
                wm.forEach((k, v) -> where.put(k.toString(), v.toString()));
            }
            out.add(new Term(text(m, "metric", id), where));
        }
        return out;
    }

    private static Object require(Map<String, Object> m, String key, String id) {
        Object v = m.get(key);
        if (v == null) {
            throw new IllegalArgumentException("target " + id + ": missing key '" + key + "'");
        }
        return v;
    }

    private static String text(Map<String, Object> m, String key, String id) {
        return require(m, key, id).toString();
    }

    private static double number(Object v, String id, String key) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("target " + id + ": '" + key + "' must be a number, was " + v);
    }
}

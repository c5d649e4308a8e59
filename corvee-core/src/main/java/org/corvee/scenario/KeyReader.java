package org.corvee.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.corvee.model.params.KeyPlace;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.ParameterType;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads parameter values from YAML nodes — nested sections ({@code dispatch: {bribe: 1200}})
 * or dotted keys ({@code dispatch.bribe: 1200}) — checking each against the catalogue.
 *
 * <p>Every problem is added to the shared list with file, line, column and key path; reading
 * never throws. Each value read is recorded with its {@link KeyPlace} so that later checks can
 * point at the line of a key involved.
 */
final class KeyReader {
    private final ParameterCatalog catalog;
    private final String origin;
    private final List<ScenarioProblem> problems;

    KeyReader(ParameterCatalog catalog, String origin, List<ScenarioProblem> problems) {
        this.catalog = catalog;
        this.origin = origin;
        this.problems = problems;
    }

    /**
     * Reads {@code node}, the value of key {@code path}: a parameter value or a section of
     * them; {@code label} is the key path shown in messages (e.g. "timeline[2].set.dispatch.bribe").
     */
    void read(String path, String label, Node keyNode, Node node, Map<String, Double> values,
              Map<String, KeyPlace> places) {
        ParameterSpec spec = catalog.find(path);
        if (spec != null) {
            if (!(node instanceof ScalarNode s)) {
                problems.add(at(node, label, "expected " + expectation(spec) + ", found " + kind(node)));
                return;
            }
            KeyPlace first = places.get(path);
            if (first != null) {
                // the same key reached twice, e.g. dispatch.bribe: 10 beside dispatch: {bribe: 20}
                problems.add(at(keyNode, label, "set twice (first at line " + first.line() + "); give it once"));
                return;
            }
            String err = assign(spec, s.getValue(), values);
            if (err != null) {
                problems.add(at(node, label, err));
            } else {
                places.put(path, place(node));
            }
            return;
        }
        if (!isPrefix(path)) {
            problems.add(at(keyNode, label, unknownKey(path)));
            return;
        }
        if (!(node instanceof MappingNode map)) {
            problems.add(at(node, label, "expected a mapping of parameters, found " + kind(node)));
            return;
        }
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalarKey(t.getKeyNode(), label);
            if (key == null || duplicate(key, t.getKeyNode(), seen, label + "." + key)) {
                continue;
            }
            read(path + "." + key, label + "." + key, t.getKeyNode(), t.getValueNode(), values, places);
        }
    }

    /** True (and reported) if {@code key} was already seen in the same mapping. */
    boolean duplicate(String key, Node keyNode, Map<String, Node> seen, String label) {
        Node first = seen.putIfAbsent(key, keyNode);
        if (first == null) {
            return false;
        }
        problems.add(at(keyNode, label, "duplicate key (first given at line " + place(first).line()
                + "); give each key once"));
        return true;
    }

    private boolean isPrefix(String path) {
        String prefix = path + ".";
        for (ParameterSpec s : catalog.all()) {
            if (s.key().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** "unknown key …" with a did-you-mean, or "unknown destination …" listing the known ones. */
    String unknownKey(String path) {
        String entity = unknownEntity(path);
        if (entity != null) {
            return entity;
        }
        List<String> keys = new ArrayList<>();
        for (ParameterSpec s : catalog.all()) {
            keys.add(s.key());
            String k = s.key();
            for (int dot = k.indexOf('.'); dot > 0; dot = k.indexOf('.', dot + 1)) {
                keys.add(k.substring(0, dot));
            }
        }
        String near = Suggestions.closest(path, keys);
        return "unknown key" + (near != null ? " (did you mean " + near + "?)" : "")
                + "; `corvee params` lists every key";
    }

    /**
     * If {@code path} names an unknown member of a section of named things (a section whose
     * children are all sections, like {@code destination.russia}, {@code destination.china}),
     * the message "unknown destination "narnia" (known: china, russia)"; otherwise null.
     */
    private String unknownEntity(String path) {
        String[] parts = path.split("\\.", -1);
        String prefix = "";
        for (int k = 0; k < parts.length - 1; k++) {
            prefix = k == 0 ? parts[0] : prefix + "." + parts[k];
            TreeSet<String> children = new TreeSet<>();
            boolean allSections = true;
            for (ParameterSpec s : catalog.all()) {
                if (!s.key().startsWith(prefix + ".")) {
                    continue;
                }
                String rest = s.key().substring(prefix.length() + 1);
                int dot = rest.indexOf('.');
                if (dot < 0) {
                    allSections = false;
                    children.add(rest);
                } else {
                    children.add(rest.substring(0, dot));
                }
            }
            if (children.isEmpty()) {
                return null;
            }
            String name = parts[k + 1];
            if (!allSections || children.contains(name)) {
                continue;
            }
            String noun = parts[k].endsWith("s") ? parts[k].substring(0, parts[k].length() - 1) : parts[k];
            String near = Suggestions.closest(name, children);
            return "unknown " + noun + " \"" + name + "\"" + (near != null ? " (did you mean " + near + "?)" : "")
                    + "; known " + noun + "s: " + String.join(", ", children);
        }
        return null;
    }

    /** Parses {@code text} for {@code spec} into {@code values}; returns an error message or null. */
    static String assign(ParameterSpec spec, String text, Map<String, Double> values) {
        double v;
        if (spec.type() == ParameterType.BOOLEAN) {
            if (text.equals("true")) {
                v = 1;
            } else if (text.equals("false")) {
                v = 0;
            } else {
                return "expected true or false, found \"" + text + "\"";
            }
        } else {
            try {
                v = Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return "expected " + expectation(spec) + ", found \"" + text + "\"";
            }
            if (spec.type() == ParameterType.INTEGER && v != Math.rint(v)) {
                return "expected a whole number, found " + text;
            }
        }
        if (!spec.allows(v)) {
            return "expected a value in " + spec.rangeText() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")")
                    + ", found " + text;
        }
        values.put(spec.key(), v);
        return null;
    }

    static String expectation(ParameterSpec spec) {
        return switch (spec.type()) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number in " + spec.rangeText();
            case NUMBER -> "a number in " + spec.rangeText();
        };
    }

    /** The text of a plain key, or null (reported) if the key is not a scalar. */
    String scalarKey(Node key, String path) {
        if (key instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.add(at(key, path, "expected a plain key, found " + kind(key)));
        return null;
    }

    /** The file (or "builtin:name") that problems name. */
    String origin() {
        return origin;
    }

    /** A problem located at {@code node}. */
    ScenarioProblem at(Node node, String key, String message) {
        KeyPlace p = place(node);
        return new ScenarioProblem(origin, p.line(), p.column(), key, message);
    }

    /** Where {@code node} starts (0, 0 if unknown). */
    static KeyPlace place(Node node) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        return new KeyPlace(mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0));
    }

    /** How a node looks to a user: its text, "a mapping" or "a list". */
    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof ScalarNode s) {
            String v = s.getValue();
            return "\"" + (v.length() > 60 ? v.substring(0, 60) + "…" : v) + "\"";
        }
        return "a list";
    }
}

package org.corvee.analysis.targets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.corvee.scenario.ScenarioException;
import org.corvee.scenario.ScenarioProblem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a target file: a YAML mapping with a list {@code targets}, each entry with the fields
 * id, quantity, observed (or observed_low and observed_high), period_from, period_to (YYYY-MM),
 * metric, key_filter (map dimension → value), optional numerator/denominator (each a mapping
 * with metric and key_filter; numerator defaults to metric + key_filter), aggregation,
 * source, reliability (A/B/C), tolerance (relative, see {@link Target}) and an optional note
 * (how the mapping was chosen, its caveats). The bundled file's header documents every field.
 *
 * <p>Every problem is reported with file, line, column and key (as {@link ScenarioProblem}s),
 * all at once.
 */
public final class TargetFile {
    /** The default targets (MODEL.md facts T1–T15). */
    public static final String RESOURCE = "/org/corvee/targets/targets.yaml";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Set<String> FIELDS = Set.of("id", "quantity", "observed", "observed_low", "observed_high",
            "period_from", "period_to", "metric", "key_filter", "numerator", "denominator", "aggregation", "source",
            "reliability", "tolerance", "note", "kind");

    private TargetFile() {
    }

    /** The bundled default targets. */
    public static List<Target> defaults() {
        try (InputStream in = TargetFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse("builtin:targets.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | ScenarioException e) {
            throw new IllegalStateException("bundled targets are broken: " + e.getMessage(), e);
        }
    }

    /** Reads targets from a file. */
    public static List<Target> load(Path file) throws ScenarioException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw fail(file.toString(), "cannot read target file (" + e.getMessage() + ")");
        }
        return parse(file.toString(), text);
    }

    /** Parses target text; {@code origin} names it in messages. */
    public static List<Target> parse(String origin, String text) throws ScenarioException {
        Node root;
        try {
            Optional<Node> n = new Compose(LoadSettings.builder().setLabel(origin).build()).composeString(text);
            if (n.isEmpty()) {
                throw fail(origin, "expected a mapping with a list 'targets', found an empty file");
            }
            root = n.get();
        } catch (YamlEngineException e) {
            String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            throw fail(origin, "malformed YAML: " + m);
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        Node list = root instanceof MappingNode m ? field(m, "targets") : null;
        if (!(list instanceof SequenceNode seq)) {
            throw new ScenarioException(List.of(at(origin, root, "targets", "expected a mapping with a list 'targets'")));
        }
        List<Target> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            Target t = target(origin, item, problems);
            if (t != null && !ids.add(t.id())) {
                problems.add(at(origin, item, "id", "duplicate target id " + t.id()));
            } else if (t != null) {
                out.add(t);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return out;
    }

    private static Target target(String origin, Node node, List<ScenarioProblem> problems) {
        if (!(node instanceof MappingNode map)) {
            problems.add(at(origin, node, "targets", "expected a mapping (one target), found a " + kind(node)));
            return null;
        }
        int before = problems.size();
        Map<String, Node> f = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!FIELDS.contains(k)) {
                problems.add(at(origin, t.getKeyNode(), k, "unknown field; expected one of " + new java.util.TreeSet<>(FIELDS)));
            }
            f.put(k, t.getValueNode());
        }
        String id = text(origin, f, "id", map, problems, true);
        String prefix = id == null ? "" : id + ".";
        double observed = number(origin, f, "observed", prefix, problems);
        double lo = number(origin, f, "observed_low", prefix, problems);
        double hi = number(origin, f, "observed_high", prefix, problems);
        boolean point = f.containsKey("observed");
        boolean interval = f.containsKey("observed_low") || f.containsKey("observed_high");
        if (point == interval) {
            problems.add(at(origin, map, prefix + "observed", "expected either observed or observed_low and observed_high"));
        } else if (interval && !(lo <= hi)) {
            problems.add(at(origin, map, prefix + "observed_low", "expected observed_low <= observed_high"));
        }
        String from = month(origin, f, "period_from", prefix, map, problems);
        String to = month(origin, f, "period_to", prefix, map, problems);
        if (from != null && to != null && from.compareTo(to) > 0) {
            problems.add(at(origin, f.get("period_to"), prefix + "period_to", "expected period_to >= period_from"));
        }
        Selector num = null;
        if (f.containsKey("numerator")) {
            num = selector(origin, f.get("numerator"), prefix + "numerator", problems);
        } else {
            String metric = text(origin, f, "metric", map, problems, true);
            num = metric == null ? null : new Selector(metric, filter(origin, f.get("key_filter"), prefix, problems));
        }
        Selector den = f.containsKey("denominator")
                ? selector(origin, f.get("denominator"), prefix + "denominator", problems) : null;
        String aggText = text(origin, f, "aggregation", map, problems, true);
        Aggregation agg = aggText == null ? null : Aggregation.parse(aggText);
        if (aggText != null && agg == null) {
            problems.add(at(origin, f.get("aggregation"), prefix + "aggregation",
                    "expected mean, sum, last, max, min, trend or share, found \"" + aggText + "\""));
        } else if (agg == Aggregation.SHARE && den == null) {
            problems.add(at(origin, f.get("aggregation"), prefix + "aggregation", "share needs a denominator"));
        }
        String relText = text(origin, f, "reliability", map, problems, true);
        Reliability rel = null;
        if (relText != null) {
            try {
                rel = Reliability.valueOf(relText.trim());
            } catch (IllegalArgumentException e) {
                problems.add(at(origin, f.get("reliability"), prefix + "reliability",
                        "expected A, B or C, found \"" + relText + "\""));
            }
        }
        double tol = number(origin, f, "tolerance", prefix, problems);
        if (!f.containsKey("tolerance") || !(tol > 0)) {
            problems.add(at(origin, f.getOrDefault("tolerance", map), prefix + "tolerance",
                    "expected a positive relative tolerance (e.g. 0.25)"));
        }
        String quantity = text(origin, f, "quantity", map, problems, false);
        String source = text(origin, f, "source", map, problems, false);
        String note = text(origin, f, "note", map, problems, false);
        String kindText = text(origin, f, "kind", map, problems, false);
        TargetKind kind = kindText == null ? TargetKind.PATTERN : TargetKind.parse(kindText);
        if (kind == null) {
            problems.add(at(origin, f.get("kind"), prefix + "kind",
                    "expected consistency or pattern, found \"" + kindText + "\""));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Target(id, quantity == null ? "" : quantity, point ? observed : Double.NaN,
                point ? Double.NaN : lo, point ? Double.NaN : hi, from, to, num, den, agg,
                source == null ? "" : source, rel, tol, note == null ? "" : note.strip(), kind);
    }

    private static Selector selector(String origin, Node node, String key, List<ScenarioProblem> problems) {
        if (!(node instanceof MappingNode m)) {
            problems.add(at(origin, node, key, "expected a mapping with metric and key_filter"));
            return null;
        }
        Node metric = field(m, "metric");
        if (!(metric instanceof ScalarNode s) || s.getValue().isBlank()) {
            problems.add(at(origin, node, key + ".metric", "expected a metric name"));
            return null;
        }
        return new Selector(s.getValue(), filter(origin, field(m, "key_filter"), key + ".", problems));
    }

    private static TreeMap<String, String> filter(String origin, Node node, String prefix,
                                                  List<ScenarioProblem> problems) {
        TreeMap<String, String> out = new TreeMap<>();
        if (node == null || node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("{}"))) {
            return out;
        }
        if (!(node instanceof MappingNode m)) {
            problems.add(at(origin, node, prefix + "key_filter", "expected a mapping dimension: value"));
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                out.put(k.getValue(), v.getValue());
            } else {
                problems.add(at(origin, t.getKeyNode(), prefix + "key_filter", "expected dimension: value"));
            }
        }
        return out;
    }

    private static String text(String origin, Map<String, Node> f, String key, Node owner,
                               List<ScenarioProblem> problems, boolean required) {
        Node n = f.get(key);
        if (n == null) {
            if (required) {
                problems.add(at(origin, owner, key, "missing field " + key));
            }
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            problems.add(at(origin, n, key, "expected text, found a " + kind(n)));
            return null;
        }
        return s.getValue();
    }

    private static double number(String origin, Map<String, Node> f, String key, String prefix,
                                 List<ScenarioProblem> problems) {
        Node n = f.get(key);
        if (n == null) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(((ScalarNode) n).getValue().replace("_", ""));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (ClassCastException | NumberFormatException e) {
            // reported below
        }
        problems.add(at(origin, n, prefix + key, "expected a number"));
        return Double.NaN;
    }

    private static String month(String origin, Map<String, Node> f, String key, String prefix, Node owner,
                                List<ScenarioProblem> problems) {
        String s = text(origin, f, key, owner, problems, true);
        if (s != null && !MONTH.matcher(s).matches()) {
            problems.add(at(origin, f.get(key), prefix + key, "expected a month YYYY-MM, found \"" + s + "\""));
            return null;
        }
        return s;
    }

    private static Node field(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static String kind(Node n) {
        return n instanceof MappingNode ? "mapping" : n instanceof SequenceNode ? "list" : "value";
    }

    private static ScenarioProblem at(String origin, Node node, String key, String message) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        return new ScenarioProblem(origin, mark.map(m -> m.getLine() + 1).orElse(0),
                mark.map(m -> m.getColumn() + 1).orElse(0), key, message);
    }

    private static ScenarioException fail(String origin, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(origin, 0, 0, "", message)));
    }
}

package org.corvee.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corvee.model.params.KeyPlace;
import org.corvee.model.params.Timeline;
import org.corvee.model.params.TimelineEntry;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the {@code timeline:} list of a scenario file into a {@link Timeline}:
 *
 * <pre>
 * timeline:
 *   - date: 2017-12          # YYYY-MM, or YYYY-MM-DD (the change applies from that month)
 *     event: sanctions       # optional short name
 *     description: ...       # optional
 *     source: ...            # optional: the public source of the event
 *     enabled: false         # optional (default true): the entry is checked but not applied
 *     set:                   # dotted keys or nested sections, as at the top level
 *       destination.russia.slots_max: 0
 * </pre>
 *
 * Entries are counted from 1 in key paths ({@code timeline[2].set.dispatch.bribe}). Problems
 * (malformed or impossible dates, entries out of date order, unknown keys, wrong values, keys
 * fixed at the start) go to the shared list; the period and cross-key checks need the
 * scenario's parameters and are done by {@link Timeline#check}.
 */
final class TimelineReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Set<String> FIELDS = Set.of("date", "event", "description", "source", "enabled", "set");

    private final KeyReader keys;
    private final List<ScenarioProblem> problems;
    /** {year, month} of the entry being read, if its date was readable; else null. */
    private int[] parsedDate;

    TimelineReader(KeyReader keys, List<ScenarioProblem> problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /** The timeline in {@code node}; entries with problems are left out (and reported). */
    Timeline read(Node node) {
        if (!(node instanceof SequenceNode seq)) {
            problems.add(keys.at(node, "timeline", "expected a list of dated entries (- date: YYYY-MM ...), found "
                    + KeyReader.kind(node)));
            return Timeline.EMPTY;
        }
        List<TimelineEntry> entries = new ArrayList<>();
        int latestMonth = Integer.MIN_VALUE;
        String latestLabel = "";
        int index = 0;
        for (Node item : seq.getValue()) {
            index++;
            parsedDate = null;
            TimelineEntry e = entry(index, item);
            if (parsedDate == null) {
                continue;
            }
            // Order is checked on every entry with a readable date, even one with other problems.
            int month = parsedDate[0] * 12 + parsedDate[1] - 1;
            String date = TimelineEntry.of(index, parsedDate[0], parsedDate[1], "", java.util.Map.of()).date();
            if (month < latestMonth) {
                problems.add(keys.at(item, "timeline[" + index + "].date", "expected entries in date order, found "
                        + date + " after " + latestLabel + "; move timeline[" + index + "] before it"));
                continue;
            }
            latestMonth = month;
            latestLabel = e != null ? e.label() : "timeline[" + index + "] (" + date + ")";
            if (e != null) {
                entries.add(e);
            }
        }
        return new Timeline(entries);
    }

    private TimelineEntry entry(int index, Node item) {
        String label = "timeline[" + index + "]";
        if (!(item instanceof MappingNode map)) {
            problems.add(keys.at(item, label, "expected an entry with date and set, found " + KeyReader.kind(item)));
            return null;
        }
        int before = problems.size();
        int[] date = null;
        String event = "";
        String description = "";
        String source = "";
        boolean enabled = true;
        Map<String, Double> set = new LinkedHashMap<>();
        Map<String, KeyPlace> places = new LinkedHashMap<>();
        Node setNode = null;
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String field = keys.scalarKey(t.getKeyNode(), label);
            if (field == null || keys.duplicate(field, t.getKeyNode(), seen, label + "." + field)) {
                continue;
            }
            Node value = t.getValueNode();
            switch (field) {
                case "date" -> {
                    date = date(label + ".date", value);
                    parsedDate = date;
                }
                case "event" -> event = text(label + ".event", value);
                case "description" -> description = text(label + ".description", value);
                case "source" -> source = text(label + ".source", value);
                case "enabled" -> enabled = enabled(label + ".enabled", value);
                case "set" -> {
                    setNode = value;
                    set(label + ".set", value, set, places);
                }
                default -> {
                    String near = Suggestions.closest(field, FIELDS);
                    problems.add(keys.at(t.getKeyNode(), label + "." + field, "unknown field"
                            + (near != null ? " (did you mean " + near + "?)" : "")
                            + "; an entry has date, event, description, source, enabled and set"));
                }
            }
        }
        if (!seen.containsKey("date")) {
            problems.add(keys.at(item, label, "expected a date (date: YYYY-MM), found none"));
        }
        if (setNode == null) {
            problems.add(keys.at(item, label, "expected set: a mapping of the parameters that change, found none"));
        } else if (set.isEmpty() && problems.size() == before) {
            problems.add(keys.at(setNode, label + ".set", "expected at least one parameter to change, found none"));
        }
        if (problems.size() != before || date == null) {
            return null;
        }
        if (!enabled) {
            // Switched off: checked like any entry, then left out of the timeline.
            return null;
        }
        return new TimelineEntry(index, date[0], date[1], event, description, source, set, KeyReader.place(item),
                places);
    }

    private void set(String label, Node node, Map<String, Double> set, Map<String, KeyPlace> places) {
        if (!(node instanceof MappingNode map)) {
            problems.add(keys.at(node, label, "expected a mapping of parameters (key: value), found "
                    + KeyReader.kind(node)));
            return;
        }
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = keys.scalarKey(t.getKeyNode(), label);
            if (key == null || keys.duplicate(key, t.getKeyNode(), seen, label + "." + key)) {
                continue;
            }
            int before = problems.size();
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, KeyPlace> at = new LinkedHashMap<>();
            keys.read(key, label + "." + key, t.getKeyNode(), t.getValueNode(), values, at);
            if (problems.size() != before) {
                continue;
            }
            for (Map.Entry<String, Double> v : values.entrySet()) {
                if (Timeline.fixedAtStart(v.getKey())) {
                    KeyPlace p = at.get(v.getKey());
                    problems.add(new ScenarioProblem(keys.origin(), p.line(),
                            p.column(), label + "." + v.getKey(), "cannot change during a run (it is used only when"
                            + " the world is built); set it at the top level of the scenario instead"));
                } else if (set.containsKey(v.getKey())) {
                    KeyPlace p = at.get(v.getKey());
                    problems.add(new ScenarioProblem(keys.origin(), p.line(), p.column(), label + "." + v.getKey(),
                            "set twice in the same entry; give it once"));
                } else {
                    set.put(v.getKey(), v.getValue());
                    places.put(v.getKey(), at.get(v.getKey()));
                }
            }
        }
    }

    /** {year, month} of a date scalar, or null (reported). */
    private int[] date(String label, Node node) {
        String text = node instanceof ScalarNode s ? s.getValue().trim() : null;
        Matcher m = text == null ? null : DATE.matcher(text);
        if (m == null || !m.matches()) {
            problems.add(keys.at(node, label, "expected a date YYYY-MM (or YYYY-MM-DD), found "
                    + KeyReader.kind(node)));
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            problems.add(keys.at(node, label, "expected a month from 01 to 12, found \"" + text + "\""));
            return null;
        }
        if (m.group(3) != null) {
            int day = Integer.parseInt(m.group(3));
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                problems.add(keys.at(node, label, "expected a day of " + YearMonth.of(year, month) + " (1 to "
                        + YearMonth.of(year, month).lengthOfMonth() + "), found \"" + text + "\""));
                return null;
            }
        }
        return new int[] {year, month};
    }

    private boolean enabled(String label, Node node) {
        String v = node instanceof ScalarNode s ? s.getValue().trim() : "";
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        problems.add(keys.at(node, label, "expected true or false, found " + KeyReader.kind(node)));
        return true;
    }

    private String text(String label, Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        problems.add(keys.at(node, label, "expected text, found " + KeyReader.kind(node)));
        return "";
    }
}

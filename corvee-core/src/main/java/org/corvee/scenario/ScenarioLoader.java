package org.corvee.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corvee.model.params.KeyPlace;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.Parameters;
import org.corvee.model.params.Timeline;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads scenario files (YAML) into a resolved {@link Scenario}: catalogue defaults, then the
 * file, then {@code --set} overrides, then the cross-key checks.
 *
 * <p>A scenario file has {@code name}, {@code description}, one mapping per catalogue
 * section ({@code run}, {@code population}, {@code dispatch}, {@code destination.russia}, …;
 * dotted keys work too) and an optional {@code timeline} of dated changes (see
 * {@link TimelineReader}).
 * Every problem is reported with file, line, column and key path; nothing is ever thrown but
 * {@link ScenarioException}.
 */
public final class ScenarioLoader {
    /** Largest scenario file accepted. */
    public static final long MAX_BYTES = 1L << 20;
    /** Bundled scenarios live under this resource folder. */
    public static final String BUNDLED = "/org/corvee/scenarios/";
    /** Nesting reported as too deep when the parser runs out of stack (a scenario uses fewer than ten). */
    static final int MAX_DEPTH = 100;
    private static final Set<String> META = Set.of("name", "description");
    private static final String TIMELINE = "timeline";

    private final ParameterCatalog catalog;

    public ScenarioLoader(ParameterCatalog catalog) {
        this.catalog = catalog;
    }

    /** Loads a scenario file. */
    public Scenario load(Path file) throws ScenarioException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw fail(name, "expected a scenario file, found a directory");
            }
            if (!Files.exists(file)) {
                throw fail(name, "no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(name, "expected a scenario file of at most " + MAX_BYTES + " bytes, found " + size
                        + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(name, "no such file");
        } catch (AccessDeniedException e) {
            throw fail(name, "cannot read the file (permission denied)");
        } catch (IOException e) {
            throw fail(name, "cannot read the file: " + e.getMessage());
        }
        return parse(name, bytes);
    }

    /** Loads a bundled scenario by name (e.g. "baseline"). */
    public Scenario bundled(String scenarioName) throws ScenarioException {
        String origin = "builtin:" + scenarioName;
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(BUNDLED + scenarioName + ".yaml")) {
            if (in == null) {
                throw fail(origin, "no bundled scenario of that name");
            }
            return parse(origin, in.readAllBytes());
        } catch (IOException e) {
            throw fail(origin, "cannot read: " + e.getMessage());
        }
    }

    /** Parses scenario text from {@code bytes}; {@code origin} names it in messages. */
    public Scenario parse(String origin, byte[] bytes) throws ScenarioException {
        String text = decode(origin, bytes);
        if (text.isBlank()) {
            throw fail(origin, "expected a scenario (a YAML mapping with name and sections), found an empty file");
        }
        Node root;
        try {
            Optional<Node> node = new Compose(LoadSettings.builder().setLabel(origin).setAllowNonScalarKeys(true).build()).composeString(text);
            if (node.isEmpty()) {
                throw fail(origin, "expected a scenario (a YAML mapping), found no document");
            }
            root = node.get();
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            String what = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            throw new ScenarioException(List.of(new ScenarioProblem(origin, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "", "malformed YAML: " + what)));
        } catch (YamlEngineException e) {
            throw fail(origin, "malformed YAML: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            // The parser recurses per nesting level; a scenario is never nested this deep.
            int line = NestingDepth.lineBeyond(text, MAX_DEPTH);
            throw new ScenarioException(List.of(new ScenarioProblem(origin, line, 0, "", "expected a scenario of a "
                    + "few nested sections, found YAML nested too deeply to read (more than " + MAX_DEPTH
                    + " levels from this line)")));
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        KeyReader reader = new KeyReader(catalog, origin, problems);
        if (!(root instanceof MappingNode map)) {
            problems.add(reader.at(root, "", "expected a mapping of sections, found " + KeyReader.kind(root)));
            throw new ScenarioException(problems);
        }
        String scenarioName = null;
        String description = "";
        Timeline timeline = Timeline.EMPTY;
        Map<String, Double> values = new LinkedHashMap<>(catalog.defaults().asMap());
        Map<String, KeyPlace> places = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = reader.scalarKey(t.getKeyNode(), "");
            if (key == null || reader.duplicate(key, t.getKeyNode(), seen, key)) {
                continue;
            }
            if (META.contains(key)) {
                if (t.getValueNode() instanceof ScalarNode s) {
                    if (key.equals("name")) {
                        scenarioName = s.getValue();
                        String bad = ScenarioName.problem(scenarioName);
                        if (bad != null && !scenarioName.isBlank()) {
                            problems.add(reader.at(t.getValueNode(), key, bad));
                        }
                    } else {
                        description = s.getValue();
                    }
                } else {
                    problems.add(reader.at(t.getValueNode(), key, "expected text, found "
                            + KeyReader.kind(t.getValueNode())));
                }
                continue;
            }
            if (key.equals(TIMELINE)) {
                timeline = new TimelineReader(reader, problems).read(t.getValueNode());
                continue;
            }
            reader.read(key, key, t.getKeyNode(), t.getValueNode(), values, places);
        }
        if (scenarioName == null || scenarioName.isBlank()) {
            problems.add(new ScenarioProblem(origin, 1, 1, "name", "expected a scenario name, found none"));
        }
        Parameters p = new Parameters(values);
        if (problems.isEmpty()) {
            problems.addAll(ScenarioChecks.check(p, origin, places));
        }
        if (problems.isEmpty()) {
            problems.addAll(ScenarioChecks.timeline(timeline, p, origin));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new Scenario(scenarioName, description.trim(), origin, p, timeline);
    }

    /**
     * Applies {@code key=value} overrides to the scenario's parameters at the start (a timeline
     * entry that sets the same key still takes over at its date); problems name the override
     * as "--set".
     */
    public Scenario override(Scenario s, List<String> sets) throws ScenarioException {
        Map<String, Double> values = new LinkedHashMap<>(s.parameters().asMap());
        List<ScenarioProblem> problems = new ArrayList<>();
        KeyReader reader = new KeyReader(catalog, "--set", problems);
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                problems.add(new ScenarioProblem("--set", 0, 0, set, "expected section.key=value"));
                continue;
            }
            String key = set.substring(0, eq).trim();
            String value = set.substring(eq + 1).trim();
            ParameterSpec spec = catalog.find(key);
            if (spec == null) {
                String example = sectionExample(key, value);
                // a section name (dispatch=5, dispatch={bribe: 5}) is not a typo: say what --set takes
                problems.add(new ScenarioProblem("--set", 0, 0, key, example == null ? reader.unknownKey(key)
                        : "a section, not one parameter: --set takes one key and a value, e.g. --set " + example
                                + " (`corvee params` lists the keys of " + key + ")"));
                continue;
            }
            String err = KeyReader.assign(spec, value, values);
            if (err != null) {
                problems.add(new ScenarioProblem("--set", 0, 0, key, err));
            }
        }
        Parameters p = new Parameters(values);
        if (problems.isEmpty()) {
            problems.addAll(ScenarioChecks.check(p, "--set"));
        }
        if (problems.isEmpty()) {
            problems.addAll(ScenarioChecks.timeline(s.timeline(), p, s.origin()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return s.withParameters(p);
    }

    /**
     * If {@code section} is a section of the catalogue, an example "section.key=value" for
     * --set: the key and value the user wrote in braces ({bribe: 5}) if that key exists, else
     * the section's first key with the value given; null if it is not a section.
     */
    private String sectionExample(String section, String value) {
        java.util.regex.Matcher braces = java.util.regex.Pattern.compile("^\\{\\s*([A-Za-z0-9_.]+)\\s*:\\s*([^,}]*?)\\s*}$")
                .matcher(value);
        if (braces.matches() && catalog.find(section + "." + braces.group(1)) != null) {
            return section + "." + braces.group(1) + "=" + braces.group(2);
        }
        return catalog.all().stream().map(ParameterSpec::key).filter(k -> k.startsWith(section + "."))
                .findFirst().map(k -> k + "=" + value).orElse(null);
    }

    private static String decode(String origin, byte[] bytes) throws ScenarioException {
        for (byte b : bytes) {
            if (b == 0) {
                throw fail(origin, "expected a YAML text file, found binary data (NUL bytes)");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fail(origin, "expected UTF-8 text, found bytes that are not UTF-8");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static ScenarioException fail(String origin, String message) {
        return new ScenarioException(List.of(new ScenarioProblem(origin, 0, 0, "", message)));
    }
}

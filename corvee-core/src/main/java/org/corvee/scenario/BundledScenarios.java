package org.corvee.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The scenarios shipped with the program, listed in {@code org/corvee/scenarios/index.txt}
 * (one name per line, in the order {@code corvee scenarios} shows them). Each scenario file
 * documents in its header comment what it changes and why.
 */
public final class BundledScenarios {
    /** Resource listing the bundled scenario names. */
    public static final String INDEX = ScenarioLoader.BUNDLED + "index.txt";

    private BundledScenarios() {
    }

    /** The bundled scenario names, in index order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (String line : text(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The raw YAML text of bundled scenario {@code name}. */
    public static String text(String resource) {
        try (InputStream in = BundledScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first sentence of the scenario's description, on one line. Read without validating,
     * so that a scenario written for keys this build lacks can still be listed.
     */
    public static String summary(String name) {
        Object root = new Load(LoadSettings.builder().build())
                .loadFromString(text(ScenarioLoader.BUNDLED + name + ".yaml"));
        Object d = root instanceof Map<?, ?> m ? m.get("description") : null;
        String text = d == null ? "" : String.valueOf(d).replaceAll("\\s+", " ").strip();
        int stop = text.indexOf(". ");
        return stop < 0 ? text : text.substring(0, stop + 1);
    }
}

package org.corvee.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corvee.model.params.ParameterCatalog;
import org.corvee.model.params.ParameterSpec;
import org.corvee.model.params.SwitchKey;
import org.junit.jupiter.api.Test;

/**
 * The mechanism index, the catalogue's {@code mechanism.*} switches and the mechanism headings
 * of docs/ODD.md name the same mechanisms and switches, and every test the index names exists.
 */
class MechanismIndexTest {
    private static final Path ODD = Path.of("..", "docs", "ODD.md");
    private static final Pattern MECHANISM_HEADING =
            Pattern.compile("^#{2,4} ((?:OD|DP|X)\\d+(?: / (?:OD|DP|X)\\d+)*) (.*)$");
    private static final Pattern SWITCH = Pattern.compile("`(?:mechanism\\.)?([a-z]+\\d+_[a-z0-9_]+)`");

    @Test
    void everySwitchOfTheCatalogueBelongsToExactlyOneMechanism() {
        Set<String> catalogue = new LinkedHashSet<>();
        for (ParameterSpec s : ParameterCatalog.load().all()) {
            if (s.key().startsWith("mechanism.")) {
                catalogue.add(s.key());
            }
        }
        List<String> indexed = new ArrayList<>();
        for (Mechanism m : Mechanism.values()) {
            for (SwitchKey k : m.switches()) {
                indexed.add(k.name());
            }
        }
        assertThat(indexed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @Test
    void everyMechanismHeadingOfTheOddMatchesTheIndex() throws IOException {
        List<String> headings = headings();
        Set<String> switchesInHeadings = new HashSet<>();
        for (String line : headings) {
            Matcher h = MECHANISM_HEADING.matcher(line);
            if (!h.matches()) {
                continue;
            }
            String title = line.replaceFirst("^#+ ", "").split(" — ")[0];
            Set<String> allowed = new HashSet<>();
            for (String id : h.group(1).split(" / ")) {
                Mechanism m = Mechanism.valueOf(id);
                assertThat(m.oddHeadings()).as("heading '%s' is listed under %s", title, id).contains(title);
                m.switches().forEach(k -> allowed.add(k.name()));
            }
            Matcher s = SWITCH.matcher(h.group(2));
            while (s.find()) {
                String key = "mechanism." + s.group(1);
                assertThat(allowed).as("switch %s in heading '%s'", key, title).contains(key);
                switchesInHeadings.add(key);
            }
        }
        for (Mechanism m : Mechanism.values()) {
            for (String title : m.oddHeadings()) {
                assertThat(headings.stream().map(l -> l.replaceFirst("^#+ ", "").split(" — ")[0]))
                        .as("ODD heading of %s", m).contains(title);
            }
            for (SwitchKey k : m.switches()) {
                assertThat(switchesInHeadings).as("%s's switch %s named in its ODD heading", m, k.name())
                        .contains(k.name());
            }
        }
    }

    @Test
    void everyNamedClassAndTestExists() throws IOException {
        Set<String> tests = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .forEach(n -> tests.add(n.substring(0, n.length() - 5)));
        }
        for (Mechanism m : Mechanism.values()) {
            assertThat(m.classes()).as("classes of %s", m).isNotEmpty();
            for (String c : m.classes()) {
                assertThat(exists("org.corvee.model." + c)).as("class %s of %s", c, m).isTrue();
            }
            assertThat(tests).as("tests of %s", m).containsAll(m.tests());
        }
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, MechanismIndexTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<String> headings() throws IOException {
        return Files.readAllLines(ODD).stream().filter(l -> l.startsWith("#")).toList();
    }
}

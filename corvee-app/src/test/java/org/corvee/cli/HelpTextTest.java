package org.corvee.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.Test;

/**
 * {@code --help} text is written in whole paragraphs. picocli prints each element of a
 * {@code description} array as a line of its own (and wraps it), so an element that stops
 * mid-sentence shows as a broken line in the help; the first element is also the one-line summary
 * in the parent's command list.
 */
class HelpTextTest {
    /** A sentence's end: . : ) ! ? and then perhaps closing quotes or backticks. */
    private static final Pattern WHOLE = Pattern.compile(".*[.:)!?][\"'`\u2019\u201d]*");

    @Test
    void everyDescriptionElementOfEveryCommandIsAWholeParagraph() {
        List<String> broken = new ArrayList<>();
        walk(Main.commandLine(new String[0]), broken);
        assertThat(broken).as("description elements that end mid-sentence").isEmpty();
    }

    @Test
    void everyCommandFollowsTheTerminalWidth() {
        List<String> fixedWidth = new ArrayList<>();
        collectFixedWidth(Main.commandLine(new String[0]), fixedWidth);
        assertThat(fixedWidth).isEmpty();
        // one command alone, as `corvee run --help` registers it
        assertThat(Main.commandLine(new String[] {"run"}).getSubcommands().get("run").isUsageHelpAutoWidth()).isTrue();
    }

    private static void walk(CommandLine cl, List<String> broken) {
        CommandSpec spec = cl.getCommandSpec();
        String where = spec.qualifiedName();
        check(where, spec.usageMessage().description(), broken);
        check(where + " (header)", spec.usageMessage().header(), broken);
        check(where + " (footer)", spec.usageMessage().footer(), broken);
        for (ArgSpec arg : spec.args()) {
            String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            check(where + " " + name, arg.description(), broken);
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            walk(sub, broken);
        }
    }

    /**
     * Each element, and each line of it where it breaks lines with %n, must end a sentence; an
     * indented line (an example, a table row) is taken as it is. An element after the first that
     * starts in lower case continues the one before it.
     */
    private static void check(String where, String[] elements, List<String> broken) {
        for (int i = 0; i < elements.length; i++) {
            String element = elements[i];
            if (i > 0 && !element.isEmpty() && Character.isLowerCase(element.charAt(0))) {
                broken.add(where + ": starts in lower case, continuing the element before: \"" + element + "\"");
            }
            for (String line : element.split("%n", -1)) {
                String text = line.stripTrailing();
                boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
                if (!indented && !text.isEmpty() && !WHOLE.matcher(text).matches()) {
                    broken.add(where + ": \"" + text + "\"");
                }
            }
        }
    }

    private static void collectFixedWidth(CommandLine cl, List<String> fixedWidth) {
        if (!cl.isUsageHelpAutoWidth()) {
            fixedWidth.add(cl.getCommandSpec().qualifiedName());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            collectFixedWidth(sub, fixedWidth);
        }
    }
}

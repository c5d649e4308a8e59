package org.corvee.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.corvee.model.Mechanism;
import org.corvee.model.params.SwitchKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code corvee mechanisms}: the mechanism index (switches, ODD section, classes, tests) as a Markdown table. */
@Command(name = "mechanisms", mixinStandardHelpOptions = true,
        description = "List every mechanism (OD1-OD13, DP1-DP8, X1-X6): its switches, its section of docs/ODD.md, "
                + "the classes that carry it and the tests that check it.")
public final class MechanismsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("| id | mechanism | switches | ODD section | classes (org.corvee.model.) | tests |");
        out.println("|---|---|---|---|---|---|");
        for (Mechanism m : Mechanism.values()) {
            String switches = m.switches().isEmpty() ? "-"
                    : m.switches().stream().map(SwitchKey::name).collect(Collectors.joining(", "));
            out.println("| " + m + " | " + m.title() + " | " + switches + " | " + String.join("; ", m.oddHeadings())
                    + " | " + String.join(", ", m.classes()) + " | " + String.join(", ", m.tests()) + " |");
        }
    }
}

package org.corvee.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code corvee evidence}: news reports and documents in, sourced quantitative claims out, and
 * targets with their provenance (module corvee-evidence; docs/ODD.md "Evidence from reports").
 */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"Read articles (HTML, text with front matter, RSS/Atom files), extract their quantitative claims, "
                + "review them, and export the accepted ones as a target file for calibrate and report "
                + "(docs/evidence.md).",
            "Typical use:",
            "  corvee evidence add reports/ --db ev.duckdb      # skips articles held",
            "  corvee evidence list --db ev.duckdb              # claims and quantities",
            "  corvee evidence show 3 --db ev.duckdb            # sentence, period, source",
            "  corvee evidence review 3 --accept --grade C --db ev.duckdb",
            "  corvee evidence targets --out my-targets.yaml --db ev.duckdb",
            "  corvee calibrate --targets my-targets.yaml ...",
            "  corvee report --targets my-targets.yaml"},
        subcommands = {EvidenceAddCommand.class, EvidenceListCommand.class, EvidenceShowCommand.class,
            EvidenceReviewCommand.class, EvidenceTargetsCommand.class})
public final class EvidenceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

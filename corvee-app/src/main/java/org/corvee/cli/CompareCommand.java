package org.corvee.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.analysis.targets.Target;
import org.corvee.report.Comparison;
import org.corvee.report.HtmlReport;
import org.corvee.report.ReportGroup;
import org.corvee.run.UserError;
import org.corvee.store.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corvee compare A B}: two scenarios' key outputs side by side, in the terminal and as a report. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs (or replicate batches) side by side.",
            "Key outputs with 90%% bands and differences in the terminal, and an HTML report with both drawn on the "
                + "same charts."})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    TargetsOption targets;

    @Parameters(index = "0", paramLabel = "A", description = "Run id or scenario name (its latest batch).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Run id or scenario name (its latest batch).")
    String b;

    @Option(names = "--out", paramLabel = "FILE",
            description = "HTML report to write (default: compare.html beside the database).")
    Path out;

    @Override
    public Integer call() {
        List<Target> checked = targets.targets();
        List<ReportGroup> groups;
        try (ResultStore store = database.open(spec.commandLine().getErr())) {
            groups = RunSelection.resolve(store, List.of(a, b), database.path().toString());
        }
        if (groups.size() < 2) {
            throw UserError.badInput("A and B name the same runs (" + groups.get(0).label() + ")");
        }
        ReportGroup ga = groups.get(0);
        ReportGroup gb = groups.get(1);
        List<Comparison.Row> rows = Comparison.rows(ga, gb);
        PrintWriter o = spec.commandLine().getOut();
        o.print(Comparison.text(ga, gb, rows));
        // the labels carry the --set overrides: "baseline vs baseline" said nothing of what differs
        String html = HtmlReport.render("Corvée comparison: " + ga.label() + " vs " + gb.label(),
                database.path().toString(), groups, checked,
                Comparison.html(ga, gb, rows), ReportCommand.generatedBy());
        Path file = out != null ? out : ReportCommand.sibling(database.path(), "compare.html");
        ReportCommand.write(file, html);
        o.printf("report          %s%n", file.toAbsolutePath().normalize());
        o.flush();
        return 0;
    }
}

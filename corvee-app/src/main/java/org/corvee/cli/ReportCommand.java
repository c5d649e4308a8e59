package org.corvee.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.analysis.targets.Target;
import org.corvee.report.HtmlReport;
import org.corvee.report.ReportGroup;
import org.corvee.run.OutputFolder;
import org.corvee.run.UserError;
import org.corvee.run.Version;
import org.corvee.store.ResultStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corvee report}: one self-contained HTML file with charts and the validation table. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML report (inline charts; works offline).",
            "Key series with 90%% bands, the capital's share by destination, the money flow, postings retention and "
                + "housing occupancy (when the run has them), and the validation table of targets T1-T15 with "
                + "relative errors and ARD."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    TargetsOption targets;

    @Parameters(paramLabel = "RUN", arity = "0..*",
            description = "Run ids or scenario names; a run id stands for its replicate batch, a name for that "
                    + "scenario's latest batch (default: the latest batch in the database).")
    List<String> selectors = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "HTML file to write (default: report.html beside the database).")
    Path out;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Target> checked = targets.targets();
        List<ReportGroup> groups;
        try (ResultStore store = database.open(spec.commandLine().getErr())) {
            groups = RunSelection.resolve(store, selectors, database.path().toString());
        }
        String html = HtmlReport.render("Corvée report: " + groups.get(0).runs().get(0).scenario()
                        + (groups.size() > 1 ? " and " + (groups.size() - 1) + " more" : ""),
                database.path().toString(), groups, checked, null, generatedBy(),
                org.corvee.evidence.EvidenceTrail.read(targets.targets)::html);
        Path file = out != null ? out : sibling(database.path(), "report.html");
        write(file, html);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("report          %s (%,d bytes, %.2f s)%n", file.toAbsolutePath().normalize(),
                html.getBytes(StandardCharsets.UTF_8).length, (System.nanoTime() - t0) / 1e9);
        o.flush();
        return 0;
    }

    static String generatedBy() {
        return "corvee " + Version.text() + " · generated " + java.time.Instant.now().toString().substring(0, 16)
                .replace('T', ' ') + " UTC";
    }

    static Path sibling(Path db, String name) {
        Path parent = db.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    /** Writes through a temporary file so an earlier report survives a failed write. */
    static void write(Path file, String html) {
        if (Files.isDirectory(file)) {
            throw UserError.badInput("--out " + file + " is a folder; --out names the HTML file to write, e.g. "
                    + file.resolve("report.html"));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UserError(Main.FAILED, java.util.List.of("cannot write report " + file + " ("
                    + OutputFolder.reason(e) + ")"));
        }
    }
}

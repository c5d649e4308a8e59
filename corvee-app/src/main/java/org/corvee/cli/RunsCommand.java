package org.corvee.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corvee.store.ResultStore;
import org.corvee.store.StoredRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code corvee runs}: the runs in a results database, oldest first. A run whose process died
 * (killed, out of memory) before it finished is listed as "incomplete" and has no series.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"List the runs stored in a results database.",
            "Status: completed, failed, or incomplete (the process died before the run finished; no results stored)."})
public final class RunsCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredRun> runs;
        java.util.Map<Long, String> overrides;
        try (ResultStore store = database.open(spec.commandLine().getErr())) {
            runs = store.runs();
            overrides = store.overrides();
        }
        out.printf("%s: %d run(s)%n", database.path(), runs.size());
        out.printf("%5s %5s %3s  %-20s %17s %7s  %-10s %9s  %s%n", "id", "batch", "rep", "scenario", "seed", "scale",
                "status", "wall s", "started (UTC)  overrides (--set)");
        for (StoredRun r : runs) {
            out.printf("%5d %5d %3d  %-20s %17d %7s  %-10s %9s  %s%s%n", r.id(), r.batch(), r.replicate(),
                    r.scenario(), r.seed(), org.corvee.output.NumberText.of(r.scale()), r.displayStatus(-1),
                    r.wallSeconds() == null ? "-" : String.format("%.1f", r.wallSeconds()), TIME.format(r.started()),
                    overrides.containsKey(r.id()) ? "  " + overrides.get(r.id()) : "");
        }
        out.flush();
        return 0;
    }
}

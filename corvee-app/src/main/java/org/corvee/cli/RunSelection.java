package org.corvee.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.report.ReportGroup;
import org.corvee.run.UserError;
import org.corvee.store.ResultStore;
import org.corvee.store.StoredRun;

/**
 * Resolves what a user names on the command line to sets of replicate runs ("groups"): a run id
 * stands for its whole batch (the replicates started with it); a scenario name for the latest
 * completed batch of that scenario; nothing at all for the latest completed batch in the
 * database. Only completed runs are used.
 */
final class RunSelection {
    private RunSelection() {
    }

    /** The groups named by {@code selectors} (latest batch if empty), loaded from {@code store}. */
    static List<ReportGroup> resolve(ResultStore store, List<String> selectors, String dbText) {
        Set<Long> batches = new LinkedHashSet<>();
        if (selectors.isEmpty()) {
            batches.add(store.latestBatch(null).orElseThrow(
                    () -> UserError.badInput("no completed run in " + dbText + " (run `corvee run` first)")));
        }
        for (String s : selectors) {
            batches.add(batchOf(store, s, dbText));
        }
        List<ReportGroup> out = new ArrayList<>();
        for (long b : batches) {
            List<StoredRun> runs = store.completedInBatch(b);
            List<SeriesTable> series = new ArrayList<>();
            for (StoredRun r : runs) {
                series.add(store.series(r.id()));
            }
            StoredRun r0 = runs.get(0);
            ReportGroup unlabelled = new ReportGroup("", runs, series, Map.of(), "");
            // members of the batch that never completed (killed, failed) are named, not hidden
            long missing = store.runs().stream().filter(x -> x.batch() == b).count() - runs.size();
            String gap = missing > 0 ? ", " + missing + " missing: incomplete or failed" : "";
            String set = store.overrides().getOrDefault(r0.id(), "");
            String label = r0.scenario() + (set.isEmpty() ? "" : " [--set " + set + "]")
                    + (runs.size() > 1 || missing > 0 ? " (" + runs.size() + " replicate"
                    + (runs.size() > 1 ? "s" : "") + gap + ", run" + (runs.size() > 1 ? "s " : " ")
                    + unlabelled.idRange() + ")" : " (run " + r0.id() + ")");
            out.add(new ReportGroup(label, runs, series, store.cohorts(r0.id()), store.scenarioYaml(r0.id())));
        }
        return out;
    }

    private static long batchOf(ResultStore store, String selector, String dbText) {
        if (selector.matches("\\d+")) {
            long id = Long.parseLong(selector);
            StoredRun r = store.run(id).orElseThrow(() -> UserError.badInput("no run with id " + id + " in " + dbText));
            if (store.completedInBatch(r.batch()).isEmpty()) {
                throw UserError.badInput("run " + id + " in " + dbText + " is " + r.displayStatus(-1)
                        + " and has no results");
            }
            return r.batch();
        }
        Optional<Long> b = store.latestBatch(selector);
        if (b.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (StoredRun r : store.runs()) {
                names.add(r.scenario());
            }
            throw UserError.badInput("no completed run of scenario '" + selector + "' in " + dbText
                    + (names.isEmpty() ? "" : " (scenarios stored: " + String.join(", ", names) + ")"));
        }
        return b.get();
    }
}

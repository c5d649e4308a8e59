package org.corvee.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corvee.analysis.validation.SeriesTable;
import org.corvee.report.ReportGroup;
import org.corvee.store.ResultStore;
import org.corvee.store.StoredRun;

/**
 * Reads what the pages draw: a run id stands for its batch (its completed replicates), as on the
 * command line. A completed run never changes, so its series are kept in a small
 * least-recently-used cache: moving the map's month slider or switching a chart does not read
 * the database again.
 */
final class Batches {
    private static final int CACHED_RUNS = 64;

    private final ResultStore store;
    private final Map<Long, SeriesTable> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SeriesTable> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    Batches(ResultStore store) {
        this.store = store;
    }

    /** The stored run, or 404. */
    StoredRun run(long id) {
        return store.run(id).orElseThrow(() -> ApiError.notFound("no run " + id + " in the results database"));
    }

    /** The batch of run {@code id} as a report group, or 404 when it has no completed run. */
    ReportGroup group(long id) {
        StoredRun r = run(id);
        List<StoredRun> runs = store.completedInBatch(r.batch());
        if (runs.isEmpty()) {
            throw ApiError.notFound("run " + id + " is " + r.displayStatus(-1) + " and has no results"
                    + (r.message() == null ? "" : " (" + r.message() + ")"));
        }
        List<SeriesTable> series = new ArrayList<>();
        for (StoredRun x : runs) {
            series.add(series(x.id()));
        }
        String label = r.scenario() + (runs.size() > 1 ? " (" + runs.size() + " replicates)" : "") + " #" + r.id();
        return new ReportGroup(label, runs, series, Map.of(), store.scenarioYaml(runs.get(0).id()));
    }

    private SeriesTable series(long runId) {
        synchronized (cache) {
            SeriesTable t = cache.get(runId);
            if (t != null) {
                return t;
            }
        }
        SeriesTable t = store.series(runId);
        synchronized (cache) {
            cache.put(runId, t);
        }
        return t;
    }

    /** Every stored run, oldest first. */
    List<StoredRun> all() {
        return store.runs();
    }

    /** The resolved scenario YAML of a run. */
    String scenarioYaml(long id) {
        return store.scenarioYaml(id);
    }
}
